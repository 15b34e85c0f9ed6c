"""What a ``swapwatch worker`` runs: one crawl per message (in a child process, as the service does), alert cycles.

A crawl task holds its source's advisory lock for the whole crawl: a second message for the same source (a
redelivery racing a slow crawl, a duplicate enqueue) finds it held and is dropped, so a source is never crawled
twice at once. A redelivered message (its worker died) waits up to ``source_lock_wait`` for the dead worker's lock to
lapse and crawls again; a crawl that began and never ended (its mark is still there) is recorded as killed by the
next crawl of its source. Articles the dead crawl already stored are known URLs by then and are skipped, so nothing
is stored twice, and the alert outbox's idempotency keys keep any alert from going out twice.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update

from core.config import Config, SourceConfig
from scheduler import cluster
from scheduler.child import CrawlOutcome, run_child
from scheduler.cycle import crawl_then_alert
from scheduler.records import record_failed_crawl
from storage import CrawlRun, Database, Source, utcnow

log = logging.getLogger(__name__)
DIED = "interrupted: its worker died mid-crawl"


@dataclass
class WorkerRuntime:
    """What the tasks of one worker process share: the config, the database, the child command line."""

    config: Config
    db: Database
    crawl_argv: Callable[[str], list[str]]
    stopping: threading.Event = field(default_factory=threading.Event)
    # re-reads the config file: a source added since this worker started is crawled without a restart
    reload: Callable[[], Config] | None = None

    def source(self, name: str) -> SourceConfig | None:
        found = next((s for s in self.config.sources if s.name == name and s.enabled), None)
        if found is None and self.reload is not None:
            try:
                self.config = self.reload()
            except Exception as exc:  # noqa: BLE001 - a broken edit keeps the running configuration
                log.error("config reload failed, keeping the running configuration: %s", exc)
                return None
            found = next((s for s in self.config.sources if s.name == name and s.enabled), None)
        return found


def close_dead_runs(db: Database, name: str) -> int:
    """Runs of ``name`` still ``running`` while we hold its lock belong to a crawl that died with its worker."""
    with db.session() as session:
        source_id = session.scalar(select(Source.id).where(Source.name == name))
        if source_id is None:
            return 0
        done = session.execute(
            update(CrawlRun).where(CrawlRun.source_id == source_id, CrawlRun.status == "running")
            .values(status="killed", finished_at=utcnow(), error=DIED)
        )
        return done.rowcount or 0


def crawl_source(rt: WorkerRuntime, name: str, redelivered: bool = False) -> dict:
    """Crawl one source under its cluster-wide lock; the result is a small JSON-ready summary."""
    source = rt.source(name)
    config = rt.config
    if source is None:
        log.warning("crawl of %r skipped: no such enabled source in this worker's config", name)
        return {"source": name, "status": "unknown_source"}
    lock = cluster.source_lock(config.storage.url, name)
    wait = config.cluster.source_lock_wait.total_seconds() if redelivered else 0.0
    if not lock.acquire(wait=wait):
        log.info("crawl of %r skipped: another worker is crawling it", name)
        return {"source": name, "status": "skipped"}
    try:
        if redelivered and not cluster.is_queued(rt.db.engine, name):
            log.info("redelivered crawl of %r skipped: it had finished before its worker went away", name)
            return {"source": name, "status": "skipped"}
        if cluster.begin_crawl(rt.db.engine, name):
            _record_death(rt, source)
        outcome = _crawl(rt, source)
        cluster.end_crawl(rt.db.engine, name)
    finally:
        lock.release()
    cluster.request_alerts(rt.db.engine)
    # the task's result: the crawl summary's JSON (core.records.CrawlSummary), with the outcome's status on top
    return {"source": name, "status": outcome.status, "error": outcome.error, **outcome.summary.as_dict()}


def _record_death(rt: WorkerRuntime, source: SourceConfig) -> None:
    """The last crawl of ``source`` began and never ended: its worker died. The child could not record it, and its
    message may not come back (it can expire while waiting), so the next crawl of the source records it."""
    if not close_dead_runs(rt.db, source.name):
        record_failed_crawl(rt.db, source.name, source.url, utcnow(), "killed", DIED,
                            failing_after=rt.config.crawl.failing_after)
    log.warning("source %r: its last crawl died with its worker; crawling it again", source.name)


def _crawl(rt: WorkerRuntime, source: SourceConfig) -> CrawlOutcome:
    """The service's crawl step (a child process with the time limit), then what ``crawl_then_alert`` records of a
    crawl that died; the alert cycle is the batched alert task's."""
    config = rt.config

    def crawl() -> CrawlOutcome:
        outcome = run_child(source.name, rt.crawl_argv(source.name),
                            timeout=config.schedule.crawl_timeout.total_seconds(), should_abort=rt.stopping.is_set)
        log.log(logging.INFO if outcome.status == "ok" else logging.WARNING, "%s", outcome.log_line())
        return outcome

    return crawl_then_alert(config, rt.db, crawl, alerts=False).outcome


def alert_cycle(rt: WorkerRuntime, run_cycle: Callable[[], Any]) -> int:
    """Run alert cycles while crawl results wait for one; at most one worker does so at a time. Returns cycles run.

    A worker that finds the lock taken leaves: the holder re-reads the flag after each cycle and after letting go
    of the lock, so results flagged at any moment are picked up by it or by the next task to take the lock.
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


def register(app: Any, rt: WorkerRuntime, run_cycle: Callable[[], Any]) -> None:
    """Bind the tasks to ``app`` for this worker process."""

    @app.task(name=cluster.CRAWL_TASK, bind=True)
    def crawl_task(self, name: str) -> dict:
        redelivered = bool((self.request.delivery_info or {}).get("redelivered"))
        result = crawl_source(rt, name, redelivered=redelivered)
        if result["status"] != "skipped":  # a skipped message's crawl is still running elsewhere, or was done
            cluster.crawl_finished(rt.db.engine, name)
        if result["status"] not in ("skipped", "unknown_source"):
            # crawls finishing within alert_batch share the cycle: whichever runs first handles them all
            try:
                app.send_task(cluster.ALERT_TASK, queue=rt.config.cluster.queue,
                              countdown=rt.config.cluster.alert_batch.total_seconds())
            except Exception as exc:  # noqa: BLE001 - the flag stays up: the next crawl's alert task serves it
                log.warning("could not enqueue the alert cycle (%s); the next finished crawl's will run it", exc)
        return result

    @app.task(name=cluster.ALERT_TASK)
    def alert_task() -> int:
        try:
            return alert_cycle(rt, run_cycle)
        except Exception:  # noqa: BLE001 - the flag stays up: the next finished crawl's task retries the cycle
            log.exception("alert cycle failed; it is retried after the next crawl")
            return 0
