"""``swapwatch status``: the read model of ``storage.status`` plus what only the scheduler knows (who holds the
service lock, the cluster's workers and queue)."""

from __future__ import annotations

from sqlalchemy import func, select

from core.config import Config
from scheduler.cluster_status import cluster_status
from scheduler.lock import InstanceLock
from storage import Article, Database, ExchangeEvent
from storage.status import database_label, database_size, event_rows, outbox_counts, source_rows


def figure_text(figures: list[dict]) -> str:
    """``returned UA 103, returned RU 103`` — compact, for tables."""
    parts = []
    for f in figures:
        value = f"~{f['value']}" if f.get("approx") else str(f["value"])
        alt = f" (also {'/'.join(map(str, f['alternatives']))})" if f.get("alternatives") else ""
        parts.append(" ".join(p for p in (f['kind'], f.get('side'), value) if p) + alt)
    return ", ".join(parts)


def _holder(db: Database) -> str | None:
    try:
        return InstanceLock(db.url).holder()
    except OSError:  # a read-only folder: no lock file can be probed, so nobody can be running a service there
        return None


def service_status(db: Database, config: Config, events: int = 5) -> dict:
    """Everything ``swapwatch status`` prints, as JSON-ready data."""
    with db.session() as session:
        articles = session.scalar(select(func.count()).select_from(Article)) or 0
        total_events = session.scalar(select(func.count()).select_from(ExchangeEvent)) or 0
        outbox = outbox_counts(session)
    sources = source_rows(db, config)
    cluster = cluster_status(config, sources)  # [cluster] only: workers, queue depth, per-source lag
    return {
        "database": database_label(db.url),
        "config": str(config.path.resolve()) if config.path else None,
        "service": _holder(db),
        **({"cluster": cluster} if cluster is not None else {}),
        "sources": sources,
        "outbox": outbox,
        "articles": articles,
        "events": total_events,
        "latest_events": event_rows(db, events, min_confidence=config.alerts.min_confidence),
        "database_size": database_size(db),
    }
