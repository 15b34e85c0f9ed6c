"""Scheduling decisions as pure functions of "now", so they can be tested with a frozen clock.

A restart must neither crawl every source at once nor skip one that was due: the next-run times are
persisted (see ``storage.schedule``) and ``first_run`` turns a persisted time back into a start time.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

# due sources after a restart are started this far apart at most, so they are not all fetched at once
MAX_STAGGER = timedelta(seconds=10)


def effective_jitter(interval: timedelta, jitter: timedelta) -> float:
    """Seconds of random delay added to each run: the configured jitter, but at most a fifth of the interval.

    Without the cap a 2-minute default jitter would swamp a 45-second interval.
    """
    return max(0.0, min(jitter.total_seconds(), interval.total_seconds() / 5))


def misfire_grace(interval: timedelta) -> int | None:
    """How late a crawl may start and still run: always (None), however late.

    Crawls run one at a time, so a source's run can wait in the queue behind a slow crawl for longer
    than its interval; dropping it then would skip a source that was due. ``coalesce`` already folds
    any number of missed runs into one, so running late never means running twice.
    """
    return None


def stagger(slot: int, shortest_interval: timedelta, count: int) -> timedelta:
    """The offset of the ``slot``-th source started together: spread over at most a quarter interval."""
    if count <= 1:
        return timedelta(0)
    spacing = min(MAX_STAGGER, shortest_interval / 4 / count)
    return spacing * slot


def first_run(
    now: datetime,
    persisted: datetime | None,
    interval: timedelta,
    jitter_seconds: float,
    offset: timedelta = timedelta(0),
    rng: random.Random | None = None,
) -> datetime:
    """When a source's job should first run after the service (re)starts.

    - planned and still in the future: keep the plan (capped at one interval + jitter from now, in
      case the interval was shortened while the service was down);
    - planned but due or overdue (the service was down, or died mid-crawl): soon, at ``now + offset``;
    - never planned (a new source): ``now + offset`` plus a random part of the jitter.
    """
    if persisted is not None:
        if persisted > now:
            return min(persisted, now + interval + timedelta(seconds=jitter_seconds))
        return now + offset
    extra = (rng or random).uniform(0, jitter_seconds) if jitter_seconds else 0.0
    return now + offset + timedelta(seconds=extra)


def plan_starts(
    now: datetime,
    intervals: dict[str, timedelta],
    persisted: dict[str, datetime],
    jitter: timedelta,
    rng: random.Random | None = None,
) -> dict[str, datetime]:
    """First-run times for every source (name → time); due and new sources are staggered."""
    if not intervals:
        return {}
    shortest = min(intervals.values())
    waiting = [n for n in intervals if persisted.get(n) is None or persisted[n] <= now]
    # overdue first (longest overdue first), then new sources in config order
    waiting.sort(key=lambda n: (persisted.get(n) is None, persisted.get(n) or now))
    slots = {name: i for i, name in enumerate(waiting)}
    starts = {}
    for name, interval in intervals.items():
        offset = stagger(slots.get(name, 0), shortest, len(waiting))
        starts[name] = first_run(now, persisted.get(name), interval, effective_jitter(interval, jitter), offset, rng)
    return starts
