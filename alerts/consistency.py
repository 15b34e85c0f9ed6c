"""Consistency warnings of the running-total series are the operator's concern, not the readers'.

"the exchange count skips from 65 to 70" usually means the archive is missing exchanges (a first crawl,
a source added late), which a reader can do nothing about. Readers' alerts leave them out; the operator
gets one notice per event and wording on ``admin_urls``, and the daily digest lists them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.orm import Session

from alerts.messages import plain_message
from alerts.outbox import enqueue
from alerts.series import day_text, event_warnings
from core.config import AlertsConfig
from storage.models import ExchangeEvent

KIND = "consistency"


def queue_warning_notices(session: Session, cfg: AlertsConfig, events: Iterable[ExchangeEvent], now: datetime) -> int:
    """One ``admin_urls`` row per event whose warnings are new or changed; the number of rows written."""
    if not cfg.admin_urls:
        return 0
    written = 0
    for event in events:
        texts = event_warnings(event)
        if not texts:
            continue
        # the key changes with the wording, so a warning that comes back in other words is sent again, once
        digest = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:16]
        title = f"swapwatch: check the running totals near event #{event.id} ({day_text(event.event_date)})"
        body = "\n\n".join(texts) + f"\n\nswapwatch event {event.id} shows its claims and sources."
        written += enqueue(session, key=f"{KIND}:{event.id}:{digest}", kind=KIND, urls=cfg.admin_urls, now=now,
                           render=lambda fmt, t=title, b=body: plain_message(t, b, fmt))
    return written
