"""`swapwatch alerts explain EVENT_ID`: which targets an event's alerts go to, and why the others are skipped."""

from __future__ import annotations

from sqlalchemy import select

from alerts.claims import load_event_claims
from alerts.masking import target_id
from alerts.outbox import target_label
from alerts.routing import EventFacts, routes, skip_reason
from core.config import AlertsConfig
from core.routes import ALERT_KINDS
from storage.db import Database
from storage.models import Alert, ExchangeEvent


def _outbox(rows: list[Alert], target: str) -> list[str]:
    """This target's rows for the event, as ``kind rN status`` (the revision from the idempotency key)."""
    out = []
    for row in rows:
        if row.target == target:
            revision = next((p for p in row.idempotency_key.split(":") if p.startswith("r") and p[1:].isdigit()), "")
            out.append(" ".join(part for part in (row.kind, revision, row.status) if part))
    return out


def _event_line(event: ExchangeEvent, facts: EventFacts) -> dict:
    langs = sorted({lang for langs in facts.outlet_langs.values() for lang in langs})
    return {
        "id": event.id, "conflict": event.conflict, "event_date": event.event_date, "revision": event.revision,
        "announced": event.signature is not None,
        "figures": [{"kind": f.kind, "side": f.side, "value": f.value, "approx": f.approx} for f in facts.figures],
        "outlets": sorted(facts.outlet_langs), "languages": langs,
    }


def explain_event(db: Database, cfg: AlertsConfig, event_id: int) -> dict | None:
    """The event and, per target, the alert kinds it receives for it, why it skips the others, and its outbox
    rows for the event. Judged on the event's figures as they stand now; None when no such event."""
    with db.session() as session:
        event = session.get(ExchangeEvent, event_id)
        if event is None:
            return None
        facts = EventFacts.of(event.conflict, load_event_claims(session, event_id), None, cfg.min_confidence)
        rows = list(session.scalars(select(Alert).where(Alert.event_id == event_id).order_by(Alert.id)))
        head = _event_line(event, facts)
    targets = []
    for target in routes(cfg):
        reasons = {kind: skip_reason(target, kind, facts, cfg) for kind in ALERT_KINDS}
        # the reasons behind the kinds it asked for: "subscribed to … only" for the rest is in `subscribed`
        why = [reasons[k] for k in target.alerts if reasons[k] is not None]
        targets.append({
            "name": target.name, "target": target_label(target.url), "subscribed": list(target.alerts),
            "receives": [k for k, why in reasons.items() if why is None],
            "skipped": {k: why for k, why in reasons.items() if why is not None},
            "why_not": "; ".join(dict.fromkeys(why)),
            "outbox": _outbox(rows, target_id(target.url)),
        })
    return {"event": head, "targets": targets}
