"""Kept as an import path for ``scheduler/cluster.py``: the plan table's reads and writes live in
``storage.schedule`` (the web's status page reads them too, and the web does not depend on the scheduler)."""

from storage.schedule import SOURCE_PREFIX, forget_job, load_next_runs, save_next_run, service_schedule, source_job_id

__all__ = ["SOURCE_PREFIX", "forget_job", "load_next_runs", "save_next_run", "service_schedule", "source_job_id"]
