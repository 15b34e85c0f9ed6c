"""Article URLs in one canonical form, so the same article is never fetched or stored twice."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from w3lib.url import canonicalize_url, safe_url_string, url_query_cleaner

# Parameters that identify a campaign or a click, never the article.
TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|"
    r"ref|ref_src|ref_url|src|cmpid|ncid|ocid|at_medium|at_campaign|at_\w+|ito|smid|share|s_cid|spm)$",
    re.IGNORECASE,
)


# A URL that is canonical as it stands: lower-case scheme and host, a path of plain segments (no dot segments, no
# escapes, no empty segment), no query, no fragment. Most article links are, and w3lib's round of splitting, quoting
# and joining cost ~13 µs a link: a listing of 2,000 links, and every article again (tests/test_crawler_parts.py
# compares this shortcut with the full path).
_SEGMENT = r"[A-Za-z0-9_~-][A-Za-z0-9._~-]*"
_PLAIN = re.compile(
    rf"https?://[a-z0-9-]{{1,63}}(?:\.[a-z0-9-]{{1,63}})*(?::([1-9][0-9]{{0,4}}))?/(?:{_SEGMENT}(?:/{_SEGMENT})*/?)?"
)
_MAX_PORT = 65535


def canonical_url(url: str, base: str | None = None) -> str:
    """Absolute, lower-case host, no fragment, no tracking parameters, sorted query.

    >>> canonical_url("HTTPS://Example.org/a?utm_source=x&id=2#top")
    'https://example.org/a?id=2'
    """
    url = urljoin(base, url.strip()) if base else url.strip()
    return url if _is_plain(url) else _canonical(url)


def _is_plain(url: str) -> bool:
    plain = _PLAIN.fullmatch(url)
    return plain is not None and (plain.group(1) is None or int(plain.group(1)) <= _MAX_PORT)


def _canonical(url: str) -> str:
    url = safe_url_string(url)
    # w3lib removes parameters by name; which names are tracking ones is ours to say (prefixes such as utm_)
    tracking = {k for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True) if TRACKING.match(k)}
    if tracking:
        url = url_query_cleaner(url, sorted(tracking), remove=True, unique=False)
    # w3lib sorts the query, lower-cases scheme and host, drops the fragment and normalises percent-escapes
    return canonicalize_url(url, keep_fragments=False)


def is_http(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https")


def telegram_channel(url: str) -> str | None:
    """``https://t.me/s/<channel>`` (or a local look-alike ``…/s/<channel>``) → the channel name."""
    m = re.match(r"^https?://[^/]+/s/([A-Za-z0-9_]{3,64})/?(?:\?.*)?$", url)
    return m.group(1) if m else None
