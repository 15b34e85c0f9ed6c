"""The outbox: alert rows written in the same transaction as the change that caused them.

One row per message per target. The idempotency key names the change and the target, e.g.
``event:12:r3:<target>``, so writing the same change twice (a restart, a re-run, a second process)
adds nothing: the key is unique in the table.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import lru_cache

import apprise
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from alerts.masking import mask_url, target_id
from alerts.messages import FORMATS, Message
from storage.db import Database
from storage.models import Alert

log = logging.getLogger(__name__)


@lru_cache(maxsize=256)
def _plugin(url: str):
    return apprise.Apprise.instantiate(url, suppress_exceptions=True)


def target_format(url: str) -> str:
    """The body format a target prefers (apprise plugins list theirs, preferred first; ``?format=`` overrides)."""
    plugin = _plugin(url)
    if not plugin:
        return "text"
    # apprise ≥ 2 resolves `?format=` and multi-format plugins itself; older ones expose a single format
    resolve = getattr(plugin, "resolve_format", None)
    preferred = resolve(None) if resolve else plugin.notify_format
    if isinstance(preferred, tuple | list):
        preferred = preferred[0] if preferred else "text"
    value = getattr(preferred, "value", preferred)
    return value if value in FORMATS else "text"


def target_label(url: str) -> str:
    """A URL fit to show: apprise's privacy rendering (secrets starred, its default options dropped),
    masked again for good measure."""
    plugin = _plugin(url)
    try:
        shown = plugin.url(privacy=True).split("?", 1)[0] if plugin else url
    except Exception:  # noqa: BLE001 - a plugin that cannot render itself still gets a masked label
        shown = url
    return mask_url(shown)[:500]


def exists(session: Session, key: str) -> bool:
    return session.scalar(select(Alert.id).where(Alert.idempotency_key == key)) is not None


def enqueue(
    session: Session,
    *,
    key: str,
    kind: str,
    urls: Iterable[str],
    render: Callable[[str], Message],
    now: datetime,
    event_id: int | None = None,
) -> int:
    """Write one pending row per target for the change named ``key``; rows already there are left alone.

    Returns the number of rows written. Bodies are rendered once per format, in each target's format.
    """
    rendered: dict[str, Message] = {}
    written = 0
    for url in dict.fromkeys(urls):  # a URL listed twice is one target
        row_key = f"{key}:{target_id(url)}"
        if exists(session, row_key):
            continue
        fmt = target_format(url)
        if fmt not in rendered:
            rendered[fmt] = render(fmt)
        message = rendered[fmt]
        session.add(Alert(
            idempotency_key=row_key, event_id=event_id, kind=kind, target=target_id(url),
            target_label=target_label(url), title=message.title, body=message.body, status="pending",
            attempts=0, next_attempt_at=now, created_at=now,
        ))
        written += 1
    if written:
        session.flush()
        log.info("outbox: %d %s alert(s) for %s", written, kind, key)
    return written


def outbox_rows(db: Database, *, status: str | None = None, limit: int = 50) -> list[dict]:
    """The newest outbox rows as plain dicts (what `swapwatch alerts list` shows); never a secret."""
    stmt = select(Alert).order_by(Alert.id.desc()).limit(limit)
    if status:
        stmt = stmt.where(Alert.status == status)
    with db.session() as session:
        rows = list(session.scalars(stmt))
    return [
        {"id": r.id, "kind": r.kind, "status": r.status, "target": r.target_label, "event_id": r.event_id,
         "attempts": r.attempts, "next_attempt_at": r.next_attempt_at, "created_at": r.created_at,
         "sent_at": r.sent_at, "last_error": r.last_error, "title": r.title}
        for r in rows
    ]


def force_due(db: Database, *, now: datetime, ids: Iterable[int] = (), include_sending: bool = False) -> int:
    """Make pending/failed rows (optionally stuck ``sending`` ones too) due ``now``; how many were changed."""
    statuses = ("pending", "failed", "sending") if include_sending else ("pending", "failed")
    stmt = update(Alert).where(Alert.status.in_(statuses)).values(status="pending", next_attempt_at=now)
    ids = list(ids)
    if ids:
        stmt = stmt.where(Alert.id.in_(ids))
    with db.session() as session:
        return session.execute(stmt).rowcount
