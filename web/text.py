"""Text from the open web made safe to show: escaped first, then marked up by us.

Every function here escapes its input before adding its own tags, so the markup it returns can only
contain the tags it adds (``<mark>``), never any a page author wrote.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from storage.search import MARK


def figure_text(fig) -> str:
    """``~200`` for an approximation, the CLI's way of writing a figure's value."""
    return f"{'~' if fig.approx else ''}{fig.value:,}"


def snippet_html(snippet: str | None) -> Markup:
    """A search snippet with its ``**word**`` marks as ``<mark>word</mark>``, the rest escaped."""
    if not snippet:
        return Markup("")
    start, stop = MARK
    out, rest, inside = [], snippet, False
    while rest:
        token = stop if inside else start
        head, found, rest = rest.partition(token)
        out.append(f"<mark>{escape(head)}</mark>" if inside and found else str(escape(head)))
        if not found:
            break
        inside = not inside
    return Markup("".join(out))


def _number_pattern(value: int) -> re.Pattern:
    digits = str(value)
    # 1000 may be written 1,000 / 1 000 / 1.000 / 1 000 (thin or no-break space)
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return re.compile(r"(?<![\d.,])" + r"[,.\s\u00a0\u202f]?".join(groups) + r"(?![\d])")


def evidence_html(evidence: str | None, value: int | None = None) -> Markup:
    """The evidence sentence, escaped, with the claimed number marked where it is written in digits."""
    if not evidence:
        return Markup("")
    if value is None:
        return Markup(escape(evidence))
    found = _number_pattern(value).search(evidence)
    if not found:
        return Markup(escape(evidence))
    a, b = found.span()
    return Markup(f"{escape(evidence[:a])}<mark>{escape(evidence[a:b])}</mark>{escape(evidence[b:])}")
