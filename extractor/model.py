"""The extractor's public value types: what an article says about a prisoner exchange."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from core.vocabulary import KIND_NAMES

# Bump whenever the output for the same input can change, so stored articles can be re-extracted.
EXTRACTOR_VERSION = "2.7.0"

KINDS = KIND_NAMES  # the one list of figure kinds lives in the ground floor (core.vocabulary)

# What a number is in its article. Only figures whose role is in EMITTED_ROLES reach ``Extraction``;
# the others are what the resolution step decided to leave out (kept as names so debugging output and
# tests can speak the same words).
ROLES = (
    "reported",  # a count of the exchange (or handover) the article reports
    "stage",  # one stage (day) of an exchange still running; the article reports that stage
    "part",  # a sub-group or a stage inside a stated total: left out
    "background",  # a figure of an earlier exchange given as context: left out
    "total",  # a whole-war running total (total_returned, total_exchanges)
    "plan",  # an agreed or announced number, not yet handed over: left out
    "restatement",  # a hedged or rounded repeat of another figure of the same kind and side
    "status",  # a captivity state: held, missing, died in captivity
)
EMITTED_ROLES = frozenset({"reported", "stage", "total", "restatement", "status"})


@dataclass(frozen=True)
class Figure:
    """One number the article states: ``value`` people (or exchanges) of ``kind`` for ``side``.

    ``span`` is the character range of the evidence sentence in the text given to ``extract``;
    it is ``(0, 0)`` when the evidence is the title. ``role`` is one of ``ROLES``; ``confidence`` in
    [0, 1] is how often figures like this one were right on the labelled real-style reports.
    """

    kind: str
    side: str | None
    value: int
    approx: bool
    evidence: str
    span: tuple[int, int]
    role: str = "reported"
    confidence: float = 0.5


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
                {"kind": f.kind, "side": f.side, "value": f.value, "approx": f.approx, "evidence": f.evidence,
                 "role": f.role, "confidence": f.confidence}
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
