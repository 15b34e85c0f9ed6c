"""Turning a failed request into one readable sentence, and telling a block from a breakdown."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure

from crawler.listings import looks_blocked

BLOCK_STATUSES = (403, 429)


def describe(failure: Failure, url: str) -> tuple[str, bool]:
    """(message, blocked) for a failed request to ``url``."""
    exc = failure.value
    if isinstance(exc, HttpError):
        response = exc.response
        blocked = response.status in BLOCK_STATUSES or (response.status == 503 and looks_blocked(response))
        reason = " (captcha/bot wall)" if blocked and looks_blocked(response) else ""
        return f"HTTP {response.status}{reason} at {url}", blocked
    if isinstance(exc, TimeoutError | TCPTimedOutError) or "Timeout" in type(exc).__name__:
        return f"timed out fetching {url}", False
    if isinstance(exc, DNSLookupError):
        return f"cannot resolve the host of {url}", False
    if isinstance(exc, IgnoreRequest):
        text = str(exc) or "request ignored"
        if "robots.txt" in text:
            return f"forbidden by robots.txt: {url}", False
        if "redirections" in text:
            return f"too many redirects (a redirect loop?) at {url}", False
        return f"{text.split(' in request ')[0]} ({url})", False
    text = str(exc).split(" in request ")[0] or type(exc).__name__
    return f"{type(exc).__name__}: {text} ({url})", False
