"""Source-health alerts for the admins (``admin_urls``), never the subscribers.

A source is reported when it failed ``failing_after`` crawls in a row, is blocked, or has had no successful
crawl for longer than it should. Each problem is reported once per episode: the key names the source, the
problem and the last success, so the next report needs a success in between.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import select

from alerts.masking import mask_text
from alerts.messages import plain_message
from alerts.outbox import enqueue
from alerts.update import serialise
from core.config import FAILING_AFTER, AlertsConfig
from storage.db import Database
from storage.models import Source
from storage.types import utcnow

log = logging.getLogger(__name__)


def problem_of(
    source: Source, now: datetime, failing_after: int, silent_after: timedelta | None
) -> tuple[str, str] | None:
    """(problem, explanation) or None for a healthy source."""
    error = mask_text(source.last_error or "no error recorded")[:300]
    problem = source.problem(failing_after)
    if problem == "blocked":
        return "blocked", f"the site blocks the crawler (last error: {error})"
    if problem == "failing":
        return "failing", f"{source.consecutive_failures} crawls in a row failed (last error: {error})"
    since = source.last_success_at or source.created_at
    if silent_after is not None and since is not None and now - since > silent_after:
        when = source.last_success_at.strftime("%d %b %Y %H:%M UTC") if source.last_success_at else "ever"
        return "silent", f"no successful crawl since {when} (expected within {silent_after})"
    return None


def _limit(source: Source, silent_after, default: timedelta) -> timedelta | None:
    """How long ``source`` may go without a success; a mapping names the configured sources, so one
    missing from it (removed from the config, disabled) is never reported silent."""
    if isinstance(silent_after, Mapping):
        return silent_after.get(source.name)
    return silent_after or default


def health_alerts(
    db: Database,
    alerts_config: AlertsConfig,
    *,
    now: datetime | None = None,
    failing_after: int = FAILING_AFTER,
    silent_after: timedelta | Mapping[str, timedelta] | None = None,
) -> int:
    """Write outbox rows for unhealthy sources to ``admin_urls``; the number of rows written.

    ``silent_after``: one limit for all, or {source name: limit} (e.g. three times each source's
    interval) — then only the sources named are checked for silence. Default: ``[alerts] silent_after``.
    """
    admins = alerts_config.admin_urls
    if not admins:
        return 0
    now = now or utcnow()
    default = alerts_config.silent_after
    written = 0
    with db.session() as session:
        serialise(session)  # two processes never write the same problem twice
        for source in session.scalars(select(Source).order_by(Source.id)):
            found = problem_of(source, now, failing_after, _limit(source, silent_after, default))
            if found is None:
                continue
            problem, why = found
            episode = source.last_success_at.isoformat() if source.last_success_at else "never"
            title, text = f"swapwatch: source {source.name!r} is {problem}", f"{source.name}: {why}."
            written += enqueue(session, key=f"health:{source.id}:{problem}:{episode}", kind="health", urls=admins,
                               now=now, render=lambda fmt, t=title, x=text: plain_message(t, x, fmt))
    return written
