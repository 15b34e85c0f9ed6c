"""Reading listings: feeds, sitemaps, listing pages and Telegram previews → article entries.

Pure functions of a response, so the spiders stay small and only yield.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

import feedparser
from lxml import etree
from protego import Protego
from scrapy.http import Response, TextResponse
from scrapy.utils.gz import gunzip

from crawler.urls import canonical_url, is_http

# feedparser's "bozo" reasons that are harmless: the feed still parsed as a whole.
HARMLESS_FEED_ISSUES = ("CharacterEncodingOverride", "NonXMLContentType", "UndeclaredNamespace")
CAPTCHA = re.compile(
    rb"captcha|attention required|verify you are (a )?human|are you a robot|cf-chl|access denied", re.IGNORECASE
)


class ListingError(Exception):
    """The listing (feed, sitemap, page) cannot be read; the message is for a person."""


@dataclass
class Entry:
    url: str
    title: str | None = None
    published: date | None = None
    text: str | None = None


def head(response: Response, size: int = 2048) -> bytes:
    return response.body[:size].lstrip(b"\xef\xbb\xbf \t\r\n").lower()


def detect_type(response: Response) -> str:
    """feed | sitemap | page | telegram, from the URL and the first bytes of the body."""
    from crawler.urls import telegram_channel

    if telegram_channel(response.url) or urlsplit(response.url).netloc == "t.me":
        return "telegram"
    if response.url.endswith("/robots.txt") or response.body[:2] == b"\x1f\x8b":
        return "sitemap"
    start = head(response)
    if b"<urlset" in start or b"<sitemapindex" in start:
        return "sitemap"
    if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
        return "feed"
    return "page"


def looks_blocked(response: Response) -> bool:
    """A captcha or bot wall instead of the page we asked for."""
    # bot walls are small pages; scanning every full article for the markers costs the crawl real time
    return len(response.body) < 60_000 and bool(CAPTCHA.search(response.body[:20_000]))


def _struct_date(value) -> date | None:
    try:
        return date(value.tm_year, value.tm_mon, value.tm_mday) if value else None
    except (AttributeError, ValueError):
        return None


def feed_entries(response: Response) -> tuple[list[Entry], str | None]:
    """Entries of an RSS/Atom feed, and a warning when the feed was malformed but partly readable."""
    if head(response).startswith((b"<!doctype html", b"<html")):
        raise ListingError(f"expected a feed at {response.url} but got an HTML page")
    parsed = feedparser.parse(response.body, response_headers={"content-location": response.url})
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if problem is not None and type(problem).__name__ in HARMLESS_FEED_ISSUES:
        problem = None
    entries = []
    for e in parsed.entries:
        link = e.get("link") or next((x.get("href") for x in e.get("links", []) if x.get("href")), None)
        if not link:
            continue
        url = canonical_url(link, response.url)
        if is_http(url):
            published = _struct_date(e.get("published_parsed") or e.get("updated_parsed"))
            entries.append(Entry(url, title=html.unescape(e.get("title") or "") or None, published=published))
    if not entries and (problem is not None or not parsed.get("version")):
        reason = f": {problem}" if problem is not None else ""
        raise ListingError(f"not a readable RSS/Atom feed at {response.url}{reason}")
    warning = None
    if problem is not None:
        warning = f"malformed feed at {response.url} ({problem}); used the {len(entries)} entries it had"
    return entries, warning


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    text = text.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def sitemap_body(response: Response, max_size: int) -> bytes:
    if response.body[:2] == b"\x1f\x8b":
        try:
            return gunzip(response.body, max_size=max_size)
        except Exception as exc:  # noqa: BLE001 - a broken or oversized archive is a listing error
            raise ListingError(f"cannot unpack gzip sitemap {response.url}: {exc}") from None
    return response.body


def sitemap_entries(response: Response, max_size: int) -> tuple[list[Entry], list[str]]:
    """(article entries, child sitemap URLs) of a sitemap, sitemap index or news sitemap.

    Not ``scrapy.utils.sitemap.Sitemap``: it keeps only each entry's direct children, so a news sitemap's
    nested ``<news:publication_date>`` and ``<news:title>`` are lost, and ``max_age`` needs that date
    (news sitemaps rarely carry ``<lastmod>``). The parser settings are the same (recover, no entities).
    """
    body = sitemap_body(response, max_size)
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, remove_comments=True)
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ListingError(f"not a readable sitemap at {response.url}: {exc}") from None
    if root is None or etree.QName(root).localname not in ("urlset", "sitemapindex"):
        raise ListingError(f"not a sitemap at {response.url} (no <urlset> or <sitemapindex>)")
    entries, children = [], []
    for node in root:
        if not isinstance(node.tag, str):
            continue
        fields = {etree.QName(el).localname: (el.text or "").strip() for el in node.iter() if isinstance(el.tag, str)}
        loc = fields.get("loc")
        if not loc:
            continue
        if etree.QName(root).localname == "sitemapindex":
            children.append(canonical_url(loc, response.url))
            continue
        published = _parse_date(fields.get("publication_date") or fields.get("lastmod"))
        entries.append(Entry(canonical_url(loc, response.url), title=fields.get("title") or None, published=published))
    return entries, children


def robots_sitemaps(response: Response) -> list[str]:
    """The ``Sitemap:`` lines of a robots.txt, read by protego (the parser Scrapy's robots.txt support uses)."""
    robots = Protego.parse(response.body.decode("utf-8", "replace"))
    return [canonical_url(url, response.url) for url in robots.sitemaps]


def page_links(response: Response, follows) -> list[Entry]:
    """Article links on a listing page: same site, allowed by the source's ``follow`` rules."""
    if not isinstance(response, TextResponse):
        ctype = response.headers.get("Content-Type")
        raise ListingError(f"expected an HTML listing page at {response.url}, got {ctype}")
    host, here = urlsplit(response.url).netloc, canonical_url(response.url)
    seen: dict[str, Entry] = {}
    # the parsed tree's own XPath (what ``response.css("a[href]")`` and ``::text`` run): a listing has thousands of
    # links, and a Selector object for each link and each of its texts cost more than reading them
    for a in response.selector.root.xpath("descendant-or-self::a[@href]"):
        url = canonical_url(a.get("href"), response.url)
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.netloc == host and url != here and url not in seen \
                and follows(url):
            title = " ".join(a.xpath("descendant-or-self::text()", smart_strings=False)).strip() or None
            seen[url] = Entry(url, title=title)
    return list(seen.values())


def telegram_posts(response: Response) -> list[Entry]:
    """Posts of a Telegram channel's web preview; each becomes an article at ``…/<channel>/<id>``."""
    from crawler.telegram import read_preview

    preview = read_preview(response)
    if preview.problem:
        raise ListingError(preview.problem)
    return [Entry(p.url, title=p.title, published=p.published, text=p.text) for p in preview.posts]


def older_than(published: date | None, max_age_days: float, today: date | None = None) -> bool:
    if published is None:
        return False
    today = today or datetime.now(UTC).date()
    return (today - published).days > max_age_days
