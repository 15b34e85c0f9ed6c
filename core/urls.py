"""URL text from the configuration: the alert URL list of the environment and relative SQLite paths."""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["resolve_sqlite_url", "split_urls"]

# a comma or whitespace that starts the next URL (``scheme://``): the rule apprise's own ``parse_urls`` uses, so
# ``mailto://…?to=a@x,b@y`` stays one URL. Written here because the ground floor imports no apprise;
# tests/test_libraries.py holds it to apprise's result.
_URL_START = re.compile(r"[\s,]+(?=[a-z][a-z0-9+.-]*://)", re.IGNORECASE)


def split_urls(text: str) -> list[str]:
    """``SWAPWATCH_ALERT_URLS`` → apprise URLs; commas inside a URL (``?to=a@x,b@y``) are kept."""
    return [u.strip(" ,\t\n") for u in _URL_START.split(text.strip()) if u.strip(" ,\t\n")]


_SQLITE_URL = re.compile(r"^(sqlite(?:\+\w+)?:///)([^?]*)(\?.*)?$")


def resolve_sqlite_url(url: str, base: Path) -> str:
    """A relative SQLite path in ``url`` made absolute against ``base`` (the config file's folder).

    As urlwatch and every tool with a config file do: ``sqlite:///live.db`` in ``/srv/live/swapwatch.toml``
    means ``/srv/live/live.db`` whichever directory the command runs from.
    """
    m = _SQLITE_URL.match(url)
    if not m or not m.group(2) or m.group(2) == ":memory:" or m.group(2).startswith("file:"):
        return url
    path = Path(m.group(2)).expanduser()
    if path.is_absolute():
        return url
    return f"{m.group(1)}{(base / path).resolve()}{m.group(3) or ''}"
