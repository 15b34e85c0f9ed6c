"""The status read model: what ``swapwatch status``, the demo and the web's source and outbox pages show.

Plain reads of the archive and the service's persisted plan, so the web can show a source's next run
without depending on the scheduler that writes it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from core.config import Config, short_interval
from core.events import DEFAULT_MIN_CONFIDENCE
from storage.db import Database
from storage.models import Alert, CrawlRun, ExchangeEvent, Source
from storage.queries import list_events
from storage.schedule import load_next_runs

__all__ = ["database_label", "database_size", "event_rows", "outbox_counts", "source_rows"]


def _last_runs(session) -> dict[int, CrawlRun]:
    latest = select(CrawlRun.source_id, func.max(CrawlRun.id).label("id")).group_by(CrawlRun.source_id).subquery()
    runs = session.scalars(select(CrawlRun).join(latest, CrawlRun.id == latest.c.id)).all()
    return {run.source_id: run for run in runs}


def source_rows(db: Database, config: Config) -> list[dict]:
    """One row per configured source (and per archived source no longer configured)."""
    next_runs = load_next_runs(db.engine)
    with db.session() as session:
        stored = {s.name: s for s in session.scalars(select(Source))}
        runs = _last_runs(session)
    configured = {s.name: s for s in config.sources}
    rows = []
    for name in [*configured, *(n for n in stored if n not in configured)]:
        src, cfg = stored.get(name), configured.get(name)
        run = runs.get(src.id) if src else None
        rows.append({
            "source": name,
            "enabled": bool(cfg and cfg.enabled),
            "interval": short_interval(config.interval_of(cfg)) if cfg else None,
            "last_crawl": run.started_at if run else None,
            "result": run.status if run else None,
            "new": run.new if run else None,
            "figures": run.figures if run else None,
            "next_run": next_runs.get(name) if cfg and cfg.enabled else None,
            "failures": src.consecutive_failures if src else 0,
            "health": src.health if src else "unknown",
            "last_error": (src.last_error or "")[:200] or None if src else None,
        })
    return rows


def outbox_counts(session: Session) -> dict[str, int]:
    """How many alerts are in each outbox state (every state present, zero when empty)."""
    counts = {"pending": 0, "sending": 0, "sent": 0, "failed": 0}
    counts.update({status: n for status, n in session.execute(
        select(Alert.status, func.count()).group_by(Alert.status))})
    return counts


def event_rows(db: Database, limit: int = 10, after_id: int = 0,
               min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[dict]:
    """The latest exchange events (newest first), read as ``swapwatch events`` and the alerts read them."""
    with db.session() as session:
        ids = list(session.scalars(
            select(ExchangeEvent.id).where(ExchangeEvent.id > after_id)
            .order_by(ExchangeEvent.event_date.desc(), ExchangeEvent.id.desc()).limit(limit)
        ))
        reports = {r.id: r for r in list_events(session, ids=ids, min_confidence=min_confidence)} if ids else {}
    return [{
        "id": r.id,
        "event_date": r.event_date,
        "conflict": r.conflict,
        "figures": [f.as_dict() for f in r.figures],
        "articles": sorted(r.articles),
        "outlets_count": len(r.outlets),
        "articles_count": len(r.articles),
        "first_seen": r.first_seen,
    } for r in (reports[i] for i in ids)]


def database_size(db: Database) -> int | None:
    if db.backend == "sqlite":
        path = make_url(db.url).database
        if not path or path == ":memory:":
            return None
        return sum(p.stat().st_size for p in Path(path).parent.glob(Path(path).name + "*") if p.suffix != ".lock")
    if db.backend == "postgresql":
        with db.engine.connect() as conn:
            return conn.execute(text("SELECT pg_database_size(current_database())")).scalar()
    return None


def database_label(url: str) -> str:
    """Where the data is: a SQLite file's absolute path, or the server URL without its password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        return str(Path(parsed.database).expanduser().resolve())
    return parsed.render_as_string(hide_password=True)
