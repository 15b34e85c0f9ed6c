"""Article URLs in one canonical form, so the same article is never fetched or stored twice."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url, safe_url_string

# Parameters that identify a campaign or a click, never the article.
TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|"
    r"ref|ref_src|ref_url|src|cmpid|ncid|ocid|at_medium|at_campaign|at_\w+|ito|smid|share|s_cid|spm)$",
    re.IGNORECASE,
)


def canonical_url(url: str, base: str | None = None) -> str:
    """Absolute, lower-case host, no fragment, no tracking parameters, sorted query.

    >>> canonical_url("HTTPS://Example.org/a?utm_source=x&id=2#top")
    'https://example.org/a?id=2'
    """
    url = urljoin(base, url.strip()) if base else url.strip()
    parts = urlsplit(safe_url_string(url))
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k)]
    cleaned = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), ""))
    return canonicalize_url(cleaned, keep_fragments=False)


def is_http(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https")


def telegram_channel(url: str) -> str | None:
    """``https://t.me/s/<channel>`` (or a local look-alike ``…/s/<channel>``) → the channel name."""
    m = re.match(r"^https?://[^/]+/s/([A-Za-z0-9_]{3,64})/?(?:\?.*)?$", url)
    return m.group(1) if m else None
