"""The service's jobs: plain functions of the service object, run by APScheduler's thread pools.

They see the service through ``JobHost`` (what a job needs of it), so this module does not import the
service that schedules it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Protocol

from alerts import LockLost
from core.config import Config, SourceConfig
from scheduler.alerting import Alerting
from scheduler.child import CrawlOutcome, run_child
from scheduler.cycle import crawl_then_alert
from storage import Database, utcnow

if TYPE_CHECKING:
    from scheduler.enqueue import CrawlBatcher

log = logging.getLogger(__name__)


class JobHost(Protocol):
    config: Config
    db: Database
    alerting: Alerting
    crawls_done: int
    crawl_argv: Callable[[str], list[str]]
    # [cluster]: gathers due sources and sends them to the workers in batches (None: crawl here)
    batcher: CrawlBatcher | None

    @property
    def stopping(self) -> bool: ...

    def should_abort(self) -> bool: ...

    def source(self, name: str) -> SourceConfig | None: ...

    def busy(self) -> AbstractContextManager[None]: ...

    def persist_next_run(self, name: str) -> None: ...

    def check_lock(self) -> None: ...

    def lock_lost(self) -> None: ...

    def config_changed(self) -> bool: ...

    def request_reload(self) -> None: ...


def crawl_job(service: JobHost, name: str) -> None:
    """Crawl one source in a child process, record a kill or crash, then run the alert cycle."""
    source = service.source(name)
    if service.stopping or source is None:
        return
    if service.batcher is not None:  # [cluster]: a worker crawls it, with other sources due about now
        # a "queued" flag this old means its message was lost (a purged queue): a source is never left out for long
        stale = 3 * (service.config.interval_of(source) + service.config.schedule.crawl_timeout)
        service.batcher.add(name, stale.total_seconds())
        return None
    config = service.config
    started = utcnow()
    with service.busy():
        try:
            def crawl() -> CrawlOutcome:
                outcome = run_child(name, service.crawl_argv(name),
                                    timeout=config.schedule.crawl_timeout.total_seconds(),
                                    should_abort=service.should_abort)
                # the service's one line per crawl, with its counts
                log.log(logging.INFO if outcome.status == "ok" else logging.WARNING, "%s", outcome.log_line())
                return outcome

            crawl_then_alert(config, service.db, crawl, alerting=service.alerting, started=started)
            service.crawls_done += 1
            if not service.should_abort():
                # only a crawl that ran its course moves the persisted plan on; an aborted one is due again
                service.persist_next_run(name)
        except LockLost:
            service.lock_lost()
        except Exception:  # noqa: BLE001 - one source's failure never stops the service
            log.exception("crawl job for %r failed", name)


def delivery_job(service: JobHost) -> None:
    """Drain the alert outbox (retries of alerts that could not be delivered before)."""
    if service.stopping:
        return
    with service.busy():
        try:
            service.alerting.deliver(service.config)
        except LockLost:
            service.lock_lost()
        except Exception:  # noqa: BLE001
            log.exception("alert delivery failed; the outbox keeps the alerts for the next attempt")


def digest_job(service: JobHost) -> None:
    """At the digest time: an alert cycle, which queues the day's summary and delivers it."""
    if service.stopping:
        return
    with service.busy():
        try:
            service.alerting.cycle(service.config)
        except LockLost:
            service.lock_lost()
        except Exception:  # noqa: BLE001
            log.exception("digest failed")


def watch_config_job(service: JobHost) -> None:
    """Ask for a reload when the config file's modification time changed; check the instance lock."""
    service.check_lock()
    if service.config_changed():
        log.info("config file changed; reloading sources")
        service.request_reload()


def reextract_argv(crawl_argv: Callable[[str], list[str]]) -> list[str]:
    """The command line of a background re-extraction: the crawl child's program and options, other command."""
    argv = crawl_argv("-")
    return [*argv[: argv.index("crawl-child")], "reextract", "--stale", "--format", "json"]


def reextract_job(service: JobHost) -> None:
    """``[schedule] reextract_on_upgrade``: re-read what an older extractor read, in a child process (its own
    extraction workers, its own alert cycle), so crawls go on meanwhile and a crash costs nothing but itself."""
    from scheduler.upgrade import run_reextract_child, stale_articles

    if service.stopping:
        return
    try:
        stale = stale_articles(service.db)
        if not stale:
            return
        log.info("re-extracting %d article(s) read by an older extractor, in the background", stale)
        run_reextract_child(reextract_argv(service.crawl_argv), service.should_abort)
    except Exception:  # noqa: BLE001 - the service goes on; the next start tries again
        log.exception("background re-extraction failed")
