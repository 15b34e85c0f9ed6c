"""Grouping figures into exchange events: one swap, on one date, between two parties.

A *unit* is what one article says about one date (figures without a date of their own take the article's
event date, else its publication date). A unit joins an existing event of the same conflict when

- the event is on the very date the article states, or
- the event is a day before or after and a figure they share agrees (so "Saturday's swap" reported on
  Sunday joins, while a multi-stage swap reported day by day — 390, then 307, then 303 — stays three
  events, and so do bodies repatriated on Friday and prisoners swapped on Saturday);
- the article states no date (its publication date stands in), the event is up to three days before it
  or a day after, and a figure they share agrees.
Under a catch-all conflict code (``other``) the sides must overlap too.

A unit with exchange figures and no matching event starts a new one; a unit with running totals only never
starts an event (a total is not an exchange) and waits until one appears on its date.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts import wording
from alerts.claims import EVENT_KINDS, EXCHANGE_KINDS, counted, figure_date, load_event_claims
from core.events import consolidate
from storage.models import Article, EventArticle, EventFigure, ExchangeEvent, Figure

log = logging.getLogger(__name__)

TOLERANCE = timedelta(days=1)
# how long after a swap an article without a stated date may still report it
LOOKBACK = timedelta(days=3)


@dataclass
class Unit:
    article: Article
    day: date
    stated: bool
    figures: list[Figure] = field(default_factory=list)

    @property
    def has_exchange(self) -> bool:
        return any(f.kind in EXCHANGE_KINDS for f in self.figures)


def _ungrouped(*columns):
    return (select(*columns).outerjoin(EventFigure, EventFigure.figure_id == Figure.id)
            .where(EventFigure.figure_id.is_(None), Figure.kind.in_(EVENT_KINDS)))


def next_articles(session: Session, *, after: int = 0, limit: int = 200) -> list[int]:
    """The ids of the next ``limit`` articles (by id, above ``after``) with figures not yet in an event."""
    stmt = _ungrouped(Figure.article_id).where(Figure.article_id > after)
    return list(session.scalars(stmt.distinct().order_by(Figure.article_id).limit(limit)))


def ungrouped_units(session: Session, article_ids: list[int]) -> list[Unit]:
    """These articles' figures not yet in any event, as (article, date) units in a stable order."""
    rows = session.execute(
        _ungrouped(Figure, Article).join(Article, Article.id == Figure.article_id)
        .where(Figure.article_id.in_(article_ids)).order_by(Article.id, Figure.id)
    ).all()
    units: dict[tuple[int, date], Unit] = {}
    for figure, article in rows:
        day, stated = figure_date(figure, article)
        if day is None:
            log.debug("figure %s of %s has no date; left ungrouped", figure.id, article.url)
            continue
        unit = units.setdefault((article.id, day), Unit(article, day, stated))
        unit.figures.append(figure)
    # exchanges first, so a running total reported beside a brand-new exchange finds it in the same cycle
    return sorted(units.values(), key=lambda u: (not u.has_exchange, u.day, not u.stated, u.article.id))


def close(a: int, a_approx: bool, b: int, b_approx: bool) -> bool:
    """Two numbers for the same thing agree: equal, or within 10% when either is an approximation."""
    if a == b:
        return True
    return (a_approx or b_approx) and abs(a - b) <= max(a, b) * 0.10


def agreement(session: Session, event: ExchangeEvent, unit: Unit) -> tuple[bool, bool]:
    """(no exchange figure of the unit contradicts the event's, at least one of them confirms it)."""
    figures = {(f.kind, f.side): f for f in consolidate(counted(load_event_claims(session, event.id)))}
    said: dict[tuple[str, str | None], list[Figure]] = {}
    for fig in unit.figures:
        if fig.kind in EXCHANGE_KINDS and (fig.kind, fig.side) in figures:
            said.setdefault((fig.kind, fig.side), []).append(fig)
    for key, own in said.items():
        known = figures[key]
        # an article giving two numbers for one side (Kyiv's and Moscow's) agrees if either does
        if not any(close(f.value, f.approx, known.value, known.approx) or f.value in known.alternatives for f in own):
            return False, False
    return True, bool(said)


def agrees(session: Session, event: ExchangeEvent, unit: Unit) -> bool:
    return agreement(session, event, unit)[0]


def matches(session: Session, event: ExchangeEvent, unit: Unit) -> bool:
    """Good enough to join an event a day away: a shared figure agrees (or the unit has only totals)."""
    consistent, confirmed = agreement(session, event, unit)
    return consistent and (confirmed or not unit.has_exchange)


def same_parties(session: Session, event: ExchangeEvent, unit: Unit) -> bool:
    """Whether the unit can be about the event's parties.

    A conflict code naming two countries (``RU-UA``) settles it: Moscow may report only its own side.
    A catch-all code (``other``) lumps different wars together, so there the sides must overlap
    (a US–Russia swap and a hostage release in Gaza on the same day are two events).
    """
    if wording.conflict_name(event.conflict) is not None:
        return True
    unit_sides = {f.side for f in unit.figures if f.kind in EXCHANGE_KINDS and f.side}
    event_sides = {c.claim.side for c in load_event_claims(session, event.id)
                   if c.claim.kind in EXCHANGE_KINDS and c.claim.side}
    return not unit_sides or not event_sides or bool(unit_sides & event_sides)


def candidates(session: Session, unit: Unit) -> list[ExchangeEvent]:
    """Events of the unit's conflict it may belong to: a day either side of a stated date; for a
    publication date, up to ``LOOKBACK`` days before it (reports follow the swap) or a day after."""
    conflict = unit.article.conflict
    same_conflict = ExchangeEvent.conflict.is_(None) if conflict is None else ExchangeEvent.conflict == conflict
    earliest = unit.day - (TOLERANCE if unit.stated else LOOKBACK)
    return list(session.scalars(
        select(ExchangeEvent)
        .where(same_conflict, ExchangeEvent.event_date.between(earliest, unit.day + TOLERANCE))
        .order_by(ExchangeEvent.id)
    ))


def choose(session: Session, unit: Unit, events: list[ExchangeEvent]) -> ExchangeEvent | None:
    """The event a unit belongs to, or None. A stated date is trusted; a publication date is only a hint."""
    events = [e for e in events if same_parties(session, e, unit)]
    if unit.stated:
        same_day = [e for e in events if e.event_date == unit.day]
        if same_day:
            # a contradicting number on the same day is a conflicting claim about the same swap
            return next((e for e in same_day if agrees(session, e, unit)), same_day[0])
    nearby = sorted(events, key=lambda e: (abs((e.event_date - unit.day).days), e.event_date > unit.day))
    # a day away, silence is not agreement: bodies on Friday and prisoners on Saturday are two events
    return next((e for e in nearby if matches(session, e, unit)), None)


def attach(session: Session, event: ExchangeEvent, unit: Unit) -> None:
    for figure in unit.figures:
        session.add(EventFigure(event_id=event.id, figure_id=figure.id))
    if session.get(EventArticle, (event.id, unit.article.id)) is None:
        session.add(EventArticle(event_id=event.id, article_id=unit.article.id))
    session.flush()


def group_units(session: Session, units: list[Unit], now: datetime) -> set[int]:
    """Put each unit into an event (creating events as needed); the ids of events touched."""
    touched: set[int] = set()
    for unit in units:
        event = choose(session, unit, candidates(session, unit))
        if event is None:
            if not unit.has_exchange:
                continue  # a running total alone is no exchange; it may join one later
            event = ExchangeEvent(conflict=unit.article.conflict, event_date=unit.day, first_seen=now,
                                  updated_at=now, revision=0)
            session.add(event)
            session.flush()
            log.info("new exchange event %s: %s on %s", event.id, event.conflict, unit.day)
        attach(session, event, unit)
        touched.add(event.id)
    return touched
