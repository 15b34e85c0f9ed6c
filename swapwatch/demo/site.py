"""A local news site for tests, benchmarks and `swapwatch demo`: real HTTP on 127.0.0.1, port 0.

>>> with NewsSite.bundled() as site:            # or NewsSite(records).start() … site.stop()
...     site.url                                  # http://127.0.0.1:PORT
...     site.publish({"id": "x1", "lang": "en", "published": "2024-05-01", "title": "…", "text": "…"})
...     site.set_fault("/rss.xml", "truncated_xml")
...     site.requests                             # the request log: [LoggedRequest(path, status, …)]

Endpoints: ``/`` and ``/news/`` (listing), ``/news/<id>.html``, ``/rss.xml``, ``/atom.xml``, ``/sitemap.xml`` (index)
→ ``/sitemap-news.xml`` + ``/sitemap-archive.xml.gz``, ``/s/<channel>`` (Telegram preview, paged with ``?before=``;
``site.telegram`` edits posts and breaks previews, see ``swapwatch.demo.telegram``), ``/robots.txt``.
Every 200 carries an ETag and Last-Modified and answers conditional GETs with 304.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from urllib.parse import urlsplit

from swapwatch.demo import pages
from swapwatch.demo.faults import fault_reply
from swapwatch.demo.pages import CHANNEL, Record
from swapwatch.demo.telegram import Channels

FAULTS = (
    "truncated_xml", "html_as_feed", "wrong_charset", "huge", "gzip_bomb", "404", "500", "429",
    "slow", "redirect_loop", "disallow", "captcha", "huge_unsized", "drip",
    "hostile_markup",
)
HUGE_BYTES = 20 * 1024 * 1024
BOMB_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    status: int
    conditional: bool
    user_agent: str
    at: float = 0.0  # time.monotonic() when the answer began (its status line)


def load_records(path=None) -> list[dict]:
    """The bundled sample articles (or a JSONL file's records)."""
    source = files("swapwatch.demo").joinpath("articles.jsonl") if path is None else path
    text = source.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


class NewsSite:
    """A threaded HTTP news site serving ``records`` (dicts with id, lang, published, title, text)."""

    def __init__(
        self, records: Iterable[dict] = (), *, channel: str = CHANNEL, padding_kb: int = 0, slow_seconds: float = 5.0
    ) -> None:
        self.channel = channel
        self.padding_kb = padding_kb
        self.slow_seconds = slow_seconds
        self._records: list[Record] = []
        self._faults: dict[str, str] = {}
        self._log: list[LoggedRequest] = []
        self._lock = threading.Lock()
        self._version = 0
        self._changed = time.time()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._bomb: bytes | None = None
        self._sorted: tuple[int, list[Record]] | None = None
        self._pages: dict[str, tuple[int, tuple]] = {}  # rendered once per version: a benchmark measures the crawler
        self.telegram = Channels(self)
        for record in records:
            self.publish(record)

    @classmethod
    def bundled(cls, **kwargs) -> NewsSite:
        return cls(load_records(), **kwargs)

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self, host: str = "127.0.0.1", port: int = 0) -> NewsSite:
        site = self

        class Handler(_Handler):
            owner = site

        self._server = ThreadingHTTPServer((host, port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="news-site", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> NewsSite:
        return self.start() if self._server is None else self

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the site is not started")
        host = self._server.server_address[0]
        return f"http://{'127.0.0.1' if host in ('0.0.0.0', '') else host}:{self._server.server_address[1]}"

    # -- content and faults ----------------------------------------------------------------------
    def publish(self, record: dict) -> str:
        """Add an article (or a Telegram post when ``where`` is "telegram"); returns its path."""
        rec = Record.from_dict(record)
        with self._lock:
            self._records = [r for r in self._records if r.id != rec.id] + [rec]
            self._version += 1
            self._changed = max(time.time(), self._changed + 1)
        if rec.where != "telegram":
            return f"/news/{rec.id}.html"
        return f"/{rec.extra.get('channel') or self.channel}/{rec.extra.get('post') or self.post_number(rec.id)}"

    @property
    def articles(self) -> list[Record]:
        """Site articles, newest first (Telegram posts excluded)."""
        with self._lock:
            if self._sorted is None or self._sorted[0] != self._version:
                recs = [r for r in self._records if r.where != "telegram"]
                self._sorted = (self._version, sorted(recs, key=lambda r: (r.published, r.id), reverse=True))
            return self._sorted[1]

    @property
    def posts(self) -> list[tuple[int, Record]]:
        with self._lock:
            recs = [r for r in self._records if r.where == "telegram"]
        return [(self.post_number(r.id), r) for r in recs]

    def post_number(self, record_id: str) -> int:
        return 1000 + int(hashlib.sha1(record_id.encode()).hexdigest()[:6], 16) % 100000

    def set_fault(self, path: str, kind: str | None) -> None:
        """Make ``path`` misbehave (one of FAULTS); ``None`` heals it."""
        if kind is not None and kind not in FAULTS:
            raise ValueError(f"unknown fault {kind!r}; known: {', '.join(FAULTS)}")
        if kind == "gzip_bomb":
            # built now, not on the first request: compressing 64 MB takes over a second on a busy machine, which
            # would turn the bomb into a timeout before the crawler ever sees a byte of it
            self.bomb()
        with self._lock:
            if kind is None:
                self._faults.pop(path, None)
            else:
                self._faults[path] = kind

    def fault(self, path: str) -> str | None:
        with self._lock:
            return self._faults.get(path)

    @property
    def requests(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._log)

    def clear_log(self) -> None:
        with self._lock:
            self._log.clear()

    def log(self, entry: LoggedRequest) -> None:
        with self._lock:
            self._log.append(entry)

    def bomb(self) -> bytes:
        if self._bomb is None:
            self._bomb = gzip.compress(b"\0" * BOMB_BYTES, compresslevel=6)
        return self._bomb

    # -- routing ---------------------------------------------------------------------------------
    def render(self, path: str) -> tuple[int, str, str | bytes] | None:
        """(status, content type, body) for a path, or None for 404."""
        cached = self._pages.get(path)
        if cached is not None and cached[0] == self._version:
            return cached[1]
        page = self._render(path)
        if page is not None and path != "/robots.txt":  # robots.txt changes with the faults
            body = page[2] if isinstance(page[2], bytes) else page[2].encode("utf-8")
            page = (page[0], page[1], body)
            self._pages[path] = (self._version, page)
        return page

    def _render(self, path: str) -> tuple[int, str, str | bytes] | None:
        base, arts = self.url, self.articles
        if path in ("/", "/news/", "/news"):
            return 200, "text/html; charset=utf-8", pages.listing_page(base, arts)
        if path == "/rss.xml":
            return 200, "application/rss+xml; charset=utf-8", pages.rss(base, arts)
        if path == "/atom.xml":
            # a wrong content type on purpose: many real feeds are served as text/html
            return 200, "text/html", pages.atom(base, arts)
        if path == "/sitemap.xml":
            return 200, "application/xml", pages.sitemap_index(base)
        if path == "/sitemap-archive.xml.gz":
            return 200, "application/x-gzip", gzip.compress(pages.archive_sitemap(base).encode(), mtime=0)
        if path == "/sitemap-news.xml":
            return 200, "application/xml", pages.news_sitemap(base, arts)
        if path == "/robots.txt":
            return 200, "text/plain", self.robots()
        if path.startswith("/news/") and path.endswith(".html"):
            rec = self._by_id().get(path[6:-5])
            if rec is not None:
                others = [o for o in arts[:6] if o.id != rec.id]
                return 200, "text/html; charset=utf-8", pages.article_page(base, rec, others, self.padding_kb)
        return None

    def _by_id(self) -> dict[str, Record]:
        with self._lock:
            return {r.id: r for r in self._records if r.where != "telegram"}

    def robots(self) -> str:
        disallowed = [p for p, k in self._faults.items() if k == "disallow"]
        lines = ["User-agent: *", "Disallow: /private/", *(f"Disallow: {p}" for p in disallowed)]
        return "\n".join([*lines, "", f"Sitemap: {self.url}/sitemap.xml", ""])

    def last_modified(self) -> str:
        return format_datetime(_utc(self._changed), usegmt=True)


def _utc(ts: float):
    from datetime import UTC, datetime

    return datetime.fromtimestamp(int(ts), UTC)


class _Handler(BaseHTTPRequestHandler):
    owner: NewsSite
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # the site keeps its own log
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._serve(urlsplit(self.path).path)

    def _log(self, status: int) -> None:
        # logged before the reply goes out: a client that has read its reply finds the request in the log,
        # in the order the replies were given (logging after the write raced the client's next request)
        conditional = bool(self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"))
        agent = self.headers.get("User-Agent", "")
        self.owner.log(LoggedRequest(self.command, self.path, status, conditional, agent, time.monotonic()))

    # HEAD is GET without the body (curl -I, link checkers, uptime monitors), not 501
    do_HEAD = do_GET  # noqa: N815 - http.server's naming

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str) -> int:
        self._log(status)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (size, timeout)
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        return status

    def _stream(self, status: int, chunks: Iterable[bytes], ctype: str) -> int:
        """No Content-Length: the body as it comes, then the connection closed (how HTTP/1.1 ends such a body)."""
        self._log(status)
        self.close_connection = True
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (size, timeout)
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Connection", "close")
            self.end_headers()
            for chunk in chunks:
                self.wfile.write(chunk)
                self.wfile.flush()
        return status

    def _serve(self, path: str) -> int:
        kind = self.owner.fault(path)
        if kind is not None and kind != "disallow":
            reply = fault_reply(self.owner, path, self.path, kind)
            if reply.chunks is not None:
                return self._stream(reply.status, reply.chunks, reply.ctype)
            return self._send(reply.status, reply.body, reply.ctype, **reply.headers)
        if path.startswith("/archive/") or path.startswith("/private/"):
            return self._send(200, pages.listing_page(self.owner.url, []).encode())
        telegram = self.owner.telegram.respond(self.path, self.headers.get("Host", ""))
        if telegram is not None and telegram.location:
            return self._send(telegram.status, b"", Location=telegram.location)
        page = (telegram.status, telegram.content_type, telegram.body) if telegram else self.owner.render(path)
        if page is None:
            return self._send(404, b"<html><body><h1>404 Not Found</h1></body></html>")
        status, ctype, text = page
        body = text if isinstance(text, bytes) else text.encode("utf-8")
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        if self.headers.get("If-None-Match") == etag or (
            not self.headers.get("If-None-Match")
            and self.headers.get("If-Modified-Since") == self.owner.last_modified()
        ):
            return self._send(304, b"", ETag=etag)
        return self._send(status, body, ctype, ETag=etag, Last_Modified=self.owner.last_modified())


def main() -> None:
    """Serve the bundled articles until Ctrl-C: ``python -m swapwatch.demo.site``."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--records", help="a JSONL file of articles (default: the bundled sample)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    # a fixed port keeps a config's source URLs valid from one start to the next; 0 picks a free one
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: any free port)")
    args = parser.parse_args()
    records = load_records(None if not args.records else __import__("pathlib").Path(args.records))
    site = NewsSite(records)
    try:
        site.start(args.host, args.port)
    except OSError as exc:
        parser.exit(2, f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}\n")
    with site:
        print(f"serving {len(records)} articles at {site.url}  (rss: {site.url}/rss.xml; Ctrl-C stops)")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
