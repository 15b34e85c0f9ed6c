"""Alert targets checked when the config is loaded, and the outbox rows of targets no longer configured.

apprise reads a URL only when it sends, so a typo (``tgram://bad``) would otherwise pass loading and be
retried forever; checking every URL up front turns it into one line naming the key, as for any bad config.
"""

from __future__ import annotations

import logging

import apprise
from sqlalchemy import select, update

from alerts.masking import mask_url, target_id
from core.config import Config, ConfigError
from storage.db import Database
from storage.models import Alert

WAITING = ("pending", "failed", "sending")
DISCARDED = "discarded"


def _usable(url: str) -> bool:
    # apprise logs each URL it cannot read at ERROR; the caller reports it in one line instead
    logger = logging.getLogger("apprise")
    level, logger.level = logger.level, logging.CRITICAL + 1
    try:
        return apprise.Apprise.instantiate(url, suppress_exceptions=True) is not None
    except Exception:  # noqa: BLE001 - a plugin that raises on a URL cannot use it either
        return False
    finally:
        logger.setLevel(level)


def check_targets(config: Config) -> Config:
    """``config`` unchanged when apprise can use every alert URL; else ConfigError naming the key."""
    for key in ("urls", "admin_urls"):
        for i, url in enumerate(getattr(config.alerts, key)):
            if not _usable(url):
                where = config.path or ("$SWAPWATCH_ALERT_URLS" if key == "urls" else "config")
                raise ConfigError(f"{where}: alerts.{key}[{i}]: apprise cannot use {mask_url(url)!r} "
                                  "(unknown scheme or missing fields; see apprise's URL list)")
    return config


def discard(db: Database, config: Config, *, ids: list[int], removed: bool, failed: bool) -> int:
    """Mark waiting outbox rows ``discarded`` (kept for the record, never sent); the number of rows.

    ``ids``: these rows; ``removed``: rows for targets no longer in the config; ``failed``: every failed row.
    """
    current = {target_id(u) for u in [*config.alerts.urls, *config.alerts.admin_urls]}
    chosen = []
    if ids:
        chosen.append(Alert.id.in_(ids))
    if removed:
        chosen.append(Alert.target.not_in(current) if current else Alert.id.is_not(None))
    if failed:
        chosen.append(Alert.status == "failed")
    if not chosen:
        return 0
    with db.session() as session:
        matched = list(session.scalars(select(Alert.id).where(Alert.status.in_(WAITING), *chosen)))
        if matched:
            session.execute(update(Alert).where(Alert.id.in_(matched)).values(status=DISCARDED, next_attempt_at=None))
    return len(matched)
