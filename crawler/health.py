"""An extension that watches one source's crawl and records it: a crawl_runs row and the source's health."""

from __future__ import annotations

import logging
import time

from scrapy import signals
from scrapy.utils.defer import deferred_from_coro

from core.records import SourceRow
from crawler import store
from crawler.components import RuntimeComponent
from crawler.errors import STORAGE_ERRORS_BEFORE_STOP, storage_cause
from crawler.items import Problem
from crawler.pipelines import BadArticle, StorageFailure
from storage import utcnow

log = logging.getLogger(__name__)
MAX_ERRORS_KEPT = 10


class SourceHealthExtension(RuntimeComponent):
    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        self.messages: list[str] = []
        self.errors = 0
        self.fatal: str | None = None
        self.blocked = False
        self.not_modified = False
        self.validators: tuple[str | None, str | None] = (None, None)
        self.fetched = 0
        self.started = time.monotonic()
        self.started_at = utcnow()
        cs = crawler.signals
        cs.connect(self.response_received, signal=signals.response_received)
        cs.connect(self.item_scraped, signal=signals.item_scraped)
        cs.connect(self.item_dropped, signal=signals.item_dropped)
        cs.connect(self.spider_error, signal=signals.spider_error)
        cs.connect(self.item_error, signal=signals.item_error)
        cs.connect(self.spider_opened, signal=signals.spider_opened)
        cs.connect(self.spider_closed, signal=signals.spider_closed)

    def _problem(self, message: str) -> None:
        self.errors += 1
        self.messages.append(message)
        log.warning("%s: %s", self.crawler.spider.spec.name, message)

    def spider_opened(self, spider) -> None:
        self.started, self.started_at = time.monotonic(), utcnow()
        self.validators = (spider.spec.etag, spider.spec.last_modified)  # kept when the answer is 304
        self.runtime.report("source_started", {"source": spider.spec.name, "url": spider.spec.url})

    def response_received(self, response, request, spider) -> None:
        kind = request.meta.get("swapwatch")
        if kind is None:
            return
        if kind == "source" and response.status == 304:
            self.not_modified = True
        elif 200 <= response.status < 300:
            self.fetched += 1
            if kind == "source":
                headers = response.headers
                etag, modified = headers.get("ETag"), headers.get("Last-Modified")
                self.validators = (etag.decode("latin-1") if etag else None,
                                   modified.decode("latin-1") if modified else None)

    def item_scraped(self, item, response, spider) -> None:
        if isinstance(item, Problem):
            self._problem(item.message)
            if item.fatal and self.fatal is None:
                self.fatal, self.blocked = item.message, item.blocked
        elif getattr(item, "notes", None):
            for note in item.notes:
                self._problem(note)

    def item_dropped(self, item, response, exception, spider) -> None:
        if isinstance(exception, StorageFailure):
            self._storage_failure(exception, spider)
        elif isinstance(exception, BadArticle):
            self._problem(str(exception))

    def _storage_failure(self, exception: StorageFailure, spider) -> None:
        """Each cause is one problem line however many saves it costs; once the crawl has seen enough of one
        cause, the source is failed with it and its spider closed (the other sources' stop at their next save)."""
        self.errors += 1
        message = str(exception)
        if message not in self.messages:
            self.messages.append(message)
            log.error("%s: %s", spider.spec.name, message)
        if self.runtime.storage_failed and not self.fatal:
            self.fatal = f"storage error: {self.runtime.storage_failed}"
            log.error("%s: stopping the crawl after repeated storage errors (%s)", spider.spec.name,
                      self.runtime.storage_failed)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="storage_error"))

    def item_error(self, item, response, spider, failure) -> None:
        # a pipeline bug or a database error mid-crawl: the article is lost for this cycle, and says so
        self._problem(f"could not store {getattr(item, 'url', item)}: {type(failure.value).__name__}: {failure.value}")

    def spider_error(self, failure, response, spider) -> None:
        self._problem(f"{type(failure.value).__name__} while reading {response.url}: {failure.value}")

    def spider_closed(self, spider, reason: str) -> None:
        stats = self.crawler.stats
        row = SourceRow(
            name=spider.spec.name, fetched=self.fetched, new=stats.get_value("swapwatch/new", 0),
            relevant=stats.get_value("swapwatch/relevant", 0), figures=stats.get_value("swapwatch/figures", 0),
            errors=self.errors, seconds=time.monotonic() - self.started, source_id=spider.spec.source_id,
            started_at=self.started_at, edited=stats.get_value("swapwatch/edited", 0),
        )
        if self.fatal:
            row.status = "blocked" if self.blocked else "failed"
        elif reason != "finished":
            row.status, self.fatal = "failed", f"crawl stopped: {reason}"
        if self.messages:
            row.error = "; ".join(([self.fatal] if self.fatal else []) + [m for m in self.messages if m != self.fatal])
            row.error = row.error if len(self.messages) <= MAX_ERRORS_KEPT else row.error[:2000] + " …"
        self._record(row)
        if self.not_modified and row.status == "ok":
            row.status = "not_modified"
        self.runtime.results.append(row)
        self.runtime.report("source_finished", row.as_dict())

    def _record(self, row: SourceRow) -> None:
        # After any error the listing is fetched in full next time, so articles that failed are tried again
        # (a 304 would hide them until the feed changes); the archive keeps the rest from being refetched.
        etag, modified = self.validators if not self.errors else (None, None)
        try:
            store.record_run(
                self.runtime.db, row, failing_after=self.runtime.crawl.failing_after,
                etag=etag, last_modified=modified,
            )
        except Exception as exc:  # noqa: BLE001 - the summary still reports the source
            cause = storage_cause(exc)
            log.error("could not record the crawl of %s: %s", row.name, cause)
            # a crawl whose result could not be stored did not succeed, whatever it fetched
            self.runtime.storage_fault(cause, STORAGE_ERRORS_BEFORE_STOP)
            row.status = "failed"
            row.error = f"{row.error or ''}; not recorded: storage error: {cause}".lstrip("; ")
