"""The daily digest: one summary of the exchanges announced in the 24 hours before ``digest`` time."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts import wording
from alerts.claims import counted, load_event_claims
from alerts.messages import digest_message, ordered, source_lines
from alerts.outbox import enqueue
from alerts.series import day_text, event_warnings
from alerts.timing import digest_window
from alerts.update import serialise
from core.config import AlertsConfig
from core.events import announced, consolidate
from storage.db import Database
from storage.models import ExchangeEvent

log = logging.getLogger(__name__)


def digest_entries(session: Session, start: datetime, end: datetime, max_age: timedelta,
                   min_confidence: float = 0.0) -> list[tuple[str, list]]:
    """(headline, source lines) for each announced, recent event first seen or updated in [start, end)."""
    events = session.scalars(
        select(ExchangeEvent)
        .where(ExchangeEvent.signature.is_not(None), ExchangeEvent.updated_at >= start, ExchangeEvent.updated_at < end,
               ExchangeEvent.event_date >= (start - max_age).date())
        .order_by(ExchangeEvent.event_date, ExchangeEvent.id)
    )
    entries = []
    for event in events:
        claims = load_event_claims(session, event.id)
        # held figures stay out of the digest as out of every alert
        figures = ordered(announced(consolidate(counted(claims), min_confidence)), claims)
        head = f"{day_text(event.event_date)}: {wording.headline(figures)}"
        lines = [f"{wording.label(f.kind, f.side)}: {wording.attributed(f)}" for f in figures]
        warnings = [f"check: {w}" for w in event_warnings(event)]  # the operator's consistency notes
        entries.append((head, lines + source_lines(claims) + warnings))
    return entries


def queue_digest(db: Database, alerts_config: AlertsConfig, *, now: datetime) -> int:
    """Write today's digest rows once its time has come; nothing on a day without news. Rows written."""
    window = digest_window(now, alerts_config.digest, alerts_config.timezone)
    if window is None or not alerts_config.urls:
        return 0
    day, start, end = window
    with db.session() as session:
        serialise(session)
        entries = digest_entries(session, start, end, alerts_config.max_event_age, alerts_config.min_confidence)
        if not entries:
            return 0
        written = enqueue(
            session, key=f"digest:{day.isoformat()}", kind="digest", urls=alerts_config.urls, now=now,
            render=lambda fmt: digest_message(entries, day, fmt, alerts_config.templates),
        )
    if written:
        log.info("digest for %s: %d event(s), %d row(s)", day, len(entries), written)
    return written
