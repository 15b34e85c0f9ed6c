"""The service's jobs: plain functions of the service object, run by APScheduler's thread pools."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scheduler.child import run_child
from scheduler.records import record_failed_crawl
from storage import utcnow

if TYPE_CHECKING:
    from scheduler.service import Service

log = logging.getLogger(__name__)
ENQUEUE_RETRY = 5.0  # seconds between tries while the broker is down


def crawl_job(service: Service, name: str) -> None:
    """Crawl one source in a child process, record a kill or crash, then run the alert cycle."""
    source = service.source(name)
    if service.stopping or source is None:
        return
    if service.enqueue is not None:  # [cluster]: a worker crawls it
        return enqueue_job(service, name)
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
        except Exception:  # noqa: BLE001 - one source's failure never stops the service
            log.exception("crawl job for %r failed", name)


def enqueue_job(service: Service, name: str) -> None:
    """Send the source's crawl to the workers; while the broker is unreachable, try again shortly."""
    with service.busy():
        try:
            sent = service.enqueue(service.config, name)
        except Exception as exc:  # noqa: BLE001 - a broker restart must not stop the planning
            log.error("could not enqueue the crawl of %r (%s); trying again in %.0fs", name, exc, ENQUEUE_RETRY)
            service.retry_soon(name, ENQUEUE_RETRY)
            return
        if sent:
            log.info("crawl of %r enqueued", name)
        service.persist_next_run(name)


def delivery_job(service: Service) -> None:
    """Drain the alert outbox (retries of alerts that could not be delivered before)."""
    if service.stopping:
        return
    with service.busy():
        try:
            service.alerting.deliver(service.config)
        except Exception:  # noqa: BLE001
            log.exception("alert delivery failed; the outbox keeps the alerts for the next attempt")


def digest_job(service: Service) -> None:
    """At the digest time: an alert cycle, which queues the day's summary and delivers it."""
    if service.stopping:
        return
    with service.busy():
        try:
            service.alerting.cycle(service.config)
        except Exception:  # noqa: BLE001
            log.exception("digest failed")


def watch_config_job(service: Service) -> None:
    """Ask for a reload when the config file's modification time changed; check the instance lock."""
    service.check_lock()
    if service.config_changed():
        log.info("config file changed; reloading sources")
        service.request_reload()
