"""robots.txt: fetched once per host for the whole crawl (not once per source), and a host that cannot be
reached is one log line, not a traceback."""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

from crawler.errors import describe_exception

log = logging.getLogger(__name__)


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware with one cache per crawl: every source of a cycle runs its own Scrapy
    crawler, so without it ten feeds of one site fetch that site's robots.txt ten times."""

    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        runtime = crawler.settings.get("SWAPWATCH_RUNTIME")
        if runtime is not None:
            self._parsers = runtime.robots  # shared: the crawlers of one cycle run in one reactor

    async def robot_parser(self, request: Request) -> Any:
        parts = urlparse_cached(request)
        host = parts.netloc
        if host not in self._parsers:
            self._parsers[host] = Deferred()
            robots = Request(f"{parts.scheme}://{host}/robots.txt", priority=self.DOWNLOAD_PRIORITY,
                             meta={"dont_obey_robotstxt": True}, callback=NO_CALLBACK)
            try:
                response = await self.crawler.engine.download_async(robots)
                await self._parse_robots(response, host, request)
            except Exception as exc:  # noqa: BLE001 - any failure means "no rules known", as in Scrapy
                if not isinstance(exc, IgnoreRequest):
                    log.warning("robots.txt of %s could not be fetched (%s); crawling it as if it allowed all",
                                host, describe_exception(exc))
                self._robots_error(exc, host)
            self._stats.inc_value("robotstxt/request_count")
        parser = self._parsers[host]
        if isinstance(parser, Deferred):
            return await maybe_deferred_to_future(parser)
        return parser
