"""What ``swapwatch status`` adds in the ``[cluster]`` mode: the live workers, the queue depth, each source's lag."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from storage.types import utcnow

log = logging.getLogger(__name__)
PING_TIMEOUT = 1.0  # seconds to wait for workers' answers


def _masked(url: str) -> str:
    """The broker URL without its password."""
    from kombu.utils.url import maybe_sanitize_url

    return maybe_sanitize_url(url)


def workers_and_depth(cluster: Any) -> tuple[list[str] | None, int | None, str | None]:
    """Names of the workers that answer a ping, the number of crawl messages (batches) waiting, and an error if any."""
    from scheduler.cluster import make_app

    app = make_app(cluster)
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
            depth = conn.default_channel.queue_declare(cluster.queue, passive=True).message_count
    except Exception as exc:  # noqa: BLE001 - an unreachable broker or a queue not yet declared is a status line
        message = str(exc) or type(exc).__name__
        if "NOT_FOUND" in message:  # no worker has declared the queue yet: nothing waits
            depth, message = 0, None
        else:
            return None, None, f"broker unreachable: {_masked(message)}"[:300]
    try:
        answers = app.control.ping(timeout=PING_TIMEOUT) or []
    except Exception as exc:  # noqa: BLE001
        return None, depth, f"cannot ask the workers: {exc}"[:300]
    return sorted(name for answer in answers for name in answer), depth, None


def source_lag(
    interval_seconds: float | None, last_crawl: datetime | None, now: datetime | None = None
) -> float | None:
    """Seconds a source is behind its schedule: time since its last crawl started, minus its interval (never < 0).

    None when it was never crawled (nothing to be behind yet).
    """
    if interval_seconds is None or last_crawl is None:
        return None
    now = now or utcnow()
    return max(0.0, (now - last_crawl).total_seconds() - interval_seconds)


def cluster_status(config: Any, sources: list[dict]) -> dict | None:
    """The cluster block of ``service_status`` (None without ``[cluster]``); adds ``lag`` to each source row."""
    cluster = getattr(config, "cluster", None)
    if cluster is None:
        return None
    by_name = {s.name: s for s in config.sources}
    now = utcnow()
    for row in sources:
        cfg = by_name.get(row["source"])
        interval = config.interval_of(cfg).total_seconds() if cfg and cfg.enabled else None
        row["lag"] = source_lag(interval, row.get("last_crawl"), now)
    workers, depth, error = workers_and_depth(cluster)
    lags = [r["lag"] for r in sources if r.get("lag") is not None]
    return {"broker": _masked(cluster.broker), "queue": cluster.queue, "workers": workers, "queue_depth": depth,
            "max_lag": max(lags) if lags else None, "error": error}
