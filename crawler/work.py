"""The CPU-heavy steps, run in worker processes so the crawl's event loop keeps downloading.

Top-level functions of plain arguments and plain results, so they pickle cheaply. The workers are forked from a
forkserver that imported and warmed up the extractor once (``crawler.workers``, ``crawler.warm``); the pool uses
both cores (or ``SWAPWATCH_WORKERS``).
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gc
import html
import logging
import os
import re
import zlib
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from typing import Any

from core.records import ExtractedFigure, Extraction
from core.vocabulary import EXCHANGE_KINDS, named_conflict
from crawler import prefilter
from crawler import workers as workers_start
from crawler.dedup import content_hash, text_keys

log = logging.getLogger(__name__)
_pool: Executor | None = None
WARM_TIMEOUT = 60.0  # seconds start_pool waits for the workers to be ready
TRIM_AFTER_BYTES = 1_000_000  # after a page this big, the worker hands its freed heap back to the system
SKIM_CHARS = 200_000  # how much of a page the cheap path reads for its title and date
# The archived page's compression: level 6 cost ~1.4 ms of CPU for a 95 KB page, as much as trafilatura; level 1
# ~0.6 ms for a file ~17% larger (0.24 of the page against 0.21), kept only for relevant pages
RAW_HTML_LEVEL = 1
_HIGH_BYTES, _TOP_BYTES = bytes(range(0x80, 0x100)), bytes(range(0xC0, 0x100))
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]{0,200}>([^<]{1,2000})</title", re.IGNORECASE)
# the publication date where pages state it for machines: article:published_time, schema.org, <time datetime>
_DATE = re.compile(
    r"(?:article:published_time[\"'][^>]{0,80}?content=[\"']|\"datePublished\"\s*:\s*\"|<time[^>]{0,80}?datetime=[\"'])"
    r"(\d{4}-\d{2}-\d{2})", re.IGNORECASE,
)


def decode_page(body: bytes, declared: str | None, read: Callable[..., str] = bytes.decode) -> tuple[str, str | None]:
    """The page's text, and a readable note when its declared charset was wrong. ``read=decode_slim`` gives the
    text slimmed, decoded in chunks (``extractor.slim``: a big page is never held decoded whole)."""
    match = _CHARSET.search(declared or "") or _CHARSET.search(body[:2048].decode("ascii", "ignore"))
    charset = match.group(1).lower() if match else None
    for candidate in filter(None, (charset, "utf-8")):
        try:
            return read(body, candidate), None
        except (UnicodeDecodeError, LookupError):
            continue
    # the bytes counted by deleting the others (a list of them cost 8 bytes a byte: ~80 MB for a 10 MB page)
    high = len(body) - len(body.translate(None, _HIGH_BYTES))
    top = len(body) - len(body.translate(None, _TOP_BYTES))
    # windows-1251 puts Cyrillic letters at 0xC0–0xFF; Western pages use that range far less
    guess = "cp1251" if high and top / high > 0.6 else "cp1252"
    note = f"declared charset {charset or 'none'} does not decode the page; read it as {guess}"
    return read(body, guess, "replace"), note


class PageBody:
    """A page's bytes on their way to a worker, which takes them out (``take``) and so frees them once it is done.

    Passed as plain bytes, the page would stay alive in the pool's call record until the call returns: a 10 MB
    page held through the parse (~10 MB more at the worker's peak) though it is compressed before the parse starts.
    """

    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __len__(self) -> int:
        return len(self.data)

    def take(self) -> bytes:
        data, self.data = self.data, b""
        return data


@dataclass
class PageFacts:
    """What a worker hands back for one page or post (plain fields, cheap to pickle)."""

    text: str = ""
    title: str | None = None
    published: date | None = None
    lang: str | None = None
    canonical_url: str | None = None
    content_hash: str | None = None
    fingerprint: str | None = None
    note: str | None = None  # a readable warning kept on the crawl run (a wrong declared charset)
    raw_html: bytes | None = None  # the page, zlib-compressed
    extraction: Extraction | None = None
    extraction_error: str | None = None
    skimmed: bool = False  # ruled out by the pre-filter: no trafilatura, no extractor (``skimmed_page``)


def html_to_text(
    body: bytes | PageBody, url: str, declared: str | None, decoded: tuple[str, str | None] | None = None
) -> PageFacts:
    """Page → title, text, date, language, canonical URL, content hash and near-duplicate fingerprint.

    A ``PageBody`` is taken out and freed once compressed, before the parsers run (``read_article``)."""
    from extractor import page_from_html
    from extractor.slim import decode_slim

    raw = body.take() if isinstance(body, PageBody) else body
    # slimmed as it is decoded, so a big page is never held decoded whole (the parsers slim it again: a no-op)
    markup, note = decoded or decode_page(raw, declared, decode_slim)
    raw_html = zlib.compress(raw, RAW_HTML_LEVEL)  # compressed here, off the crawl's event loop
    del raw  # a page handed over as PageBody is freed here: the parsers need only the slimmed markup
    page = page_from_html(markup, url=url)
    text = page.text or ""
    hashed, fingerprint = text_keys(text)
    return PageFacts(
        text=text, title=page.title, published=page.published, lang=page.lang, canonical_url=page.canonical_url,
        content_hash=hashed, fingerprint=fingerprint, note=note, raw_html=raw_html,
    )


def release_memory() -> None:
    """Collect the parse trees of a big page and return the freed heap to the system (glibc keeps it otherwise,
    so one 10 MB page would leave a worker hundreds of MB larger for the rest of the crawl)."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # not glibc: the memory is reused by the next page instead
        ctypes.CDLL(None).malloc_trim(0)


def text_facts(text: str) -> PageFacts:
    """Hash and fingerprint for a text that needs no HTML step (a Telegram post)."""
    hashed, fingerprint = text_keys(text)
    return PageFacts(text=text, content_hash=hashed, fingerprint=fingerprint)


def extract_figures(text: str, title: str | None, published: date | None, lang: str | None) -> Extraction:
    """Relevance, conflict, language, event date and figures, as the typed record the crawler stores (read from
    at most MAX_TEXT_CHARS of text).

    The extractor's per-figure ``role`` and ``confidence`` are read when it has them (defaults otherwise). A
    catch-all conflict (``other``) becomes the named one when the exchange's two sides are a known pair, so a
    Gaza exchange is filed under ``IL-PS`` rather than beside a US–Russia swap.
    """
    from extractor import EXTRACTOR_VERSION, extract
    from extractor.html import MAX_TEXT_CHARS

    ex = extract(text[:MAX_TEXT_CHARS], title=title, published=published, lang=lang)
    figures = tuple(ExtractedFigure.of(f) for f in ex.figures)
    sides = {f.side for f in figures if f.kind in EXCHANGE_KINDS and f.side}
    return Extraction(
        version=str(EXTRACTOR_VERSION), relevant=bool(ex.relevant), conflict=named_conflict(ex.conflict, sides),
        lang=ex.lang, event_date=ex.event_date, figures=figures,
    )


def read_article(body: bytes | PageBody, url: str, declared: str | None, hints: dict[str, Any]) -> PageFacts:
    """HTML → text → figures in one trip to a worker (what ``html_to_text`` and ``extract_figures`` return).

    Each trip costs the crawl process a pickle, a pipe write, a feeder-thread and an event-loop wake-up, all under
    its GIL, which is the crawl's bottleneck; so the HTML pipeline asks for both at once and the extract pipeline
    uses the result. ``hints`` (title, published, lang known from the listing or the source) are merged the way the
    HTML pipeline merges them. A page the pre-filter rules out takes the cheap path (``skimmed_page``). An
    extractor failure is returned as ``extraction_error`` for the extract pipeline to
    report, so a page that was read is never counted as unreadable. The crawl hands a page over as ``PageBody``,
    so the worker frees it as soon as it is compressed.
    """
    from extractor.slim import decode_slim

    # held here alone from now on (the pool's call record keeps an empty one), so html_to_text frees it
    body = PageBody(body.take() if isinstance(body, PageBody) else body)
    size = len(body)
    # Slimmed first, as the parsers read it (scripts, styles, SVG and comments, most of a page's bytes, gone): the
    # pre-filter reads what trafilatura would, and lower-cases a few KB rather than the whole page (~0.5 ms a page).
    # Slimmed as it is decoded, a megabyte at a time: the page is never held decoded whole, however big.
    parsed, note = decode_page(body.data, declared, decode_slim)
    # the cheap path (crawler.prefilter); SWAPWATCH_PREFILTER=0 reads every page in full, e.g. to compare
    if os.environ.get("SWAPWATCH_PREFILTER", "1") != "0":
        words = prefilter.page_words(parsed)
        if not prefilter.words_may_be_relevant(words, hints.get("title")):
            return skimmed_page(parsed, words, note, hints)
        del words  # a lower-cased copy: gone before the parsers run
    page = html_to_text(body, url, declared, (parsed, note))
    del parsed, body
    if size > TRIM_AFTER_BYTES:
        release_memory()
    if page.text.strip():
        title = page.title or hints.get("title")
        published, lang = page.published or hints.get("published"), hints.get("lang") or page.lang
        try:
            page.extraction = extract_figures(page.text, title, published, lang)
        except Exception as exc:  # noqa: BLE001 - reported by the extract pipeline, as for any extractor failure
            page.extraction_error = f"{type(exc).__name__}: {exc}"
    return page


def skimmed_page(markup: str, words: str, note: str | None, hints: dict[str, Any]) -> PageFacts:
    """What ``read_article`` returns for a page the pre-filter rules out: no trafilatura, no htmldate, no extractor.

    The archive keeps only URL, title, date and hash of an irrelevant page anyway (``store._insert_article``), so
    the cheap path gives those: the ``<title>``, the date the listing gave, and a hash of the page's visible words
    (the same page at two URLs or on two sites is stored once; the near-duplicate fingerprint serves relevant texts).
    """
    from extractor import EXTRACTOR_VERSION

    found = _TITLE.search(markup[:SKIM_CHARS])
    title = html.unescape(" ".join(found.group(1).split()))[:1000] if found else None
    title = title or hints.get("title")
    return PageFacts(
        text=title or "(not about captives)", title=title, published=_stated_date(markup, hints),
        lang=hints.get("lang"), note=note, content_hash=content_hash(prefilter.visible_text(words)), skimmed=True,
        extraction=Extraction(version=str(EXTRACTOR_VERSION), relevant=False, lang=hints.get("lang")),
    )


def _stated_date(markup: str, hints: dict[str, Any]) -> date | None:
    found = _DATE.search(markup[:SKIM_CHARS])
    try:
        return date.fromisoformat(found.group(1)) if found else hints.get("published")
    except ValueError:
        return hints.get("published")


def post_facts(text: str, title: str | None, published: date | None, lang: str | None) -> PageFacts:
    """A Telegram post's hash, fingerprint and figures in one trip (see ``read_article``)."""
    facts = text_facts(text)
    facts.text = ""  # the item has the text already; no need to send it back through the pipe
    try:
        facts.extraction = extract_figures(text, title, published, lang)
    except Exception as exc:  # noqa: BLE001 - reported by the extract pipeline
        facts.extraction_error = f"{type(exc).__name__}: {exc}"
    return facts


def _ready() -> None:
    """A job that returns once its worker is up (forked from the warmed forkserver)."""


def workers() -> int:
    return max(1, int(os.environ.get("SWAPWATCH_WORKERS") or os.cpu_count() or 1))


def pool() -> Executor:
    """The process pool (started lazily; ``SWAPWATCH_WORKERS=0`` runs in a thread, for debugging)."""
    global _pool
    if _pool is None:
        if os.environ.get("SWAPWATCH_WORKERS") == "0":
            _pool = ThreadPoolExecutor(1, thread_name_prefix="extract")
        else:
            ctx = workers_start.context()
            _pool = ProcessPoolExecutor(workers(), mp_context=ctx, initializer=workers_start.join,
                                        initargs=workers_start.bridge(ctx))
    return _pool


def start_pool() -> None:
    """Start the workers now, before the crawl's threads, so they can be forked."""
    workers_start.give_back_big_blocks()  # the crawl process holds each page too, and its pickled copy
    started = [pool().submit(_ready) for _ in range(workers())]
    # the workers warm up in parallel before the crawl starts; a worker that fails to start is the crawl's to report
    wait(started, timeout=WARM_TIMEOUT)


def shutdown_pool() -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
        _pool = None
    workers_start.stop()


async def run_in_pool(fn, *args: Any) -> Any:
    """``fn(*args)`` in a worker; a worker that died (killed, crashed) costs this call, not the crawl."""
    global _pool
    executor = pool()
    try:
        running = asyncio.get_running_loop().run_in_executor(executor, fn, *args)
        if isinstance(executor, ProcessPoolExecutor) and any(len(a) > TRIM_AFTER_BYTES for a in args
                                                             if isinstance(a, bytes | PageBody)):
            # the call queue's feeder thread keeps the last message it sent, here a pickled big page, until it sends
            # another: an empty job behind it frees that copy while the worker reads the page
            with contextlib.suppress(RuntimeError):
                executor.submit(_ready)
        return await running
    except BrokenProcessPool:
        if _pool is executor:
            log.warning("an extraction worker died; starting a fresh pool")
            _pool = None
            executor.shutdown(wait=False, cancel_futures=True)
        raise
