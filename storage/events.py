"""What an exchange event says, consolidated from its claims (one figure of one article each).

Both the alerts (message text, change detection) and the archive queries (events listing, export)
read an event through ``consolidate`` so that they always agree on its figures.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Claim:
    """One figure as one article states it."""

    kind: str
    side: str | None
    value: int
    approx: bool = False
    article_id: int | None = None
    url: str | None = None
    outlet: str | None = None
    evidence: str | None = None


@dataclass(frozen=True)
class EventFigure:
    """The event's figure for one kind and side; ``alternatives`` holds conflicting exact claims."""

    kind: str
    side: str | None
    value: int
    approx: bool
    claims: tuple[Claim, ...] = field(default=(), compare=False)
    alternatives: tuple[int, ...] = ()

    @property
    def disputed(self) -> bool:
        return bool(self.alternatives)

    def as_dict(self) -> dict:
        data = {"kind": self.kind, "side": self.side, "value": self.value, "approx": self.approx}
        if self.alternatives:
            data["alternatives"] = list(self.alternatives)
        return data


KIND_ORDER = ("returned", "bodies_returned", "total_returned", "total_exchanges",
              "held_captive", "missing", "died_in_captivity")


def _headline(claims: list[Claim]) -> tuple[int, bool, tuple[int, ...]]:
    """The value most claimed; exact numbers beat approximations ("about 200" then "207" → 207)."""
    exact = [c.value for c in claims if not c.approx]
    pool = exact or [c.value for c in claims]
    counts = Counter(pool)
    # most claimed first; ties go to the larger number (later, fuller counts tend to be larger)
    ranked = sorted(counts, key=lambda v: (-counts[v], -v))
    alternatives = tuple(sorted(ranked[1:])) if exact else ()
    return ranked[0], not exact, alternatives


def consolidate(claims: Iterable[Claim]) -> list[EventFigure]:
    """Group claims by (kind, side) and pick each group's value, keeping disagreements visible."""
    groups: dict[tuple[str, str | None], list[Claim]] = {}
    for claim in claims:
        groups.setdefault((claim.kind, claim.side), []).append(claim)
    result = []
    for (kind, side), group in groups.items():
        value, approx, alternatives = _headline(group)
        result.append(EventFigure(kind, side, value, approx, tuple(group), alternatives))
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    return sorted(result, key=lambda f: (order.get(f.kind, 99), f.side or ""))


def signature(figures: Iterable[EventFigure]) -> str:
    """A canonical text of an event's figures: equal signatures mean nothing worth alerting changed."""
    parts = []
    for f in figures:
        alt = "/".join(str(a) for a in f.alternatives)
        parts.append(f"{f.kind}:{f.side or '-'}={'~' if f.approx else ''}{f.value}{'|' + alt if alt else ''}")
    return ";".join(sorted(parts))
