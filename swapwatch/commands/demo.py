"""`swapwatch demo`: the whole product in under a minute, offline, on the bundled sample news site."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import typer

from swapwatch.context import fail
from swapwatch.output import write_rows

EVENT_COLUMNS = ["id", "event_date", "conflict", "figures", "reports"]


def _say(text: str) -> None:
    typer.secho(text, bold=True)


def _events(db, after_id: int = 0, only: set[int] | None = None) -> list[dict]:
    from scheduler import figure_text
    from storage.status import event_rows

    rows = event_rows(db, limit=100, after_id=after_id)
    return [
        {**r, "figures": figure_text(r["figures"]), "reports": " ".join(a.rsplit("/", 1)[-1] for a in r["articles"])}
        for r in rows if only is None or r["id"] in only
    ]


def _show_alerts(received: list[dict], limit: int = 6) -> None:
    for alert in received[:limit]:
        body = " / ".join(line.strip() for line in str(alert.get("message", "")).splitlines() if line.strip())
        typer.echo(f"  ▸ {alert.get('title', '')}\n    {body[:220]}{'…' if len(body) > 220 else ''}")
    if len(received) > limit:
        typer.echo(f"  … and {len(received) - limit} more")


def _cycle(folder, step: str, db, config, inbox, notify: list[str]) -> tuple[list, list[dict]]:
    """One cycle as the service runs it (a child crawl, then the alert cycle); returns (event changes, alerts
    the inbox got)."""
    from alerts import mask_url
    from scheduler.cycle import crawl_then_alert
    from swapwatch.demo_tour import crawl

    started = time.monotonic()
    cycle = crawl_then_alert(config, db, lambda: crawl(folder))
    outcome = cycle.outcome
    typer.echo(f"  {step}: {outcome.total('fetched')} pages fetched, {outcome.total('new')} new articles, "
               f"{outcome.total('relevant')} about exchanges, {outcome.total('figures')} figures "
               f"({time.monotonic() - started:.1f}s, in a child process as `swapwatch run` does it)")
    # the inbox files each alert before it answers, so everything delivered is in it when this returns
    report = cycle.alerts
    for url in notify:
        label = mask_url(url)
        counts = report.delivery.per_target.get(label, {})
        typer.echo(f"  --notify {label}: {counts.get('sent', 0)} sent, {counts.get('failed', 0)} failed"
                   + (" (kept in the outbox for retry)" if counts.get("failed") else ""))
    return report.changes, inbox.take()


def demo(
    notify: list[str] = typer.Option(
        [], "--notify", metavar="URL", help="Also send the demo's alerts to this apprise URL (repeatable)."
    ),
    directory: Path = typer.Option(
        Path("swapwatch-demo"), "--dir", metavar="PATH", help="Where to leave the config and database."
    ),
    serve: bool = typer.Option(False, "--serve", help="Then serve the demo archive's dashboard until Ctrl-C."),
    port: int = typer.Option(8080, "--port", min=0, max=65535, help="Port of the dashboard with --serve."),
) -> None:
    """Show the whole product offline in under a minute: serve the bundled sample news site on
    127.0.0.1, crawl it into a local SQLite database, print the exchange events and the alerts that
    were sent, then publish one more article and show that only the new exchange alerts.

    Example: swapwatch demo --notify "mailto://me:app-password@gmail.com"
    """
    from swapwatch.demo_tour import DemoError

    try:
        _run_demo(notify, directory)
    except DemoError as exc:
        raise fail(f"demo: {exc}") from None
    if serve:
        _serve(directory, port)


def _serve(directory: Path, port: int) -> None:
    """The dashboard over the demo's archive, in the foreground until Ctrl-C."""
    from core.config import load_config
    from storage import Database
    from swapwatch.commands.serve import announce, web_settings
    from swapwatch.demo_tour import DemoFolder
    from web import serve_forever

    config = load_config(DemoFolder(directory).config)
    settings = web_settings("127.0.0.1", port, None)
    _say("Serving the dashboard until Ctrl-C:")
    announce(f"http://127.0.0.1:{settings.port}", settings)
    db = Database(config.storage.url)
    try:
        serve_forever(db, config, settings)
    finally:
        db.dispose()


def _run_demo(notify: list[str], directory: Path) -> None:
    from core.config import load_config
    from storage import Database
    from swapwatch.demo.site import NewsSite, load_records
    from swapwatch.demo_tour import DemoFolder, Inbox, clean_environment, split_records

    started = time.monotonic()
    dropped = clean_environment()
    folder = DemoFolder(directory)
    folder.prepare()
    first, late = split_records(load_records())
    site, inbox = NewsSite(first).start(), Inbox()
    try:
        langs = ", ".join(sorted({r.get("lang", "?") for r in first}))
        _say(f"1. A sample news site with {len(first)} articles ({langs}), its RSS feed and a Telegram channel "
             f"preview, at {site.url}")
        folder.write_config(site.url, site.channel)
        config = load_config(folder.config)
        config = config.model_copy(
            update={"alerts": config.alerts.model_copy(update={"urls": [inbox.url, *notify]})})
        _say(f"2. Config {folder.config} and database {folder.database}"
             + (f" (ignoring {', '.join(dropped)} for the demo)" if dropped else ""))
        db = Database(config.storage.url)
        try:
            _first_round(folder, db, config, inbox, notify)
            _say(f"6. A new report appears on the site: {late.get('title', '')[:90]!r} ({late.get('lang')})")
            site.publish(late)
            _second_round(folder, db, config, inbox, notify)
        finally:
            db.dispose()
    finally:
        site.stop()
        inbox.close()
    _next_steps(folder, time.monotonic() - started)


def _first_round(folder, db, config, inbox, notify: list[str]) -> None:
    _say("3. Crawling its sources")
    changes, received = _cycle(folder, "crawl", db, config, inbox, notify)
    _say(f"4. Exchange events found ({len(changes)}), with their figures and the reports behind them")
    write_rows(_events(db), "table", EVENT_COLUMNS)
    _say(f"5. Alerts sent to the built-in inbox (a local apprise json:// webhook): {len(received)}")
    _show_alerts(received)


def _second_round(folder, db, config, inbox, notify: list[str]) -> None:
    changes, received = _cycle(folder, "crawl again", db, config, inbox, notify)
    _say(f"   Only the news alerts: {len(received)} alert(s) for {len(changes)} new or changed event(s)")
    write_rows(_events(db, only={c.event_id for c in changes}), "table", EVENT_COLUMNS)
    _show_alerts(received)
    if not changes:
        typer.echo("  (no event changed: nothing to alert)")


def _program() -> str:
    """How the user can call swapwatch again: ``swapwatch`` when it is on PATH, else the path it ran from
    (``make demo`` runs ``.venv/bin/swapwatch`` without activating the venv)."""
    argv0 = sys.argv[0]
    if os.path.basename(argv0) != "swapwatch" or not os.path.exists(argv0):
        return "swapwatch"
    found = shutil.which("swapwatch")
    if found and os.path.samefile(found, argv0):
        return "swapwatch"
    short = os.path.relpath(argv0)
    return argv0 if short.startswith("..") else short


def _next_steps(folder, seconds: float) -> None:
    cfg, sw = folder.config, _program()
    _say(f"Done in {seconds:.0f}s. The database stays in {folder.path}/; try:")
    for line in (f"{sw} --config {cfg} events",
                 f"{sw} --config {cfg} search \"prisoner exchange\"",
                 f"{sw} --config {cfg} export --format csv -o exchanges.csv",
                 f"{sw} --config {cfg} status",
                 f"{sw} --config {cfg} serve   # the dashboard: open http://127.0.0.1:8080/",
                 f"{sw} init swapwatch.toml   # then add real sources and alert URLs, and `swapwatch run`"):
        typer.echo(f"  {line}")


def register(app: typer.Typer) -> None:
    app.command()(demo)
