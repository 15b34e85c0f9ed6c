"""The distributed mode's plumbing: the Celery app, cluster-wide locks on PostgreSQL, the alert-cycle request flag.

Celery (with RabbitMQ or Redis as the broker) carries one message per due source from ``swapwatch run`` to any
``swapwatch worker``; PostgreSQL is the shared store and the arbiter:

- ``SourceLock``: a session-level advisory lock per source, held on its own connection while the crawl runs, so at
  most one crawl per source runs cluster-wide; the server drops it when the holder dies (even by ``kill -9``).
- ``request_alerts`` / the alert-cycle lock: finished crawls raise a flag; whoever holds the alert lock runs cycles
  until the flag stays down, so a batch of crawls finishing together costs one cycle, never two at once.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import create_engine, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool

from storage.db import normalise_url
from storage.schedule import service_schedule
from storage.types import utcnow

log = logging.getLogger(__name__)

CRAWL_TASK = "swapwatch.crawl_source"
ALERT_TASK = "swapwatch.alert_cycle"
# advisory locks with two int4 keys live apart from the instance lock's single int8 key
SOURCE_NS = 0x5357_0001
ALERTS_NS = 0x5357_0002
ALERTS_FLAG = "cluster:alerts-requested"


def make_app(cluster: Any) -> Any:
    """The Celery app for a ``[cluster]`` section: late ack, one message at a time, nothing kept as a result.

    Late ack plus ``reject_on_worker_lost``: a crawl whose worker dies is not acknowledged, so the broker hands it to
    another worker; a prefetch of one keeps a busy worker from sitting on messages that another could run now.
    """
    from celery import Celery

    app = Celery("swapwatch", broker=cluster.broker, set_as_current=False)
    app.conf.update(
        task_default_queue=cluster.queue,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_ignore_result=True,
        task_serializer="json",
        accept_content=["json"],
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,  # a broker restart is waited out, never fatal
        broker_heartbeat=10,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        # a broker blip must not abort running crawls: their messages come back, and the redelivered copy finds the
        # source locked (still crawling) or its "queued" flag down (finished) and is dropped
        worker_cancel_long_running_tasks_on_connection_loss=False,
        # an enqueue counts only once the broker has the message, so the scheduler knows when one failed
        broker_transport_options={"confirm_publish": True},
    )
    return app


def enqueue_crawl(app: Any, cluster: Any, engine: Engine, name: str, stale_after: float) -> bool:
    """One crawl message for ``name``, unless one is still waiting or running; False when none was sent.

    A source's flag (``queued_key``) stays up from the enqueue until a worker has finished the crawl, so the queue
    holds at most one message per source: when workers fall behind, every source still gets its turn in order
    (messages do not expire, which would starve the sources whose messages wait longest). A flag older than
    ``stale_after`` seconds is taken as lost (a purged queue) and a new message is sent; a duplicate that results
    finds the source locked or its flag down and is dropped. Raising the flag and finding it already up is one
    statement: the planner enqueues thousands of sources a minute.
    """
    now = utcnow()
    if not _raise_flag(engine, queued_key(name), now, now - timedelta(seconds=stale_after)):
        log.debug("crawl of %r not enqueued: the last one has not finished yet", name)
        return False
    try:
        app.send_task(CRAWL_TASK, args=[name], queue=cluster.queue,
                      retry=True, retry_policy={"max_retries": 2, "interval_start": 0.5, "interval_step": 1})
    except Exception:
        crawl_finished(engine, name)  # not sent: the next try must not find the flag up
        raise
    return True


def _raise_flag(engine: Engine, job_id: str, now: datetime, stale_before: datetime) -> bool:
    """Set the flag to ``now`` unless it is up and newer than ``stale_before``; True when it was set."""
    table = service_schedule
    stmt = pg_insert(table).values(job_id=job_id, next_run_at=now, updated_at=now)
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c.job_id], set_={"next_run_at": now, "updated_at": now},
        where=(table.c.next_run_at.is_(None)) | (table.c.next_run_at < stale_before),
    ).returning(table.c.job_id)
    with _soft_write(engine) as conn:
        return conn.execute(stmt).first() is not None


def queued_key(name: str) -> str:
    return f"cluster:queued:{name}"


def crawling_key(name: str) -> str:
    return f"cluster:crawling:{name}"


def begin_crawl(engine: Engine, name: str) -> bool:
    """Mark ``name`` as being crawled (call it holding the source's lock); True when the mark of an earlier crawl
    was still there, i.e. that crawl never ended: its worker died (whether or not its message came back)."""
    key, now = crawling_key(name), utcnow()
    with _soft_write(engine) as conn:
        before = conn.scalar(select(service_schedule.c.next_run_at).where(service_schedule.c.job_id == key))
        conn.execute(pg_insert(service_schedule).values(job_id=key, next_run_at=now, updated_at=now)
                     .on_conflict_do_update(index_elements=[service_schedule.c.job_id],
                                            set_={"next_run_at": now, "updated_at": now}))
    return before is not None


def end_crawl(engine: Engine, name: str) -> None:
    with _soft_write(engine) as conn:
        conn.execute(update(service_schedule).where(service_schedule.c.job_id == crawling_key(name))
                     .values(next_run_at=None, updated_at=utcnow()))


def is_queued(engine: Engine, name: str) -> bool:
    with engine.connect() as conn:
        return conn.scalar(
            select(service_schedule.c.next_run_at).where(service_schedule.c.job_id == queued_key(name))
        ) is not None


def crawl_finished(engine: Engine, name: str) -> None:
    """Lower the source's "queued" flag: the scheduler may enqueue it again when it is next due."""
    with _soft_write(engine) as conn:
        conn.execute(update(service_schedule).where(service_schedule.c.job_id == queued_key(name))
                     .values(next_run_at=None, updated_at=utcnow()))


def _upsert(engine: Engine, job_id: str, when: datetime) -> None:
    stmt = pg_insert(service_schedule).values(job_id=job_id, next_run_at=when, updated_at=when)
    with _soft_write(engine) as conn:
        conn.execute(stmt.on_conflict_do_update(
            index_elements=[service_schedule.c.job_id], set_={"next_run_at": when, "updated_at": when}
        ))


@contextmanager
def _soft_write(engine: Engine) -> Iterator[Connection]:
    """A transaction for the flags: committed without waiting for the disk (``synchronous_commit`` off).

    They are soft state: a server crash that loses the last few milliseconds of them costs at most one extra or one
    late crawl message, while a synchronous commit (~10 ms here) per flag would cap the planner at a few dozen
    sources a second.
    """
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL synchronous_commit TO OFF"))
        yield conn


def _lock_connection(url: str, purpose: str) -> tuple[Engine, Connection]:
    engine = create_engine(
        normalise_url(url), poolclass=NullPool,
        connect_args={"application_name": f"swapwatch {purpose} pid {os.getpid()} on {socket.gethostname()}"[:63]},
    )
    return engine, engine.connect().execution_options(isolation_level="AUTOCOMMIT")


class AdvisoryLock:
    """A session-level ``pg_try_advisory_lock(ns, hashtext(name))`` on a dedicated connection."""

    def __init__(self, url: str, namespace: int, name: str, purpose: str) -> None:
        self.url, self.namespace, self.name, self.purpose = url, namespace, name, purpose
        self._engine: Engine | None = None
        self._conn: Connection | None = None

    def acquire(self, wait: float = 0.0, poll: float = 0.5) -> bool:
        """Take the lock, trying for up to ``wait`` seconds; False when someone else holds it."""
        self._engine, self._conn = _lock_connection(self.url, self.purpose)
        deadline = time.monotonic() + wait
        while True:
            got = self._conn.execute(
                text("SELECT pg_try_advisory_lock(:ns, hashtext(:name))"), {"ns": self.namespace, "name": self.name}
            ).scalar()
            if got or time.monotonic() >= deadline:
                break
            time.sleep(poll)
        if not got:
            self.release()
        return bool(got)

    def release(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()  # closing the session drops its advisory locks
            finally:
                self._engine.dispose()
                self._conn = self._engine = None


def source_lock(url: str, name: str) -> AdvisoryLock:
    return AdvisoryLock(url, SOURCE_NS, name, "crawl")


def alerts_lock(url: str) -> AdvisoryLock:
    return AdvisoryLock(url, ALERTS_NS, "alert-cycle", "alerts")


def request_alerts(engine: Engine) -> None:
    """Raise the flag: new crawl results wait for an alert cycle (an upsert, safe from any number of workers)."""
    _upsert(engine, ALERTS_FLAG, utcnow())


def alerts_requested(engine: Engine) -> datetime | None:
    with engine.connect() as conn:
        return conn.scalar(select(service_schedule.c.next_run_at).where(service_schedule.c.job_id == ALERTS_FLAG))


def clear_alerts_request(engine: Engine, seen: datetime) -> bool:
    """Lower the flag if nobody raised it again since ``seen``; False means another crawl finished meanwhile."""
    with _soft_write(engine) as conn:
        done = conn.execute(
            update(service_schedule)
            .where(service_schedule.c.job_id == ALERTS_FLAG, service_schedule.c.next_run_at == seen)
            .values(next_run_at=None, updated_at=utcnow())
        )
    return done.rowcount == 1
