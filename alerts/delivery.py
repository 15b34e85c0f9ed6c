"""Delivering the outbox with apprise, per target, with backoff; a failed send never raises.

Each row goes through three short steps, each its own transaction or none:

1. *claim*: ``pending``/``failed`` and due → ``sending``, attempts + 1, ``next_attempt_at`` = now + lease
   (conditional on the row being as it was read, so two deliverers never claim the same row; on PostgreSQL the row
   is locked ``FOR UPDATE SKIP LOCKED`` first, so deliverers on several cluster workers pass over the rows another
   one is claiming instead of queueing behind its lock);
2. *send* with apprise (no transaction open);
3. *mark*: ``sent`` with ``sent_at``, or ``failed`` with the masked reason and the next attempt (backoff).

Crash policy (the narrow "sent but not marked" window): a row found in ``sending`` whose lease has
expired is claimed and sent again. A crash before or during step 2 therefore loses nothing; a crash after
the target accepted the message but before step 3 committed sends it a second time once the lease expires.
We choose at-least-once over at-most-once: a duplicate ping is better than a lost one, and the window is
one database commit wide. Rows are never given up: the backoff is capped at ``retry_max``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import apprise
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from alerts.masking import mask_text, target_id
from alerts.outbox import target_format
from alerts.routing import all_urls, delivery_configs
from alerts.timing import backoff, quiet_until
from core.config import AlertsConfig
from storage.db import Database
from storage.models import Alert
from storage.types import utcnow

log = logging.getLogger(__name__)

MAX_PARALLEL_TARGETS = 8
_REPORT_LOCK = threading.Lock()
Fence = Callable[[], bool]  # True while this process may still send (it holds the service's instance lock)


class LockLost(Exception):
    """The fence said no: another process may own the outbox now, so this one must not send another row."""


@dataclass
class TargetResult:
    target: str  # the masked label
    ok: bool
    error: str | None = None


@dataclass
class DeliveryReport:
    sent: int = 0
    failed: int = 0
    deferred: int = 0
    per_target: dict[str, dict[str, int]] = field(default_factory=dict)

    def count(self, label: str, outcome: str) -> None:
        with _REPORT_LOCK:
            self._count(label, outcome)

    def _count(self, label: str, outcome: str) -> None:
        bucket = self.per_target.setdefault(label, {"sent": 0, "failed": 0, "deferred": 0})
        bucket[outcome] += 1
        setattr(self, outcome, getattr(self, outcome) + 1)


def configured_targets(cfg: AlertsConfig) -> dict[str, str]:
    """target id → apprise URL, for subscribers, routed targets and admins."""
    return {target_id(u): u for u in all_urls(cfg)}


def secrets_of(cfg: AlertsConfig) -> list[str]:
    return all_urls(cfg)


def with_overflow(url: str, mode: str | None) -> str:
    """Ask apprise to split or trim bodies longer than the target allows, unless the URL says otherwise."""
    if not mode or "overflow=" in url:
        return url
    return f"{url}{'&' if '?' in url else '?'}overflow={mode}"


def _reasons(result) -> list[str]:
    """The warnings apprise logged for this one call (apprise ≥ 2 keeps them on the result, so targets
    sent from parallel threads never see each other's errors)."""
    logs = getattr(result, "logs", None)
    if not callable(logs):
        return []
    return [e.message for e in logs() if e.level in ("WARNING", "ERROR", "CRITICAL")]


def send(url: str, title: str, body: str, cfg: AlertsConfig) -> tuple[bool, str | None]:
    """One apprise notification to one URL; (ok, masked reason). Never raises."""
    secrets = secrets_of(cfg) + [url]
    try:
        notifier = apprise.Apprise()
        if not notifier.add(with_overflow(url, cfg.overflow)):
            return False, "not a valid apprise URL (check its scheme and fields)"
        result = notifier.notify(body=body, title=title, body_format=target_format(url))
        if result:
            return True, None
        return False, mask_text("; ".join(_reasons(result)) or "the target refused the notification", secrets)[:1000]
    except Exception as exc:  # noqa: BLE001 - a plugin bug must not stop the other targets
        return False, mask_text(f"{type(exc).__name__}: {exc}", secrets)[:1000]


def due_rows(session: Session, now: datetime, limit: int) -> list[Alert]:
    waiting = Alert.status.in_(("pending", "failed", "sending"))  # sending: only once its lease expired
    return list(session.scalars(
        select(Alert).where(waiting, or_(Alert.next_attempt_at.is_(None), Alert.next_attempt_at <= now))
        .order_by(Alert.next_attempt_at, Alert.id).limit(limit)
    ))


def claim(db: Database, row: Alert, now: datetime, lease: timedelta) -> bool:
    """Mark the row ``sending`` before the send; False when another deliverer got there first (or is claiming it)."""
    unchanged = (Alert.id == row.id, Alert.status == row.status, Alert.attempts == row.attempts)
    stmt = update(Alert).values(status="sending", attempts=Alert.attempts + 1, next_attempt_at=now + lease)
    if db.engine.dialect.name == "postgresql":
        # a row another deliverer holds is skipped at once: its claim commits in a moment, and waiting for it
        # would only find the row taken; the conditions are checked again on the locked row
        locked = select(Alert.id).where(*unchanged).with_for_update(skip_locked=True).scalar_subquery()
        stmt = stmt.where(Alert.id == locked)
    else:  # SQLite: one writer at a time, the conditional UPDATE alone is the claim
        stmt = stmt.where(*unchanged)
    with db.session() as session:
        return session.execute(stmt).rowcount == 1


def mark(db: Database, row_id: int, ok: bool, error: str | None, now: datetime, cfg: AlertsConfig) -> None:
    with db.session() as session:
        row = session.get(Alert, row_id)
        if ok:
            row.status, row.sent_at, row.next_attempt_at, row.last_error = "sent", now, None, None
        else:
            wait = backoff(row.attempts, cfg.retry_base, cfg.retry_max)
            row.status, row.last_error, row.next_attempt_at = "failed", error, now + wait


def defer(db: Database, row_id: int, until: datetime) -> None:
    with db.session() as session:
        session.execute(update(Alert).where(Alert.id == row_id).values(next_attempt_at=until))


def deliver_one(
    db: Database, row: Alert, url: str | None, cfg: AlertsConfig, now: datetime, report: DeliveryReport, quiet: bool,
    fence: Fence | None = None,
) -> str:
    """Send one row; its outcome: sent, failed, deferred or skipped (claimed by someone else).

    ``fence`` is asked right before the claim: a service that lost its lock stops before touching the row.
    """
    if fence is not None and not fence():
        raise LockLost("the service lost its instance lock; not sending")
    urgent = row.kind in cfg.urgent or not quiet
    hold = None if urgent else quiet_until(now, cfg.quiet_hours, cfg.timezone)
    if hold is not None:
        defer(db, row.id, hold)
        report.count(row.target_label, "deferred")
        return "deferred"
    if not claim(db, row, now, cfg.send_lease):
        return "skipped"
    if url is None:
        ok, error = False, "target no longer configured (kept until it is configured again or retried)"
    else:
        ok, error = send(url, row.title, row.body, cfg)
    mark(db, row.id, ok, error, now, cfg)
    report.count(row.target_label, "sent" if ok else "failed")
    if ok:
        log.info("alert %s sent to %s", row.id, row.target_label)
    else:
        log.warning("alert %s to %s failed (attempt %d): %s", row.id, row.target_label, row.attempts + 1, error)
    return "sent" if ok else "failed"


def deliver_target(db: Database, rows: list[Alert], url: str | None, cfg: AlertsConfig, now: datetime,
                   report: DeliveryReport, quiet: bool, fence: Fence | None = None) -> None:
    """One target's due rows in order; after a failure the rest wait for the next run untried (a target
    that is down costs one attempt per run, not one timeout per queued alert)."""
    for row in rows:
        if deliver_one(db, row, url, cfg, now, report, quiet, fence) == "failed":
            return


def deliver_pending(
    db: Database, alerts_config: AlertsConfig, *, now: datetime | None = None, limit: int = 500,
    quiet_hours: bool = True, fence: Fence | None = None,
) -> DeliveryReport:
    """Send every due outbox row to its own target; failures are recorded and retried later, never raised.

    Non-urgent rows falling due in ``quiet_hours`` are pushed to the end of the quiet period
    (``quiet_hours=False``: send them anyway, as `swapwatch alerts retry` does). With a ``fence``, it is
    checked before each row and ``LockLost`` is raised once it says no (after every worker stopped).
    """
    now = now or utcnow()
    report = DeliveryReport()
    targets = configured_targets(alerts_config)
    per_target = delivery_configs(alerts_config)  # a routed target's own quiet hours
    with db.session() as session:
        rows = due_rows(session, now, limit)
    by_target: dict[str, list[Alert]] = {}
    for row in rows:
        by_target.setdefault(row.target, []).append(row)
    if not by_target:
        return report
    # one worker per target: a slow or hanging target never holds up the others
    with ThreadPoolExecutor(max_workers=min(len(by_target), MAX_PARALLEL_TARGETS)) as pool:
        futures = [pool.submit(deliver_target, db, target_rows, targets.get(target),
                               per_target.get(target, alerts_config), now, report, quiet_hours, fence)
                   for target, target_rows in by_target.items()]
    errors = [f.exception() for f in futures]
    lost = next((e for e in errors if isinstance(e, LockLost)), None)
    if lost is not None:
        raise lost
    for error in errors:
        if error is not None:  # a database error; the rows stay due for the next run
            log.error("delivery to one target stopped: %s", mask_text(str(error), secrets_of(alerts_config)))
    return report


def send_test(alerts_config: AlertsConfig, urls: list[str] | None = None) -> list[TargetResult]:
    """Send a test message to every subscriber and admin target (or just ``urls``) now, no outbox;
    per-target success."""
    from alerts.outbox import target_label

    results = []
    for url in dict.fromkeys(secrets_of(alerts_config) if urls is None else urls):
        # an admin_urls-only target gets operator notices only: promising it exchange alerts would be untrue
        notices_only = url in alerts_config.admin_urls and url not in alerts_config.urls
        what = "operator notices (source health, data checks)" if notices_only else "exchange alerts"
        ok, error = send(url, "swapwatch test alert",
                         f"This is a test message from swapwatch: this target will receive {what}.", alerts_config)
        results.append(TargetResult(target_label(url), ok, error))
    return results
