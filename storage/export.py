"""Flat rows for datasets: events with per-side columns, figures, articles; and the timeline.

Everything streams: rows are yielded one at a time from the generators in ``storage.queries``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.events import EventFigure
from core.vocabulary import BODIES_KIND, PEOPLE_KIND, kind_rank
from storage.models import EventFigure as EventFigureLink
from storage.models import Figure
from storage.queries import EventReport, list_articles, list_events, list_figures

EXPORTS = ("events", "figures", "articles")
TOTAL_KIND = "total_returned"
FIGURE_COLUMNS = ("id", "kind", "side", "value", "approx", "event_date", "published", "source", "url", "evidence",
                  "role", "confidence")
ARTICLE_EXPORT_COLUMNS = ("id", "published", "lang", "source", "relevant", "conflict", "event_date", "title", "url",
                          "text")


def figure_column(kind: str, side: str | None) -> str:
    """``returned_UA``, ``bodies_returned_RU``; a figure without a side is just its kind."""
    return f"{kind}_{side}" if side else kind


def event_figure_columns(session: Session) -> list[str]:
    """One column per (kind, side) that any event has, in the usual kind order."""
    pairs = session.execute(
        select(Figure.kind, Figure.side).join(EventFigureLink, EventFigureLink.figure_id == Figure.id).distinct()
    ).all()
    pairs = sorted(set(pairs), key=lambda p: (kind_rank(p[0]), p[0], p[1] or ""))
    return [figure_column(kind, side) for kind, side in pairs]


def event_columns(figure_columns: list[str]) -> list[str]:
    return ["id", "event_date", "conflict", *figure_columns, "approximate", "disputed", "outlets_count",
            "articles_count", "sources_count", "sources", "source_urls", "first_seen", "confidence", "held"]


def event_row(report: EventReport) -> dict:
    """One flat row: a number per figure column; approximations and other claimed values listed aside."""
    row: dict = {"id": report.id, "event_date": report.event_date, "conflict": report.conflict}
    approximate, disputed, confidence, held = [], [], [], []
    for fig in report.figures:
        column = figure_column(fig.kind, fig.side)
        row[column] = fig.value
        confidence.append(f"{column}={fig.confidence:.2f}")
        if fig.held:  # recorded, not announced: a dataset should not take it as established
            held.append(column)
        if fig.approx:
            approximate.append(column)
        if fig.alternatives:
            disputed.append(f"{column}=" + "/".join(str(v) for v in fig.alternatives))
    row |= {"approximate": " ".join(approximate), "disputed": " ".join(disputed),
            # two counts, named so: independent outlets (as the alert counts them) and articles (copies included);
            # ``sources_count`` is the articles count under its old name, kept for existing spreadsheets
            "outlets_count": len(report.outlets), "articles_count": len(report.articles),
            "sources_count": len(report.articles), "sources": "; ".join(report.outlets),
            "source_urls": " ".join(report.articles), "first_seen": report.first_seen,
            "confidence": " ".join(confidence), "held": " ".join(held)}
    return row


def export_rows(session: Session, what: str, *, flat: bool = True, **filters) -> tuple[list[str], Iterator[dict]]:
    """The columns and a stream of rows of one export; ``flat=False`` gives events in the JSON contract shape."""
    if what == "events":
        if not flat:
            reports = list_events(session, **filters)
            columns = ["id", "conflict", "event_date", "figures", "articles", "first_seen", "sources",
                       "outlets_count", "articles_count", "revision", "announced", "held"]
            return columns, (
                r.as_dict() for r in reports)
        columns = event_columns(event_figure_columns(session))
        return columns, (event_row(r) for r in list_events(session, **filters))
    if what == "figures":
        return list(FIGURE_COLUMNS), list_figures(session, **filters)
    if what == "articles":
        return list(ARTICLE_EXPORT_COLUMNS), list_articles(session, with_text=True, **filters)
    raise ValueError(f"nothing to export called {what!r}: choose one of {', '.join(EXPORTS)}")


@dataclass
class TimelinePoint:
    """The exchanges on one date and the running totals up to and including it."""

    day: date
    exchanges: int = 0
    returned: dict[str, int] = field(default_factory=dict)  # side -> people returned that day
    bodies: dict[str, int] = field(default_factory=dict)
    running: dict[str, int] = field(default_factory=dict)  # side -> people returned so far
    approximate: bool = False  # some figure of the day is an approximation
    # side -> whole-war total the reports of that day state ("4,800 returned since 2022"); not the archive's sum
    reported: dict[str, int] = field(default_factory=dict)
    conflicts: set[str] = field(default_factory=set)


def timeline(session: Session, **filters) -> list[TimelinePoint]:
    """Per event date: how many exchanges, people and bodies returned per side, running totals per side."""
    points: dict[date, TimelinePoint] = {}
    for report in list_events(session, **filters):
        if report.event_date is None:
            continue
        point = points.setdefault(report.event_date, TimelinePoint(report.event_date))
        point.exchanges += 1
        if report.conflict:
            point.conflicts.add(report.conflict)
        add_figures(point, report.figures)
    return with_running_totals(points.values())


def add_figures(point: TimelinePoint, figures: Iterable[EventFigure]) -> None:
    """One event's consolidated figures on its day: people and bodies per side, and stated whole-war totals
    (drawn beside the archive's own sum, never added to it). Held figures count nowhere, as in the alerts."""
    for fig in figures:
        if fig.held or not fig.side:
            continue
        if fig.kind == TOTAL_KIND:
            point.reported[fig.side] = max(point.reported.get(fig.side, 0), fig.value)
            continue
        target = {PEOPLE_KIND: point.returned, BODIES_KIND: point.bodies}.get(fig.kind)
        if target is not None:
            target[fig.side] = target.get(fig.side, 0) + fig.value
            point.approximate |= fig.approx


def with_running_totals(points: Iterable[TimelinePoint]) -> list[TimelinePoint]:
    """The points by day, each with the people returned per side so far in this archive."""
    totals: dict[str, int] = {}
    result = sorted(points, key=lambda p: p.day)
    for point in result:
        for side, value in point.returned.items():
            totals[side] = totals.get(side, 0) + value
        point.running = dict(totals)
    return result


def timeline_sides(points: list[TimelinePoint]) -> list[str]:
    return sorted({s for p in points for s in (*p.returned, *p.bodies)})


def timeline_rows(points: list[TimelinePoint]) -> tuple[list[str], list[dict]]:
    sides = timeline_sides(points)
    columns = ["date", "exchanges", *(f"returned_{s}" for s in sides), *(f"bodies_{s}" for s in sides),
               *(f"running_total_{s}" for s in sides)]
    rows = []
    for p in points:
        row: dict = {"date": p.day, "exchanges": p.exchanges}
        for s in sides:
            row[f"returned_{s}"] = p.returned.get(s)
            row[f"bodies_{s}"] = p.bodies.get(s)
            row[f"running_total_{s}"] = p.running.get(s, 0)
        rows.append(row)
    return columns, rows
