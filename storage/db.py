"""Engine and sessions: SQLite by default (WAL, foreign keys, busy timeout), PostgreSQL via psycopg 3."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from storage.migrate import upgrade
from storage.types import DatabaseError

__all__ = ["Database", "DatabaseError", "make_engine", "normalise_url", "sqlite_path"]

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 30_000


def normalise_url(url: str) -> str:
    """Use psycopg 3 for plain ``postgresql://`` URLs (SQLAlchemy would pick psycopg2)."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _create_private(path: Path) -> None:
    """Create a new SQLite file as 0600 before SQLite does (it would follow the umask, usually 0644): the archive
    holds the outbox. SQLite gives its -wal and -shm files the database file's mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _sqlite_read_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA query_only=ON")
    cur.close()


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for another backend or an in-memory database)."""
    try:
        parsed = make_url(normalise_url(url))
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).expanduser()


def _sqlite_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot create the database's directory {path.parent}: {exc.strerror}") from exc
    if not path.exists() and not os.access(path.parent, os.W_OK | os.X_OK):
        raise DatabaseError(f"cannot create database {path}: directory {path.parent} is not writable")


def _read_only_sqlite(path: Path) -> Engine:
    # mode=ro never writes; in a folder we cannot write, SQLite cannot make the WAL's shared-memory file,
    # so the file is opened as immutable (no locking: fine for a one-shot query command)
    flag = "mode=ro" if os.access(path.parent, os.W_OK) else "immutable=1"
    engine = create_engine(f"sqlite:///file:{path.resolve()}?{flag}&uri=true",
                           connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _sqlite_read_pragmas)
    return engine


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for ``url``; a SQLite file's folder is created, PRAGMAs set on every connection.

    ``read_only``: the database is only read (query commands), so a read-only file or folder works.
    """
    url = normalise_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"not a database URL: {url!r}") from exc
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if read_only and path is not None:
            return _read_only_sqlite(path)
        if path is not None:
            _sqlite_folder(path)  # a folder that cannot be made or written is named, not "unable to open"
            _create_private(path)
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if read_only:
        return create_engine(parsed, pool_pre_ping=True,
                             connect_args={"options": "-c default_transaction_read_only=on"})
    return create_engine(parsed, pool_pre_ping=True)


class Database:
    """The archive: an engine, a session factory and the schema's migrations.

    >>> db = Database("sqlite:///swapwatch.db")   # migrated to the latest schema on first use
    >>> with db.session() as s: ...                # committed on success, rolled back on error
    """

    def __init__(self, url: str, *, migrate: bool = True, read_only: bool = False) -> None:
        self.url = normalise_url(url)
        self.read_only = read_only
        self.engine = make_engine(self.url, read_only=read_only)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        if migrate and not read_only:
            self.upgrade()

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def upgrade(self) -> None:
        upgrade(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def check_writable(self) -> None:
        """Raise (the driver's error) unless this database takes writes: a read-only file or server, a full disk
        with no room for a journal. A no-op update, rolled back."""
        from sqlalchemy import text

        with self.engine.connect() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = version_num"))
            conn.rollback()

    def dispose(self) -> None:
        self.engine.dispose()
