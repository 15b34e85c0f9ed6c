"""Web text in alert bodies: escaped for the body format apprise sends (text, Markdown, HTML).

Titles, outlet names, evidence sentences and URLs come from the open web. Whatever they contain must
arrive as the same visible characters: no `[click](javascript:…)` link, no bold, no raw `<a href>`, no
mass mention, no control character that rewrites a terminal or reorders a line. Links are only ever
``http``/``https``; any other scheme is shown as a note, never as a link.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

# C0/C1 controls (tab and newline become spaces first), DEL, and the bidirectional overrides and isolates
# that make a line read differently from what it says
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")
# the characters CommonMark (and the chat dialects on top of it) give a meaning to anywhere in a line: emphasis,
# code, links and images (no `[` means no link), raw HTML and autolinks, entities, tables, strike-through
_MARKDOWN = re.compile(r"([\\`*_\[\]<>|~&])")
# and the ones that mean something at the start of a line: heading, list item, quote, setext underline
_LINE_START = re.compile(r"^([#+\-=>]|\d+[.)])")
# a mention that pings a whole channel in Discord/Slack/Matrix; a zero-width joiner keeps it readable
_MENTION = re.compile(r"@(everyone|here|channel|room)\b", re.IGNORECASE)
URL_SAFE = "/:?#[]@!$&'()*+,;=%~-._"


def clean(text: str | None) -> str:
    """One line of plain text: control and direction characters removed, runs of whitespace one space."""
    if not text:
        return ""
    return _CONTROLS.sub("", _SPACES.sub(" ", str(text))).strip()


def markdown(text: str | None) -> str:
    """Markdown that renders as exactly ``text``: every markup character escaped with a backslash."""
    escaped = _MARKDOWN.sub(r"\\\1", clean(text))
    escaped = _LINE_START.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], escaped)
    return _MENTION.sub("@\u2060\\1", escaped)


def plain(text: str | None) -> str:
    return _MENTION.sub("@\u2060\\1", clean(text))


def escape(fmt: str, text: str | None) -> str:
    """``text`` escaped for ``fmt`` (text, markdown or html)."""
    if fmt == "html":
        return html.escape(clean(text), quote=True)
    if fmt == "markdown":
        return markdown(text)
    return plain(text)


def web_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL, with anything that could end a link percent-encoded; else None."""
    cleaned = clean(url)
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(cleaned, safe=URL_SAFE).replace("(", "%28").replace(")", "%29")


@dataclass(frozen=True)
class Link:
    """A line naming a source and its URL, rendered per format (the URL is a link only if it is http(s))."""

    label: str
    url: str | None

    def __str__(self) -> str:
        return self.render("text")

    def render(self, fmt: str) -> str:
        target = web_url(self.url)
        label = escape(fmt, self.label)
        if target is None:
            return f"{label}: (link left out: not an http(s) address)" if self.url else label
        if fmt == "html":
            return f'{label}: <a href="{html.escape(target, quote=True)}">{html.escape(target)}</a>'
        if fmt == "markdown":
            return f"{label}: <{target}>"
        return f"{label}: {target}"


def render(fmt: str, line: str | Link) -> str:
    """One line of a message: a ``Link`` renders itself, any other text is escaped."""
    return line.render(fmt) if isinstance(line, Link) else escape(fmt, line)
