"""The misbehaviours a crawler must survive, served on demand by the local news site."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from swapwatch.demo import pages
from swapwatch.demo.pages import Record


class FaultySite(Protocol):
    """What a fault needs of the site serving it (the site imports this module, not the other way round)."""

    url: str
    slow_seconds: float

    @property
    def articles(self) -> Sequence[Record]: ...

    def bomb(self) -> bytes: ...


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes = b""
    ctype: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    # sent without a Content-Length, chunk by chunk: a body whose size the client learns only by reading it
    chunks: Iterable[bytes] | None = None


UNSIZED_BYTES = 50 * 1024 * 1024
DRIP_PAUSE = 0.25
# what a compromised or malicious page carries: none of it may reach the archive's text, an export or an alert
HOSTILE_MARKUP = (
    '<script>document.write("=EVIL_SCRIPT()")</script><style>p{content:"EVIL_STYLE"}</style>'
    '<img src="x" onerror="alert(\'EVIL_ONERROR\')"><iframe src="javascript:alert(\'EVIL_FRAME\')"></iframe>'
)


def _unsized(total: int) -> Iterator[bytes]:
    chunk = b"<p>filler</p>" * 4096
    yield b"<html><body>"
    for _ in range(total // len(chunk)):
        yield chunk


def _drip(seconds: float) -> Iterator[bytes]:
    """A byte at a time: each arrives well within a read timeout, the whole takes ``seconds``."""
    for _ in range(int(seconds / DRIP_PAUSE)):
        yield b" "
        time.sleep(DRIP_PAUSE)


def _hostile(site: FaultySite, path: str) -> Reply:
    """The article as published, with live markup planted inside it."""
    record = next((r for r in site.articles if f"/news/{r.id}.html" == path), None)
    page = pages.article_page(site.url, record, []) if record else "<html><body><article></article></body></html>"
    return Reply(200, page.replace("<article>", "<article>" + HOSTILE_MARKUP, 1).encode("utf-8"))

CYRILLIC_PAGE = (
    '<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>Обмін полоненими</title></head><body>'
    "<article><h1>Україна повернула додому 95 захисників</h1>"
    "<p>Україна повернула додому 95 захисників у рамках чергового обміну полоненими, повідомив "
    "Координаційний штаб з питань поводження з військовополоненими. Серед звільнених — військові "
    "та цивільні, яких утримували в Росії понад два роки. Обмін відбувся за посередництва ОАЕ.</p>"
    "</article></body></html>"
)


def fault_reply(site: FaultySite, path: str, request_path: str, kind: str) -> Reply:
    """The answer to one request with the fault ``kind`` (``request_path`` includes the query)."""
    if kind == "404":
        return Reply(404, b"<html><body>Not Found</body></html>")
    if kind == "500":
        return Reply(500, b"<html><body>Internal Server Error</body></html>")
    if kind == "429":
        return Reply(429, b"<html><body>Too Many Requests</body></html>", headers={"Retry-After": "1"})
    if kind == "captcha":
        return Reply(403, pages.CAPTCHA_PAGE.encode())
    if kind == "redirect_loop":
        target = path + ("?again=1" if "again" not in request_path else "")
        return Reply(302, b"", headers={"Location": target})
    if kind == "slow":
        time.sleep(site.slow_seconds)
        return Reply(200, b"<html><body>finally</body></html>")
    if kind == "huge":
        return Reply(200, b"<html><body>" + b"<p>filler</p>" * (21 * 1024 * 1024 // 12) + b"</body></html>")
    if kind == "huge_unsized":
        return Reply(200, chunks=_unsized(UNSIZED_BYTES))
    if kind == "drip":
        return Reply(200, chunks=_drip(site.slow_seconds))
    if kind == "hostile_markup":
        return _hostile(site, path)
    if kind == "gzip_bomb":
        return Reply(200, site.bomb(), "text/html; charset=utf-8", headers={"Content-Encoding": "gzip"})
    if kind == "wrong_charset":
        # windows-1251 bytes declared as UTF-8 in both the header and the page
        return Reply(200, CYRILLIC_PAGE.encode("cp1251"), "text/html; charset=utf-8")
    if kind == "html_as_feed":
        body = pages.listing_page(site.url, site.articles).encode()
        return Reply(200, body, "application/rss+xml")
    if kind == "truncated_xml":
        body = pages.rss(site.url, site.articles).encode()
        cut = body.find(b"<item>") + 30 if b"<item>" in body else len(body) // 2  # inside the first item
        return Reply(200, body[:cut], "application/rss+xml")
    raise ValueError(kind)
