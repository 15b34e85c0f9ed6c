"""The local site's Telegram side: channel previews paged with ``?before=``, edits, forwards, broken previews.

A post is a record with ``"where": "telegram"``; optional keys ``channel`` (default: the site's channel),
``post`` (its number; default: derived from the id), ``forwarded_from`` (``"channel/number"``),
``forwarded_name`` and ``edited``. The site answers as ``t.me``, ``telegram.me`` and ``telegram.org`` too when
a client reaches it as an HTTP proxy (tests do, so the crawler's real Telegram URLs never leave the machine):

>>> site.telegram.edit("post-1", "Corrected: 207 defenders returned home.")
>>> site.telegram.disable("closed_hq", how="landing", mirror=False)   # or "telegram_org", "empty"
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from swapwatch.demo import pages
from swapwatch.demo.pages import Record

HOSTS = ("t.me", "telegram.me")
BREAKAGES = ("landing", "telegram_org", "empty")
PAGE_SIZE = 20  # posts per preview page, as on t.me
_PREVIEW = re.compile(r"^/s/(\w{1,64})/?$")
_LANDING = re.compile(r"^/(\w{1,64})/?$")


@dataclass
class Answer:
    status: int
    content_type: str = "text/html; charset=utf-8"
    body: str = ""
    location: str | None = None


class Channels:
    """Which previews are broken and how; rendering of the paged previews."""

    def __init__(self, site: Any, page_size: int = PAGE_SIZE) -> None:  # the NewsSite (which imports this module)
        self.site = site
        self.page_size = page_size
        self._broken: dict[str, tuple[str, bool]] = {}

    def disable(self, channel: str, how: str = "landing", *, mirror: bool = False) -> None:
        """Break ``channel``'s preview at t.me (``mirror``: telegram.me still serves it)."""
        if how not in BREAKAGES:
            raise ValueError(f"unknown breakage {how!r}; known: {', '.join(BREAKAGES)}")
        self._broken[channel] = (how, mirror)

    def enable(self, channel: str) -> None:
        self._broken.pop(channel, None)

    def edit(self, record_id: str, text: str, title: str | None = None) -> None:
        """Change a published post's text, as its channel's admin would (marked "edited" in the preview)."""
        rec = next((r for _, r in self.site.posts if r.id == record_id), None)
        if rec is None:
            raise KeyError(f"no Telegram post {record_id!r}")
        data = {**dataclasses.asdict(rec), **rec.extra, "text": text, "edited": True}
        data.pop("extra")
        self.site.publish({**data, "title": title if title is not None else rec.title})

    def posts_of(self, channel: str) -> list[tuple[int, Record]]:
        """A channel's posts by number, oldest first."""
        found = [(int(r.extra.get("post") or n), r) for n, r in self.site.posts
                 if (r.extra.get("channel") or self.site.channel) == channel]
        return sorted(found, key=lambda p: p[0])

    def respond(self, raw_path: str, host_header: str) -> Answer | None:
        """The answer for a Telegram path (or any path asked of telegram.org), None for the rest of the site."""
        parts = urlsplit(raw_path)
        host = (parts.hostname or host_header.split(":")[0]).lower()
        if host == "telegram.org" or parts.path.startswith("/telegram.org/"):
            return Answer(200, body=pages.TELEGRAM_ORG_PAGE)
        preview, landing = _PREVIEW.match(parts.path), _LANDING.match(parts.path)
        if preview:
            return self._preview(preview.group(1), parts.query, host)
        if landing and (landing.group(1) in self._broken or self.posts_of(landing.group(1))):
            return Answer(200, body=pages.telegram_landing(landing.group(1)))
        return None

    def _preview(self, channel: str, query: str, host: str) -> Answer:
        broken = self._broken.get(channel)
        if broken is not None and not (broken[1] and host == "telegram.me"):
            how = broken[0]
            if how == "landing":
                return Answer(302, location=f"/{channel}")
            if how == "telegram_org":
                # the real telegram.org when asked as t.me (through the proxy), else the site's stand-in for it
                return Answer(302, location="http://telegram.org/" if host in HOSTS else "/telegram.org/")
            return Answer(200, body=pages.telegram_preview(self._base(host), channel, []))
        before = parse_qs(query).get("before", [""])[0]
        posts = self.posts_of(channel)
        if before.isdigit():
            posts = [p for p in posts if p[0] < int(before)]
        page = posts[-self.page_size:]
        older = page[0][0] if len(posts) > len(page) else None
        return Answer(200, body=pages.telegram_preview(self._base(host), channel, page, older))

    def _base(self, host: str) -> str:
        return "https://t.me" if host in HOSTS else self.site.url
