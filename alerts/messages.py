"""Alert messages: a clear title and a body in the format a target prefers, from overridable templates.

Templates are ``string.Template`` files: ``title.txt`` and ``event-<format>.txt`` / ``digest-<format>.txt``
(format: text, markdown, html) in ``alerts/templates/``; a file of the same name in the configured
``templates`` folder wins. Title placeholders: $prefix $what $date $headline. Body placeholders: $title
$summary $figures $totals $changes $warnings $evidence $sources $footer (each already formatted; an
empty section is an empty string). Digest: $title $events.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from pathlib import Path
from string import Template

from alerts import wording
from alerts.claims import EXCHANGE_KINDS, TOTAL_KINDS, EventClaim, counted, independent_outlets
from alerts.escape import Link, escape, render
from alerts.series import day_text
from core.events import EventFigure, announced, consolidate
from storage.models import ExchangeEvent

log = logging.getLogger(__name__)

FORMATS = ("text", "markdown", "html")
PREFIX = {"new_event": "", "revision": "Update: ", "total": "Running total update: "}
MAX_SOURCES = 15
MAX_EVIDENCE = 400


@dataclass(frozen=True)
class Message:
    title: str
    body: str
    fmt: str


def ordered(figures: list[EventFigure], claims: list[EventClaim]) -> list[EventFigure]:
    """Within a kind, sides in the order the earliest report gives them, so every message of an event
    reads the same way ("… to Ukraine, … to Russia" stays that way in the follow-ups)."""
    first: dict[tuple[str, str | None], int] = {}
    for i, c in enumerate(claims):
        first.setdefault((c.claim.kind, c.claim.side), i)
    kinds = {k: i for i, k in enumerate(dict.fromkeys(f.kind for f in figures))}
    return sorted(figures, key=lambda f: (kinds[f.kind], first.get((f.kind, f.side), 1 << 30), f.side or ""))


def template(name: str, folder: Path | str | None) -> Template:
    if folder:
        path = Path(folder) / name
        if path.is_file():
            return Template(path.read_text(encoding="utf-8"))
    return Template(files("alerts").joinpath("templates", name).read_text(encoding="utf-8"))


def fill(name: str, folder: Path | str | None, values: dict[str, str]) -> str:
    """Render a template; an unknown placeholder in a user's template is kept as written, not a crash."""
    return template(name, folder).safe_substitute(values).strip() + "\n"


def section(fmt: str, heading: str, lines: list[str | Link]) -> str:
    """A heading and a list; every line is escaped for ``fmt`` (outlets, evidence and URLs come from the web)."""
    if not lines:
        return ""
    if fmt == "html":
        items = "".join(f"<li>{render(fmt, line)}</li>" for line in lines)
        return f"<h3>{escape(fmt, heading)}</h3>\n<ul>{items}</ul>\n"
    bullet = "- " if fmt == "text" else "* "
    head = f"**{escape(fmt, heading)}**" if fmt == "markdown" else f"{escape(fmt, heading)}:"
    return head + "\n" + "\n".join(bullet + render(fmt, line) for line in lines) + "\n\n"


def paragraph(fmt: str, text: str) -> str:
    if not text:
        return ""
    return f"<p>{escape(fmt, text)}</p>\n" if fmt == "html" else escape(fmt, text) + "\n\n"


def figure_lines(figures: list[EventFigure], kinds: tuple[str, ...]) -> list[str]:
    return [f"{wording.label(f.kind, f.side)}: {wording.attributed(f)}" for f in figures if f.kind in kinds]


def evidence_line(claims: list[EventClaim], figures: list[EventFigure]) -> str:
    """The sentence behind the headline figure, with its outlet."""
    lead = next((f for f in figures if f.kind in EXCHANGE_KINDS), None)
    if lead is None:
        return ""
    for c in claims:
        cl = c.claim
        if (cl.kind, cl.side, cl.value) == (lead.kind, lead.side, lead.value) and cl.evidence and not c.duplicate:
            sentence = " ".join(cl.evidence.split())
            if len(sentence) > MAX_EVIDENCE:
                sentence = sentence[: MAX_EVIDENCE - 1] + "…"
            return f"Evidence: “{sentence}” ({cl.outlet})"
    return ""


def source_lines(claims: list[EventClaim]) -> list[str | Link]:
    """One line per source URL; each renders as a link only where the URL is http(s)."""
    seen: dict[str, Link] = {}
    for c in claims:
        url = c.claim.url or ""
        if url and url not in seen:
            seen[url] = Link(f"{c.claim.outlet}{' (syndicated copy)' if c.duplicate else ''}", url)
    lines: list[str | Link] = list(seen.values())
    if len(lines) > MAX_SOURCES:
        lines = lines[:MAX_SOURCES] + [f"… and {len(lines) - MAX_SOURCES} more"]
    return lines


def summary(event: ExchangeEvent, claims: list[EventClaim]) -> str:
    where = wording.conflict_name(event.conflict)
    outlets = len(independent_outlets(claims))
    langs = sorted({c.lang for c in claims if c.lang})
    people = any(c.claim.kind == "returned" for c in claims)
    text = f"{'Prisoner exchange' if people else 'Repatriation of bodies'} on {day_text(event.event_date)}"
    text += f" ({where})" if where else ""
    text += f", reported by {outlets} outlet{'s' if outlets != 1 else ''}"
    return text + (f" in {len(langs)} languages." if len(langs) > 1 else ".")


def event_title(event: ExchangeEvent, figures: list[EventFigure], kind: str, folder: Path | str | None) -> str:
    people = any(f.kind == "returned" for f in figures)
    values = {"prefix": PREFIX.get(kind, ""), "date": day_text(event.event_date),
              "what": "Prisoner exchange" if people else "Repatriation of bodies",
              "headline": wording.headline(figures)}
    return fill("title.txt", folder, values).strip()


def event_message(
    event: ExchangeEvent,
    claims: list[EventClaim],
    kind: str,
    fmt: str,
    *,
    previous_signature: str | None = None,
    folder: Path | str | None = None,
    min_confidence: float = 0.0,
) -> Message:
    """The message for one event change (new_event, revision or total) in ``fmt``; held figures are left out."""
    figures = ordered(announced(consolidate(counted(claims), min_confidence)), claims)
    title = event_title(event, figures, kind, folder)
    changes = wording.changes(previous_signature, event.signature) if kind != "new_event" else []
    first_seen = event.first_seen.strftime("%d %b %Y %H:%M UTC").lstrip("0") if event.first_seen else "unknown"
    values = {
        "title": escape(fmt, title),
        "summary": paragraph(fmt, summary(event, claims)),
        "changes": section(fmt, "What changed", changes),
        "figures": section(fmt, "Figures", figure_lines(figures, EXCHANGE_KINDS)),
        "totals": section(fmt, "Running totals", figure_lines(figures, TOTAL_KINDS)),
        # consistency warnings are the operator's (admin_urls, the digest); kept as a name for custom templates
        "warnings": "",
        "evidence": paragraph(fmt, evidence_line(claims, figures)),
        "sources": section(fmt, "Sources", source_lines(claims)),
        "footer": paragraph(fmt, f"First seen {first_seen} · event #{event.id}, revision {event.revision}"),
    }
    return Message(title, fill(f"event-{fmt}.txt", folder, values), fmt)


def digest_message(
    entries: list[tuple[str, list[str | Link]]], day: date, fmt: str, folder: Path | str | None = None
) -> Message:
    """One summary of the day's events: ``entries`` is (headline line, source lines) per event."""
    title = f"swapwatch daily digest {day_text(day)}: {len(entries)} exchange event{'s' if len(entries) != 1 else ''}"
    blocks = "".join(section(fmt, head, lines) for head, lines in entries)
    values = {"title": escape(fmt, title), "events": blocks}
    return Message(title, fill(f"digest-{fmt}.txt", folder, values), fmt)


def plain_message(title: str, text: str, fmt: str) -> Message:
    """A short notice (source health, tests) in ``fmt``: HTML targets get paragraphs, not one run-on line."""
    parts = [escape(fmt, p) for p in text.split("\n\n") if p.strip()]
    if fmt == "html":
        paragraphs = "".join(f"<p>{p}</p>\n" for p in parts)
        return Message(title, f"<html><body>\n{paragraphs}</body></html>\n", fmt)
    return Message(title, "\n\n".join(parts) + "\n", fmt)
