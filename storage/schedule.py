"""The service's plan in the database: each job's next run time, so a restart keeps the plan.

The table is the ``ScheduleEntry`` model (created by the migration ``service1``). Written by the scheduler,
read by ``swapwatch status`` and the web's source list.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import Connection, Engine, bindparam, delete, insert, select, text, update

from storage.models import ScheduleEntry
from storage.types import utcnow

service_schedule = ScheduleEntry.__table__

SOURCE_PREFIX = "source:"


def source_job_id(name: str) -> str:
    return SOURCE_PREFIX + name


def load_next_runs(engine: Engine) -> dict[str, datetime]:
    """Persisted next-run times of source jobs, by source name."""
    with engine.connect() as conn:
        rows = conn.execute(select(service_schedule.c.job_id, service_schedule.c.next_run_at)).all()
    return {
        job_id.removeprefix(SOURCE_PREFIX): when
        for job_id, when in rows
        if job_id.startswith(SOURCE_PREFIX) and when is not None
    }


def save_next_run(engine: Engine, job_id: str, when: datetime | None) -> None:
    """Insert or update one job's next run (only one service runs per database, so no upsert race)."""
    values = {"next_run_at": when, "updated_at": utcnow()}
    with _plan_write(engine) as conn:
        done = conn.execute(update(service_schedule).where(service_schedule.c.job_id == job_id).values(**values))
        if done.rowcount == 0:
            conn.execute(insert(service_schedule).values(job_id=job_id, **values))


@contextmanager
def _plan_write(engine: Engine) -> Iterator[Connection]:
    """A transaction for the plan; on PostgreSQL its commit does not wait for the disk (``synchronous_commit`` off).

    The plan is soft state: a server crash that loses its last milliseconds only runs a source at its previous
    time, while a synchronous commit per enqueued source (~10 ms here) held back the cluster planner, which must
    enqueue 10,000 sources a minute.
    """
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SET LOCAL synchronous_commit TO OFF"))
        yield conn


def save_next_runs(engine: Engine, plan: Mapping[str, datetime | None]) -> None:
    """Insert or update several jobs' next runs in one transaction (a service starting with 10,000 sources)."""
    now = utcnow()
    with _plan_write(engine) as conn:
        # IN lists of a few hundred keys: SQLite caps a statement's parameters, and the table holds more rows than
        # the plan (the cluster's per-source marks), so reading all its keys for a batch of 50 would cost more
        keys, known, column = list(plan), set(), service_schedule.c.job_id
        for i in range(0, len(keys), 500):
            known.update(conn.scalars(select(column).where(column.in_(keys[i : i + 500]))))
        updates = [{"key": k, "next_run_at": w, "updated_at": now} for k, w in plan.items() if k in known]
        if updates:
            conn.execute(update(service_schedule).where(service_schedule.c.job_id == bindparam("key"))
                         .values(next_run_at=bindparam("next_run_at"), updated_at=bindparam("updated_at")), updates)
        fresh = [{"job_id": k, "next_run_at": w, "updated_at": now} for k, w in plan.items() if k not in known]
        if fresh:
            conn.execute(insert(service_schedule), fresh)


def forget_job(engine: Engine, job_id: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(service_schedule).where(service_schedule.c.job_id == job_id))
