"""When things are due: retry backoff, quiet hours and the daily digest, all computed from a given "now"."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from core.clock import quiet_window


def backoff(attempts: int, base: timedelta, cap: timedelta) -> timedelta:
    """Exponential: base, 2·base, 4·base, … after the 1st, 2nd, 3rd failed attempt, never beyond ``cap``."""
    if attempts <= 0:
        return timedelta(0)
    # the exponent is bounded so a long outage cannot overflow timedelta
    return min(base * (2 ** min(attempts - 1, 30)), cap)


def parse_quiet_hours(spec: str | None) -> tuple[time, time] | None:
    """The config's quiet hours (validated there by the same ``quiet_window``) as (start, end), or None."""
    return quiet_window(spec) if spec else None


def quiet_until(now: datetime, spec: str | None, zone: str = "UTC") -> datetime | None:
    """The end of the quiet period ``now`` falls in (aware UTC), or None when it is not quiet.

    ``"22:00-07:00"`` spans midnight; a window whose start equals its end is empty.
    """
    window = parse_quiet_hours(spec)
    if window is None:
        return None
    start, end = window
    local = now.astimezone(ZoneInfo(zone))
    t = local.time()
    if start == end:
        return None
    if start < end:
        inside = start <= t < end
        end_day = local.date()
    else:
        inside = t >= start or t < end
        end_day = local.date() + timedelta(days=1) if t >= start else local.date()
    if not inside:
        return None
    end_local = datetime.combine(end_day, end, tzinfo=ZoneInfo(zone))
    return end_local.astimezone(UTC)


def digest_window(now: datetime, at: time | None, zone: str = "UTC") -> tuple[date, datetime, datetime] | None:
    """The digest due at or before ``now``: (its local day, window start, window end), or None before the first.

    The window is the 24 hours before today's digest time; before today's time nothing is due yet
    (yesterday's digest covers the day before).
    """
    if at is None:
        return None
    tz = ZoneInfo(zone)
    local = now.astimezone(tz)
    end_local = datetime.combine(local.date(), at, tzinfo=tz)
    if local < end_local:
        return None
    end = end_local.astimezone(UTC)
    start = (end_local - timedelta(days=1)).astimezone(UTC)
    return local.date(), start, end
