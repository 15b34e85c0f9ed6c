"""What a crawl needs besides Scrapy's settings: the database, the crawl options and where results go.

``run_crawl`` builds a ``Runtime`` and names it to Scrapy in the ``SWAPWATCH_RUNTIME`` setting: the setting
holds the runtime's key in this process's registry, a plain string Scrapy may copy like any other setting,
while the runtime (database, shared sets) stays one object. For ``scrapy crawl <spider> -a source=NAME``
the spider builds one from the config file (``core.config.load_config``: ``$SWAPWATCH_CONFIG``, else
``./swapwatch.toml``).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from scrapy.crawler import Crawler

from core.config import Config, ConfigError, CrawlConfig, SourceConfig, load_config
from core.records import SourceRow
from crawler.dedup import NearDuplicateIndex
from crawler.sources import SourceSpec
from storage import Database

Progress = Callable[[str, dict], None]
# the runtimes of the crawls running in this process, by the key their Scrapy settings carry
_REGISTRY: dict[str, Runtime] = {}
_KEYS = itertools.count(1)
# How long a page's save waits for others to share its transaction, and the most saves in one: at a few hundred pages
# a second a batch holds tens of saves; a page is stored at most this much later.
BATCH_WAIT = 0.05
BATCH_MAX = 100


@dataclass
class Runtime:
    db: Database
    crawl: CrawlConfig
    sources: list[SourceConfig] = field(default_factory=list)
    progress: Progress | None = None
    # set for `scrapy crawl` only: the whole config, for the alert cycle that follows the crawl
    config: Config | None = None
    results: list[SourceRow] = field(default_factory=list)  # one per finished source
    # shared by all sources of one crawl, so two sources listing the same article fetch it once
    claimed: set[str] = field(default_factory=set)
    hashes: set[str] = field(default_factory=set)
    near_duplicates: NearDuplicateIndex | None = None
    robots: dict[str, Any] = field(default_factory=dict)  # host -> robots.txt parser, for all sources of the crawl
    # storage errors seen in this crawl, by cause; the first cause seen often enough stops the whole crawl
    storage_errors: dict[str, int] = field(default_factory=dict)
    storage_failed: str | None = None
    _db_thread: ThreadPoolExecutor | None = None
    _queued: list[tuple[Callable[..., list], Database, Any, asyncio.Future]] = field(default_factory=list)
    _draining: bool = False  # a batch is in the writer thread
    _timer: asyncio.TimerHandle | None = None
    key: str = field(default_factory=lambda: f"runtime-{next(_KEYS)}")

    def __post_init__(self) -> None:
        _REGISTRY[self.key] = self

    def claim(self, url: str) -> bool:
        """True the first time a URL is seen in this crawl."""
        if url in self.claimed:
            return False
        self.claimed.add(url)
        return True

    def claim_hash(self, content_hash: str) -> bool:
        if content_hash in self.hashes:
            return False
        self.hashes.add(content_hash)
        return True

    def storage_fault(self, cause: str, stop_after: int) -> str:
        """Count one storage error; after ``stop_after`` of the same cause the crawl is marked failed (and stops)."""
        self.storage_errors[cause] = self.storage_errors.get(cause, 0) + 1
        if self.storage_failed is None and self.storage_errors[cause] >= stop_after:
            self.storage_failed = cause
        return cause

    async def in_db_thread(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run a database call in the one writer thread: the event loop never waits on the database."""
        return await asyncio.get_running_loop().run_in_executor(self._writer(), fn, *args)

    async def in_db_batch(self, fn: Callable[[Database, list], list], db: Database, entry: Any) -> Any:
        """One entry of a batch call ``fn(db, entries)`` in the writer thread, which returns one outcome per entry (its
        result, or the exception that entry's caller gets); for the per-page saves.

        Entries are gathered for up to ``BATCH_WAIT`` seconds (or ``BATCH_MAX`` entries) and handed over together: one
        hand-over, one transaction and one event-loop wake-up per batch instead of per page. An entry's work is
        committed before its caller resumes.
        """
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._queued.append((fn, db, entry, future))
        if len(self._queued) >= BATCH_MAX and not self._draining:
            self._drain()
        elif self._timer is None and not self._draining:
            self._timer = loop.call_later(BATCH_WAIT, self._drain)
        return await future

    def _drain(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        batch, self._queued = self._queued, []
        self._draining = True
        loop = batch[0][3].get_loop()
        done = loop.run_in_executor(self._writer(), _run_batch, [(fn, db, entry) for fn, db, entry, _ in batch])
        done.add_done_callback(lambda d: self._drained(batch, d))

    def _drained(self, batch: list, done: asyncio.Future) -> None:
        outcomes = done.result() if done.exception() is None else [done.exception()] * len(batch)
        for (*_, future), outcome in zip(batch, outcomes, strict=True):
            if not future.done():
                future.set_exception(outcome) if isinstance(outcome, Exception) else future.set_result(outcome)
        self._draining = False
        if len(self._queued) >= BATCH_MAX:
            self._drain()
        elif self._queued:  # what arrived meanwhile waits for more, as the first entry of a batch does
            self._timer = done.get_loop().call_later(BATCH_WAIT, self._drain)

    def _writer(self) -> ThreadPoolExecutor:
        if self._db_thread is None:
            self._db_thread = ThreadPoolExecutor(1, thread_name_prefix="swapwatch-db")
        return self._db_thread

    def close(self) -> None:
        _REGISTRY.pop(self.key, None)
        if self._db_thread is not None:
            self._db_thread.shutdown(wait=True)
            self._db_thread = None

    def report(self, event: str, data: dict) -> None:
        if self.progress is not None:
            with contextlib.suppress(Exception):  # a broken progress display must not stop the crawl
                self.progress(event, data)


def _run_batch(calls: list[tuple[Callable[[Database, list], list], Database, Any]]) -> list[Any]:
    """In the writer thread: each batch function once, on all of its entries (in the order they came); one outcome
    per call. A batch function that fails as a whole fails each of its calls."""
    groups: dict[tuple[Callable, Database], list[int]] = {}
    for i, (fn, db, _) in enumerate(calls):
        groups.setdefault((fn, db), []).append(i)
    outcomes: list[Any] = [None] * len(calls)
    for (fn, db), indexes in groups.items():
        try:
            results = fn(db, [calls[i][2] for i in indexes])
        except Exception as exc:  # noqa: BLE001 - handed to each caller
            results = [exc] * len(indexes)
        for i, result in zip(indexes, results, strict=True):
            outcomes[i] = result
    return outcomes


def user_agent(crawl: CrawlConfig) -> str:
    try:
        ver = version("swapwatch")
    except PackageNotFoundError:
        ver = "dev"
    return crawl.user_agent or f"swapwatch/{ver} (+{crawl.contact}; prisoner-exchange news monitor)"


def crawl_settings(crawl: CrawlConfig) -> dict[str, Any]:
    """Scrapy settings from the ``[crawl]`` section of the config."""
    return {
        "USER_AGENT": user_agent(crawl),
        "ROBOTSTXT_OBEY": crawl.obey_robots,
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawl.concurrency_per_domain,
        # AutoThrottle aims at the per-site concurrency the config allows, slowing down as the site slows
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(crawl.concurrency_per_domain),
        "AUTOTHROTTLE_START_DELAY": crawl.start_delay.total_seconds(),
        "DOWNLOAD_TIMEOUT": crawl.download_timeout.total_seconds(),
        "DOWNLOAD_MAXSIZE": crawl.max_page_size,
        "RETRY_TIMES": crawl.retries,
        "HTTPCACHE_ENABLED": crawl.http_cache,
        # a cache that honours the server's freshness rules, so it never hides a changed feed
        "HTTPCACHE_POLICY": "scrapy.extensions.httpcache.RFC2616Policy",
    }


def runtime_from_file() -> Runtime:
    """For ``scrapy crawl``: the runtime of the config file the environment names.

    A bad file, or none at all, ends the command with one line and exit code 2, before anything is written:
    without a config the crawl would create ./swapwatch.db wherever Scrapy runs."""
    import os

    from storage import DatabaseError

    try:
        config = load_config()
        if config.path is None and not os.environ.get("SWAPWATCH_DATABASE_URL"):
            raise ConfigError("no config file found: set SWAPWATCH_CONFIG=path/to/swapwatch.toml "
                              "(or create ./swapwatch.toml with `swapwatch init`)")
        db = Database(config.storage.url)
    except (ConfigError, DatabaseError) as exc:
        raise SystemExit(f"swapwatch: {exc}") from None
    return Runtime(db=db, crawl=config.crawl, sources=list(config.sources), config=config)


def runtime_of(crawler: Crawler) -> Runtime:
    key = crawler.settings.get("SWAPWATCH_RUNTIME")
    runtime = _REGISTRY.get(key) if isinstance(key, str) else None
    if runtime is None:
        raise RuntimeError("no SWAPWATCH_RUNTIME setting: run through run_crawl or a crawler spider")
    return runtime


def spec_for(crawler, name: str | None) -> SourceSpec:
    """The named source of the config, with its stored validators (for ``scrapy crawl … -a source=NAME``)."""
    from crawler.store import ensure_sources

    runtime = runtime_of(crawler)
    known = {s.name: s for s in runtime.sources}
    if name not in known:
        message = f"no source named {name!r} in the config (known: {', '.join(known) or 'none'})"
        if runtime.config is not None:  # `scrapy crawl -a source=…`: one line and exit 2, not an asyncio traceback
            raise SystemExit(f"swapwatch: {message}; use -a source=NAME")
        raise ValueError(message)
    return ensure_sources(runtime.db, [known[name]])[0]
