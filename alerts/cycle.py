"""One alert cycle: update events (outbox rows in the same transaction), digest, health, then delivery."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from alerts.delivery import DeliveryReport, deliver_pending
from alerts.digest import queue_digest
from alerts.health import health_alerts
from alerts.update import EventChange, update_events
from storage.types import utcnow

log = logging.getLogger(__name__)


@dataclass
class AlertCycleReport:
    changes: list[EventChange] = field(default_factory=list)
    digest_rows: int = 0
    health_rows: int = 0
    delivery: DeliveryReport = field(default_factory=DeliveryReport)

    @property
    def queued(self) -> int:
        return sum(c.alerts for c in self.changes) + self.digest_rows + self.health_rows

    def summary(self) -> str:
        d = self.delivery
        return (f"alerts: {len(self.changes)} event change(s), {self.queued} queued, "
                f"{d.sent} sent, {d.failed} failed, {d.deferred} deferred")


def run_alert_cycle(
    db,
    alerts_config,
    *,
    now: datetime | None = None,
    failing_after: int = 3,
    silent_after: timedelta | Mapping[str, timedelta] | None = None,
) -> AlertCycleReport:
    """Update events and write what is news, then deliver every due row. Running it twice adds nothing."""
    now = now or utcnow()
    report = AlertCycleReport()
    report.changes = update_events(db, alerts_config, now=now)
    report.digest_rows = queue_digest(db, alerts_config, now=now)
    report.health_rows = health_alerts(db, alerts_config, now=now, failing_after=failing_after,
                                       silent_after=silent_after)
    report.delivery = deliver_pending(db, alerts_config, now=now)
    log.info("%s", report.summary())
    return report
