"""What the service writes about crawls the child could not record itself: kills, crashes, interruptions."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select, update

from core.config import FAILING_AFTER
from storage import CrawlRun, Database, Source, utcnow

log = logging.getLogger(__name__)


def _source(session, name: str, url: str | None) -> Source:
    source = session.scalars(select(Source).where(Source.name == name)).first()
    if source is None:
        source = Source(name=name, url=url or "", consecutive_failures=0, health="unknown")
        session.add(source)
        session.flush()
    return source


def record_failed_crawl(
    db: Database,
    name: str,
    url: str | None,
    started_at: datetime,
    status: str,
    error: str,
    failing_after: int = FAILING_AFTER,
) -> None:
    """Mark a killed/crashed crawl: close (or add) its CrawlRun row and count a failure on the source."""
    now = utcnow()
    with db.session() as session:
        source = _source(session, name, url)
        run = session.scalars(
            select(CrawlRun)
            .where(CrawlRun.source_id == source.id, CrawlRun.status == "running", CrawlRun.started_at >= started_at)
            .order_by(CrawlRun.id.desc())
        ).first()
        if run is None:
            run = CrawlRun(source_id=source.id, started_at=started_at)
            session.add(run)
        run.status, run.finished_at, run.error = status, now, error
        source.record_failure(error, now, failing_after=failing_after)


def close_interrupted_runs(db: Database) -> int:
    """Crawl runs still "running" when the service starts were cut off by a dead service: mark them killed.

    Only called while holding the instance lock, so no live crawl can own such a row.
    """
    with db.session() as session:
        done = session.execute(
            update(CrawlRun)
            .where(CrawlRun.status == "running")
            .values(status="killed", finished_at=utcnow(), error="interrupted: the service stopped mid-crawl")
        )
        count = done.rowcount or 0
    if count:
        log.warning("marked %d crawl run(s) interrupted by an earlier service stop as killed", count)
    return count
