"""Keeping exchange events up to date and deciding what is news, in one transaction with the outbox rows.

An event's ``signature`` is its figures *as last announced* (``core.events.Signature`` over the
consolidated claims); ``revision`` counts announcements. So:

- signature NULL and enough independent outlets (``min_sources``) → ``new_event``;
- signature differs in an exchange figure (a new side, "about 200" → "207", a conflicting claim) → ``revision``;
- only a running total differs → ``total``;
- equal signature (a re-report, a re-crawl, a re-extraction with the same result, a restart) → nothing.
Figures the event rule holds (``[alerts] min_confidence``: unsure and from one outlet) are not in the
signature: an event whose exchange figures are all held is recorded but not announced, and is announced
once, as a new exchange, when a second outlet or a surer report backs it.
A figure that disappears (a re-extraction dropped it) is not news on its own: the signature is left as
announced until something is added or changed.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from alerts import wording
from alerts.claims import EXCHANGE_KINDS, counted, independent_outlets, load_event_claims
from alerts.consistency import queue_warning_notices
from alerts.grouping import group_units, next_articles, ungrouped_units
from alerts.messages import event_message
from alerts.outbox import enqueue
from alerts.series import record_warnings
from core.config import AlertsConfig
from core.events import Signature, announced, consolidate
from storage.db import Database
from storage.models import Article, EventArticle, EventFigure, ExchangeEvent, Figure
from storage.types import utcnow

log = logging.getLogger(__name__)

# an arbitrary constant: PostgreSQL advisory lock held by whoever is updating events
_PG_LOCK_ID = 0x5A_5A_A1E7


@dataclass(frozen=True)
class EventChange:
    """One announced change of an event; ``alerts`` is the number of outbox rows written for it."""

    event_id: int
    kind: str  # new_event | revision | total
    revision: int
    event_date: date | None
    what_changed: tuple[str, ...]  # one line per figure, as in the message's "What changed"
    alerts: int
    # recorded without alerting because the exchange is older than [alerts] max_event_age (a backfill)
    too_old: bool = False


def serialise(session: Session) -> None:
    """Let one process at a time update events, so two cycles never create the same event twice."""
    if session.bind.dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _PG_LOCK_ID})
    else:
        # any write takes SQLite's single writer lock now instead of at the first real write
        session.execute(text("UPDATE exchange_events SET id = id WHERE 1 = 0"))


def reextracted(session: Session) -> set[int]:
    """Events with an article (re-)extracted after the event was last updated: their figures may differ."""
    rows = session.execute(
        select(EventArticle.event_id)
        .join(Article, Article.id == EventArticle.article_id)
        .join(ExchangeEvent, ExchangeEvent.id == EventArticle.event_id)
        .where(Article.extracted_at.is_not(None), Article.extracted_at > ExchangeEvent.updated_at)
    ).scalars()
    return set(rows)


def prune_articles(session: Session, event_id: int) -> None:
    """Drop article links whose figures all left the event (re-extraction deleted or moved them)."""
    with_figures = select(EventFigure.figure_id).where(EventFigure.event_id == event_id)
    keep = set(session.scalars(select(Figure.article_id).where(Figure.id.in_(with_figures))))
    for link in session.scalars(select(EventArticle).where(EventArticle.event_id == event_id)):
        if link.article_id not in keep:
            session.delete(link)


def settle_date(event: ExchangeEvent, claims: list) -> None:
    """The date most reports state (ties: the later, as a multi-day swap is dated by its last day).

    An event first seen in an article without a stated date carries that article's publication date
    until a report that states the date arrives.
    """
    stated = Counter(c.day for c in claims if c.stated and c.day is not None)
    if stated:
        best = max(stated, key=lambda day: (stated[day], day))
        if best != event.event_date:
            log.info("event %s: date %s → %s", event.id, event.event_date, best)
            event.event_date = best


def classify(event: ExchangeEvent, new: Signature, outlets: int, min_sources: int) -> str | None:
    if event.signature is None:
        return "new_event" if outlets >= min_sources else None
    kinds = {c.kind for c in Signature.parse(event.signature).diff(new)}
    if not kinds:
        return None
    return "total" if wording.only_totals(kinds) else "revision"


def refresh(session: Session, event: ExchangeEvent, cfg: AlertsConfig, now: datetime) -> EventChange | None:
    """Re-read an event's claims; announce it (and write outbox rows) when that is news."""
    prune_articles(session, event.id)
    # reconciled now, announced or not: a re-extracted article is not looked at again next cycle
    event.updated_at = max(event.updated_at, now) if event.updated_at else now
    claims = load_event_claims(session, event.id)
    settle_date(event, claims)
    # held figures (unsure, one outlet) stay out of the signature, so they are announced only once backed
    figures = announced(consolidate(counted(claims), cfg.min_confidence))
    if not any(f.kind in EXCHANGE_KINDS for f in figures):
        return None  # nothing (left) to announce: every number held, or re-extraction removed them
    sig = Signature.of(figures)
    kind = classify(event, sig, len(independent_outlets(claims)), cfg.min_sources)
    if kind is None:
        return None
    previous = event.signature
    event.signature, event.revision = sig.text(), event.revision + 1
    session.flush()
    written = 0
    immediate = not (cfg.digest and cfg.digest_only)
    # a backfill of old exchanges is history, not news: recorded, never a flood of pings
    fresh = event.event_date is None or event.event_date >= (now - cfg.max_event_age).date()
    if getattr(cfg, kind) and immediate and fresh:
        written = enqueue(
            session, key=f"event:{event.id}:r{event.revision}", kind=kind, urls=cfg.urls, now=now,
            event_id=event.id,
            render=lambda fmt: event_message(event, claims, kind, fmt, previous_signature=previous,
                                             folder=cfg.templates, min_confidence=cfg.min_confidence),
        )
    log.info("event %s (%s): %s, revision %s, %d alert(s)", event.id, event.event_date, kind, event.revision, written)
    return EventChange(event.id, kind, event.revision, event.event_date,
                       tuple(wording.changes(previous, sig)), written, too_old=not fresh)


def update_batch(session: Session, cfg: AlertsConfig, now: datetime, units: list, first: bool) -> list[EventChange]:
    """One transaction's worth: group ``units``, refresh the events touched, write their outbox rows."""
    touched = group_units(session, units, now)
    if first:
        touched |= reextracted(session)
    events = [session.get(ExchangeEvent, i) for i in sorted(touched)]
    # consistency warnings go to the operator (admin_urls), never into the readers' messages
    queue_warning_notices(session, cfg, record_warnings(session, {e.conflict for e in events}), now)
    return [c for c in (refresh(session, e, cfg, now) for e in events) if c is not None]


def update_events(
    db: Database, alerts_config: AlertsConfig, *, now: datetime | None = None, batch: int = 200
) -> list[EventChange]:
    """Group new figures into events, announce what is news and write its outbox rows in the same transaction.

    A backlog (a first crawl, a re-extraction of the archive) goes in batches of ``batch`` articles, each
    committed on its own, so no transaction holds the database for long; a crash between batches leaves
    the rest for the next cycle.
    """
    now = now or utcnow()
    changes: list[EventChange] = []
    after, first = 0, True
    while True:
        with db.session() as session:
            serialise(session)
            ids = next_articles(session, after=after, limit=batch)
            changes += update_batch(session, alerts_config, now, ungrouped_units(session, ids), first)
        if len(ids) < batch:
            return changes
        after, first = ids[-1], False
