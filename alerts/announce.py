"""Writing an event's alert rows for the targets that receive them (see alerts/routing.py for the rules)."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.claims import EventClaim
from alerts.messages import event_message
from alerts.outbox import enqueue
from alerts.routing import EventFacts, recipients
from core.config import AlertsConfig
from storage.models import Alert, ExchangeEvent

log = logging.getLogger(__name__)


def received_targets(session: Session, event_id: int) -> set[str]:
    """Target ids that already have an alert row about this event (any kind, any status)."""
    return set(session.scalars(select(Alert.target).where(Alert.event_id == event_id).distinct()))


def write_alerts(
    session: Session, event: ExchangeEvent, claims: list[EventClaim], cfg: AlertsConfig, now: datetime,
    kind: str | None, previous: str | None, changed: set[str] | None,
) -> int:
    """Outbox rows for this announcement (``kind``; None: no announcement, only targets meeting their rules
    for the first time); the number written. Keys are ``event:ID:rREV:<target>``, so nothing is written twice."""
    # a backfill of old exchanges is history, not news: recorded, never a flood of pings
    if event.event_date is not None and event.event_date < (now - cfg.max_event_age).date():
        return 0
    received = received_targets(session, event.id) if cfg.targets else set()
    plan = recipients(cfg, kind, EventFacts.of(event.conflict, claims, changed, cfg.min_confidence), received)
    written = 0
    for alert_kind, urls in plan.items():
        before = previous if alert_kind != "new_event" else None
        written += enqueue(
            session, key=f"event:{event.id}:r{event.revision}", kind=alert_kind, urls=urls, now=now,
            event_id=event.id,
            render=lambda fmt, k=alert_kind, p=before: event_message(
                event, claims, k, fmt, previous_signature=p, folder=cfg.templates, min_confidence=cfg.min_confidence),
        )
    if written and kind is None:
        log.info("event %s: %d target(s) now meet their rules", event.id, written)
    return written
