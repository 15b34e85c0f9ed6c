"""One service per database: a lock that the operating system or the server drops when the holder dies.

SQLite: ``flock`` on ``<database>.lock`` next to the database file (released when the process exits,
however it exits). PostgreSQL: a session-level ``pg_try_advisory_lock`` held on a dedicated connection
(released when that connection closes, including when the process is killed).
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import socket
import threading
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.pool import NullPool

from storage.db import normalise_url

log = logging.getLogger(__name__)

# an arbitrary constant; advisory locks are scoped to the current database, so one key suffices
ADVISORY_KEY = 0x5377_6170_5761_7463 & 0x7FFF_FFFF_FFFF_FFFF
APP_NAME = "swapwatch run"


class AlreadyRunning(Exception):
    """Another ``swapwatch run`` holds this database."""


def sqlite_lock_path(url: str) -> Path | None:
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).expanduser().resolve().with_name(Path(parsed.database).name + ".lock")


class InstanceLock:
    """``acquire()`` or raise AlreadyRunning; ``release()``; ``holder()`` says who holds it, if anyone."""

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        self.backend = make_url(self.url).get_backend_name()
        self._fd: int | None = None
        self._path: Path | None = None
        self._conn: Connection | None = None
        self._backend_pid: int | None = None
        self._lost = False
        self._check = threading.Lock()  # held() is asked from several delivery threads; one connection answers

    def acquire(self) -> None:
        if self.backend == "sqlite":
            self._acquire_file()
        elif self.backend == "postgresql":
            self._acquire_advisory()
        else:
            log.warning("no instance lock for %s databases; make sure only one service runs", self.backend)

    def release(self) -> None:
        """Give the lock back; never raises (a lost connection has released the advisory lock already)."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
        if self._conn is not None:
            conn, self._conn = self._conn, None
            engine = conn.engine
            with contextlib.suppress(Exception):
                if not self._lost:
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_KEY})
            with contextlib.suppress(Exception):
                conn.close()
            engine.dispose()

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    # -- SQLite -------------------------------------------------------------------------------------
    def _acquire_file(self) -> None:
        path = sqlite_lock_path(self.url)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)  # it names the host and pid: the owner's business
        with contextlib.suppress(OSError):  # a lock file left 0644 by an older version; not ours: leave it
            os.fchmod(fd, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = path.read_text(encoding="utf-8", errors="replace").strip() or "another process"
            os.close(fd)
            raise AlreadyRunning(
                f"another swapwatch service already runs on this database ({holder}; lock file {path})"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()} on {socket.gethostname()}".encode())
        self._fd, self._path = fd, path

    # -- PostgreSQL ---------------------------------------------------------------------------------
    def _acquire_advisory(self) -> None:
        engine = create_engine(
            self.url,
            poolclass=NullPool,
            connect_args={"application_name": f"{APP_NAME} pid {os.getpid()} on {socket.gethostname()}"},
        )
        conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_KEY}).scalar()
        if got:
            self._conn = conn
            self._backend_pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
            return
        holder = _advisory_holder(conn) or "another process"
        conn.close()
        engine.dispose()
        raise AlreadyRunning(f"another swapwatch service already runs on this database ({holder})")

    def held(self) -> bool:
        """Whether the lock is still ours. Once lost it stays lost: SQLAlchemy would quietly reconnect the
        dropped session, and the new session holds nothing.

        PostgreSQL: the session that took the advisory lock must be the one answering (a restart or
        ``pg_terminate_backend`` drops it and the lock with it). SQLite: the lock file must still be the file
        we locked (deleted or replaced, a second service could lock the new one).
        """
        with self._check:
            if not self._lost:
                self._lost = not self._still_held()
            return not self._lost

    def _still_held(self) -> bool:
        if self._fd is not None:
            try:
                return os.fstat(self._fd).st_ino == os.stat(self._path).st_ino
            except OSError:
                return False
        if self._conn is None:
            return True  # no lock taken (an in-memory or unsupported database)
        try:
            pid = self._conn.execute(text("SELECT pg_backend_pid()")).scalar()
        except Exception:  # noqa: BLE001 - any failure means the session, and so the lock, is gone
            return False
        return pid == self._backend_pid

    def holder(self) -> str | None:
        """Who runs the service on this database, or None when nobody does (probes without keeping the lock)."""
        try:
            self.acquire()
        except AlreadyRunning as exc:
            text_ = str(exc)
            return text_[text_.find("(") + 1 : text_.rfind(")")] or "another process"
        self.release()
        return None


def _advisory_holder(conn: Connection) -> str | None:
    row = conn.execute(
        text(
            "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND l.database = "
            "(SELECT oid FROM pg_database WHERE datname = current_database()) LIMIT 1"
        )
    ).first()
    return row[0].removeprefix(APP_NAME).strip() if row and row[0] else None
