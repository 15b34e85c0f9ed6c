"""Middlewares: never request an archived article, stop a Telegram backfill at the archive; retry timeouts, 5xx
and 429 with growing pauses; meta refresh without decoding a whole big page."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

import scrapy
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import HtmlResponse

from crawler import store
from crawler.components import RuntimeComponent

log = logging.getLogger(__name__)


class ArchiveFilterMiddleware(RuntimeComponent):
    """Spider middleware: drops article requests whose URL is archived or already taken in this crawl.

    A listing's requests are checked in one query, so a feed of 100 entries costs one round trip.
    """

    async def process_spider_output(self, response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        outputs = [o async for o in result]
        articles = [o.url for o in outputs if isinstance(o, scrapy.Request) and o.meta.get("swapwatch") == "article"]
        known = await self.runtime.in_db_thread(store.known_urls, self.runtime.db, articles) if articles else set()
        stats = self.crawler.stats
        for output in outputs:
            if isinstance(output, scrapy.Request) and output.meta.get("swapwatch") == "article":
                if output.url in known:
                    stats.inc_value("swapwatch/skipped_archived")
                    continue
                if not self.runtime.claim(output.url):
                    stats.inc_value("swapwatch/skipped_taken")
                    continue
            yield output


class BackfillStopMiddleware(RuntimeComponent):
    """Spider middleware: drops the request for an older preview page once a page showed archived posts.

    So a channel's first crawl pages back (to ``max_age``, at most ``backfill_pages``), and a later crawl
    reads one page, or more after a gap, and stops where the archive begins.
    """

    async def process_spider_output(self, response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for output in result:
            seen = output.meta.get("telegram_seen") if isinstance(output, scrapy.Request) else None
            if seen and await self.runtime.in_db_thread(store.known_urls, self.runtime.db, seen):
                self.crawler.stats.inc_value("swapwatch/backfill_caught_up")
                log.debug("caught up with the archive: not fetching %s", output.url)
                continue
            yield output


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, but pausing before each retry: 1 s, 2 s, 4 s … (or the server's Retry-After)."""

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 30.0)

    def _pause(self, request, response=None) -> float:
        tries = request.meta.get("retry_times", 0)
        pause = min(self.cap, self.base * 2**tries)
        after = response.headers.get("Retry-After") if response is not None else None
        if after and after.isdigit():
            pause = min(self.cap, max(pause, float(after)))
        return pause

    async def process_response(self, request, response):
        result = super().process_response(request, response)
        if isinstance(result, scrapy.Request):
            await asyncio.sleep(self._pause(request, response))
        return result

    async def process_exception(self, request, exception):
        result = super().process_exception(request, exception)
        if isinstance(result, scrapy.Request):
            await asyncio.sleep(self._pause(request))
        return result


# Bigger pages than this are searched for a meta refresh in their head only; smaller ones exactly as Scrapy does.
BIG_PAGE_BYTES = 1_000_000
_HEAD_BYTES = 65_536  # the refresh tag must be in the first 4096 characters, at most 4 bytes each


class HeadMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's meta-refresh redirects, reading only the head of a big page.

    Scrapy decodes the whole body to look at its first 4096 characters, and the decoded copy stays on the response
    while its item goes through the pipelines: a 10 MB page cost the crawl process 20 MB more for that alone.
    """

    def process_response(self, request: scrapy.Request, response: Any, *args: Any, **kwargs: Any) -> Any:
        if len(response.body) <= BIG_PAGE_BYTES or not isinstance(response, HtmlResponse):
            return super().process_response(request, response, *args, **kwargs)
        head = response.body[:_HEAD_BYTES]
        cut = max(head.rfind(b">"), head.rfind(b"\n")) + 1  # never inside a multi-byte character
        # built anew, not with ``replace``, which would ask the big response for its encoding and so decode it
        small = type(response)(response.url, status=response.status, headers=response.headers,
                               body=head[:cut] if cut else head, request=response.request)
        outcome = super().process_response(request, small, *args, **kwargs)
        return response if outcome is small else outcome
