"""Shared fixtures: real SQLite files and real PostgreSQL databases, one fresh database per test."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from storage import Database

PG_ENV = "SWAPWATCH_TEST_PG_URL"
PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _admin_engine(base_url: str):
    url = make_url(base_url.replace("postgresql://", "postgresql+psycopg://", 1))
    return create_engine(url, isolation_level="AUTOCOMMIT", pool_pre_ping=True), url


@contextmanager
def _dropped_after(admin, name: str) -> Iterator[None]:
    """Drop database ``name`` (its sessions too) when the block ends, and let the admin engine go."""
    try:
        yield
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session", autouse=True)
def shared_extraction_forkserver() -> None:
    """One warmed extraction forkserver for the whole session, as a service keeps one for its crawl children: every
    `swapwatch crawl`, service and worker the tests start forks its extraction workers from it instead of warming up
    a server of its own (~2 s of CPU each). Started in the background: a session that crawls nothing never waits."""
    from crawler.workers import share_forkserver

    share_forkserver()


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A migrated template database; each test copies it (fast, isolated, safe to run in parallel)."""
    base = os.environ.get(PG_ENV, PG_DEFAULT)
    admin, url = _admin_engine(base)
    try:
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any failure to connect means "no server here"
        admin.dispose()
        if os.environ.get(PG_ENV):
            pytest.fail(f"{PG_ENV} is set but PostgreSQL is unreachable: {exc}")
        pytest.skip(f"PostgreSQL not reachable at {base} (set {PG_ENV} to require it): {exc}")
    name = f"swtpl_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    template_url = url.set(database=name).render_as_string(hide_password=False)
    Database(template_url).dispose()
    with _dropped_after(admin, name):
        yield name


@pytest.fixture
def pg_url(pg_template: str) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for one test, dropped afterwards."""
    admin, url = _admin_engine(os.environ.get(PG_ENV, PG_DEFAULT))
    name = f"swt_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    with _dropped_after(admin, name):
        yield url.set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def hook():
    """A local webhook (``alerts_support.WebhookSink``) that keeps every JSON POST, closed after the test."""
    from alerts_support import WebhookSink  # imported here: most tests need no webhook (nor aiosmtpd)

    sink = WebhookSink()
    yield sink
    sink.close()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'swapwatch.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request) -> str:
    """The same test on both backends."""
    name = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return request.getfixturevalue(name)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    try:
        yield database
    finally:
        database.dispose()
