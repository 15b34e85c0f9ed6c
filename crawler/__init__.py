"""The Scrapy project: spiders for feeds, sitemaps, listing pages and Telegram previews; pipelines; settings.

Public interface::

    run_crawl(config, db, *, sources=None, progress=None) -> CrawlSummary   # one cycle, in this process
    reextract(db, *, since=None) -> ReextractSummary                        # re-run the extractor, no refetch

``progress(event, data)`` is called with ``("source_started", {"source", "url"})``,
``("article", {"source", "url", "relevant", "figures"})`` and ``("source_finished", SourceRow.as_dict())``.
``CrawlSummary.as_dict()`` is ``{"sources": [row…], "totals": {fetched, new, relevant, figures, errors, sources,
failed}, "seconds"}``; a row is ``{name, fetched, new, relevant, figures, errors, seconds, status, error}`` with
status ok | not_modified | failed | blocked.
"""

from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.records import CrawlSummary, SourceRow
    from crawler.reextract import ReextractSummary, reextract
    from crawler.run import run_crawl

__all__ = ["CrawlSummary", "ReextractSummary", "SourceRow", "reextract", "run_crawl"]
# Resolved on first use, not at import: the extraction workers import ``crawler.work``, and so this package, and
# must not pull in Scrapy, Twisted and SQLAlchemy with it (tens of MB per worker that no page needs).
_HOMES = {"CrawlSummary": "core.records", "SourceRow": "core.records", "ReextractSummary": "crawler.reextract",
          "run_crawl": "crawler.run"}


class _Package(ModuleType):
    def __getattr__(self, name: str) -> object:
        if name not in _HOMES:
            raise AttributeError(f"module 'crawler' has no attribute {name!r}")
        return getattr(import_module(_HOMES[name]), name)

    # ``crawler.reextract`` is also a submodule, which the import system names on its package when it is first
    # imported: the package's name stays the function, as when it was imported eagerly
    @property
    def reextract(self) -> object:
        return import_module("crawler.reextract").reextract

    @reextract.setter
    def reextract(self, _submodule: ModuleType) -> None:
        pass


sys.modules[__name__].__class__ = _Package
