"""The source spider: fetch a source's listing conditionally, yield article requests, items and problems.

Subclasses fix the listing type; ``SourceSpider`` itself detects it from the response.
Spiders only yield: recording health, deduplication and storage happen in middlewares, pipelines and extensions.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawler import listings
from crawler.errors import describe
from crawler.items import ArticleItem, Problem
from crawler.listings import Entry, ListingError
from crawler.runtime import crawl_settings, runtime_from_file, spec_for
from crawler.sources import SourceSpec
from crawler.spiders.telegram import TelegramPreviews
from crawler.urls import canonical_url


class SourceSpider(TelegramPreviews, scrapy.Spider):
    """``scrapy crawl source -a source=NAME``: any source, its type detected from the response."""

    name = "source"
    listing_type: str | None = None

    def __init__(self, source: str | None = None, spec: SourceSpec | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.source_name = spec.name if spec else source
        self.spec: SourceSpec | None = spec

    @classmethod
    def update_settings(cls, settings) -> None:
        super().update_settings(settings)
        if settings.get("SWAPWATCH_RUNTIME") is None:  # `scrapy crawl`, not run_crawl: read the config file
            runtime = runtime_from_file()
            settings.update(crawl_settings(runtime.crawl), priority="spider")
            settings.set("SWAPWATCH_RUNTIME", runtime.key, priority="spider")
            # then the alert cycle, as `swapwatch crawl` runs it (named as a string: the crawler imports no shell)
            extensions = {**settings.getdict("EXTENSIONS"), "swapwatch.scrapy_hook.AlertCycleAfterCrawl": 900}
            settings.set("EXTENSIONS", extensions, priority="spider")

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        if spider.spec is None:  # `scrapy crawl … -a source=NAME`: read it from the config
            spider.spec = spec_for(crawler, spider.source_name)
        return spider

    async def start(self) -> AsyncIterator[Any]:
        spec = self.spec
        headers = dict(spec.headers)
        if spec.etag:
            headers["If-None-Match"] = spec.etag
        if spec.last_modified:
            headers["If-Modified-Since"] = spec.last_modified
        yield scrapy.Request(
            spec.url, headers=headers, callback=self.parse, errback=self.failed, dont_filter=True,
            meta={"swapwatch": "source", "handle_httpstatus_list": [304]},
        )

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        if response.status == 304:
            return  # not modified since the last crawl: nothing new
        if listings.looks_blocked(response):
            yield Problem(self.spec.name, response.url, f"captcha/bot wall at {response.url}", fatal=True, blocked=True)
            return
        kind = self.listing_type or self.spec.type or listings.detect_type(response)
        try:
            yield from getattr(self, f"parse_{kind}")(response)
        except ListingError as exc:
            yield Problem(self.spec.name, response.url, str(exc), fatal=response.meta.get("swapwatch") == "source")

    def parse_feed(self, response: Response) -> Iterator[Any]:
        entries, warning = listings.feed_entries(response)
        if warning:
            yield Problem(self.spec.name, response.url, warning)
        yield from map(self.article_request, entries)

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        if response.url.endswith("/robots.txt"):
            children, entries = listings.robots_sitemaps(response), []
        else:
            entries, children = listings.sitemap_entries(response, self.settings.getint("DOWNLOAD_MAXSIZE"))
        for url in children:
            yield scrapy.Request(
                url, callback=self.parse_sitemap_child, errback=self.failed, dont_filter=True,
                meta={"swapwatch": "listing"},
            )
        max_days = self.spec.max_age.total_seconds() / 86400
        for entry in entries:
            if not listings.older_than(entry.published, max_days):
                yield self.article_request(entry)

    def parse_sitemap_child(self, response: Response) -> Iterator[Any]:
        try:
            yield from self.parse_sitemap(response)
        except ListingError as exc:
            yield Problem(self.spec.name, response.url, str(exc))

    def parse_page(self, response: Response) -> Iterator[Any]:
        yield from map(self.article_request, listings.page_links(response, self.spec.follows))

    def article_request(self, entry: Entry) -> scrapy.Request:
        # dont_filter: the archive filter deduplicates; Scrapy's filter would silently eat redirect loops
        return scrapy.Request(
            entry.url, callback=self.parse_article, errback=self.failed, dont_filter=True,
            headers=self.spec.headers or None, meta={"swapwatch": "article", "entry": entry},
        )

    def parse_article(self, response: Response) -> Iterator[Any]:
        entry: Entry = response.meta["entry"]
        if not isinstance(response, TextResponse):
            ctype = response.headers.get("Content-Type", b"").decode("latin-1") or "unknown type"
            yield Problem(self.spec.name, response.url, f"not an HTML page ({ctype}) at {response.url}")
            return
        if listings.looks_blocked(response):
            yield Problem(self.spec.name, response.url, f"captcha/bot wall at {response.url}", blocked=True)
            return
        url = canonical_url(response.url)
        declared = response.headers.get("Content-Type", b"").decode("latin-1")
        yield ArticleItem(
            url=url, source=self.spec.name, body=response.body, encoding=declared or None, title=entry.title,
            published=entry.published, lang=self.spec.lang, aliases=[entry.url] if entry.url != url else [],
        )

    def failed(self, failure: Failure) -> Iterator[Problem]:
        request = failure.request
        message, blocked = describe(failure, request.url)
        fatal = request.meta.get("swapwatch") == "source"
        yield Problem(self.spec.name, request.url, message, fatal=fatal, blocked=blocked and fatal)
