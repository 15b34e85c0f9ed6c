"""What a ``swapwatch worker`` runs: crawl batches (``scheduler.batch``) from the queue, alert cycles beside them.

The alert cycles run in a thread of the worker (``AlertRunner``), not as queued tasks: a task would wait in the same
queue behind every crawl batch sent before it, so an alert's delay would grow with the backlog. The cluster-wide
flag and lock (``scheduler.cluster``) still make one cycle serve all the crawls that finished meanwhile, on one
worker at a time; articles a dead crawl stored are known URLs by its next crawl, and the outbox's idempotency keys
keep any alert from going out twice.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from scheduler import cluster
from scheduler.batch import DIED, close_dead_runs, crawl_batch
from scheduler.runtime import WorkerRuntime

log = logging.getLogger(__name__)
__all__ = ["DIED", "AlertRunner", "WorkerRuntime", "alert_cycle", "close_dead_runs", "register"]
IDLE_CHECK = 30.0  # seconds between looks at the cluster's alert flag when this worker's crawls raised none


def alert_cycle(rt: WorkerRuntime, run_cycle: Callable[[], Any]) -> int:
    """Run alert cycles while crawl results wait for one; at most one worker does so at a time. Returns cycles run.

    A worker that finds the lock taken leaves: the holder re-reads the flag after each cycle and after letting go
    of the lock, so results flagged at any moment are picked up by it or by the next one to take the lock.
    """
    engine, cycles = rt.db.engine, 0
    while cluster.alerts_requested(engine) is not None:
        lock = cluster.alerts_lock(rt.config.storage.url)
        if not lock.acquire():
            break
        try:
            while (seen := cluster.alerts_requested(engine)) is not None:
                run_cycle()
                cycles += 1
                cluster.clear_alerts_request(engine, seen)
        finally:
            lock.release()
    return cycles


class AlertRunner:
    """The worker's alert thread: ``alert_batch`` after a crawl of this worker stored results, it raises the
    cluster's flag and runs the cycle; every ``IDLE_CHECK`` seconds it also serves a flag left by another worker."""

    def __init__(self, rt: WorkerRuntime, run_cycle: Callable[[], Any]) -> None:
        self.rt, self.run_cycle = rt, run_cycle
        self._wake, self._stop = threading.Event(), threading.Event()
        self._dirty = False  # results of this worker's crawls wait for a cycle
        self._thread = threading.Thread(target=self._loop, name="alert-cycles", daemon=True)

    def wanted(self) -> None:
        self._dirty = True
        self._wake.set()

    def start(self) -> AlertRunner:
        self.rt.alerts_wanted = self.wanted
        self._thread.start()
        return self

    def stop(self, timeout: float = 30.0) -> None:
        """Stop after the cycle under way; results still waiting keep the cluster's flag up for another worker."""
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)

    def _loop(self) -> None:
        batch = self.rt.config.cluster.alert_batch.total_seconds()
        while True:
            self._wake.wait(IDLE_CHECK)
            requested = self._dirty
            if requested:
                self._stop.wait(batch)  # crawls finishing meanwhile share this cycle
            self._wake.clear()
            self._dirty = False
            try:
                if requested:  # raised after the results were stored, so the cycle that clears it sees them
                    cluster.request_alerts(self.rt.db.engine)
                if self._stop.is_set():
                    return
                alert_cycle(self.rt, self.run_cycle)
            except Exception:  # noqa: BLE001 - retried at the next round, IDLE_CHECK from now at the latest
                log.exception("alert cycle failed; it is retried shortly")
                self._dirty = self._dirty or requested


def register(app: Any, rt: WorkerRuntime) -> None:
    """Bind the tasks to ``app`` for this worker process."""

    def redelivered(task: Any) -> bool:
        return bool((task.request.delivery_info or {}).get("redelivered"))

    @app.task(name=cluster.BATCH_TASK, bind=True)
    def crawl_batch_task(self, names: list[str]) -> dict:
        return crawl_batch(rt, names, redelivered=redelivered(self))

    @app.task(name=cluster.CRAWL_TASK, bind=True)
    def crawl_task(self, name: str) -> dict:  # a message from a planner older than crawl batches
        return crawl_batch(rt, [name], redelivered=redelivered(self))

    @app.task(name=cluster.ALERT_TASK)
    def alert_task() -> int:  # a message from a worker older than the alert thread
        rt.alerts_wanted()
        return 0
