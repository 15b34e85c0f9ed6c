"""``scrapy crawl``'s second half: the same crawl-then-alert as ``swapwatch crawl`` once the spider closes.

Enabled only for ``scrapy crawl <spider> -a source=NAME`` (the spider reads the config file and adds this
extension); ``swapwatch crawl`` and the service run the alert cycle themselves. It lives in the shell
(``swapwatch/``), which may import every layer, so the crawler never imports the scheduler.
"""

from __future__ import annotations

from scrapy import signals
from scrapy.exceptions import NotConfigured

EXTENSION = "swapwatch.scrapy_hook.AlertCycleAfterCrawl"


class AlertCycleAfterCrawl:
    def __init__(self, crawler) -> None:
        from crawler.runtime import runtime_of

        self.runtime = runtime_of(crawler)
        if self.runtime.config is None:
            raise NotConfigured("the crawl was not started by `scrapy crawl` from a config file")
        # connected after the health extension (order 500), so the source's row is recorded first
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler) -> AlertCycleAfterCrawl:
        return cls(crawler)

    def spider_closed(self, spider, reason: str) -> None:
        from core.records import CrawlSummary
        from scheduler.child import CrawlOutcome
        from scheduler.cycle import crawl_then_alert

        rows = list(self.runtime.results)
        summary = CrawlSummary(sources=rows, seconds=sum(r.seconds for r in rows))
        cycle = crawl_then_alert(self.runtime.config, self.runtime.db,
                                 lambda: CrawlOutcome.of(spider.spec.name, summary))
        if cycle.alerts is not None:
            # Scrapy's own log ends here; the one line a user needs (events, queued, why not) is printed too
            print(cycle.alerts.summary())  # noqa: T201 - `scrapy crawl` is a command line
