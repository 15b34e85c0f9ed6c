"""Scrapy's log lines, kept to one short line: a dropped item is named by its URL, never printed whole.

Scrapy logs every dropped item with the item itself (an article's text and compressed HTML, kilobytes per
line) and every pipeline error with the item and a traceback. A crawl drops duplicates by the hundred, so
each gets one line naming why; the source's health extension reports the failures that matter.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.logformatter import LogFormatter

MAX_REASON = 300


def _reason(exception: BaseException) -> str:
    text = " ".join(str(exception).split()) or type(exception).__name__
    return text if len(text) <= MAX_REASON else text[: MAX_REASON - 1] + "…"


class ShortLogFormatter(LogFormatter):
    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any) -> dict:
        from crawler.pipelines import BadArticle, StorageFailure

        # duplicates and already-archived pages are routine; unreadable pages and storage errors are reported
        # (once per cause) by the health extension, so Scrapy's own line stays at debug level for them
        level = logging.DEBUG if isinstance(exception, BadArticle | StorageFailure) else logging.INFO
        return {"level": level, "msg": "dropped: %(reason)s", "args": {"reason": _reason(exception)}}

    def item_error(self, item: Any, exception: BaseException, response: Any, spider: Any) -> dict:
        url = getattr(item, "url", None) or type(item).__name__
        return {"level": logging.ERROR, "msg": "could not process %(url)s: %(reason)s",
                "args": {"url": url, "reason": f"{type(exception).__name__}: {_reason(exception)}"}}
