"""The distributed mode's plumbing: the Celery app, cluster-wide locks on PostgreSQL, the alert-cycle request flag.

Celery (with RabbitMQ or Redis as the broker) carries one message per batch of due sources from ``swapwatch run``
to any ``swapwatch worker``; PostgreSQL is the shared store and the arbiter:

- ``SourceLocks``: a session-level advisory lock per source, held while its crawl runs (a batch's locks share one
  connection), so at most one crawl per source runs cluster-wide; the server drops them when the holder dies (even
  by ``kill -9``).
- ``request_alerts`` / the alert-cycle lock: finished crawls raise a flag; whoever holds the alert lock runs cycles
  until the flag stays down, so a batch of crawls finishing together costs one cycle, never two at once.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import create_engine, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool

from scheduler.cluster_marks import soft_write
from storage.db import normalise_url
from storage.schedule import service_schedule
from storage.types import utcnow

log = logging.getLogger(__name__)

CRAWL_TASK = "swapwatch.crawl_source"  # one source: what planners before crawl batches sent
BATCH_TASK = "swapwatch.crawl_batch"
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


def send_batch(app: Any, cluster: Any, names: list[str]) -> None:
    """One crawl message for ``names``; raises when the broker has not confirmed it (after a few quick retries)."""
    app.send_task(BATCH_TASK, args=[names], queue=cluster.queue,
                  retry=True, retry_policy={"max_retries": 2, "interval_start": 0.5, "interval_step": 1})


def _upsert(engine: Engine, job_id: str, when: datetime) -> None:
    stmt = pg_insert(service_schedule).values(job_id=job_id, next_run_at=when, updated_at=when)
    with soft_write(engine) as conn:
        conn.execute(stmt.on_conflict_do_update(
            index_elements=[service_schedule.c.job_id], set_={"next_run_at": when, "updated_at": when}
        ))


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


class SourceLocks:
    """The advisory locks of a crawl batch's sources, all on one connection (a connection per source would cost a
    batch of 100 sources 100 server processes); each is let go as its source's crawl ends, the rest with the
    connection, which the server also drops when the worker dies."""

    def __init__(self, url: str) -> None:
        self._engine, self._conn = _lock_connection(url, "crawl batch")
        self.held: set[str] = set()

    def take(self, names: Iterable[str], wait: float = 0.0, poll: float = 0.5) -> set[str]:
        """Lock whichever of ``names`` nobody else holds, retrying the others for up to ``wait`` seconds."""
        missing, deadline = list(dict.fromkeys(names)), time.monotonic() + wait
        while missing:
            got = set(self._conn.scalars(
                text("SELECT n FROM unnest(CAST(:names AS text[])) AS n WHERE pg_try_advisory_lock(:ns, hashtext(n))"),
                {"names": missing, "ns": SOURCE_NS},
            ))
            self.held |= got
            missing = [n for n in missing if n not in got]
            if not missing or time.monotonic() >= deadline:
                break
            time.sleep(poll)
        return set(self.held)

    def release(self, name: str) -> None:
        if name in self.held:
            self.held.discard(name)
            self._conn.execute(text("SELECT pg_advisory_unlock(:ns, hashtext(:name))"), {"ns": SOURCE_NS, "name": name})

    def close(self) -> None:
        try:
            self._conn.close()  # closing the session drops whatever locks are left
        finally:
            self._engine.dispose()
            self.held.clear()


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
    with soft_write(engine) as conn:
        done = conn.execute(
            update(service_schedule)
            .where(service_schedule.c.job_id == ALERTS_FLAG, service_schedule.c.next_run_at == seen)
            .values(next_run_at=None, updated_at=utcnow())
        )
    return done.rowcount == 1
