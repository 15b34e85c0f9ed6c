"""Reading a Telegram channel's web preview: its posts, older pages on a first crawl, the fallback host.

``TelegramPreviews`` is mixed into ``SourceSpider``, so a source detected as Telegram (no ``type``) is read
the same way as one declared ``type = "telegram"``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler import telegram
from crawler.errors import describe
from crawler.items import ArticleItem, Problem
from crawler.listings import older_than
from crawler.sources import SourceSpec


class TelegramPreviews:
    """``parse_telegram`` and its helpers; needs ``self.spec`` (a ``SourceSpec``) like every source spider."""

    spec: SourceSpec

    def parse_telegram(self, response: Response) -> Iterator[Any]:
        """A first preview page: its posts and the next page back, or the fallback host, or a clear error."""
        preview = telegram.read_preview(response)
        if preview.problem:
            yield from self._unavailable(response, preview.problem)
            return
        yield from self._posts(response, preview.posts, page=0)

    def parse_telegram_page(self, response: Response) -> Iterator[Any]:
        """An older page (``?before=``); an empty one is the channel's beginning, not an error."""
        yield from self._posts(response, telegram.read_preview(response).posts, page=response.meta["telegram_page"])

    def _posts(self, response: Response, posts: list[telegram.Post], page: int) -> Iterator[Any]:
        max_days = self.spec.max_age.total_seconds() / 86400
        for post in posts:
            # the first page is kept whole (it is what the channel shows now); older pages only back to max_age
            if page == 0 or not older_than(post.published, max_days):
                yield self.post_item(post)
        if not posts or page >= self.spec.backfill_pages:
            return
        oldest = min(posts, key=lambda p: p.number)
        if oldest.number > 1 and not older_than(oldest.published, max_days):
            yield scrapy.Request(
                telegram.before_url(response.url, oldest.number), callback=self.parse_telegram_page,
                errback=self.failed, dont_filter=True,
                # telegram_seen: BackfillStopMiddleware drops this request when any of these posts is archived
                meta={"swapwatch": "listing", "telegram_page": page + 1, "telegram_seen": [p.url for p in posts]},
            )

    def post_item(self, post: telegram.Post) -> ArticleItem:
        """A post as an article. A forward is stored as the forwarded post (its channel is the outlet) and is a
        snapshot; a channel's own post may be edited later, so the same URL with a new text is an edit."""
        return ArticleItem(
            url=post.original or post.url, source=self.spec.name, title=post.title, published=post.published,
            lang=self.spec.lang, text=post.text, aliases=[post.url] if post.original else [],
            revisable=post.original is None,
        )

    def _unavailable(self, response: Response, problem: str) -> Iterator[Any]:
        """Try the other Telegram host once; when that is no better, a fatal problem naming both."""
        first = response.meta.get("telegram_fallback_of")
        if first is not None:
            yield Problem(self.spec.name, response.url, f"{first}; fallback: {problem}", fatal=True)
            return
        requested = (response.meta.get("redirect_urls") or [response.url])[0]
        mirror = telegram.mirror_url(requested)
        if mirror is None:
            yield Problem(self.spec.name, response.url, problem, fatal=True)
            return
        yield scrapy.Request(
            mirror, callback=self.parse, errback=self.fallback_failed, dont_filter=True,
            meta={"swapwatch": "source", "telegram_fallback_of": problem},
        )

    def fallback_failed(self, failure: Failure) -> Iterator[Problem]:
        message, _ = describe(failure, failure.request.url)
        first = failure.request.meta["telegram_fallback_of"]
        yield Problem(self.spec.name, failure.request.url, f"{first}; the fallback failed: {message}", fatal=True)
