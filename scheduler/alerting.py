"""The service's calls into ``alerts``: the alert cycle after each crawl, delivery, the digest.

All of them run under one lock, so a delivery job and a post-crawl cycle never work the outbox at the
same time in this process (the outbox's own status claims guard against other processes).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import alerts
from storage import Database

log = logging.getLogger(__name__)


def _call(name: str, *args: Any, **kwargs: Any) -> Any:
    func = getattr(alerts, name, None)
    if func is None:
        log.debug("alerts.%s is not available; skipped", name)
        return None
    return func(*args, **kwargs)


class Alerting:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.lock = threading.Lock()

    def after_crawl(self, config: Any) -> None:
        """Group new figures into events, write the outbox and deliver; then source-health alerts."""
        with self.lock:
            result = _call("run_alert_cycle", self.db, config.alerts)
            if result is not None:
                log.info("alert cycle: %s", _brief(result))
            _call("health_alerts", self.db, config.alerts, failing_after=config.crawl.failing_after)

    def deliver(self, config: Any) -> None:
        with self.lock:
            result = _call("deliver_pending", self.db, config.alerts)
            if result:
                log.info("delivery: %s", _brief(result))

    def digest(self, config: Any) -> None:
        with self.lock:
            _call("send_digest", self.db, config.alerts)

    @staticmethod
    def has_digest() -> bool:
        return hasattr(alerts, "send_digest")


def _brief(result: Any) -> str:
    as_dict = getattr(result, "as_dict", None)
    return str(as_dict() if callable(as_dict) else result)
