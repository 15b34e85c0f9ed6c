"""The JSON shapes of the archive's answers, defined once for the CLI (`swapwatch event --format json`)
and the web API (`/api/v1/events/{id}`), so the two can never describe the same event differently.

Shapes only grow: a key once published keeps its name and meaning (DESIGN.md, "add, don't break").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Alert, Article
from storage.queries import EventReport

_REVISION = re.compile(r"^event:\d+:r(\d+):")


def claim_dicts(report: EventReport, articles: dict[int, dict] | None = None) -> list[dict]:
    """Every claim of the event in the figures' order: value, outlet, URL, evidence and language.

    A syndicated copy (``duplicate``) is listed but, as in the alert, never counted (nor ``chosen``).
    """
    articles = articles or {}
    chosen = {(f.kind, f.side): f.value for f in report.figures}
    held = {(f.kind, f.side) for f in report.figures if f.held}
    order = {(f.kind, f.side): i for i, f in enumerate(report.figures)}
    claims = []
    for c in sorted(report.claims, key=lambda c: order.get((c.kind, c.side), len(order))):
        article = articles.get(c.article_id or 0, {})
        claims.append({"kind": c.kind, "side": c.side, "value": c.value, "approx": c.approx,
                       "chosen": not c.duplicate and c.value == chosen.get((c.kind, c.side)),
                       "duplicate": c.duplicate, "outlet": c.outlet, "url": c.url, "evidence": c.evidence,
                       "article_id": c.article_id, "lang": article.get("lang"), "title": article.get("title"),
                       "published": article.get("published"), "role": c.role, "confidence": c.confidence,
                       # the claim behind a figure the alerts hold (one unsure outlet)
                       "held": (c.kind, c.side) in held and c.value == chosen.get((c.kind, c.side))})
    return claims


def claim_articles(session: Session, article_ids: Iterable[int | None]) -> dict[int, dict]:
    """Language, title and date of the articles behind some claims, read in one query."""
    ids = sorted({i for i in article_ids if i})
    if not ids:
        return {}
    rows = session.execute(select(Article.id, Article.lang, Article.title, Article.published)
                           .where(Article.id.in_(ids)))
    return {r.id: {"lang": r.lang, "title": r.title, "published": r.published} for r in rows}


def event_history(session: Session, event_id: int) -> list[dict]:
    """The event's revisions as its alerts announced them, oldest first, one entry per revision.

    The outbox is the record of what changed: each revision's message says it, once per target.
    """
    rows = session.execute(
        select(Alert.idempotency_key, Alert.kind, Alert.title, Alert.body, Alert.status, Alert.target_label,
               Alert.created_at, Alert.sent_at, Alert.id)
        .where(Alert.event_id == event_id).order_by(Alert.id)
    ).all()
    revisions: dict[int, dict] = {}
    for row in rows:
        found = _REVISION.match(row.idempotency_key)
        number = int(found.group(1)) if found else 0
        entry = revisions.setdefault(number, {"revision": number, "kind": row.kind, "title": row.title,
                                              "body": row.body, "created_at": row.created_at, "alerts": []})
        entry["alerts"].append({"id": row.id, "target": row.target_label, "status": row.status,
                                "sent_at": row.sent_at})
    return [revisions[n] for n in sorted(revisions)]


def event_detail(session: Session, report: EventReport, *, history: bool = False) -> dict:
    """One event in full: the ``swapwatch events`` object plus every claim and the warnings
    (and, with ``history``, its revisions and the alerts sent for each)."""
    articles = claim_articles(session, (c.article_id for c in report.claims))
    data = report.as_dict() | {"claims": claim_dicts(report, articles), "warnings": report.warning_list}
    if history:
        data["revisions"] = event_history(session, report.id)
    return data
