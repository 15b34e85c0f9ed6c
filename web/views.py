"""Data both the pages and the API show: sources, the outbox, the timeline — with every secret masked."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from fastapi import FastAPI
from markupsafe import Markup, escape
from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts import mask_text
from alerts.outbox import outbox_rows
from alerts.routing import all_urls
from core.config import Config
from storage import CrawlRun, Source, TimelinePoint, timeline_rows
from storage.shapes import event_detail
from storage.status import outbox_counts, source_rows
from web.chart import timeline_svg
from web.reading import EventFilters, events_page, reported_totals, timeline_points


def secrets_of(config: Config) -> list[str]:
    """Everything that must never appear in an answer: alert URLs and the database URL (its password)."""
    return [u for u in (*all_urls(config.alerts), config.storage.url) if u]


def event_view(app: FastAPI, session: Session, report) -> dict:
    """One event in full (the CLI's shape) with its revisions, every alert target masked once more."""
    detail = event_detail(session, report, history=True)
    secrets = secrets_of(app.state.config)
    for revision in detail["revisions"]:
        for alert in revision["alerts"]:
            alert["target"] = mask_text(alert["target"], secrets)
    return detail


def sources_view(app: FastAPI) -> list[dict]:
    """The `swapwatch status --format json` source rows: health, last crawl, result, next run, last error."""
    secrets = secrets_of(app.state.config)
    rows = source_rows(app.state.db, app.state.config)
    with app.state.db.session() as session:
        runs = recent_runs(session)
    for row in rows:
        if row.get("last_error"):
            row["last_error"] = mask_text(row["last_error"], secrets)
        row["recent_runs"] = [r | {"error": mask_text(r["error"], secrets) if r["error"] else None}
                              for r in runs.get(row["source"], [])]
    return rows


def recent_runs(session: Session, per_source: int = 5) -> dict[str, list[dict]]:
    """The last crawls of every source, newest first (one query over the newest few hundred runs)."""
    rows = session.execute(
        select(Source.name, CrawlRun.started_at, CrawlRun.finished_at, CrawlRun.status, CrawlRun.fetched,
               CrawlRun.new, CrawlRun.relevant, CrawlRun.figures, CrawlRun.errors, CrawlRun.error)
        .join(Source, Source.id == CrawlRun.source_id).order_by(CrawlRun.id.desc()).limit(per_source * 100)
    ).all()
    found: dict[str, list[dict]] = {}
    for row in rows:
        runs = found.setdefault(row.name, [])
        if len(runs) < per_source:
            runs.append({k: v for k, v in row._asdict().items() if k != "name"} | {"error": (row.error or "")[:300]
                                                                                   or None})
    return found


def outbox_view(app: FastAPI, status: str | None, limit: int) -> dict:
    """The outbox rows of `swapwatch alerts list --format json`, masked again against the configured URLs."""
    secrets = secrets_of(app.state.config)
    rows = outbox_rows(app.state.db, status=status, limit=limit)
    for row in rows:
        row["target"] = mask_text(row["target"], secrets)
        row["last_error"] = mask_text(row["last_error"], secrets) if row["last_error"] else None
    with app.state.db.session() as session:
        counts = outbox_counts(session)
    return {"counts": counts, "items": rows}


@dataclass
class TimelineData:
    points: list[TimelinePoint]
    reported: dict[str, list[tuple[date, int, bool]]]
    columns: list[str]
    rows: list[dict]
    _svg: dict = field(default_factory=dict, repr=False)

    @property
    def reported_json(self) -> dict[str, list[dict]]:
        return {side: [{"date": d, "value": v, "approx": a} for d, v, a in series]
                for side, series in self.reported.items()}

    def table(self):
        """The numbers as an HTML table, built once per cached timeline (a whole war is a thousand rows)."""
        if "table" not in self._svg:
            head = "".join(f"<th>{escape(c.replace('_', ' '))}</th>" for c in self.columns)
            body = "".join("<tr>" + "".join(f"<td>{escape('' if r[c] is None else r[c])}</td>" for c in self.columns)
                           + "</tr>" for r in self.rows)
            self._svg["table"] = Markup(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        return self._svg["table"]

    def svg(self, title: str):
        # drawn once per cached timeline: a whole war is a thousand bars
        if title not in self._svg:
            self._svg[title] = timeline_svg(self.points, self.reported, title)
        return self._svg[title]


def timeline_data(session: Session, conflict: str | None, since: date | None, until: date | None,
                  min_confidence: float) -> TimelineData:
    """The `swapwatch timeline` rows and the reported running totals for one conflict."""
    points = timeline_points(session, conflict, since, until, min_confidence)
    columns, rows = timeline_rows(points)
    return TimelineData(points, reported_totals(session, conflict, since, until), columns, rows)


def cached_timeline(request, session: Session, conflict: str | None, since: date | None,
                    until: date | None) -> TimelineData:
    """The timeline reads every event of a conflict: computed once per change of the archive."""
    threshold = request.app.state.config.alerts.min_confidence
    return request.app.state.cache.get(session, ("timeline", conflict, since, until),
                                       lambda: timeline_data(session, conflict, since, until, threshold))


def cached_events_page(request, session: Session, filters: EventFilters, limit: int, cursor: str | None):
    """A page of events (and the next cursor), computed once per change of the archive."""
    return request.app.state.cache.get(session, ("events", filters, limit, cursor),
                                       lambda: events_page(session, filters, limit=limit, cursor=cursor))
