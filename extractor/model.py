"""The extractor's public value types: what an article says about a prisoner exchange."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Bump whenever the output for the same input can change, so stored articles can be re-extracted.
EXTRACTOR_VERSION = "1.0.0"

KINDS = (
    "returned",
    "bodies_returned",
    "total_returned",
    "total_exchanges",
    "held_captive",
    "missing",
    "died_in_captivity",
)


@dataclass(frozen=True)
class Figure:
    """One number the article states: ``value`` people (or exchanges) of ``kind`` for ``side``.

    ``span`` is the character range of the evidence sentence in the text given to ``extract``;
    it is ``(0, 0)`` when the evidence is the title.
    """

    kind: str
    side: str | None
    value: int
    approx: bool
    evidence: str
    span: tuple[int, int]


@dataclass(frozen=True)
class Extraction:
    relevant: bool
    conflict: str | None
    lang: str | None
    event_date: date | None
    figures: tuple[Figure, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict:
        """The JSON shape `swapwatch extract` prints (without "path"), also used by the eval."""
        return {
            "relevant": self.relevant,
            "conflict": self.conflict,
            "lang": self.lang,
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "figures": [
                {"kind": f.kind, "side": f.side, "value": f.value, "approx": f.approx, "evidence": f.evidence}
                for f in self.figures
            ],
        }


@dataclass(frozen=True)
class ArticleText:
    """The main text of an HTML page, without menus, tickers and footers."""

    title: str | None
    text: str
    published: date | None
    lang: str | None
    canonical_url: str | None
