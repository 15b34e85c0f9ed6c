"""What the API and the pages share per request: a database session and the page renderer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session


def get_session(request: Request) -> Iterator[Session]:
    """One session per request, closed when the answer is done."""
    with request.app.state.db.session() as session:
        yield session


def min_confidence(request: Request) -> float:
    """``[alerts] min_confidence`` of the served config: the pages hold back exactly the figures the alerts hold."""
    return request.app.state.config.alerts.min_confidence


def html(request: Request, template: str, code: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("admin", request.app.state.settings.writable)
    return request.app.state.templates.TemplateResponse(request, template, context, status_code=code)
