"""The service's plan in the database: each job's next run time, so a restart keeps the plan.

The table is the ``ScheduleEntry`` model (created by the migration ``service1``). Written by the scheduler,
read by ``swapwatch status`` and the web's source list.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, delete, insert, select, update

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
    with engine.begin() as conn:
        done = conn.execute(update(service_schedule).where(service_schedule.c.job_id == job_id).values(**values))
        if done.rowcount == 0:
            conn.execute(insert(service_schedule).values(job_id=job_id, **values))


def forget_job(engine: Engine, job_id: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(service_schedule).where(service_schedule.c.job_id == job_id))
