"""The JSON API, /api/v1: the same shapes as the `swapwatch` command line's JSON, one definition for both.

Lists page with an opaque ``cursor`` (``next_cursor`` of the previous page; null on the last page).
Writes (alert retry / discard / test) exist only when the server was started with ``--admin-token``
and take it as ``Authorization: Bearer <token>``, which no browser sends on its own (so no CSRF).
"""

from __future__ import annotations

import json
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from sqlalchemy.orm import Session

from core.vocabulary import KIND_NAMES as KIND_ORDER
from storage import SearchQueryError, get_event, list_articles, list_events, list_figures, search_articles
from web import reading
from web.deps import get_session, min_confidence
from web.downloads import EXPORT_TYPES, jsonable, stream_export
from web.security import bearer_ok
from web.views import cached_events_page, cached_timeline, event_view, outbox_view, sources_view

Kind = StrEnum("Kind", {k: k for k in KIND_ORDER})
SessionDep = Annotated[Session, Depends(get_session)]
Since = Annotated[date | None, Query(description="From this date on (YYYY-MM-DD).")]
Until = Annotated[date | None, Query(description="Up to and including this date (YYYY-MM-DD).")]
Conflict = Annotated[str | None, Query(max_length=20, description="A conflict code, e.g. RU-UA.")]
Limit = Annotated[int, Query(ge=1, le=500, description="Rows per page (1–500).")]
Cursor = Annotated[str | None, Query(max_length=200, description="next_cursor of the previous page.")]


def _bad(message: str) -> HTTPException:
    return HTTPException(status_code=422, detail=message)


class CliJSON(JSONResponse):
    """JSON written as the CLI writes it (dates via ``isoformat``: ``…+00:00``), so both match byte for byte."""

    def render(self, content: Any) -> bytes:
        return json.dumps(jsonable(content), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


router = APIRouter(tags=["archive"], default_response_class=CliJSON)
feed_router = APIRouter(tags=["feed"])


def _page(items: list, next_cursor: str | None) -> dict:
    return {"items": items, "next_cursor": next_cursor}


@router.get("", summary="What this API offers")
def index(request: Request) -> CliJSON:
    return CliJSON({"version": 1, "openapi": "/api/v1/openapi.json", "endpoints": endpoint_list(request.app)})


def endpoint_list(app) -> list[dict]:
    """Every operation of the OpenAPI document (the API and the feed), for the index and the /api page."""
    return [{"method": method.upper(), "path": path, "summary": op.get("summary", "")}
            for path, ops in app.openapi()["paths"].items() for method, op in ops.items()]


@router.get("/events", summary="Exchange events, newest first (the `swapwatch events --format json` objects)")
def events(request: Request, session: SessionDep, conflict: Conflict = None, since: Since = None, until: Until = None,
           kind: Kind | None = None, min_outlets: Annotated[int, Query(ge=0, le=100)] = 0,
           limit: Limit = 50, cursor: Cursor = None) -> CliJSON:
    filters = reading.EventFilters(conflict, since, until, kind.value if kind else None, min_outlets,
                                   min_confidence(request))
    try:
        reports, next_cursor = cached_events_page(request, session, filters, limit, cursor)
    except reading.CursorError as exc:
        raise _bad(str(exc)) from None
    return CliJSON(_page([r.as_dict() for r in reports], next_cursor))


@router.get("/events/{event_id}", summary="One event: every claim with outlet, URL, evidence, language; revisions")
def event(request: Request, session: SessionDep, event_id: Annotated[int, Path(ge=1)]) -> CliJSON:
    report = get_event(session, event_id, min_confidence(request))
    if report is None:
        raise HTTPException(404, f"no exchange event with id {event_id}")
    return CliJSON(event_view(request.app, session, report))


def _id_cursor(cursor: str | None) -> int | None:
    if not cursor:
        return None
    try:
        return int(reading.decode_cursor(cursor, 1)[0])
    except (reading.CursorError, ValueError):
        raise _bad("cursor: not a cursor from this API; pass next_cursor from the previous page") from None


def _id_page(rows: list[dict], limit: int) -> dict:
    more = len(rows) > limit
    rows = rows[:limit]
    return _page(rows, reading.encode_cursor(rows[-1]["id"]) if more else None)


@router.get("/figures", summary="Figures read from articles (the `swapwatch figures` rows)")
def figures(session: SessionDep, kind: Kind | None = None,
            side: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$", description="ISO code, e.g. UA.")] = None,
            since: Since = None, limit: Limit = 50, cursor: Cursor = None) -> CliJSON:
    rows = list(list_figures(session, kind=kind.value if kind else None, side=side, since=since,
                             after=_id_cursor(cursor), limit=limit + 1))
    return CliJSON(_id_page(rows, limit))


@router.get("/articles", summary="Stored articles, without their text (the `swapwatch articles` rows)")
def articles(session: SessionDep, relevant: bool | None = None,
             source: Annotated[str | None, Query(max_length=200)] = None, since: Since = None,
             limit: Limit = 50, cursor: Cursor = None) -> CliJSON:
    rows = list(list_articles(session, relevant=relevant, source=source, since=since,
                              after=_id_cursor(cursor), limit=limit + 1))
    return CliJSON(_id_page(rows, limit))


@router.get("/search", summary='Full-text search: words, "a phrase", a OR b, -excluded (as `swapwatch search`)')
def search(session: SessionDep, q: Annotated[str, Query(min_length=1, max_length=500)],
           lang: Annotated[str | None, Query(pattern="^[a-z]{2,3}$")] = None, since: Since = None,
           limit: Annotated[int, Query(ge=1, le=100)] = 20,
           before: Annotated[int | None, Query(ge=1, description="next_before of the previous page")] = None,
           ) -> CliJSON:
    try:
        page = search_articles(session, q, lang=lang, since=since, limit=limit, before=before)
    except SearchQueryError as exc:
        raise _bad(f"q: {exc}") from None
    return CliJSON({"items": [h.as_dict() for h in page.hits], "next_before": page.next_before,
            "candidates": page.candidates})


@router.get("/conflicts", summary="Conflicts in the archive with their number of events")
def conflicts(session: SessionDep) -> CliJSON:
    return CliJSON([{"conflict": c, "events": n, "latest": d} for c, n, d in reading.conflicts(session)])


@router.get("/timeline", summary="Per date: exchanges, people returned per side, running totals; reported totals")
def timeline(request: Request, session: SessionDep, conflict: Conflict = None, since: Since = None,
             until: Until = None) -> CliJSON:
    data = cached_timeline(request, session, conflict, since, until)
    return CliJSON({"conflict": conflict, "rows": data.rows, "reported_totals": data.reported_json})


@router.get("/sources", summary="Sources with health, last crawl, last error and next run (as `swapwatch status`)")
def sources(request: Request) -> CliJSON:
    return CliJSON(sources_view(request.app))


@router.get("/outbox", summary="The alert outbox, newest first, with attempts and the last error")
def outbox(request: Request, status: Annotated[str | None, Query(pattern="^(pending|sending|sent|failed|discarded)$")]
           = None, limit: Limit = 50) -> CliJSON:
    return CliJSON(outbox_view(request.app, status, limit))


@router.get("/export/{what}", summary="The whole dataset, streamed: events, figures or articles as csv/json/ndjson")
def export(request: Request, what: Annotated[str, Path(pattern="^(events|figures|articles)$")],
           format: Annotated[str, Query(pattern="^(csv|json|ndjson)$")] = "csv", since: Since = None):
    media, suffix = EXPORT_TYPES[format]
    return StreamingResponse(stream_export(request.app.state.db, what, format, since), media_type=media,
                             headers={"content-disposition": f'attachment; filename="swapwatch-{what}.{suffix}"'})


@feed_router.get("/feed.xml", summary="Atom feed of the latest exchange events")
def feed(request: Request, session: SessionDep, conflict: Conflict = None,
         limit: Annotated[int, Query(ge=1, le=200)] = 50) -> Response:
    from storage.atom import atom_feed  # the feed `swapwatch feed` writes

    reports = list(list_events(session, conflict=conflict, newest_first=True, limit=limit,
                               min_confidence=min_confidence(request)))
    return Response(atom_feed(reports, self_url=str(request.url)), media_type="application/atom+xml")


def require_admin(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    settings = request.app.state.settings
    if not settings.writable:
        raise HTTPException(403, "this server is read-only: start it with --admin-token to allow changes")
    if not bearer_ok(settings, authorization):
        raise HTTPException(401, "send the admin token as 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})


Admin = Annotated[None, Depends(require_admin)]


@router.post("/alerts/{alert_id}/retry", summary="Make one outbox row due now and deliver (admin)")
def retry(request: Request, alert_id: Annotated[int, Path(ge=1)], _: Admin) -> CliJSON:
    from web.actions import retry_alert

    return CliJSON(retry_alert(request.app, alert_id))


@router.post("/alerts/{alert_id}/discard", summary="Stop retrying one pending or failed outbox row (admin)")
def discard(request: Request, alert_id: Annotated[int, Path(ge=1)], _: Admin) -> CliJSON:
    from web.actions import discard_alert

    return CliJSON(discard_alert(request.app, alert_id))


@router.post("/alerts/test", summary="Send a test message to every configured target (admin)")
def test_alerts(request: Request, _: Admin) -> CliJSON:
    from web.actions import test_targets

    return CliJSON(test_targets(request.app))
