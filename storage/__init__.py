"""The archive: SQLAlchemy models, the database handle and its migrations."""

from storage.db import Database, DatabaseError, make_engine, normalise_url, sqlite_path
from storage.export import EXPORTS, TimelinePoint, event_row, export_rows, timeline, timeline_rows
from storage.models import (
    Alert,
    Article,
    ArticleUrl,
    Base,
    CrawlRun,
    EventArticle,
    EventFigure,
    ExchangeEvent,
    Figure,
    Source,
)
from storage.queries import EventReport, get_event, list_articles, list_events, list_figures
from storage.search import SearchHit, SearchPage, search_articles
from storage.search_syntax import SearchQuery, SearchQueryError, parse_query
from storage.types import utcnow

__all__ = [
    "sqlite_path",
    "Alert",
    "Article",
    "ArticleUrl",
    "Base",
    "CrawlRun",
    "Database",
    "DatabaseError",
    "EXPORTS",
    "EventArticle",
    "EventFigure",
    "EventReport",
    "ExchangeEvent",
    "Figure",
    "SearchHit",
    "SearchPage",
    "SearchQuery",
    "SearchQueryError",
    "Source",
    "TimelinePoint",
    "event_row",
    "export_rows",
    "get_event",
    "list_articles",
    "list_events",
    "list_figures",
    "make_engine",
    "normalise_url",
    "parse_query",
    "search_articles",
    "timeline",
    "timeline_rows",
    "utcnow",
]
