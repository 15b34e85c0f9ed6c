"""The pages a person reads: server-rendered HTML that works without JavaScript.

Query parameters are read leniently here (an empty form field means "no filter"), and a value that
cannot be understood is answered with the page again and a message, status 422, never a crash.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from core.vocabulary import KIND_NAMES as KIND_ORDER
from storage import SearchQueryError, get_event, search_articles
from web import reading
from web.api import endpoint_list
from web.deps import get_session, html, min_confidence
from web.security import ADMIN_COOKIE, cookie_ok, csrf_value, form_ok, session_value
from web.views import cached_events_page, cached_timeline, event_view, outbox_view, sources_view

router = APIRouter(include_in_schema=False)
SessionDep = Annotated[Session, Depends(get_session)]
PAGE = 50


class BadInput(ValueError):
    pass


def _day(request: Request, name: str) -> date | None:
    value = (request.query_params.get(name) or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"{name}: write the date as YYYY-MM-DD") from None


def _text(request: Request, name: str, limit: int = 200) -> str | None:
    value = (request.query_params.get(name) or "").strip()
    if len(value) > limit:
        raise BadInput(f"{name}: at most {limit} characters")
    return value or None


def _int(request: Request, name: str, default: int = 0, low: int = 0, high: int = 10**9) -> int:
    value = (request.query_params.get(name) or "").strip()
    if not value:
        return default
    if not value.isdigit() or not low <= int(value) <= high:
        raise BadInput(f"{name}: a whole number from {low} to {high}")
    return int(value)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, session: SessionDep):
    threshold = min_confidence(request)
    groups = request.app.state.cache.get(
        session, "latest", lambda: reading.latest_by_conflict(session, min_confidence=threshold))
    return html(request, "index.html", groups=groups, title="Latest exchanges")


def _event_filters(request: Request) -> reading.EventFilters:
    kind = _text(request, "kind", 30)
    if kind and kind not in KIND_ORDER:
        raise BadInput(f"kind: one of {', '.join(KIND_ORDER)}")
    return reading.EventFilters(_text(request, "conflict", 20), _day(request, "since"), _day(request, "until"), kind,
                                _int(request, "min_outlets", 0, 0, 100), min_confidence(request))


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, session: SessionDep):
    context = {"title": "Exchange events", "kinds": KIND_ORDER, "query": dict(request.query_params),
               "conflicts": reading.conflicts(session)}
    try:
        filters = _event_filters(request)
        reports, next_cursor = cached_events_page(request, session, filters, PAGE, _text(request, "cursor", 200))
    except (BadInput, reading.CursorError) as exc:
        return html(request, "events.html", 422, error=str(exc), reports=[], next_url=None, **context)
    params = {k: v for k, v in request.query_params.items() if k != "cursor" and v}
    next_url = f"/events?{urlencode({**params, 'cursor': next_cursor})}" if next_cursor else None
    return html(request, "events.html", reports=reports, next_url=next_url, **context)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, session: SessionDep, event_id: Annotated[int, Path(ge=1)]):
    report = get_event(session, event_id, min_confidence(request))
    if report is None:
        raise HTTPException(404, f"no exchange event with id {event_id}")
    detail = event_view(request.app, session, report)
    return html(request, "event.html", report=report, detail=detail, title=f"Exchange event {event_id}",
                warnings=_warnings(report.warnings))


def _warnings(raw: str | None) -> list[str]:
    import json

    if not raw:
        return []
    try:
        found = json.loads(raw)
    except ValueError:
        return [raw]
    return [str(w) for w in found] if isinstance(found, list) else [str(found)]


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, session: SessionDep):
    all_conflicts = reading.conflicts(session)
    context = {"title": "Timeline", "conflicts": all_conflicts, "query": dict(request.query_params)}
    try:
        conflict = _text(request, "conflict", 20)
        since, until = _day(request, "since"), _day(request, "until")
    except BadInput as exc:
        return html(request, "timeline.html", 422, error=str(exc), data=None, conflict=None, **context)
    if conflict is None and all_conflicts and all_conflicts[0][0]:
        conflict = all_conflicts[0][0]  # the busiest conflict: mixing two wars' totals would mean nothing
    data = cached_timeline(request, session, conflict, since, until)
    return html(request, "timeline.html", data=data, conflict=conflict, **context)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, session: SessionDep):
    context = {"title": "Search", "query": dict(request.query_params), "page": None}
    try:
        q = _text(request, "q", 500)
        lang, since = _text(request, "lang", 3), _day(request, "since")
        before = _int(request, "before", 0, 0) or None
        if q:
            context["page"] = search_articles(session, q, lang=lang, since=since, limit=20, before=before)
    except (BadInput, SearchQueryError) as exc:
        return html(request, "search.html", 422, error=str(exc), **context)
    page = context["page"]
    if page and page.next_before:
        params = {k: v for k, v in request.query_params.items() if k != "before" and v}
        context["next_url"] = f"/search?{urlencode({**params, 'before': page.next_before})}"
    return html(request, "search.html", **context)


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request):
    return html(request, "sources.html", title="Sources", sources=sources_view(request.app))


@router.get("/outbox", response_class=HTMLResponse)
def outbox(request: Request):
    return _outbox_page(request)


def _outbox_page(request: Request, test_results: list | None = None) -> HTMLResponse:
    status = request.query_params.get("status") or None
    if status not in (None, "pending", "sending", "sent", "failed", "discarded"):
        status = None
    settings = request.app.state.settings
    signed_in = cookie_ok(settings, request.cookies.get(ADMIN_COOKIE))
    return html(request, "outbox.html", title="Alert outbox", box=outbox_view(request.app, status, 100),
                status=status, signed_in=signed_in, test_results=test_results,
                csrf=csrf_value(settings.admin_token) if signed_in else None)


@router.get("/api", response_class=HTMLResponse)
def api_page(request: Request):
    return html(request, "api.html", title="JSON API", endpoints=endpoint_list(request.app))


async def _form(request: Request) -> dict[str, str]:
    from urllib.parse import parse_qs

    body = (await request.body()).decode("utf-8", "replace")
    return {k: v[0] for k, v in parse_qs(body).items()}


@router.post("/login")
async def login(request: Request):
    settings = request.app.state.settings
    form = await _form(request)
    if not settings.writable:
        raise HTTPException(403, "this server is read-only: start it with --admin-token to allow changes")
    from web.security import bearer_ok

    if not bearer_ok(settings, f"Bearer {form.get('token', '')}"):
        raise HTTPException(401, "wrong admin token")
    response = RedirectResponse("/outbox", status_code=303)
    response.set_cookie(ADMIN_COOKIE, session_value(settings.admin_token), httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", path="/")
    return response


@router.post("/outbox/test", response_class=HTMLResponse)
async def outbox_test(request: Request):
    """A test message to every target, with each one's result on the outbox page."""
    from web.actions import test_targets

    await _check_form(request)
    results = (await run_in_threadpool(test_targets, request.app))["results"]
    return await run_in_threadpool(_outbox_page, request, results)


async def _check_form(request: Request) -> dict[str, str]:
    settings = request.app.state.settings
    form = await _form(request)
    if not form_ok(settings, request.cookies.get(ADMIN_COOKIE), form.get("csrf"), request.headers.get("origin"),
                   request.headers.get("host")):
        raise HTTPException(403, "not signed in as admin, or the form is stale: reload the outbox page")
    return form


@router.post("/outbox/{alert_id}/{action}")
async def outbox_action(request: Request, alert_id: Annotated[int, Path(ge=1)], action: str):
    from web.actions import discard_alert, retry_alert

    await _check_form(request)
    handlers = {"retry": retry_alert, "discard": discard_alert}
    if action not in handlers:
        raise HTTPException(404, f"no action {action!r}: retry or discard")
    await run_in_threadpool(handlers[action], request.app, alert_id)  # delivery blocks: not on the loop
    return RedirectResponse("/outbox", status_code=303)
