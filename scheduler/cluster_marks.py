"""The [cluster] mode's per-source marks, rows of ``service_schedule`` (``next_run_at`` set = the mark is up).

- ``cluster:queued:NAME``: raised by the planner when it sends the source to the workers, lowered once a worker has
  finished that crawl. The queue so holds at most one crawl per source, and a redelivered batch skips the sources
  whose flag is down: they were finished before its worker went away.
- ``cluster:crawling:NAME``: set when a worker starts the crawl, cleared when it ends. Still set at the next start
  means the last crawl died with its worker, so that one is recorded as killed.

Every function takes many sources and costs one transaction: the planner sends thousands of sources a minute and a
worker starts up to a batch of them at once. The marks are soft state, committed without waiting for the disk.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Connection, Engine

from storage.schedule import service_schedule
from storage.types import utcnow

table = service_schedule


def queued_key(name: str) -> str:
    return f"cluster:queued:{name}"


def crawling_key(name: str) -> str:
    return f"cluster:crawling:{name}"


@contextmanager
def soft_write(engine: Engine) -> Iterator[Connection]:
    """A transaction for the marks: committed without waiting for the disk (``synchronous_commit`` off).

    A server crash that loses the last few milliseconds of them costs at most one extra or one late crawl, while a
    synchronous commit (~10 ms here) per mark would cap the planner at a few dozen sources a second.
    """
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL synchronous_commit TO OFF"))
        yield conn


def _set(conn: Connection, keys: list[str], when: datetime | None) -> None:
    if keys:
        conn.execute(update(table).where(table.c.job_id.in_(keys)).values(next_run_at=when, updated_at=utcnow()))


def raise_flags(engine: Engine, names: Iterable[str], stale_after: float) -> list[str]:
    """Raise the "queued" flag of each source whose flag is down, or up for longer than ``stale_after`` seconds (its
    message was lost: a purged queue); the sources whose flag this raised, i.e. the ones to send now."""
    keys = {queued_key(n): n for n in names}
    if not keys:
        return []
    now = utcnow()
    stmt = pg_insert(table).values([{"job_id": k, "next_run_at": now, "updated_at": now} for k in keys])
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c.job_id], set_={"next_run_at": now, "updated_at": now},
        where=table.c.next_run_at.is_(None) | (table.c.next_run_at < now - timedelta(seconds=stale_after)),
    ).returning(table.c.job_id)
    with soft_write(engine) as conn:
        raised = set(conn.scalars(stmt))
    return [n for k, n in keys.items() if k in raised]


def lower_flags(engine: Engine, names: Iterable[str]) -> None:
    """The sources may be sent again when next due (their crawl finished, or their message was never sent)."""
    with soft_write(engine) as conn:
        _set(conn, [queued_key(n) for n in names], None)


def still_queued(engine: Engine, names: Iterable[str]) -> set[str]:
    """Which of ``names`` still wait for their crawl (their flag is up)."""
    keys = {queued_key(n): n for n in names}
    if not keys:
        return set()
    with engine.connect() as conn:
        up = conn.scalars(select(table.c.job_id).where(table.c.job_id.in_(keys), table.c.next_run_at.is_not(None)))
        return {keys[k] for k in up}


def begin_crawls(engine: Engine, names: list[str]) -> set[str]:
    """Set the "crawling" marks (call it holding the sources' locks); the sources whose mark of an earlier crawl was
    still set: that crawl never ended, its worker died (whether or not its message came back)."""
    keys = {crawling_key(n): n for n in names}
    if not keys:
        return set()
    now = utcnow()
    with soft_write(engine) as conn:
        dead = conn.scalars(select(table.c.job_id).where(table.c.job_id.in_(keys), table.c.next_run_at.is_not(None)))
        died = {keys[k] for k in dead}
        conn.execute(pg_insert(table).values([{"job_id": k, "next_run_at": now, "updated_at": now} for k in keys])
                     .on_conflict_do_update(index_elements=[table.c.job_id],
                                            set_={"next_run_at": now, "updated_at": now}))
    return died


def crawls_done(engine: Engine, names: Iterable[str]) -> None:
    """The crawls of ``names`` ended: clear their "crawling" marks and lower their "queued" flags together, so a
    redelivered batch neither records them as dead nor crawls them again."""
    names = list(names)
    with soft_write(engine) as conn:
        _set(conn, [crawling_key(n) for n in names] + [queued_key(n) for n in names], None)


def is_queued(engine: Engine, name: str) -> bool:
    return bool(still_queued(engine, [name]))
