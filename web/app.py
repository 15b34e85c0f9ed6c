"""The ASGI app: the JSON API under /api/v1, the Atom feed, and the pages a person reads.

>>> app = create_app(Database(url), config, WebSettings())   # then uvicorn.run(app, host=..., port=...)
"""

from __future__ import annotations

import logging
from importlib.resources import files

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from core.config import Config
from storage import Database
from web import api, pages, words
from web.cache import ArchiveCache
from web.security import Guard
from web.settings import WebSettings
from web.text import evidence_html, figure_text, snippet_html

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"


def templates() -> Jinja2Templates:
    """Jinja2 with autoescape on for every template: titles and evidence come from the open web."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(files("web").joinpath("templates"))),
        autoescape=True, trim_blocks=True, lstrip_blocks=True,
    )
    env.globals.update(kind_label=words.kind_label, side_name=words.side_name,
                       conflict_label=words.conflict_label, figure_text=figure_text,
                       language_name=words.language_name)
    env.filters.update(snippet=snippet_html, evidence=evidence_html)
    return Jinja2Templates(env=env)


def create_app(db: Database, config: Config, settings: WebSettings | None = None) -> FastAPI:
    """The whole web app over one database; ``config`` is the loaded swapwatch config (sources, alerts)."""
    settings = settings or WebSettings()
    app = FastAPI(
        title="swapwatch", version="1", docs_url=None, redoc_url=None,  # their pages load scripts from a CDN
        openapi_url=f"{API_PREFIX}/openapi.json",
        description="Prisoner exchanges found in the news: events, claims, figures, articles, search, sources, "
                    "the alert outbox. JSON shapes are those of the `swapwatch` command line.",
    )
    app.state.db, app.state.config, app.state.settings = db, config, settings
    app.state.templates = templates()
    app.state.cache = ArchiveCache()
    app.include_router(api.router, prefix=API_PREFIX)
    app.include_router(api.feed_router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(files("web").joinpath("static"))), name="static")
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _crash)
    app.add_middleware(Guard, settings=settings)
    return app


def wants_json(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX) or request.url.path.endswith((".json", ".xml"))


def problem(request: Request, status: int, message: str, errors: list | None = None):
    """An error as JSON for the API, as a page for a person."""
    if wants_json(request):
        return JSONResponse({"detail": message, **({"errors": errors} if errors else {})}, status_code=status)
    return request.app.state.templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status)


def _field(loc: tuple) -> str:
    names = [str(p) for p in loc if p not in ("query", "path", "body")]
    return ".".join(names) or "request"


def validation_message(errors: list[dict]) -> str:
    """``since: Input should be a valid date…`` for each bad parameter, in one line."""
    return "; ".join(f"{_field(tuple(e.get('loc', ())))}: {e.get('msg', 'invalid')}" for e in errors)


async def _invalid(request: Request, exc: RequestValidationError):
    errors = [{"field": _field(tuple(e.get("loc", ()))), "message": e.get("msg")} for e in exc.errors()]
    return problem(request, 422, validation_message(list(exc.errors())), errors)


async def _http_error(request: Request, exc: HTTPException):
    response = problem(request, exc.status_code, str(exc.detail))
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    return response


async def _crash(request: Request, exc: Exception):
    # the page says something went wrong; the log has the detail (never a stack trace in the answer)
    log.exception("%s %s failed", request.method, request.url.path)
    return problem(request, 500, "internal error: the server log has the details")

