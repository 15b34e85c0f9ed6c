"""A crawl batch on a worker: up to ``[cluster] batch_size`` sources crawled together in ONE child process.

One child (one Python start, one Scrapy process, one extraction pool) for many sources is what makes the cluster
affordable: the start-up of a crawl child costs ~5 CPU-seconds, against ~15 ms a page. Per source, the batch keeps
what one crawl per message gave:

- at most one crawl per source cluster-wide: the batch takes the advisory locks of its sources and crawls only those
  it got; a source locked elsewhere is being crawled there and is left to it;
- a redelivered batch (its worker died) does not repeat finished work: each source is settled the moment the child
  reports it finished (its "crawling" mark cleared, its "queued" flag lowered, its lock let go), so the redelivered
  copy skips it, and records as killed the sources whose mark is still set;
- one source's failure is its own: each source has ``[schedule] crawl_timeout`` (Scrapy's CLOSESPIDER_TIMEOUT in the
  child) and its own status; only the batch's time limit or a crash of the child ends the sources left unfinished,
  and those are recorded as killed or crashed, each on its own source.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select, update

from core.config import SourceConfig
from scheduler import cluster, cluster_marks
from scheduler.child import CrawlOutcome, run_streaming_child
from scheduler.records import record_failed_crawl
from storage import CrawlRun, Database, Source, utcnow
from storage.retention import drop_expired_text

if TYPE_CHECKING:
    from scheduler.runtime import WorkerRuntime

log = logging.getLogger(__name__)
DIED = "interrupted: its worker died mid-crawl"
BATCH_GRACE = 60.0  # seconds a batch may run past its sources' crawl_timeout (start-up, closing)


def crawl_batch(rt: WorkerRuntime, names: list[str], redelivered: bool = False) -> dict:
    """Crawl whichever of ``names`` still wait for a crawl and nobody else is crawling; a JSON-ready summary."""
    names = list(dict.fromkeys(names))
    sources = {n: s for n in names if (s := rt.source(n)) is not None}
    unknown = [n for n in names if n not in sources]
    if unknown:  # lowered, so the planner is not stuck on them; it sends them again when they are next due
        log.warning("%d source(s) skipped, not enabled in this worker's config: %s", len(unknown), ", ".join(unknown))
        cluster_marks.lower_flags(rt.db.engine, unknown)
    result: dict = {"sources": len(names), "unknown_source": len(unknown), "skipped": 0, "statuses": {}}
    if not sources:
        return result
    locks = cluster.SourceLocks(rt.config.storage.url)
    try:
        wait = rt.config.cluster.source_lock_wait.total_seconds() if redelivered else 0.0
        held = locks.take(sources, wait=wait)
        # a flag already down: that crawl finished before this message's worker went away (or a duplicate did it)
        waiting = cluster_marks.still_queued(rt.db.engine, held)
        for name in held - waiting:
            locks.release(name)
        todo = [sources[n] for n in names if n in waiting]
        result["skipped"] = len(sources) - len(todo)
        if result["skipped"]:
            log.info("%d source(s) of the batch skipped: crawled or being crawled elsewhere", result["skipped"])
        if todo:
            result["statuses"] = dict(Counter(_crawl(rt, todo, locks).values()))
    finally:
        locks.close()
    return result


def _crawl(rt: WorkerRuntime, todo: list[SourceConfig], locks: cluster.SourceLocks) -> dict[str, str]:
    """Run the batch's child; settle each source as it finishes, the rest when the child has ended."""
    engine, names = rt.db.engine, [s.name for s in todo]
    for name in cluster_marks.begin_crawls(engine, names):
        _record_death(rt, next(s for s in todo if s.name == name))
    started, done, settled = utcnow(), {}, set()

    def settle(line: str) -> None:
        row = _finished_row(line)
        if row is None or row.get("name") not in locks.held:
            return
        name = row["name"]
        done[name] = row.get("status", "ok")
        rt.alerts_wanted()  # its articles are stored: an alert cycle soon, shared with the sources finishing now
        try:
            cluster_marks.crawls_done(engine, [name])
            locks.release(name)
            settled.add(name)
        except Exception as exc:  # noqa: BLE001 - a database blip: settled again once the child has ended
            log.warning("could not mark the crawl of %r done yet: %s", name, exc)

    schedule, cluster_config = rt.config.schedule, rt.config.cluster
    per_source = schedule.crawl_timeout.total_seconds()
    limit = (cluster_config.batch_timeout.total_seconds() if cluster_config.batch_timeout
             else per_source + BATCH_GRACE)
    outcome = run_streaming_child(f"batch of {len(names)}", rt.batch_argv(names, per_source), timeout=limit,
                                  on_line=settle, should_abort=rt.stopping.is_set)
    _settle_rest(rt, [s for s in todo if s.name not in settled], done, outcome, started)
    log.log(logging.INFO if outcome.status == "ok" else logging.WARNING, "crawl batch of %d source(s): %s in %.1fs%s",
            len(names), ", ".join(f"{k}={v}" for k, v in sorted(Counter(done.values()).items())), outcome.seconds,
            f" ({outcome.status}: {outcome.error})" if outcome.status in ("killed", "crashed") else "")
    try:  # retention of irrelevant articles' text, as after every crawl; a failure never costs the batch
        drop_expired_text(rt.db, rt.config.storage.keep_irrelevant)
    except Exception as exc:  # noqa: BLE001 - logged; retried after the next batch
        log.warning("retention of irrelevant article text failed: %s", exc)
    return done


def _finished_row(line: str) -> dict | None:
    """The row of a ``{"finished": {...}}`` line the child prints as each source's crawl ends (else None)."""
    if not line.startswith('{"finished"'):
        return None
    try:
        row = json.loads(line)["finished"]
    except (ValueError, KeyError, TypeError):
        return None
    return row if isinstance(row, dict) else None


def _settle_rest(rt: WorkerRuntime, todo: list[SourceConfig], done: dict[str, str], outcome: CrawlOutcome,
                 started: datetime) -> None:
    """The sources not settled yet: reported but not marked (a database blip), in the child's summary only (they never
    started), or cut off by a kill or crash (recorded as such, each on its own source)."""
    for row in outcome.summary.sources:
        done.setdefault(row.name, row.status)
    cut = [s for s in todo if s.name not in done]
    status = outcome.status if outcome.status in ("killed", "crashed") else "crashed"
    for source in cut:
        record_failed_crawl(rt.db, source.name, source.url, started, status, outcome.error or status,
                            failing_after=rt.config.crawl.failing_after)
        done[source.name] = status
    if cut:
        rt.alerts_wanted()  # a failure can change a source's health
    cluster_marks.crawls_done(rt.db.engine, [s.name for s in todo])


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


def _record_death(rt: WorkerRuntime, source: SourceConfig) -> None:
    """The last crawl of ``source`` began and never ended: its worker died. The child could not record it, and its
    message may not come back, so the next crawl of the source records it."""
    if not close_dead_runs(rt.db, source.name):
        record_failed_crawl(rt.db, source.name, source.url, utcnow(), "killed", DIED,
                            failing_after=rt.config.crawl.failing_after)
    log.warning("source %r: its last crawl died with its worker; crawling it again", source.name)
