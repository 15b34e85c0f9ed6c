"""robots.txt: fetched once per host for the whole crawl (not once per source), and a host that cannot be
reached is one log line, not a traceback."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from scrapy import Request, signals
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler

from crawler.errors import describe_exception
from crawler.runtime import runtime_of

log = logging.getLogger(__name__)


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt rules with one cache per crawl: every source of a cycle runs its own Scrapy crawler,
    so without it ten feeds of one site fetch that site's robots.txt ten times.

    A host being fetched is an asyncio future in the cache, which any number of requests from any of the
    crawlers can await (a Twisted Deferred hands its result to the first waiter only).
    """

    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        # `scrapy crawl` without swapwatch's runtime keeps a cache of its own
        self._shared: dict[str, Any] = runtime_of(crawler).robots if crawler.settings.get("SWAPWATCH_RUNTIME") else {}

    async def robot_parser(self, request: Request) -> Any:
        parts = urlparse_cached(request)
        host = parts.netloc
        if host in self._shared:
            known = self._shared[host]
            return await asyncio.shield(known) if isinstance(known, asyncio.Future) else known
        waiting = asyncio.get_running_loop().create_future()
        self._shared[host] = waiting
        parser = await self._fetch(f"{parts.scheme}://{host}/robots.txt", host, request)
        self._shared[host] = parser
        waiting.set_result(parser)
        return parser

    async def _fetch(self, url: str, host: str, request: Request) -> Any:
        """The parsed rules, or None (no rules known: everything allowed, as Scrapy does) when they cannot be read."""
        robots = Request(url, priority=self.DOWNLOAD_PRIORITY, meta={"dont_obey_robotstxt": True},
                         callback=NO_CALLBACK)
        self._stats.inc_value("robotstxt/request_count")
        try:
            response = await self.crawler.engine.download_async(robots)
        except Exception as exc:  # noqa: BLE001 - any failure means "no rules known", as in Scrapy
            if not isinstance(exc, IgnoreRequest):
                log.warning("robots.txt of %s could not be fetched (%s); crawling it as if it allowed all",
                            host, describe_exception(exc))
                self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
            return None
        self._stats.inc_value("robotstxt/response_count")
        self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
        parser = build_from_crawler(self._parserimpl, self.crawler, response.body)
        await self.crawler.signals.send_catch_log_async(signal=signals.robots_parsed, robotparser=parser,
                                                        request=request)
        return parser
