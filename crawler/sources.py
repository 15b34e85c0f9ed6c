"""A source as the crawler sees it: the config's fields plus its stored conditional-GET validators."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

DEFAULT_MAX_AGE = timedelta(days=3)
DEFAULT_BACKFILL_PAGES = 10  # Telegram: older preview pages read on a first crawl (~20 posts a page)


@dataclass(frozen=True)
class SourceSpec:
    name: str
    url: str
    source_id: int | None = None
    type: str | None = None  # feed | sitemap | page | telegram; None: detected from the response
    lang: str | None = None
    max_age: timedelta = DEFAULT_MAX_AGE
    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    backfill_pages: int = DEFAULT_BACKFILL_PAGES

    @classmethod
    def from_config(
        cls, source: Any, source_id: int | None = None, etag: str | None = None, last_modified: str | None = None
    ) -> SourceSpec:
        """From a ``SourceConfig`` (or anything with the same attributes)."""
        follow = getattr(source, "follow", None)
        return cls(
            name=source.name,
            source_id=source_id,
            url=source.url,
            type=getattr(source, "type", None),
            lang=getattr(source, "lang", None),
            max_age=getattr(source, "max_age", None) or DEFAULT_MAX_AGE,
            allow=tuple(getattr(follow, "allow", ()) or ()),
            deny=tuple(getattr(follow, "deny", ()) or ()),
            headers=dict(getattr(source, "headers", None) or {}),
            etag=etag,
            last_modified=last_modified,
            backfill_pages=_backfill_pages(source),
        )

    def follows(self, url: str) -> bool:
        """Does a link on a listing page look like an article of this source?"""
        if any(re.search(p, url) for p in self.deny):
            return False
        return any(re.search(p, url) for p in self.allow) if self.allow else True


def _backfill_pages(source: Any) -> int:
    pages = getattr(source, "backfill_pages", None)
    return DEFAULT_BACKFILL_PAGES if pages is None else int(pages)
