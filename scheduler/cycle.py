"""Crawl, then alert: the one orchestration of a cycle, used by ``swapwatch crawl``, ``swapwatch run``
and ``swapwatch demo``.

The crawl itself is the caller's (in this process for ``crawl``, a child process for ``run`` and ``demo``);
what follows it is the same everywhere: a crawl the child could not record (killed, crashed) is recorded
against its source, then the alert cycle groups new figures into events, queues what is news and delivers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from core.config import Config
from core.records import CrawlSummary
from scheduler.child import CrawlOutcome
from scheduler.records import record_failed_crawl
from storage import Database, utcnow
from storage.retention import drop_expired_text

if TYPE_CHECKING:  # the crawler (and Scrapy) is imported only when re-extraction runs
    from alerts import AlertCycleReport
    from crawler.reextract import ReextractSummary
    from scheduler.alerting import Alerting  # with the alert cycle and apprise: only when alerts run

log = logging.getLogger(__name__)


@dataclass
class Cycle:
    outcome: CrawlOutcome
    alerts: AlertCycleReport | None = None

    def alerts_dict(self) -> dict | None:
        """The alert step as ``swapwatch crawl --format json`` prints it."""
        if self.alerts is None:
            return None
        report, d = self.alerts, self.alerts.delivery
        return {
            "summary": report.summary(), "event_changes": len(report.changes), "queued": report.queued,
            "sent": d.sent, "failed": d.failed, "deferred": d.deferred, "errors": report.errors,
            "recorded_without_alert": sum(1 for c in report.changes if c.too_old),
        }


def in_process(outcome_of: Callable[[], CrawlSummary], label: str = "crawl") -> Callable[[], CrawlOutcome]:
    """A crawl run in this process (``crawler.run_crawl``) as a cycle's crawl step."""
    return lambda: CrawlOutcome.of(label, outcome_of())


def crawl_then_alert(
    config: Config,
    db: Database,
    crawl: Callable[[], CrawlOutcome],
    *,
    alerting: Alerting | None = None,
    alerts: bool = True,
    started: datetime | None = None,
) -> Cycle:
    """Run ``crawl``, record it if it died, then run the alert cycle (unless ``alerts`` is False)."""
    started = started or utcnow()
    outcome = crawl()
    try:  # retention of irrelevant articles' text rides on every cycle; a failure never costs the crawl
        drop_expired_text(db, config.storage.keep_irrelevant)
    except Exception as exc:  # noqa: BLE001 - logged; retried next cycle
        log.warning("retention of irrelevant article text failed: %s", exc)
    configured = {s.name: s for s in config.sources}
    if outcome.status in ("killed", "crashed") and outcome.source in configured:
        record_failed_crawl(db, outcome.source, configured[outcome.source].url, started, outcome.status,
                            outcome.error or outcome.status, failing_after=config.crawl.failing_after)
    if not alerts:
        return Cycle(outcome)
    return Cycle(outcome, (alerting or _alerting(db)).cycle(config))


def _alerting(db: Database) -> Alerting:
    from scheduler.alerting import Alerting

    return Alerting(db)


def reextract_then_alert(
    config: Config,
    db: Database,
    *,
    stale: bool = True,
    since: date | None = None,
    progress: Callable[[int], None] | None = None,
    alerting: Alerting | None = None,
) -> tuple[ReextractSummary, AlertCycleReport]:
    """Re-read the archive (``stale``: only what an older extractor read), then rebuild the events through the
    usual alert cycle: a corrected figure alerts once as a revision, a rescued exchange as a new one, and
    nothing that did not change is re-sent."""
    from crawler.reextract import reextract

    summary = reextract(db, since=since, stale=stale, progress=progress)
    report = (alerting or _alerting(db)).cycle(config)
    summary.events_changed = len(report.changes)
    return summary, report
