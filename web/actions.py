"""The few writes the web allows (admin only): retry, discard or test alert deliveries."""

from __future__ import annotations

import logging

from fastapi import FastAPI, HTTPException
from sqlalchemy import update

from alerts import deliver_pending, mask_text, send_test
from alerts.outbox import force_due
from storage import Alert, utcnow
from web.views import secrets_of

log = logging.getLogger(__name__)


def retry_alert(app: FastAPI, alert_id: int) -> dict:
    """Make one pending or failed row due now and run a delivery, as `swapwatch alerts retry --id` does."""
    db, config = app.state.db, app.state.config
    now = utcnow()
    if not force_due(db, now=now, ids=[alert_id]):
        raise HTTPException(409, f"alert {alert_id} is not waiting for delivery (only pending or failed ones are)")
    report = deliver_pending(db, config.alerts, now=now, quiet_hours=False)
    log.info("web: alert %d retried by the admin", alert_id)
    return {"id": alert_id, "due": True, "sent": report.sent, "failed": report.failed}


def discard_alert(app: FastAPI, alert_id: int) -> dict:
    """Stop retrying a row (a target that is gone for good); it stays in the outbox as ``discarded``."""
    with app.state.db.session() as session:
        changed = session.execute(update(Alert).where(Alert.id == alert_id, Alert.status.in_(("pending", "failed")))
                                  .values(status="discarded", next_attempt_at=None)).rowcount
    if not changed:
        raise HTTPException(409, f"alert {alert_id} is not pending or failed, so there is nothing to discard")
    log.info("web: alert %d discarded by the admin", alert_id)
    return {"id": alert_id, "status": "discarded"}


def test_targets(app: FastAPI) -> dict:
    config = app.state.config
    secrets = secrets_of(config)
    results = send_test(config.alerts)
    return {"results": [{"target": mask_text(r.target, secrets), "ok": r.ok,
                         "error": mask_text(r.error, secrets) if r.error else None} for r in results]}
