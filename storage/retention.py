"""Retention of the text kept for articles judged irrelevant (``[storage] keep_irrelevant``)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import update

from storage.db import Database
from storage.models import Article
from storage.types import utcnow

log = logging.getLogger(__name__)


def drop_expired_text(db: Database, keep: timedelta, now: datetime | None = None) -> int:
    """``[storage] keep_irrelevant``: irrelevant articles fetched longer ago than ``keep`` lose their kept text
    (URL, title, hash and verdict stay, so they are never refetched). Returns how many were cleared."""
    cutoff = (now or utcnow()) - keep
    with db.engine.begin() as conn:
        result = conn.execute(
            update(Article)
            .where(Article.kept_text.is_not(None), Article.relevant.is_(False), Article.fetched_at < cutoff)
            .values(kept_text=None)
        )
    if result.rowcount:
        log.info("retention: dropped the kept text of %d irrelevant article(s) older than %s", result.rowcount, keep)
    return result.rowcount or 0
