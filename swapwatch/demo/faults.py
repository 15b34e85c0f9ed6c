"""The misbehaviours a crawler must survive, served on demand by the local news site."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from swapwatch.demo import pages

if TYPE_CHECKING:
    from swapwatch.demo.site import NewsSite, _Handler

CYRILLIC_PAGE = (
    '<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>Обмін полоненими</title></head><body>'
    "<article><h1>Україна повернула додому 95 захисників</h1>"
    "<p>Україна повернула додому 95 захисників у рамках чергового обміну полоненими, повідомив "
    "Координаційний штаб з питань поводження з військовополоненими. Серед звільнених — військові "
    "та цивільні, яких утримували в Росії понад два роки. Обмін відбувся за посередництва ОАЕ.</p>"
    "</article></body></html>"
)


UNSIZED_BYTES = 50 * 1024 * 1024
# what a compromised or malicious page carries: none of it may reach the archive's text, an export or an alert
HOSTILE_MARKUP = (
    '<script>document.write("=EVIL_SCRIPT()")</script><style>p{content:"EVIL_STYLE"}</style>'
    '<img src="x" onerror="alert(\'EVIL_ONERROR\')"><iframe src="javascript:alert(\'EVIL_FRAME\')"></iframe>'
)
DRIP_PAUSE = 0.25


def _stream(handler: _Handler, chunk: bytes, total: int, pause: float = 0.0) -> int:
    """A 200 without Content-Length, the body written in chunks until ``total`` bytes (or the client leaves)."""
    try:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(b"<html><body>")
        sent = 0
        while sent < total:
            handler.wfile.write(chunk)
            sent += len(chunk)
            if pause:
                handler.wfile.flush()
                time.sleep(pause)
        handler.wfile.write(b"</body></html>")
    except (BrokenPipeError, ConnectionResetError):  # the crawler gave up, as it should
        pass
    handler.close_connection = True
    return 200


def serve_fault(handler: _Handler, site: NewsSite, path: str, kind: str) -> int:
    """Answer one request with the fault ``kind``; returns the status sent."""
    if kind == "404":
        return handler._send(404, b"<html><body>Not Found</body></html>")
    if kind == "500":
        return handler._send(500, b"<html><body>Internal Server Error</body></html>")
    if kind == "429":
        return handler._send(429, b"<html><body>Too Many Requests</body></html>", Retry_After="1")
    if kind == "captcha":
        return handler._send(403, pages.CAPTCHA_PAGE.encode())
    if kind == "redirect_loop":
        target = path + ("?again=1" if "again" not in handler.path else "")
        return handler._send(302, b"", Location=target)
    if kind == "slow":
        time.sleep(site.slow_seconds)
        return handler._send(200, b"<html><body>finally</body></html>")
    if kind == "huge":
        return handler._send(200, b"<html><body>" + b"<p>filler</p>" * (21 * 1024 * 1024 // 12) + b"</body></html>")
    if kind == "hostile_markup":  # the article as published, with live markup planted inside it
        record = site._by_id().get(path.rsplit("/", 1)[-1].removesuffix(".html"))
        page = pages.article_page(site.url, record, []) if record else "<html><body><article></article></body></html>"
        page = page.replace("<article>", "<article>" + HOSTILE_MARKUP, 1)
        return handler._send(200, page.encode("utf-8"))
    if kind == "huge_unsized":  # no Content-Length: the crawler learns the size only while reading
        return _stream(handler, b"<p>filler</p>" * 4096, UNSIZED_BYTES)
    if kind == "drip":  # a byte at a time, never quite timing out between two of them
        return _stream(handler, b" ", int(site.slow_seconds / DRIP_PAUSE), pause=DRIP_PAUSE)
    if kind == "gzip_bomb":
        return handler._send(200, site.bomb(), "text/html; charset=utf-8", Content_Encoding="gzip")
    if kind == "wrong_charset":
        # windows-1251 bytes declared as UTF-8 in both the header and the page
        return handler._send(200, CYRILLIC_PAGE.encode("cp1251"), "text/html; charset=utf-8")
    if kind == "html_as_feed":
        body = pages.listing_page(site.url, site.articles).encode()
        return handler._send(200, body, "application/rss+xml")
    if kind == "truncated_xml":
        body = pages.rss(site.url, site.articles).encode()
        cut = body.find(b"<item>") + 30 if b"<item>" in body else len(body) // 2  # inside the first item
        return handler._send(200, body[:cut], "application/rss+xml")
    raise ValueError(kind)
