"""An Atom feed (RFC 4287) of exchange events, so people can follow them in any feed reader.

Written with the stdlib's ElementTree on purpose: none of the kept libraries writes Atom (feedparser only
reads it), and a feed-writing dependency (feedgen) would cost more than these few elements; the tests read
the result back with feedparser, which flags any invalid feed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

from core.events import EventFigure
from core.vocabulary import PEOPLE_KIND
from storage import EventReport

ATOM = "http://www.w3.org/2005/Atom"
ET.register_namespace("", ATOM)


# characters XML 1.0 cannot carry at all: one in a source name or URL would make the whole feed unreadable
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: _NOT_XML.sub("", v) for k, v in attrs.items()})
    if text is not None:
        element.text = _NOT_XML.sub("", text)
    return element


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def describe_figure(fig: EventFigure) -> str:
    side = f" to {fig.side}" if fig.side else ""
    value = f"{'about ' if fig.approx else ''}{fig.value}"
    other = f" (other reports: {', '.join(str(v) for v in fig.alternatives)})" if fig.alternatives else ""
    # how sure, and whether held back from the alerts: a feed reader must not take an unconfirmed figure as fact
    trust = f" [confidence {fig.confidence:.2f}, {fig.backing} outlet(s){'; unconfirmed, held' if fig.held else ''}]"
    return f"{fig.kind.replace('_', ' ')}{side}: {value}{other}{trust}"


def event_title(report: EventReport) -> str:
    day = report.event_date.isoformat() if report.event_date else "undated"
    parts = [f"{f.side} {'~' if f.approx else ''}{f.value}{' (unconfirmed)' if f.held else ''}"
             for f in report.figures if f.kind == PEOPLE_KIND]
    return f"Exchange {report.conflict or ''} on {day}".replace("  ", " ") + (
        f": returned {', '.join(parts)}" if parts else "")


def atom_feed(
    reports: Iterable[EventReport],
    *,
    title: str = "swapwatch: prisoner exchanges",
    feed_id: str = "tag:swapwatch,2022:events",
    self_url: str | None = None,
    now: datetime | None = None,
) -> bytes:
    """The feed as UTF-8 XML; entries in the order given (newest first, as readers expect)."""
    feed = ET.Element(f"{{{ATOM}}}feed")
    _el(feed, "title", title)
    _el(feed, "id", feed_id)
    author = _el(feed, "author")
    _el(author, "name", "swapwatch")
    _el(feed, "generator", "swapwatch")
    if self_url:
        _el(feed, "link", rel="self", href=self_url)
    updated = _el(feed, "updated")
    latest = None
    for report in reports:
        _entry(feed, report, feed_id)
        latest = max(latest or report.updated_at, report.updated_at)
    updated.text = _stamp(latest or now or datetime.now(UTC))
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _entry(feed: ET.Element, report: EventReport, feed_id: str) -> None:
    entry = _el(feed, "entry")
    _el(entry, "title", event_title(report))
    _el(entry, "id", f"{feed_id}/{report.id}")
    _el(entry, "published", _stamp(report.first_seen))
    _el(entry, "updated", _stamp(report.updated_at))
    for url in report.articles:
        _el(entry, "link", rel="related" if url != report.articles[0] else "alternate", href=url)
    lines = [describe_figure(f) for f in report.figures]
    # the same two counts as the alert and the export: independent outlets, and articles (copies included)
    lines.append(f"Reported by {len(report.outlets)} outlet(s) in {len(report.articles)} article(s)" +
                 (f": {', '.join(report.outlets)}" if report.outlets else "") + ".")
    lines += [f"Note: {w}" for w in report.warning_list]
    # content (not just a summary): Atom requires it of an entry that has no alternate link
    _el(entry, "content", "\n".join(lines), type="text")
