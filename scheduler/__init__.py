"""The long-running service: APScheduler jobs per source, crawl runs in child processes (or, with ``[cluster]``,
Celery workers), locking, status.

The names below are imported on first use: a crawl child needs only ``scheduler.cycle``, and importing the package
must not bring APScheduler, Celery and the alert delivery (apprise) into it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# public name -> (module, name there)
_HOMES = {
    "CrawlOutcome": ("scheduler.child", "CrawlOutcome"),
    "parse_output": ("scheduler.child", "parse_output"),
    "run_child": ("scheduler.child", "run_child"),
    "make_app": ("scheduler.cluster", "make_app"),
    "cluster_status": ("scheduler.cluster_status", "cluster_status"),
    "AlreadyRunning": ("scheduler.lock", "AlreadyRunning"),
    "InstanceLock": ("scheduler.lock", "InstanceLock"),
    "effective_jitter": ("scheduler.planning", "effective_jitter"),
    "first_run": ("scheduler.planning", "first_run"),
    "misfire_grace": ("scheduler.planning", "misfire_grace"),
    "plan_starts": ("scheduler.planning", "plan_starts"),
    "close_interrupted_runs": ("scheduler.records", "close_interrupted_runs"),
    "record_failed_crawl": ("scheduler.records", "record_failed_crawl"),
    "Service": ("scheduler.service", "Service"),
    "ServiceOptions": ("scheduler.service", "ServiceOptions"),
    "figure_text": ("scheduler.status", "figure_text"),
    "service_status": ("scheduler.status", "service_status"),
    "WorkerRuntime": ("scheduler.runtime", "WorkerRuntime"),
    "register_tasks": ("scheduler.tasks", "register"),
}
__all__ = [
    "AlreadyRunning",
    "CrawlOutcome",
    "InstanceLock",
    "Service",
    "ServiceOptions",
    "WorkerRuntime",
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

if TYPE_CHECKING:
    from scheduler.child import CrawlOutcome, parse_output, run_child
    from scheduler.cluster import make_app
    from scheduler.cluster_status import cluster_status
    from scheduler.lock import AlreadyRunning, InstanceLock
    from scheduler.planning import effective_jitter, first_run, misfire_grace, plan_starts
    from scheduler.records import close_interrupted_runs, record_failed_crawl
    from scheduler.runtime import WorkerRuntime
    from scheduler.service import Service, ServiceOptions
    from scheduler.status import figure_text, service_status
    from scheduler.tasks import register as register_tasks


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = _HOMES[name]
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value  # once imported, a plain attribute
    return value


def __dir__() -> list[str]:
    return [*globals(), *__all__]
