"""HTML page → title, main text, original publication date, language and canonical URL.

trafilatura keeps the article body and drops menus, tickers, "most read" boxes and footers, so their
numbers never reach the figure rules; htmldate finds the original (not the updated) date.
A pure top-level function, so the crawler can run it in a process pool.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from html import unescape
from typing import Any

from extractor.model import ArticleText

log = logging.getLogger(__name__)

MAX_HTML_BYTES = 32_000_000  # what is decoded at all (the crawler's max_page_size, 10 MB by default, comes first)
# What the HTML parsers get once scripts, styles, SVG and comments are gone: several times the markup of any real
# article (a big news page is 100-300k characters once slimmed), and the bound on memory — lxml, trafilatura and
# htmldate need ~35 bytes per byte of markup, so a 10 MB page handed over whole cost a worker ~250 MB more, and 1M
# characters of dense markup still ~34 MB, the worker's peak on a 10 MB page (bench/page_memory.py). Markup past
# this point (endless comment threads, "more stories" lists) is not read.
MAX_MARKUP_CHARS = 500_000
MAX_TEXT_CHARS = 200_000  # the article text handed to the extractor: no report of an exchange is longer
MAX_JSON_LD_CHARS = 100_000
_NOISE_OPEN = re.compile(r"<(script|style|svg|noscript|template)\b([^>]{0,500})>?|<!--", re.IGNORECASE)
_NOISE_CLOSE = {tag: re.compile(rf"</{tag}\s*>", re.IGNORECASE) for tag in ("script", "style", "svg", "noscript",
                                                                           "template")}
_COMMENT_CLOSE = re.compile("-->")
_CANONICAL = re.compile(
    r"<link\b[^>]{0,300}?\brel=[\"']?canonical[\"']?[^>]{0,300}?>|<meta\b[^>]{0,300}?\bproperty=[\"']og:url[\"'][^>]{0,300}?>",
    re.IGNORECASE,
)
_HREF = re.compile(r"\b(?:href|content)=[\"']([^\"']{1,2000})[\"']", re.IGNORECASE)
_LANG_ATTR = re.compile(r"<html\b[^>]{0,500}?\blang=[\"']?([a-zA-Z]{2,3})", re.IGNORECASE)


def _decode(html: str | bytes) -> str:
    if isinstance(html, str):
        return html
    head = html[:2048].decode("ascii", "replace")
    m = re.search(r"charset=[\"']?([\w-]{2,40})", head, re.IGNORECASE)
    for enc in ([m.group(1)] if m else []) + ["utf-8"]:
        try:
            return html.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return html.decode("utf-8", "replace")


def slim_markup(page: str) -> str:
    """The page without what no parser here reads (scripts, styles, SVG, comments), capped at MAX_MARKUP_CHARS.

    JSON-LD scripts stay (trafilatura and htmldate read titles and dates from them). One pass: each opening is
    matched with its own closing tag, and an unclosed one drops the rest, as a browser would hide it.
    """
    parts: list[str] = []
    kept = pos = 0
    while kept < MAX_MARKUP_CHARS:
        opening = _NOISE_OPEN.search(page, pos)
        if opening is None:
            parts.append(page[pos:])
            break
        parts.append(page[pos : opening.start()])
        tag = (opening.group(1) or "").lower()
        close = (_NOISE_CLOSE[tag] if tag else _COMMENT_CLOSE).search(page, opening.end())
        end = close.end() if close else len(page)
        json_ld = tag == "script" and "ld+json" in (opening.group(2) or "").lower()
        if json_ld and end - opening.start() < MAX_JSON_LD_CHARS:
            parts.append(page[opening.start() : end])
        kept += opening.start() - pos
        pos = end
    return "".join(parts)[:MAX_MARKUP_CHARS]


def _canonical(html: str) -> str | None:
    found: dict[str, str] = {}
    for m in _CANONICAL.finditer(html[:200_000]):
        href = _HREF.search(m.group(0))
        if href and href.group(1).startswith(("http://", "https://")):
            key = "canonical" if "canonical" in m.group(0).lower() else "og"
            found.setdefault(key, href.group(1).strip())
    return found.get("canonical") or found.get("og")


def _parsed(page: str) -> Any:
    """The page parsed once, for trafilatura, htmldate and the title alike (None when it is not HTML at all).

    A parsed tree also keeps htmldate from reading a page that starts with ``http`` and has no space as a URL to
    download: given a string, it would fetch it."""
    try:
        from trafilatura import load_html

        return load_html(page)
    except Exception as exc:  # lxml on hostile markup: no tree is an empty page, not a crash
        log.debug("parsing failed: %s", exc)
        return None


def _published(tree: Any, url: str | None) -> date | None:
    try:
        from htmldate import find_date

        # htmldate works on a copy of a tree it is given, so trafilatura reads the page as it was
        found = find_date(tree, url=url, original_date=True, outputformat="%Y-%m-%d", extensive_search=False)
    except Exception as exc:  # htmldate on hostile markup: no date is better than no article
        log.debug("htmldate failed: %s", exc)
        return None
    try:
        return date.fromisoformat(found) if found else None
    except ValueError:
        return None


def _title(tree: Any) -> str | None:
    """The title as trafilatura's metadata step picks it: meta tags, then JSON-LD, then ``<title>`` or ``<h1>``.

    Only that part of the step: the rest of it (author, site name, categories, tags, licence, and htmldate once
    more) cost ~2 ms a page, most of the HTML path's time after the parse, for fields nothing here reads.
    ``tests/test_extract_html.py`` checks the two agree, so a trafilatura that picks titles otherwise is noticed.
    """
    try:
        from trafilatura.metadata import examine_meta, extract_meta_json, extract_title
        from trafilatura.utils import line_processing

        found = examine_meta(tree)
        try:
            found = extract_meta_json(tree, found)
        except Exception as exc:  # noqa: BLE001 - as in trafilatura: broken JSON-LD leaves the meta tags' title
            log.debug("JSON-LD metadata failed: %s", exc)
        title = found.title or extract_title(tree)
    except Exception as exc:  # hostile markup: no title (the listing's, if any, is used instead)
        log.debug("title failed: %s", exc)
        return None
    if not title:
        return None
    # trafilatura's clean-up of every metadata field (Document.clean_and_trim)
    return line_processing(unescape(title if len(title) <= 10000 else title[:9999] + "…")) or None


def _main_text(tree: Any, url: str | None) -> str:
    try:
        import trafilatura

        from extractor import fallbacks

        fallbacks.install()  # readability and justext only where they could change the result
        # The tree is copied by trafilatura before it prunes it, so the caller's stays whole. ``deduplicate`` stays
        # off: trafilatura would then remember paragraphs across calls, so a page's text would depend on what the
        # worker read before — not a pure function, and a syndicated copy would lose the paragraphs it shares with
        # the original and stop hashing as the same text.
        doc = trafilatura.bare_extraction(
            tree, url=url, favor_precision=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, with_metadata=False, deduplicate=False,
        )
    except Exception as exc:  # trafilatura on garbage: an empty page, not a crash
        log.debug("trafilatura failed: %s", exc)
        return ""
    return (doc.text if doc else None) or ""


def page_from_html(html: str | bytes, url: str | None = None) -> ArticleText:
    """The article in an HTML page; never raises on garbage (an empty ``text`` instead)."""
    if isinstance(html, bytes | bytearray):
        html = bytes(html[:MAX_HTML_BYTES])
    page = _decode(html)[:MAX_HTML_BYTES]
    del html  # the caller's copy is all that remains of the raw page while the parsers run
    if not page.strip() or "<" not in page:
        return ArticleText(None, page.strip()[:100_000] if page.strip() and "<" not in page else "", None, None, None)
    page = slim_markup(page)
    lang_m = _LANG_ATTR.search(page[:5000])
    lang = (lang_m.group(1) if lang_m else "").lower()[:2] or None
    tree = _parsed(page)
    if tree is None:
        return ArticleText(None, "", None, lang, _canonical(page) or None)
    title, published, text = _title(tree), _published(tree, url), _main_text(tree, url)
    if title and text.startswith(title):
        text = text[len(title) :].lstrip()
    return ArticleText(title, text[:MAX_TEXT_CHARS], published, lang, _canonical(page) or None)
