"""The archive: SQLAlchemy models, the database handle and its migrations."""

from storage.db import Database, DatabaseError, make_engine, normalise_url
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
from storage.types import utcnow

__all__ = [
    "Alert",
    "Article",
    "ArticleUrl",
    "Base",
    "CrawlRun",
    "Database",
    "DatabaseError",
    "EventArticle",
    "EventFigure",
    "ExchangeEvent",
    "Figure",
    "Source",
    "make_engine",
    "normalise_url",
    "utcnow",
]
