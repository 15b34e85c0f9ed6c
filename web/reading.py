"""What the pages and the API read: pages of events behind a cursor, the latest per conflict, the series.

Every event goes through ``storage.list_events`` (and so through the event rule's consolidation), so a
page, the API, the CLI and the alerts always show the same figures for the same event.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from core.events import DEFAULT_MIN_CONFIDENCE, Claim, consolidate
from core.vocabulary import BODIES_KIND, PEOPLE_KIND, conflict_code
from storage import Article, EventReport, ExchangeEvent, Figure, TimelinePoint, list_events
from storage.export import TOTAL_KIND, add_figures, with_running_totals
from storage.models import EventFigure as EventFigureLink
from storage.queries import reports_of

MAX_SCAN = 5_000  # events a filtered page looks at before it stops and hands out a cursor to go on


class CursorError(ValueError):
    """A cursor that this server did not hand out (or that was cut short)."""


def encode_cursor(*parts: object) -> str:
    text = "|".join("" if p is None else str(p) for p in parts)
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, size: int) -> list[str]:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise CursorError("cursor: not a cursor from this API; pass next_cursor from the previous page") from None
    parts = text.split("|")
    if len(parts) != size:
        raise CursorError("cursor: not a cursor from this API; pass next_cursor from the previous page")
    return parts


def event_position(cursor: str | None) -> tuple[date | None, int] | None:
    """(event date, id) of the last event of the previous page."""
    if not cursor:
        return None
    day, ident = decode_cursor(cursor, 2)
    try:
        return (date.fromisoformat(day) if day else None), int(ident)
    except ValueError:
        raise CursorError("cursor: damaged; start again from the first page") from None


@dataclass(frozen=True)
class EventFilters:
    conflict: str | None = None
    since: date | None = None
    until: date | None = None
    kind: str | None = None
    min_outlets: int = 0
    min_confidence: float = DEFAULT_MIN_CONFIDENCE


def _after(position: tuple[date | None, int] | None):
    """Newest first, undated last: what comes after ``position`` in that order."""
    if position is None:
        return None
    day, ident = position
    e = ExchangeEvent
    if day is None:
        return and_(e.event_date.is_(None), e.id < ident)
    return or_(e.event_date < day, and_(e.event_date == day, e.id < ident), e.event_date.is_(None))


def _page_ids(session: Session, filters: EventFilters, position, size: int) -> list:
    e = ExchangeEvent
    stmt = select(e.id, e.event_date, e.conflict, e.first_seen, e.updated_at, e.revision, e.warnings).order_by(
        e.event_date.desc().nulls_last(), e.id.desc()).limit(size)
    for cond in (
        e.conflict == conflict_code(filters.conflict) if filters.conflict else None,
        e.event_date >= filters.since if filters.since else None,
        e.event_date <= filters.until if filters.until else None,
        _after(position),
        exists(select(EventFigureLink.event_id).join(Figure, Figure.id == EventFigureLink.figure_id)
               .where(EventFigureLink.event_id == e.id, Figure.kind == filters.kind)) if filters.kind else None,
    ):
        if cond is not None:
            stmt = stmt.where(cond)
    return session.execute(stmt).all()


def events_page(
    session: Session, filters: EventFilters, *, limit: int, cursor: str | None = None
) -> tuple[list[EventReport], str | None]:
    """One page of events, newest first, and the cursor of the next page (None on the last)."""
    position = event_position(cursor)
    found: list[EventReport] = []
    scanned = 0
    while True:
        rows = _page_ids(session, filters, position, limit + 1 if not filters.min_outlets else 200)
        scanned += len(rows)
        for report in reports_of(session, rows, filters.min_confidence):
            position = (report.event_date, report.id)
            if len(report.sources) >= filters.min_outlets:
                found.append(report)
            if len(found) > limit:  # one more than asked: there is a next page
                last = found[limit - 1]
                return found[:limit], encode_cursor(last.event_date, last.id)
        if not rows or len(rows) < (limit + 1 if not filters.min_outlets else 200):
            return found, None
        if scanned >= MAX_SCAN:  # a rare filter: hand back what was found and where the scan stopped
            return found, encode_cursor(*position)


def conflicts(session: Session) -> list[tuple[str | None, int, date | None]]:
    """Every conflict in the archive with its number of events and latest date, busiest first."""
    e = ExchangeEvent
    rows = session.execute(select(e.conflict, func.count(), func.max(e.event_date)).group_by(e.conflict)).all()
    return sorted(((c, n, d) for c, n, d in rows), key=lambda r: (-r[1], r[0] or "~"))


def latest_by_conflict(session: Session, per_conflict: int = 8, *, min_confidence: float = DEFAULT_MIN_CONFIDENCE
                       ) -> list[tuple[str | None, int, list[EventReport]]]:
    """The newest events of each conflict: the dashboard's front page."""
    result = []
    for conflict, count, _ in conflicts(session):
        if conflict is None:  # not attributed to a conflict: listed on /events, not on the front page
            continue
        reports = list(list_events(session, conflict=conflict, newest_first=True, limit=per_conflict,
                                   min_confidence=min_confidence))
        result.append((conflict, count, reports))
    return result


def reported_totals(session: Session, conflict: str | None, since: date | None = None,
                    until: date | None = None) -> dict[str, list[tuple[date, int, bool]]]:
    """The running totals outlets reported (``total_returned``), per side: (event date, value, approx)."""
    e = ExchangeEvent
    stmt = (select(e.id, e.event_date, Figure.side, Figure.value, Figure.approx)
            .join(EventFigureLink, EventFigureLink.event_id == e.id)
            .join(Figure, Figure.id == EventFigureLink.figure_id)
            .where(Figure.kind == "total_returned", e.event_date.is_not(None))
            .order_by(e.event_date, e.id))
    if conflict:
        stmt = stmt.where(e.conflict == conflict_code(conflict))
    if since:
        stmt = stmt.where(e.event_date >= since)
    if until:
        stmt = stmt.where(e.event_date <= until)
    claims: dict[tuple[int, date], list[Claim]] = {}
    for event_id, day, side, value, approx in session.execute(stmt):
        claims.setdefault((event_id, day), []).append(Claim("total_returned", side, value, bool(approx)))
    series: dict[str, list[tuple[date, int, bool]]] = {}
    for (_, day), group in claims.items():
        for fig in consolidate(group):
            if fig.side:
                series.setdefault(fig.side, []).append((day, fig.value, fig.approx))
    return series


def _event_conditions(conflict: str | None, since: date | None, until: date | None) -> list:
    e = ExchangeEvent
    found = [e.event_date.is_not(None)]
    if conflict:
        found.append(e.conflict == conflict_code(conflict))
    if since:
        found.append(e.event_date >= since)
    if until:
        found.append(e.event_date <= until)
    return found


def timeline_points(session: Session, conflict: str | None = None, since: date | None = None,
                    until: date | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[TimelinePoint]:
    """``storage.timeline`` (the CLI's), computed from claim counts instead of every claim's full row.

    The event rule only needs how often each (kind, side, value, approx, copy or not) is claimed, so
    the database groups them and ``consolidate`` gets each group repeated as often: the same figures,
    a thousand times fewer rows on a large archive. tests/test_web_api.py checks both agree.
    """
    e, where = ExchangeEvent, _event_conditions(conflict, since, until)
    duplicate = Article.duplicate_of_id.is_not(None).label("duplicate")
    rows = session.execute(
        select(e.id, Figure.kind, Figure.side, Figure.value, Figure.approx, duplicate, Article.source_id,
               Figure.confidence, func.count())
        .join(EventFigureLink, EventFigureLink.event_id == e.id)
        .join(Figure, Figure.id == EventFigureLink.figure_id).join(Article, Article.id == Figure.article_id)
        .where(Figure.kind.in_((PEOPLE_KIND, BODIES_KIND, TOTAL_KIND)), *where)
        .group_by(e.id, Figure.kind, Figure.side, Figure.value, Figure.approx, duplicate, Article.source_id,
                  Figure.confidence))
    claims: dict[int, list[Claim]] = {}
    for event_id, kind, side, value, approx, dup, source, sure, count in rows:
        # the source stands for the outlet and the stored confidence is kept, so the hold applies as in the alerts
        claim = Claim(kind, side, value, bool(approx), duplicate=bool(dup), outlet=f"source:{source}",
                      confidence=1.0 if sure is None else sure)
        claims.setdefault(event_id, []).extend([claim] * count)
    points: dict[date, TimelinePoint] = {}
    for event_id, day, code in session.execute(select(e.id, e.event_date, e.conflict).where(*where)):
        point = points.setdefault(day, TimelinePoint(day))
        point.exchanges += 1
        if code:
            point.conflicts.add(code)
        add_figures(point, consolidate(claims.get(event_id, []), min_confidence))
    return with_running_totals(points.values())
