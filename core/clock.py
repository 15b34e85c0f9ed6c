"""Times of day and zones as the config writes them: ``HH:MM``, ``HH:MM-HH:MM`` quiet hours, IANA zone names.

``[alerts]`` and each ``[[alerts.targets]]`` take these fields from here, so the two accept and refuse the same
text with the same message.
"""

from __future__ import annotations

import re
from datetime import time
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator

__all__ = ["Clock", "QuietHours", "Zone", "check_quiet_hours", "check_zone", "parse_clock", "quiet_window"]

_HHMM = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


def parse_clock(value: object) -> time:
    """``"08:00"`` → time."""
    m = _HHMM.fullmatch(str(value).strip())
    if not m:
        raise ValueError(f"invalid time of day {value!r} (use HH:MM)")
    return time(int(m.group(1)), int(m.group(2)))


def quiet_window(value: str) -> tuple[time, time]:
    """``"22:00-07:00"`` → (start, end); the window may cross midnight."""
    start, sep, end = value.partition("-")
    if not sep:
        raise ValueError(f"invalid quiet_hours {value!r} (use HH:MM-HH:MM)")
    return parse_clock(start), parse_clock(end)


def check_quiet_hours(value: str | None) -> str | None:
    """A valid quiet-hours text passes unchanged; anything else is a ValueError."""
    if value is not None:
        quiet_window(value)
    return value


def check_zone(value: str | None) -> str | None:
    """An IANA zone name zoneinfo knows passes unchanged."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if value is None:
        return None
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r} (use e.g. UTC, Europe/Kyiv)") from None
    return value


Clock = Annotated[time, BeforeValidator(parse_clock)]
QuietHours = Annotated[str, AfterValidator(check_quiet_hours)]
Zone = Annotated[str, AfterValidator(check_zone)]
