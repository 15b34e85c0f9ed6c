"""`swapwatch serve`: the web dashboard and the JSON API over the archive."""

from __future__ import annotations

import os

import typer

from swapwatch.context import AppContext, fail

HOST = typer.Option("127.0.0.1", "--host", help="Address to listen on (default: this machine only).")
PORT = typer.Option(8080, "--port", min=0, max=65535, help="Port to listen on (0: any free port).")
TOKEN = typer.Option(None, "--admin-token", envvar="SWAPWATCH_ADMIN_TOKEN", show_envvar=True,
                     help="Allow alert retry/discard/test with this token (16+ characters); read-only without.")


RATE = typer.Option(20.0, "--rate", min=0, help="Requests per second per client before 429 (0: no limit).")


def web_settings(host: str, port: int, admin_token: str | None, rate: float = 20.0):
    """The web settings from the command line, or a clean one-line error."""
    from web import WebSettings, check_token

    if port == 0:  # any free port, chosen here so the address printed is the one served
        import socket

        try:
            with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
                probe.bind((host, 0))
                port = probe.getsockname()[1]
        except OSError as exc:
            raise fail(f"--host {host}: cannot listen there: {exc}") from None
    try:
        return WebSettings(host=host, port=port, admin_token=check_token(admin_token), rate=rate)
    except ValueError as exc:
        raise fail(str(exc)) from None


def announce(url: str, settings) -> None:
    typer.echo(f"dashboard: {url}/  ·  API: {url}/api/v1  ·  feed: {url}/feed.xml"
               + ("" if settings.writable else "  (read-only)"), err=True)
    if settings.public and not settings.writable:
        typer.echo("note: listening beyond this machine; put it behind a TLS proxy", err=True)


def serve(ctx: typer.Context, host: str = HOST, port: int = PORT, admin_token: str | None = TOKEN,
          rate: float = RATE) -> None:
    """Serve the dashboard (latest exchanges, events, timeline, search, sources, outbox) and the JSON API
    under /api/v1 until Ctrl-C. Reads the same config and database as every other command.

    Example: swapwatch serve --port 8080   # then open http://127.0.0.1:8080/
    """
    from web import serve_forever

    app_ctx: AppContext = ctx.obj
    settings = web_settings(host, port, admin_token, rate)
    os.environ.pop("SWAPWATCH_ADMIN_TOKEN", None)  # children (crawls) need not see it
    announce(f"http://{host}:{settings.port}", settings)
    try:
        serve_forever(app_ctx.db, app_ctx.config, settings)
    except OSError as exc:
        raise fail(f"serve: {exc}") from None


def register(app: typer.Typer) -> None:
    app.command()(serve)
