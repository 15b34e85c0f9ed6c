"""Intervals and sizes as the config writes them: ``30m``, ``1h30m``, ``2d``, ``10MB``.

Every section of the config takes these fields from here, so all accept and refuse the same text with the same
message.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Annotated

from pydantic import BeforeValidator

__all__ = ["Interval", "Size", "parse_interval", "parse_size", "short_interval"]

_UNITS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600, "d": 86400, "w": 604800}
_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d|w)", re.IGNORECASE)


def parse_interval(value: object) -> timedelta:
    """``"30m"``, ``"1h30m"``, ``"2d"``, ``"45s"`` or a number of seconds → timedelta."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return timedelta(seconds=value)
    text = str(value).strip().replace(" ", "")
    parts = list(_INTERVAL.finditer(text))
    if not parts or "".join(p.group(0) for p in parts).lower() != text.lower():
        raise ValueError(f"invalid interval {value!r} (use e.g. 45s, 30m, 2h, 1d)")
    seconds = sum(float(p.group(1)) * _UNITS[p.group(2).lower()] for p in parts)
    if seconds <= 0:
        raise ValueError(f"interval {value!r} must be longer than zero")
    return timedelta(seconds=seconds)


def short_interval(delta: timedelta) -> str:
    """``30m``, ``1h30m``, ``45s``, ``2d``: the way the config file spells intervals."""
    seconds, out = int(delta.total_seconds()), ""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds >= size:
            out += f"{seconds // size}{unit}"
            seconds %= size
    return out or "0s"


def parse_size(value: object) -> int:
    """``"10MB"``, ``"512KB"`` or a number of bytes → bytes."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*", str(value), re.IGNORECASE)
    if not m:
        raise ValueError(f"invalid size {value!r} (use e.g. 512KB, 10MB)")
    factor = {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3}[(m.group(2) or "b").lower()]
    return int(float(m.group(1)) * factor)


Interval = Annotated[timedelta, BeforeValidator(parse_interval)]
Size = Annotated[int, BeforeValidator(parse_size)]
