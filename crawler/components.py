"""The base of swapwatch's own Scrapy components (pipelines, spider middlewares, the health extension)."""

from __future__ import annotations

from scrapy.exceptions import NotConfigured

from crawler.runtime import runtime_of


class RuntimeComponent:
    """A Scrapy component that works only inside a swapwatch crawl, through the crawl's runtime.

    Without the runtime (a plain ``scrapy`` command loading the project settings) Scrapy is told
    ``NotConfigured`` and leaves the component out instead of failing.
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.runtime = runtime_of(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        if crawler.settings.get("SWAPWATCH_RUNTIME") is None:
            raise NotConfigured(f"{cls.__name__} needs the SWAPWATCH_RUNTIME setting (see crawler.run_crawl)")
        return cls(crawler)
