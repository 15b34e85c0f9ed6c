"""Hiding secrets in apprise URLs wherever a URL is shown: logs, CLI output, error messages."""

from __future__ import annotations

import hashlib
import re

# user:password@ in any scheme://
_CREDENTIALS = re.compile(r"(?P<scheme>[a-z][a-z0-9+.\-]*://)(?P<user>[^:/@\s]*):(?P<secret>[^@/\s]+)@", re.I)
# long token-like path segments and secret-looking query values
_TOKEN_SEGMENT = re.compile(r"(?<=/)(?=[A-Za-z0-9_\-:]*\d)[A-Za-z0-9_\-:]{16,}(?=[/?#]|$)")
_SECRET_QUERY = re.compile(r"(?P<k>[?&](?:pass|password|token|key|apikey|secret|auth)[^=&]*=)[^&#\s]+", re.I)


def mask_url(url: str) -> str:
    """``mailto://me:hunter2@host`` → ``mailto://me:****@host``; long tokens → ``****``."""
    out = _CREDENTIALS.sub(lambda m: f"{m['scheme']}{m['user']}:****@", url)
    scheme, sep, rest = out.partition("://")
    if sep:
        rest = _TOKEN_SEGMENT.sub("****", rest)
        # a token as the first path element (tgram://123:ABC/…) sits where a host would
        head, slash, tail = rest.partition("/")
        if len(head) >= 16 and re.search(r"\d", head) and ":" in head and "@" not in head:
            head = "****"
        out = f"{scheme}{sep}{head}{slash}{tail}"
    return _SECRET_QUERY.sub(lambda m: f"{m['k']}****", out)


def mask_text(text: str, secrets: list[str] | tuple[str, ...] = ()) -> str:
    """Mask every known secret URL, and any URL with credentials, inside free text."""
    for url in sorted(secrets, key=len, reverse=True):
        if url and url in text:
            text = text.replace(url, mask_url(url))
    return _CREDENTIALS.sub(lambda m: f"{m['scheme']}{m['user']}:****@", text)


def target_id(url: str) -> str:
    """A stable, secret-free name for an alert target, stored in the outbox instead of the URL."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
