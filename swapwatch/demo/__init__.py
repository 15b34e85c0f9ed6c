"""Demo material: a local news site (feeds, sitemaps, listing, Telegram preview, faults) and sample articles."""

from __future__ import annotations

from typing import Any

__all__ = ["FAULTS", "LoggedRequest", "NewsSite", "load_records"]


def __getattr__(name: str) -> Any:
    # lazy, so `python -m swapwatch.demo.site` does not find its module imported before it runs
    if name in __all__:
        from swapwatch.demo import site

        return getattr(site, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
