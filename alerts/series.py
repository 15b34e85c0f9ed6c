"""Running totals as their own series, with the consistency checks recorded as warnings on the event.

A cumulative figure ("4,800 returned since 2022", "the 64th exchange") should never go down from one
exchange to the next, and the exchange count should not skip more ordinals than there are events between.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.claims import TOTAL_KINDS
from core.events import Claim, consolidate
from storage.models import Article, EventFigure, ExchangeEvent, Figure


@dataclass(frozen=True)
class Point:
    event_id: int
    day: date
    value: int
    position: int  # the event's place among all events of its conflict, by date


def fmt(n: int) -> str:
    return f"{n:,}"


def day_text(day: date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else "an unknown date"


def _check(kind: str, side: str | None, points: list[Point]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    label = f"{kind} {side}" if side else kind
    best: Point | None = None
    previous: Point | None = None
    for point in sorted(points, key=lambda p: (p.day, p.position)):
        if best is not None and point.value < best.value:
            found.setdefault(point.event_id, []).append(
                f"{label} went down: {fmt(point.value)} on {day_text(point.day)} "
                f"after {fmt(best.value)} on {day_text(best.day)}")
        if kind == "total_exchanges" and previous is not None:
            allowed = point.position - previous.position  # one more exchange per event in between
            if point.value - previous.value > allowed:
                found.setdefault(point.event_id, []).append(
                    f"exchange count skips from {previous.value} to {point.value} with "
                    f"{allowed - 1} exchange(s) recorded in between")
        best = point if best is None or point.value >= best.value else best
        previous = point
    return found


def _total_claims(session: Session, conflict: str | None) -> dict[int, list[Claim]]:
    """Every event's running-total claims for one conflict, in one query (a syndicated copy confirms nothing)."""
    same = ExchangeEvent.conflict.is_(None) if conflict is None else ExchangeEvent.conflict == conflict
    rows = session.execute(
        select(EventFigure.event_id, Figure.kind, Figure.side, Figure.value, Figure.approx)
        .join(ExchangeEvent, ExchangeEvent.id == EventFigure.event_id)
        .join(Figure, Figure.id == EventFigure.figure_id)
        .join(Article, Article.id == Figure.article_id)
        .where(same, Figure.kind.in_(TOTAL_KINDS), Article.duplicate_of_id.is_(None))
    ).all()
    claims: dict[int, list[Claim]] = {}
    for event_id, kind, side, value, approx in rows:
        claims.setdefault(event_id, []).append(Claim(kind, side, value, bool(approx)))
    return claims


def series_warnings(session: Session, conflict: str | None) -> dict[ExchangeEvent, list[str]]:
    """Warnings per event for one conflict's running totals."""
    same = ExchangeEvent.conflict.is_(None) if conflict is None else ExchangeEvent.conflict == conflict
    events = list(session.scalars(select(ExchangeEvent).where(same, ExchangeEvent.event_date.is_not(None))
                                  .order_by(ExchangeEvent.event_date, ExchangeEvent.id)))
    claims = _total_claims(session, conflict)
    series: dict[tuple[str, str | None], list[Point]] = {}
    for position, event in enumerate(events):
        for figure in consolidate(claims.get(event.id, [])):
            series.setdefault((figure.kind, figure.side), []).append(
                Point(event.id, event.event_date, figure.value, position))
    found: dict[int, list[str]] = {}
    for (kind, side), points in sorted(series.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        for event_id, texts in _check(kind, side, points).items():
            found.setdefault(event_id, []).extend(texts)
    return {event: found.get(event.id, []) for event in events}


def record_warnings(session: Session, conflicts: set[str | None]) -> list[ExchangeEvent]:
    """Store each event's series warnings (JSON list, NULL when none); the events whose warnings changed."""
    changed = []
    for conflict in conflicts:
        for event, texts in series_warnings(session, conflict).items():
            value = json.dumps(texts, ensure_ascii=False) if texts else None
            if event.warnings != value:
                event.warnings = value
                changed.append(event)
    return changed


def event_warnings(event: ExchangeEvent) -> list[str]:
    if not event.warnings:
        return []
    try:
        return list(json.loads(event.warnings))
    except ValueError:  # written by something else: show it as is rather than lose it
        return [event.warnings]
