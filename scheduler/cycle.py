"""Crawl, then alert: the one orchestration of a cycle, used by ``swapwatch crawl``, ``swapwatch run``
and ``swapwatch demo``.

The crawl itself is the caller's (in this process for ``crawl``, a child process for ``run`` and ``demo``);
what follows it is the same everywhere: a crawl the child could not record (killed, crashed) is recorded
against its source, then the alert cycle groups new figures into events, queues what is news and delivers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from alerts import AlertCycleReport
from core.config import Config
from core.records import CrawlSummary
from scheduler.alerting import Alerting
from scheduler.child import CrawlOutcome
from scheduler.records import record_failed_crawl
from storage import Database, utcnow


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
    configured = {s.name: s for s in config.sources}
    if outcome.status in ("killed", "crashed") and outcome.source in configured:
        record_failed_crawl(db, outcome.source, configured[outcome.source].url, started, outcome.status,
                            outcome.error or outcome.status, failing_after=config.crawl.failing_after)
    if not alerts:
        return Cycle(outcome)
    return Cycle(outcome, (alerting or Alerting(db)).cycle(config))
