"""The long-running service: APScheduler jobs per source, crawl runs in child processes (or, with ``[cluster]``,
Celery workers), locking, status."""

from scheduler.child import CrawlOutcome, parse_output, run_child
from scheduler.cluster import make_app
from scheduler.cluster_status import cluster_status
from scheduler.lock import AlreadyRunning, InstanceLock
from scheduler.planning import effective_jitter, first_run, misfire_grace, plan_starts
from scheduler.records import close_interrupted_runs, record_failed_crawl
from scheduler.service import Service, ServiceOptions
from scheduler.status import figure_text, service_status
from scheduler.tasks import WorkerRuntime
from scheduler.tasks import register as register_tasks

__all__ = [
    "AlreadyRunning",
    "CrawlOutcome",
    "WorkerRuntime",
    "InstanceLock",
    "Service",
    "ServiceOptions",
    "close_interrupted_runs",
    "cluster_status",
    "effective_jitter",
    "figure_text",
    "first_run",
    "make_app",
    "misfire_grace",
    "parse_output",
    "plan_starts",
    "record_failed_crawl",
    "register_tasks",
    "run_child",
    "service_status",
]
