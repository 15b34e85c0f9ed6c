"""What spiders yield: an article to process, or a problem to record against its source."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from core.records import Extraction
from crawler.work import PageFacts


@dataclass
class ArticleItem:
    """A fetched article page (or a Telegram post, whose ``text`` is already known)."""

    url: str  # canonical form of the URL it was fetched from
    source: str  # the source's name in the config
    body: bytes = b""
    encoding: str | None = None  # what the server declared
    title: str | None = None  # hints from the listing, used when the page has none
    published: date | None = None
    lang: str | None = None  # the source's configured language
    text: str | None = None
    aliases: list[str] = field(default_factory=list)  # other URLs it is known by (listing link, redirects)
    # a Telegram channel's own post: the same URL with a new text is an edit, not a copy to drop
    revisable: bool = False
    # filled in by the pipelines
    raw_html: bytes | None = None  # the page, zlib-compressed in a worker
    content_hash: str | None = None
    fingerprint: str | None = None
    duplicate_of_id: int | None = None
    extraction: Extraction | None = None
    precomputed: PageFacts | None = None  # the worker's extraction, computed with the text (one pool trip per page)
    notes: list[str] = field(default_factory=list)  # readable warnings kept on the crawl run
    revision_of: int | None = None  # the archived article this item's edited text replaces


@dataclass
class Problem:
    """Something that went wrong while crawling a source, phrased for a person."""

    source: str
    url: str
    message: str
    fatal: bool = False  # the source itself could not be read
    blocked: bool = False  # 403/429/captcha: the site refuses us
