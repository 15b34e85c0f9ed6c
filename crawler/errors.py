"""Turning a failed request into one readable sentence, and telling a block from a breakdown."""

from __future__ import annotations

import re

from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure

from crawler.listings import looks_blocked

BLOCK_STATUSES = (403, 429)
# identical storage errors after which a crawl stops: the next thousand saves would fail the same way
STORAGE_ERRORS_BEFORE_STOP = 3


def storage_cause(exc: BaseException) -> str:
    """One line naming why the database refused a write: ``database or disk is full``, ``attempt to write a readonly
    database``, ``terminating connection due to administrator command`` — the driver's own first line."""
    cause = getattr(exc, "orig", None) or exc
    lines = str(cause).strip().splitlines()
    return (lines[0] if lines else type(cause).__name__)[:300]


def describe_exception(exc: BaseException) -> str:
    """A network error in a few words: ``cannot resolve the host``, ``connection refused``, ``timed out``."""
    if isinstance(exc, DNSLookupError):
        return "cannot resolve the host"
    if isinstance(exc, TimeoutError | TCPTimedOutError) or "Timeout" in type(exc).__name__:
        return "timed out"
    text = " ".join(str(exc).split())[:200]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


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
        if "DOWNLOAD_MAXSIZE" in text and "decompress" in text:
            return f"too large once decompressed: more than max_page_size (a compression bomb?) at {url}", False
        return f"{text.split(' in request ')[0]} ({url})", False
    if isinstance(exc, DownloadCancelledError) and (not str(exc) or "max size" in str(exc)):
        # Scrapy cancels a body that outgrows DOWNLOAD_MAXSIZE (announced or not); without a length header it
        # says nothing at all, so the reason is named here
        return f"too large: the page is bigger than max_page_size{_limit(exc)} ({url})", False
    text = str(exc).split(" in request ")[0] or type(exc).__name__
    return f"{type(exc).__name__}: {text} ({url})", False


def _limit(exc: BaseException) -> str:
    found = re.search(r"max size \((\d+)\)", str(exc))
    return f" ({int(found.group(1)) / 1024 / 1024:.0f} MB)" if found else ""
