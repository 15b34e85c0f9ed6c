"""The `swapwatch` command: a thin shell over the library packages.

Each command lives in a small module under ``swapwatch/commands/`` and registers itself on ``app``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from swapwatch import __version__
from swapwatch.context import AppContext

app = typer.Typer(
    name="swapwatch",
    help="Watch the news for prisoner exchanges, extract the figures, keep an archive and alert.\n\n"
    "Example: swapwatch --config swapwatch.toml crawl",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"swapwatch {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    config: Path | None = typer.Option(
        None, "--config", "-c", help="Config file (default: $SWAPWATCH_CONFIG, else ./swapwatch.toml)."
    ),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More log output (-vv for debug)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only errors on stderr."),
    log_format: str = typer.Option("text", "--log-format", help="Log lines as text or json."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """Options shared by every command."""
    ctx.obj = AppContext(config_path=config, verbosity=-1 if quiet else verbose, log_format=log_format)
    ctx.obj.setup_logging()


def _register() -> None:
    # imported for their side effect: each module adds its commands to `app`
    from swapwatch.commands import register_all

    register_all(app)


def main() -> None:
    """Console-script entry point."""
    _register()
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
