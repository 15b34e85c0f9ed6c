"""One crawl cycle in this process: a Scrapy crawler per source, all in one reactor, then a summary."""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable

from scrapy.crawler import AsyncCrawlerProcess
from scrapy.settings import Settings

from core.config import Config, SourceConfig
from core.records import CrawlSummary, SourceRow
from crawler import store, work
from crawler.runtime import Runtime, crawl_settings
from crawler.sources import SourceSpec
from crawler.spiders import spider_for
from storage import Database

log = logging.getLogger(__name__)
QUIET_LOGGERS = ("scrapy", "twisted", "py.warnings", "protego")


def select_sources(config: Config, names: list[str] | None) -> list[SourceConfig]:
    """The enabled sources, or the named ones (enabled or not); an unknown name is a ValueError."""
    if not names:
        return [s for s in config.sources if s.enabled]
    known = {s.name: s for s in config.sources}
    missing = [n for n in names if n not in known]
    if missing:
        raise ValueError(f"no source named {', '.join(map(repr, missing))} (known: {', '.join(known) or 'none'})")
    return [known[n] for n in names]


def scrapy_settings(config: Config, runtime: Runtime, source_timeout: float | None = None) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.update(crawl_settings(config.crawl), priority="cmdline")
    settings.set("SWAPWATCH_RUNTIME", runtime.key, priority="cmdline")
    # the host (CLI, scheduler) configures logging; `scrapy crawl` keeps Scrapy's own log output
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    if source_timeout:  # many sources in one process: a slow one is closed on its own, the others go on
        settings.set("CLOSESPIDER_TIMEOUT", source_timeout, priority="cmdline")
    return settings


def _quietly_created(settings: Settings) -> AsyncCrawlerProcess:
    """The crawler process, with the host's log levels kept: Scrapy resets its loggers to DEBUG and logs its
    versions at INFO while doing so (a filter survives that reset, a level does not)."""
    levels = {name: logging.getLogger(name).level for name in QUIET_LOGGERS}
    threshold = logging.getLogger("scrapy").getEffectiveLevel()
    banners = [logging.getLogger(name) for name in ("scrapy.utils.log", "scrapy.crawler")]

    def below_threshold(record: logging.LogRecord) -> bool:
        return record.levelno >= threshold

    for logger in banners:
        logger.addFilter(below_threshold)
    try:
        process = AsyncCrawlerProcess(settings)
    finally:
        for logger in banners:
            logger.removeFilter(below_threshold)
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    return process


def _crawl_all(config: Config, runtime: Runtime, specs: list[SourceSpec], source_timeout: float | None) -> None:
    work.start_pool()
    try:
        process = _quietly_created(scrapy_settings(config, runtime, source_timeout))
        for spec in specs:
            process.crawl(spider_for(spec.type), spec=spec)
        # What is loaded by now (Scrapy, SQLAlchemy, the crawlers) lives as long as the crawl: out of the collector's
        # sight, the full collections during the crawl scan only what the pages create.
        gc.freeze()
        process.start()
    finally:
        gc.unfreeze()
        work.shutdown_pool()


def run_crawl(
    config: Config,
    db: Database,
    *,
    sources: list[str] | None = None,
    progress: Callable[[str, dict], None] | None = None,
    source_timeout: float | None = None,
) -> CrawlSummary:
    """Crawl the enabled (or named) sources once, in this process; Scrapy's reactor starts only once per process.

    A broken source is recorded on its row and in the summary; it never stops the others, nor does one that runs
    past ``source_timeout`` seconds (it is closed and recorded as failed).
    """
    chosen = select_sources(config, sources)
    started = time.monotonic()
    specs = store.ensure_sources(db, chosen)
    runtime = Runtime(db=db, crawl=config.crawl, sources=list(config.sources), progress=progress)
    try:
        if specs:
            _crawl_all(config, runtime, specs, source_timeout)
    finally:
        runtime.close()
    order = {spec.name: i for i, spec in enumerate(specs)}
    rows = sorted(runtime.results, key=lambda r: order.get(r.name, len(order)))
    for spec in specs:  # a crawler that never reported (it failed to start) still gets a row
        if spec.name not in {r.name for r in rows}:
            rows.append(SourceRow(name=spec.name, status="failed", error="the crawl of this source did not run"))
    storage_error = runtime.storage_failed or next(iter(runtime.storage_errors), None)
    return CrawlSummary(sources=rows, seconds=time.monotonic() - started, storage_error=storage_error)
