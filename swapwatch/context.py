"""What every command needs: the configuration and the database, loaded once and lazily."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from swapwatch.logs import setup_logging

if TYPE_CHECKING:
    from core.config import Config
    from storage import Database

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
    _read_db: Database | None = field(default=None, repr=False)

    def setup_logging(self) -> None:
        secrets = []
        if self._config is not None:
            secrets = [*self._config.alerts.urls, *self._config.alerts.admin_urls, self._config.storage.url]
            if self._config.cluster is not None:  # the broker URL carries its password
                secrets.append(self._config.cluster.broker)
        setup_logging(self.verbosity, self.log_format, secrets)

    @property
    def config(self) -> Config:
        from core.config import ConfigError

        if self._config is None:
            try:
                self._config = checked_config(self.config_path)
            except ConfigError as exc:
                raise fail(str(exc)) from None
            self.setup_logging()  # now the secrets to mask are known
        return self._config

    @property
    def has_config_file(self) -> bool:
        """A config file was found, or the database was named in the environment."""
        from core.config import ENV_DATABASE_URL

        return self.config.path is not None or bool(os.environ.get(ENV_DATABASE_URL))

    @property
    def db(self) -> Database:
        """The database for a command that writes; with no config file found it refuses (exit 2) rather than
        quietly creating ./swapwatch.db wherever the command happens to run."""
        from sqlalchemy.exc import SQLAlchemyError

        from core.config import DEFAULT_PATH
        from storage import Database, DatabaseError

        if self._db is None:
            if not self.has_config_file:
                raise fail(f"no config file found (looked for --config, $SWAPWATCH_CONFIG, ./{DEFAULT_PATH}); "
                           "create one with `swapwatch init` or pass --config")
            try:
                self._db = Database(self.config.storage.url)
            except DatabaseError as exc:
                raise fail(str(exc)) from None
            except (SQLAlchemyError, OSError) as exc:  # unreachable server, unreadable file: one line, no traceback
                raise fail(f"cannot open the database: {first_line(exc)}") from None
        return self._db

    @property
    def read_db(self) -> Database:
        """The database for a command that only reads: opened read-only (a read-only file or folder works),
        migrated first only when its schema is behind (which needs write access)."""
        from core.config import DEFAULT_PATH
        from storage import Database, DatabaseError, sqlite_path

        if self._db is not None:
            return self._db
        if self._read_db is None:
            url = self.config.storage.url
            path = sqlite_path(url)
            if not self.has_config_file:
                if path is not None and not path.exists():
                    raise fail(f"no config file found (looked for ./{DEFAULT_PATH}) and no database at {path}; "
                               "create a config with `swapwatch init` or pass --config")
                log.warning("no config file found; reading %s", path or url)
            try:
                if path is not None and not path.exists() or not _schema_current(url):
                    return self.db  # new or older schema: create / migrate it as before
                self._read_db = Database(url, read_only=True)
            except DatabaseError as exc:
                raise fail(str(exc)) from None
        return self._read_db


def checked_config(path: Path | None) -> Config:
    """The config by the lookup order, its alert URLs checked with apprise (only when there are any, so
    commands without targets never pay for importing apprise)."""
    from core.config import load_config

    config = load_config(path)
    if config.alerts.urls or config.alerts.admin_urls:
        from alerts.targets import check_targets

        check_targets(config)
    return config


def _schema_current(url: str) -> bool:
    from sqlalchemy.exc import SQLAlchemyError

    from storage import Database, DatabaseError
    from storage.migrate import current_revision, head_revision

    probe = Database(url, read_only=True)
    try:
        return current_revision(probe.engine) == head_revision()
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise DatabaseError(f"cannot open database {url}: {reason}") from exc
    finally:
        probe.dispose()
