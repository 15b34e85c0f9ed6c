"""The `swapwatch` command: a thin shell over the library packages.

Each command lives in a small module under ``swapwatch/commands/`` and registers itself on ``app``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from swapwatch.commands import LazyGroup

app = typer.Typer(
    name="swapwatch",
    cls=LazyGroup,  # each command's module is imported when it runs, so `--help` answers at once
    help="Watch the news for prisoner exchanges, extract the figures, keep an archive and alert.\n\n"
    "Example: swapwatch --config swapwatch.toml crawl",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _log_format(value: str) -> str:
    if value not in ("text", "json"):
        raise typer.BadParameter(f"{value!r} is not one of 'text', 'json'")
    return value


def _version(value: bool) -> None:
    if value:
        from swapwatch import __version__
        from swapwatch.output import JSON_SHAPES_VERSION

        typer.echo(f"swapwatch {__version__} (JSON shapes version {JSON_SHAPES_VERSION}, docs/json.md)")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    config: Path | None = typer.Option(
        None, "--config", "-c", help="Config file (default: $SWAPWATCH_CONFIG, else ./swapwatch.toml)."
    ),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More log output (-vv for debug)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only errors on stderr."),
    log_format: str = typer.Option("text", "--log-format", callback=_log_format, help="Log lines as text or json."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """Options shared by every command."""
    from swapwatch.context import AppContext

    ctx.obj = AppContext(config_path=config, verbosity=-1 if quiet else verbose, log_format=log_format)
    ctx.obj.setup_logging()


def _register() -> None:
    """Register every command on ``app`` now (tests and tools that inspect ``app``); the CLI loads them lazily."""
    from swapwatch.commands import register_all

    register_all(app)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
