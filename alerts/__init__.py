"""Exchange events from stored figures, deciding what is news, the outbox and apprise delivery.

The crawler (`swapwatch crawl`) and the scheduler (`swapwatch run`) call ``run_alert_cycle``.
"""

from alerts.cycle import AlertCycleReport, run_alert_cycle
from alerts.delivery import DeliveryReport, LockLost, TargetResult, deliver_pending, send_test
from alerts.health import health_alerts
from alerts.masking import mask_text, mask_url, target_id
from alerts.update import EventChange, update_events

__all__ = [
    "AlertCycleReport",
    "DeliveryReport",
    "EventChange",
    "TargetResult",
    "deliver_pending",
    "LockLost",
    "health_alerts",
    "mask_text",
    "mask_url",
    "run_alert_cycle",
    "send_test",
    "target_id",
    "update_events",
]
