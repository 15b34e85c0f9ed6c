"""The service's calls into ``alerts``: the alert cycle after each crawl and at digest time, and delivery.

All of them run under one lock, so a delivery job and a post-crawl cycle never work the outbox at the
same time in this process (the outbox's conditional claims guard against other processes too).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from alerts import AlertCycleReport, deliver_pending, run_alert_cycle
from core.config import Config
from storage import Database

log = logging.getLogger(__name__)


class Alerting:
    """``fence``: asked before every send; once it says no, ``alerts.LockLost`` comes out of these calls."""

    def __init__(self, db: Database, fence: Callable[[], bool] | None = None) -> None:
        self.db = db
        self.lock = threading.Lock()
        self.fence = fence

    def cycle(self, config: Config) -> AlertCycleReport:
        """Group new figures into events, write the outbox (digest and source health too) and deliver."""
        with self.lock:
            report = run_alert_cycle(self.db, config.alerts, failing_after=config.crawl.failing_after,
                                     fence=self.fence)
        if report.queued or report.delivery.failed:
            log.info("%s", report.summary())
        return report

    def deliver(self, config: Config) -> None:
        """Drain the outbox: retries of alerts that could not be delivered before."""
        with self.lock:
            report = deliver_pending(self.db, config.alerts, fence=self.fence)
        if report.sent or report.failed:
            log.info("delivery: %d sent, %d failed, %d deferred", report.sent, report.failed, report.deferred)
