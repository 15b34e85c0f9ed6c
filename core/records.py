"""Typed records that cross process boundaries.

- ``Extraction`` / ``ExtractedFigure``: what the crawler's worker processes hand back for one article and
  what ``crawler.store`` writes (plain, frozen, cheap to pickle).
- ``SourceRow`` / ``CrawlSummary``: one crawl cycle; ``CrawlSummary.as_dict()`` is the JSON a child crawl
  prints on stdout and ``CrawlSummary.from_json`` is how the service reads it back.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, ValidationError

Role = Literal["reported", "stage", "part", "total", "background", "plan", "restatement", "status"]
CrawlStatus = Literal["ok", "not_modified", "failed", "blocked"]


class FigureLike(Protocol):
    """What the extractor's figure has for sure; ``evidence``, ``span``, ``role`` and ``confidence`` are read
    when present."""

    kind: str
    side: str | None
    value: int
    approx: bool


@dataclass(frozen=True)
class ExtractedFigure:
    """One number an article states. ``role`` and ``confidence`` are the extractor's newer per-figure fields
    (what the number is in the story; how sure the extractor is); older extractors leave the defaults."""

    kind: str
    side: str | None
    value: int
    approx: bool = False
    evidence: str | None = None
    span: tuple[int, int] | None = None
    role: str = "reported"
    confidence: float = 1.0

    @classmethod
    def of(cls, figure: FigureLike) -> ExtractedFigure:
        """From the extractor's own figure object (or anything with its attributes)."""
        span = getattr(figure, "span", None)
        confidence = float(getattr(figure, "confidence", 1.0) or 0.0)
        return cls(
            kind=figure.kind, side=figure.side, value=int(figure.value), approx=bool(figure.approx),
            evidence=getattr(figure, "evidence", None), span=(int(span[0]), int(span[1])) if span else None,
            role=str(getattr(figure, "role", None) or "reported"), confidence=min(1.0, max(0.0, confidence)),
        )


@dataclass(frozen=True)
class Extraction:
    """The extractor's verdict on one article, as the crawler stores it."""

    version: str
    relevant: bool
    conflict: str | None = None
    lang: str | None = None
    event_date: date | None = None
    figures: tuple[ExtractedFigure, ...] = ()

    def figure_keys(self) -> list[tuple[str, str | None, int, bool]]:
        """What a re-extraction compares: (kind, side, value, approx) of each figure, sorted."""
        return sorted((f.kind, f.side, f.value, f.approx) for f in self.figures)


@dataclass
class SourceRow:
    """One source's part of a crawl cycle (a row of the summary table)."""

    name: str
    fetched: int = 0
    new: int = 0
    relevant: int = 0
    figures: int = 0
    errors: int = 0
    seconds: float = 0.0
    status: CrawlStatus = "ok"
    error: str | None = None
    source_id: int | None = None
    started_at: datetime | None = None
    edited: int = 0  # archived Telegram posts whose text changed, re-extracted

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("source_id")
        data.pop("started_at")
        data["seconds"] = round(self.seconds, 2)
        return data


COUNTS = ("fetched", "new", "relevant", "figures", "errors")


class _SummaryJson(BaseModel):
    """The printed summary. Its rows validate as ``SourceRow`` itself (pydantic reads dataclasses), so a field
    added to the row is read back too; unknown keys (added later) are ignored, missing counts are zero."""

    model_config = ConfigDict(extra="ignore")
    sources: list[SourceRow]
    seconds: float = 0.0
    storage_error: str | None = None


@dataclass
class CrawlSummary:
    """Per-source rows and totals of one crawl cycle; ``as_dict()`` is JSON-ready."""

    sources: list[SourceRow] = field(default_factory=list)
    seconds: float = 0.0
    # the database refused writes (disk full, read-only, connection lost): the cycle failed whatever it fetched
    storage_error: str | None = None

    def total(self, name: str) -> int:
        return sum(getattr(row, name) for row in self.sources)

    @property
    def failed(self) -> list[str]:
        return [row.name for row in self.sources if row.status in ("failed", "blocked")]

    def as_dict(self) -> dict[str, Any]:
        totals = {k: self.total(k) for k in COUNTS}
        return {
            "sources": [row.as_dict() for row in self.sources],
            "totals": {**totals, "sources": len(self.sources), "failed": len(self.failed)},
            "seconds": round(self.seconds, 2),
            "storage_error": self.storage_error,
        }

    @classmethod
    def from_json(cls, text: str) -> CrawlSummary:
        """Read back what ``as_dict()`` printed; a ValueError names what is wrong."""
        try:
            data = _SummaryJson.model_validate(json.loads(text))
        except (ValidationError, json.JSONDecodeError) as exc:
            raise ValueError(f"not a crawl summary: {str(exc).splitlines()[0]}") from None
        return cls(list(data.sources), data.seconds, data.storage_error)
