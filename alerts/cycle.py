"""One alert cycle: update events (outbox rows in the same transaction), digest, health, then delivery."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from alerts.delivery import DeliveryReport, Fence, LockLost, deliver_pending
from alerts.digest import queue_digest
from alerts.health import health_alerts
from alerts.masking import mask_text
from alerts.update import EventChange, update_events
from core.config import FAILING_AFTER, AlertsConfig
from storage.db import Database
from storage.types import utcnow

log = logging.getLogger(__name__)


@dataclass
class AlertCycleReport:
    changes: list[EventChange] = field(default_factory=list)
    digest_rows: int = 0
    health_rows: int = 0
    delivery: DeliveryReport = field(default_factory=DeliveryReport)
    # a step that failed (its transaction rolled back, nothing half-written); the other steps still ran
    errors: list[str] = field(default_factory=list)
    # [alerts] max_event_age, to say why old exchanges were recorded without an alert
    max_event_age: timedelta | None = None

    @property
    def queued(self) -> int:
        return sum(c.alerts for c in self.changes) + self.digest_rows + self.health_rows

    def summary(self) -> str:
        d = self.delivery
        text = (f"alerts: {len(self.changes)} event change(s), {self.queued} queued, "
                f"{d.sent} sent, {d.failed} failed, {d.deferred} deferred")
        held = sum(1 for c in self.changes if c.too_old)
        if held:  # silence needs a reason, or a user trying a site never learns why no alert came
            age = f" ({short_duration(self.max_event_age)})" if self.max_event_age else ""
            text += (f"; {held} event(s) recorded without alerting: dated before "
                     f"[alerts] max_event_age{age}")
        return text + (f"; {len(self.errors)} step(s) failed: {'; '.join(self.errors)}" if self.errors else "")


def short_duration(span: timedelta) -> str:
    """``7d``, ``12h``, ``30m``: as the config file writes it."""
    seconds = int(span.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def run_alert_cycle(
    db: Database,
    alerts_config: AlertsConfig,
    *,
    now: datetime | None = None,
    failing_after: int = FAILING_AFTER,
    silent_after: timedelta | Mapping[str, timedelta] | None = None,
    fence: Fence | None = None,
) -> AlertCycleReport:
    """Update events and write what is news, then deliver every due row. Running it twice adds nothing.

    Each step commits on its own; one that fails is logged and reported, and the next still runs, so a
    problem while grouping never holds back alerts already in the outbox.
    """
    now = now or utcnow()
    report = AlertCycleReport(max_event_age=alerts_config.max_event_age)
    secrets = [*alerts_config.urls, *alerts_config.admin_urls]

    def step(name: str, fn, default):
        try:
            return fn()
        except LockLost:  # not a step's failure: this process must stop sending altogether
            raise
        except Exception as exc:  # noqa: BLE001 - reported, and the cycle goes on to delivery
            # the driver's first line: SQLAlchemy appends the statement and a help link on lines of their own
            first = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [""])[0]
            message = mask_text(f"{name}: {type(exc).__name__}: {first}", secrets)
            log.error("alert cycle step failed: %s", message)
            report.errors.append(message)
            return default

    report.changes = step("events", lambda: update_events(db, alerts_config, now=now), [])
    report.digest_rows = step("digest", lambda: queue_digest(db, alerts_config, now=now), 0)
    report.health_rows = step("health", lambda: health_alerts(
        db, alerts_config, now=now, failing_after=failing_after, silent_after=silent_after), 0)
    report.delivery = step("delivery", lambda: deliver_pending(db, alerts_config, now=now, fence=fence),
                           DeliveryReport())
    log.info("%s", report.summary())
    return report
