"""The service's jobs: plain functions of the service object, run by APScheduler's thread pools."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from alerts import LockLost
from scheduler.child import run_child
from scheduler.records import record_failed_crawl
from storage import utcnow

if TYPE_CHECKING:
    from scheduler.service import Service

log = logging.getLogger(__name__)


def crawl_job(service: Service, name: str) -> None:
    """Crawl one source in a child process, record a kill or crash, then run the alert cycle."""
    source = service.source(name)
    if service.stopping or source is None:
        return
    config = service.config
    started = utcnow()
    with service.busy():
        try:
            outcome = run_child(
                name,
                service.crawl_argv(name),
                timeout=config.schedule.crawl_timeout.total_seconds(),
                should_abort=service.should_abort,
            )
            log.log(logging.INFO if outcome.status == "ok" else logging.WARNING, "%s", outcome.log_line())
            if outcome.status in ("killed", "crashed"):
                record_failed_crawl(
                    service.db, name, source.url, started, outcome.status, outcome.error or outcome.status,
                    failing_after=config.crawl.failing_after,
                )
            service.crawls_done += 1
            service.alerting.cycle(config)
            if not service.should_abort():
                # only a crawl that ran its course moves the persisted plan on; an aborted one is due again
                service.persist_next_run(name)
        except LockLost:
            service.lock_lost()
        except Exception:  # noqa: BLE001 - one source's failure never stops the service
            log.exception("crawl job for %r failed", name)


def delivery_job(service: Service) -> None:
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


def digest_job(service: Service) -> None:
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


def watch_config_job(service: Service) -> None:
    """Ask for a reload when the config file's modification time changed; check the instance lock."""
    service.check_lock()
    if service.config_changed():
        log.info("config file changed; reloading sources")
        service.request_reload()
