"""A source as the crawler sees it: the config's fields plus its stored conditional-GET validators."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta

from core.config import SourceConfig

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
        cls, source: SourceConfig, source_id: int | None = None, etag: str | None = None,
        last_modified: str | None = None,
    ) -> SourceSpec:
        return cls(
            name=source.name,
            source_id=source_id,
            url=source.url,
            type=source.type,
            lang=source.lang,
            max_age=source.max_age,
            allow=tuple(source.follow.allow),
            deny=tuple(source.follow.deny),
            headers=dict(source.headers),
            etag=etag,
            last_modified=last_modified,
            backfill_pages=source.backfill_pages,
        )

    def follows(self, url: str) -> bool:
        """Does a link on a listing page look like an article of this source?"""
        if any(re.search(p, url) for p in self.deny):
            return False
        return any(re.search(p, url) for p in self.allow) if self.allow else True
