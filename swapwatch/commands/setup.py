"""`swapwatch init` and `swapwatch db …`: getting a configuration and a database."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

import typer

from core.config import DEFAULT_PATH
from storage.migrate import current_revision, head_revision
from swapwatch.context import AppContext, fail

db_app = typer.Typer(help="Manage the database schema.\n\nExample: swapwatch db upgrade", no_args_is_help=True)


def starter_config() -> str:
    return files("swapwatch").joinpath("starter.toml").read_text(encoding="utf-8")


def write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read: the config is where alert tokens and passwords go."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # an overwritten (--force) file keeps its old mode otherwise
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)


def init(
    path: Path = typer.Argument(DEFAULT_PATH, help="Where to write the config."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write a commented starter config with real news sources (verify them before use).

    Example: swapwatch init swapwatch.toml
    """
    if path.exists() and not force:
        raise fail(f"{path}: already exists (use --force to overwrite)")
    write_private(path, starter_config())
    typer.echo(f"wrote {path}; edit its [[sources]] and [alerts], then run `swapwatch crawl`")


@db_app.command("upgrade")
def db_upgrade(ctx: typer.Context) -> None:
    """Create the database or migrate it to the latest schema (also done automatically on first use).

    Example: swapwatch db upgrade
    """
    app_ctx: AppContext = ctx.obj
    db = app_ctx.db
    typer.echo(f"database at schema revision {current_revision(db.engine)} ({db.backend})")


@db_app.command("current")
def db_current(ctx: typer.Context) -> None:
    """Show the schema revision of the database and the latest one this version knows.

    Example: swapwatch db current
    """
    from storage.db import DatabaseError, make_engine

    app_ctx: AppContext = ctx.obj
    try:
        engine = make_engine(app_ctx.config.storage.url)
        typer.echo(f"current: {current_revision(engine)}  head: {head_revision()}")
    except (DatabaseError, Exception) as exc:  # an unreachable server is a message, not a traceback
        raise fail(f"cannot read the database: {exc}") from None


def register(app: typer.Typer) -> None:
    app.command()(init)
    app.add_typer(db_app, name="db")
