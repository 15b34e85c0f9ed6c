"""What stands between the open web and the archive: headers, limits, the admin token and CSRF.

Everything shown comes from pages other people wrote, so the pages carry a Content-Security-Policy that
allows no inline script at all: even a value that slipped past escaping could not run.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import time
from collections import OrderedDict

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from web.settings import WebSettings

log = logging.getLogger(__name__)

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    # links go out to news sites: they need not learn which event page a reader came from
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
ADMIN_COOKIE = "swapwatch_admin"
MAX_CLIENTS = 10_000  # rate-limit buckets kept; the least recently seen are forgotten first


class RateLimiter:
    """A token bucket per client address: ``burst`` at once, then ``rate`` per second."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate, self.burst = rate, burst
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, client: str, now: float | None = None) -> float:
        """0 when the request may go ahead, else the seconds to wait."""
        if self.rate <= 0:
            return 0.0
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.pop(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            wait = 0.0 if tokens >= 1 else (1 - tokens) / self.rate
            self._buckets[client] = (tokens - 1 if not wait else tokens, now)
            while len(self._buckets) > MAX_CLIENTS:
                self._buckets.popitem(last=False)
        return wait


async def _refuse(send: Send, status: int, message: str, extra: list[tuple[bytes, bytes]] = ()) -> None:
    body = json.dumps({"detail": message}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *HEADERS,
               *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """ASGI middleware: security headers on every answer; query, body and rate limits before any work."""

    def __init__(self, app: ASGIApp, settings: WebSettings) -> None:
        self.app, self.settings = app, settings
        self.limiter = RateLimiter(settings.rate, settings.burst)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(scope)
        if refusal:
            await _refuse(send, *refusal)
            return
        try:
            await self.app(scope, self._limited(receive), _with_headers(send))
        except BodyTooLarge as exc:  # raised before any handler could answer: nothing was sent yet
            await _refuse(send, 413, str(exc))

    def _refusal(self, scope: Scope) -> tuple | None:
        client = (scope.get("client") or ("?", 0))[0]
        wait = self.limiter.allow(client)
        if wait:
            return 429, "too many requests: slow down", [(b"retry-after", str(int(wait) + 1).encode())]
        if len(scope.get("query_string", b"")) > self.settings.max_query:
            return 414, f"the query string is longer than {self.settings.max_query} characters"
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.settings.max_body):
            return 413, f"the request body is larger than {self.settings.max_body} bytes"
        return None

    def _limited(self, receive: Receive) -> Receive:
        """A body sent without a length (chunked) is counted as it arrives and cut off at the limit."""
        seen = 0
        limit = self.settings.max_body

        async def wrapped() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        return wrapped


class BodyTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"the request body is larger than {limit} bytes")


def _with_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            names = {name for name, _ in message.get("headers", [])}
            message["headers"] = [*message.get("headers", []), *(h for h in HEADERS if h[0] not in names)]
        await send(message)

    return wrapped


def _sign(token: str, purpose: str) -> str:
    return hmac.new(token.encode(), purpose.encode(), hashlib.sha256).hexdigest()


def session_value(token: str) -> str:
    """The admin cookie: proof of the token without storing the token itself in the browser."""
    return _sign(token, "session")


def csrf_value(token: str) -> str:
    """The hidden field every admin form carries; a page on another site cannot read it."""
    return _sign(token, "csrf")


def bearer_ok(settings: WebSettings, header: str | None) -> bool:
    """``Authorization: Bearer <token>``: browsers never attach it by themselves, so it is CSRF-proof."""
    if not settings.admin_token or not header or not header.lower().startswith("bearer "):
        return False
    return hmac.compare_digest(header[7:].strip().encode(), settings.admin_token.encode())


def cookie_ok(settings: WebSettings, cookie: str | None) -> bool:
    if not settings.admin_token or not cookie:
        return False
    return hmac.compare_digest(cookie.encode(), session_value(settings.admin_token).encode())


def form_ok(settings: WebSettings, cookie: str | None, csrf: str | None, origin: str | None, host: str | None) -> bool:
    """A page form's write: the admin cookie, the CSRF field, and (when the browser says) our own origin."""
    if not cookie_ok(settings, cookie) or not csrf:
        return False
    if not hmac.compare_digest(csrf.encode(), csrf_value(settings.admin_token or "").encode()):
        return False
    if origin and origin != "null" and host:
        return origin.split("://", 1)[-1] == host
    return origin != "null"
