"""The Scrapy project: spiders for feeds, sitemaps, listing pages and Telegram previews; pipelines; settings.

Public interface::

    run_crawl(config, db, *, sources=None, progress=None) -> CrawlSummary   # one cycle, in this process
    reextract(db, *, since=None) -> ReextractSummary                        # re-run the extractor, no refetch
"""

from crawler.health import SourceRow
from crawler.reextract import ReextractSummary, reextract
from crawler.run import CrawlSummary, run_crawl

__all__ = ["CrawlSummary", "ReextractSummary", "SourceRow", "reextract", "run_crawl"]
