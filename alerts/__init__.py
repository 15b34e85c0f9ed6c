"""Exchange events from stored figures, deciding what is news, the outbox and apprise delivery.

The crawler (`swapwatch crawl`) and the scheduler (`swapwatch run`) call ``run_alert_cycle``.

The names below are imported on first use: every process masks secrets in its logs (``alerts.masking``), and that
must not load apprise, the alert cycle and the outbox (~20 MB) into a crawl run with ``--no-alerts``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_HOMES = {
    "AlertCycleReport": "alerts.cycle",
    "run_alert_cycle": "alerts.cycle",
    "DeliveryReport": "alerts.delivery",
    "LockLost": "alerts.delivery",
    "TargetResult": "alerts.delivery",
    "deliver_pending": "alerts.delivery",
    "send_test": "alerts.delivery",
    "health_alerts": "alerts.health",
    "mask_text": "alerts.masking",
    "mask_url": "alerts.masking",
    "target_id": "alerts.masking",
    "EventChange": "alerts.update",
    "update_events": "alerts.update",
}
__all__ = [
    "AlertCycleReport",
    "DeliveryReport",
    "EventChange",
    "LockLost",
    "TargetResult",
    "deliver_pending",
    "health_alerts",
    "mask_text",
    "mask_url",
    "run_alert_cycle",
    "send_test",
    "target_id",
    "update_events",
]

if TYPE_CHECKING:
    from alerts.cycle import AlertCycleReport, run_alert_cycle
    from alerts.delivery import DeliveryReport, LockLost, TargetResult, deliver_pending, send_test
    from alerts.health import health_alerts
    from alerts.masking import mask_text, mask_url, target_id
    from alerts.update import EventChange, update_events


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOMES[name]), name)
    globals()[name] = value  # once imported, a plain attribute
    return value


def __dir__() -> list[str]:
    return [*globals(), *__all__]
