"""Reading the ``[alerts]`` settings from any config object (duck-typed), with the documented defaults.

``alerts`` never imports ``swapwatch``; the scheduler and the CLI pass ``swapwatch.config.AlertsConfig``,
tests may pass a SimpleNamespace holding only what they vary.
"""

from __future__ import annotations

from datetime import timedelta

DEFAULTS = {
    "urls": [],
    "admin_urls": [],
    "new_event": True,
    "revision": True,
    "total": True,
    "min_sources": 1,
    "digest": None,
    "digest_only": False,
    "quiet_hours": None,
    "timezone": "UTC",
    "urgent": ["new_event"],
    "templates": None,
    "retry_base": timedelta(minutes=1),
    "retry_max": timedelta(hours=1),
    "send_lease": timedelta(minutes=10),
    "overflow": "split",
    "silent_after": timedelta(days=2),
    "max_event_age": timedelta(days=7),
}


def opt(cfg, name: str):
    """``cfg.name``, or its default when the config object does not have it."""
    value = getattr(cfg, name, DEFAULTS[name])
    return DEFAULTS[name] if value is None and DEFAULTS[name] is not None else value
