"""What a crawl needs besides Scrapy's settings: the database, the crawl options and where results go.

``run_crawl`` builds a ``Runtime`` and hands it to Scrapy in the ``SWAPWATCH_RUNTIME`` setting. For
``scrapy crawl <spider> -a source=NAME`` the spider builds one from the TOML file named by
``$SWAPWATCH_CONFIG`` (default ``./swapwatch.toml``), read here without importing the ``swapwatch`` shell.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import tomllib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from crawler.sources import SourceSpec
from storage import Database

Progress = Callable[[str, dict], None]
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


@dataclass
class Runtime:
    db: Database
    crawl: Any  # swapwatch.config.CrawlConfig or anything with its attributes
    sources: list[Any] = field(default_factory=list)
    progress: Progress | None = None
    results: list[Any] = field(default_factory=list)  # one SourceRow per finished source
    # shared by all sources of one crawl, so two sources listing the same article fetch it once
    claimed: set[str] = field(default_factory=set)
    hashes: set[str] = field(default_factory=set)
    near_duplicates: Any = None
    robots: dict[str, Any] = field(default_factory=dict)  # host -> robots.txt parser, for all sources of the crawl
    # storage errors seen in this crawl, by cause; the first cause seen often enough stops the whole crawl
    storage_errors: dict[str, int] = field(default_factory=dict)
    storage_failed: str | None = None
    _db_thread: ThreadPoolExecutor | None = None
    _queued: list[tuple[Callable[..., Any], tuple, asyncio.Future]] = field(default_factory=list)
    _draining: bool = False

    def __deepcopy__(self, memo: dict) -> Runtime:
        return self  # Scrapy copies its settings; the runtime (database, shared sets) must stay one object

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

    async def in_db_batch(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``in_db_thread`` for the per-page calls: calls queued while the writer thread is busy go to it together,
        one hand-over and one event-loop wake-up per batch instead of per page. Each call still runs alone (its own
        transaction) and its result or error is its caller's; a call's work is committed before its caller resumes.
        """
        future = asyncio.get_running_loop().create_future()
        self._queued.append((fn, args, future))
        if not self._draining:
            self._draining = True
            self._drain()
        return await future

    def _drain(self) -> None:
        batch, self._queued = self._queued, []
        loop = batch[0][2].get_loop()
        done = loop.run_in_executor(self._writer(), _run_each, [(fn, args) for fn, args, _ in batch])
        done.add_done_callback(lambda d: self._drained(batch, d))

    def _drained(self, batch: list, done: asyncio.Future) -> None:
        outcomes = done.result() if done.exception() is None else [(False, done.exception())] * len(batch)
        for (_, _, future), (ok, value) in zip(batch, outcomes, strict=True):
            if not future.done():
                future.set_result(value) if ok else future.set_exception(value)
        if self._queued:
            self._drain()
        else:
            self._draining = False

    def _writer(self) -> ThreadPoolExecutor:
        if self._db_thread is None:
            self._db_thread = ThreadPoolExecutor(1, thread_name_prefix="swapwatch-db")
        return self._db_thread

    def close(self) -> None:
        if self._db_thread is not None:
            self._db_thread.shutdown(wait=True)
            self._db_thread = None

    def report(self, event: str, data: dict) -> None:
        if self.progress is not None:
            with contextlib.suppress(Exception):  # a broken progress display must not stop the crawl
                self.progress(event, data)


def _run_each(calls: list[tuple[Callable[..., Any], tuple]]) -> list[tuple[bool, Any]]:
    """In the writer thread: each call in turn; one failing call does not stop the others."""
    outcomes: list[tuple[bool, Any]] = []
    for fn, args in calls:
        try:
            outcomes.append((True, fn(*args)))
        except Exception as exc:  # noqa: BLE001 - handed to that call's caller
            outcomes.append((False, exc))
    return outcomes


def user_agent(crawl: Any) -> str:
    try:
        ver = version("swapwatch")
    except PackageNotFoundError:
        ver = "dev"
    return getattr(crawl, "user_agent", None) or f"swapwatch/{ver} (+{crawl.contact}; prisoner-exchange news monitor)"


def crawl_settings(crawl: Any) -> dict[str, Any]:
    """Scrapy settings from the ``[crawl]`` section of the config."""
    return {
        "USER_AGENT": user_agent(crawl),
        "ROBOTSTXT_OBEY": bool(crawl.obey_robots),
        "CONCURRENT_REQUESTS_PER_DOMAIN": int(crawl.concurrency_per_domain),
        # AutoThrottle aims at the per-site concurrency the config allows, slowing down as the site slows
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(crawl.concurrency_per_domain),
        "DOWNLOAD_TIMEOUT": _seconds(crawl.download_timeout),
        "DOWNLOAD_MAXSIZE": int(crawl.max_page_size),
        "RETRY_TIMES": int(crawl.retries),
        "HTTPCACHE_ENABLED": bool(getattr(crawl, "http_cache", False)),
        # a cache that honours the server's freshness rules, so it never hides a changed feed
        "HTTPCACHE_POLICY": "scrapy.extensions.httpcache.RFC2616Policy",
    }


def _seconds(value: Any) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def _interval(value: Any) -> timedelta:
    if isinstance(value, int | float):
        return timedelta(seconds=value)
    parts = re.findall(r"(\d+(?:\.\d+)?)\s*([smhdw])", str(value).lower())
    if not parts:
        raise ValueError(f"invalid interval {value!r}")
    return timedelta(seconds=sum(float(n) * _UNITS[u] for n, u in parts))


def _size(value: Any) -> int:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*", str(value), re.IGNORECASE)
    if not m:
        raise ValueError(f"invalid size {value!r}")
    return int(float(m.group(1)) * {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3}[(m.group(2) or "b").lower()])


def load_file_config(path: str | Path | None = None) -> SimpleNamespace:
    """The parts of the TOML config a crawl needs, with the same defaults as ``swapwatch.config``."""
    path = Path(path or os.environ.get("SWAPWATCH_CONFIG") or "swapwatch.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    c = data.get("crawl", {})
    crawl = SimpleNamespace(
        contact=c.get("contact", "https://github.com/swapwatch/swapwatch"), user_agent=c.get("user_agent"),
        obey_robots=c.get("obey_robots", True), concurrency_per_domain=c.get("concurrency_per_domain", 2),
        download_timeout=_interval(c.get("download_timeout", "30s")),
        max_page_size=_size(c.get("max_page_size", "10MB")),
        retries=c.get("retries", 2), failing_after=c.get("failing_after", 3), http_cache=c.get("http_cache", False),
    )
    sources = []
    for s in data.get("sources", []):
        follow = s.get("follow", {})
        sources.append(SimpleNamespace(
            name=s["name"], url=s["url"], type=s.get("type"), lang=s.get("lang"), headers=s.get("headers", {}),
            max_age=_interval(s.get("max_age", "3d")), enabled=s.get("enabled", True),
            follow=SimpleNamespace(allow=follow.get("allow", []), deny=follow.get("deny", [])),
        ))
    url = os.environ.get("SWAPWATCH_DATABASE_URL") or data.get("storage", {}).get("url", "sqlite:///swapwatch.db")
    return SimpleNamespace(storage=SimpleNamespace(url=url), crawl=crawl, sources=sources)


def runtime_from_file() -> Runtime:
    config = load_file_config()
    return Runtime(db=Database(config.storage.url), crawl=config.crawl, sources=config.sources)


def runtime_of(crawler) -> Runtime:
    runtime = crawler.settings.get("SWAPWATCH_RUNTIME")
    if runtime is None:
        raise RuntimeError("no SWAPWATCH_RUNTIME setting: run through run_crawl or a crawler spider")
    return runtime


def spec_for(crawler, name: str | None) -> SourceSpec:
    """The named source of the config, with its stored validators (for ``scrapy crawl … -a source=NAME``)."""
    from crawler.store import ensure_sources

    runtime = runtime_of(crawler)
    known = {s.name: s for s in runtime.sources}
    if name not in known:
        raise ValueError(f"no source named {name!r} in the config (known: {', '.join(known) or 'none'})")
    return ensure_sources(runtime.db, [known[name]])[0]
