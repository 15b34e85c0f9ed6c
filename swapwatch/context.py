"""What every command needs: the configuration and the database, loaded once and lazily."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import typer
from sqlalchemy.exc import SQLAlchemyError

from core.config import Config, ConfigError, load_config
from storage import Database, DatabaseError
from swapwatch.logs import setup_logging

log = logging.getLogger(__name__)


def first_line(exc: BaseException) -> str:
    """The driver's own first line of an error (SQLAlchemy appends the statement and a link)."""
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return lines[0][:300] if lines else type(exc).__name__


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one clear line to stderr and return the Exit to raise (no traceback)."""
    typer.echo(f"swapwatch: {message}", err=True)
    return typer.Exit(code)


@dataclass
class AppContext:
    config_path: Path | None = None
    verbosity: int = 0
    log_format: str = "text"
    _config: Config | None = field(default=None, repr=False)
    _db: Database | None = field(default=None, repr=False)

    def setup_logging(self) -> None:
        secrets = []
        if self._config is not None:
            secrets = [*self._config.alerts.urls, *self._config.alerts.admin_urls, self._config.storage.url]
            if self._config.cluster is not None:  # the broker URL carries its password
                secrets.append(self._config.cluster.broker)
        setup_logging(self.verbosity, self.log_format, secrets)

    @property
    def config(self) -> Config:
        if self._config is None:
            try:
                self._config = load_config(self.config_path)
            except ConfigError as exc:
                raise fail(str(exc)) from None
            self.setup_logging()  # now the secrets to mask are known
        return self._config

    @property
    def db(self) -> Database:
        if self._db is None:
            try:
                self._db = Database(self.config.storage.url)
            except DatabaseError as exc:
                raise fail(str(exc)) from None
            except (SQLAlchemyError, OSError) as exc:  # unreachable server, unreadable file: one line, no traceback
                raise fail(f"cannot open the database: {first_line(exc)}") from None
        return self._db
