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

from core.records import CrawlSummary, SourceRow
from crawler.reextract import ReextractSummary, reextract
from crawler.run import run_crawl

__all__ = ["CrawlSummary", "ReextractSummary", "SourceRow", "reextract", "run_crawl"]
