"""The daily digest: one summary of the exchanges announced in the 24 hours before ``digest`` time, per target
(each target's own digest time, time zone and rules)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts import wording
from alerts.claims import counted, load_event_claims
from alerts.messages import digest_message, ordered, source_lines
from alerts.outbox import enqueue
from alerts.routing import EventFacts, routes, skip_reason, target_config
from alerts.series import day_text, event_warnings
from alerts.timing import digest_window
from alerts.update import serialise
from core.config import AlertsConfig
from core.events import announced, consolidate
from core.routes import AlertTarget
from storage.db import Database
from storage.models import ExchangeEvent

log = logging.getLogger(__name__)


Entry = tuple[str, list]  # (headline, source lines: text or alerts.escape.Link)


def digest_events(session: Session, start: datetime, end: datetime, max_age: timedelta,
                  min_confidence: float = 0.0) -> list[tuple[Entry, EventFacts]]:
    """((headline, source lines), routing facts) for each announced, recent event updated in [start, end)."""
    events = session.scalars(
        select(ExchangeEvent)
        .where(ExchangeEvent.signature.is_not(None), ExchangeEvent.updated_at >= start, ExchangeEvent.updated_at < end,
               ExchangeEvent.event_date >= (start - max_age).date())
        .order_by(ExchangeEvent.event_date, ExchangeEvent.id)
    )
    out = []
    for event in events:
        claims = load_event_claims(session, event.id)
        # held figures stay out of the digest as out of every alert
        figures = ordered(announced(consolidate(counted(claims), min_confidence)), claims)
        head = f"{day_text(event.event_date)}: {wording.headline(figures)}"
        lines = [f"{wording.label(f.kind, f.side)}: {wording.attributed(f)}" for f in figures]
        warnings = [f"check: {w}" for w in event_warnings(event)]  # the operator's consistency notes
        entry = (head, lines + source_lines(claims) + warnings)
        out.append((entry, EventFacts.of(event.conflict, claims, None, min_confidence)))
    return out


def digest_entries(session: Session, start: datetime, end: datetime, max_age: timedelta,
                   min_confidence: float = 0.0) -> list[Entry]:
    """(headline, source lines) for each announced, recent event first seen or updated in [start, end)."""
    return [entry for entry, _ in digest_events(session, start, end, max_age, min_confidence)]


def _target_digest(session: Session, cfg: AlertsConfig, target: AlertTarget, now: datetime, seen: dict) -> int:
    """One target's digest rows for the day its digest time last passed (its own rules pick the events)."""
    own = target_config(cfg, target)
    window = digest_window(now, own.digest, own.timezone)
    if window is None:
        return 0
    day, start, end = window
    if (start, end) not in seen:  # targets sharing a digest time share one read of the archive
        seen[(start, end)] = digest_events(session, start, end, cfg.max_event_age, cfg.min_confidence)
    entries = [entry for entry, facts in seen[(start, end)] if skip_reason(target, "digest", facts, cfg) is None]
    if not entries:
        return 0
    return enqueue(session, key=f"digest:{day.isoformat()}", kind="digest", urls=[target.url], now=now,
                   render=lambda fmt: digest_message(entries, day, fmt, cfg.templates))


def queue_digest(db: Database, alerts_config: AlertsConfig, *, now: datetime) -> int:
    """Write today's digest rows once each target's digest time has come; nothing on a day without news."""
    wanted = [t for t in routes(alerts_config) if "digest" in t.alerts and (t.digest or alerts_config.digest)]
    if not wanted:
        return 0
    written, seen = 0, {}
    with db.session() as session:
        serialise(session)
        for target in wanted:
            written += _target_digest(session, alerts_config, target, now, seen)
    if written:
        log.info("digest: %d row(s)", written)
    return written
