"""The event rule, defined once: what an exchange event says, from its claims.

A *claim* is one figure as one article states it. An event's figures are ``consolidate`` of its claims:
syndicated copies (``duplicate``) repeat a report, they do not confirm it, so they never count; per
(kind, side) the value most claimed wins, exact numbers beat approximations, and other exact values stay
visible as ``alternatives``. The alerts, the CLI, the export, the feed and ``status`` all read events
through this module, so they cannot disagree. ``Signature`` is the figures as announced, stored as text
on the event and compared with ``Signature.diff``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from core.vocabulary import kind_rank


@dataclass(frozen=True)
class Claim:
    """One figure as one article states it; ``duplicate``: the article is a syndicated copy of another."""

    kind: str
    side: str | None
    value: int
    approx: bool = False
    article_id: int | None = None
    url: str | None = None
    outlet: str | None = None
    evidence: str | None = None
    duplicate: bool = False


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
        data: dict = {"kind": self.kind, "side": self.side, "value": self.value, "approx": self.approx}
        if self.alternatives:
            data["alternatives"] = list(self.alternatives)
        return data


def counted(claims: Iterable[Claim]) -> list[Claim]:
    """The claims that count towards the figures: a syndicated copy repeats, it does not confirm."""
    return [c for c in claims if not c.duplicate]


def outlets(claims: Iterable[Claim]) -> list[str]:
    """The independent outlets behind the claims (syndicated copies left out), sorted."""
    return sorted({c.outlet or "" for c in claims if not c.duplicate})


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
    """Group the counted claims by (kind, side) and pick each group's value, keeping disagreements visible."""
    groups: dict[tuple[str, str | None], list[Claim]] = {}
    for claim in counted(claims):
        groups.setdefault((claim.kind, claim.side), []).append(claim)
    result = []
    for (kind, side), group in groups.items():
        value, approx, alternatives = _headline(group)
        result.append(EventFigure(kind, side, value, approx, tuple(group), alternatives))
    return sorted(result, key=lambda f: (kind_rank(f.kind), f.side or ""))


@dataclass(frozen=True, order=True)
class SignedValue:
    """One figure as announced: its value, whether approximate, and the conflicting claims."""

    value: int
    approx: bool = False
    alternatives: tuple[int, ...] = ()

    @property
    def main(self) -> tuple[int, bool]:
        return self.value, self.approx

    def text(self) -> str:
        alt = "/".join(str(a) for a in self.alternatives)
        return f"{'~' if self.approx else ''}{self.value}{'|' + alt if alt else ''}"

    @classmethod
    def parse(cls, raw: str) -> SignedValue:
        main, _, alternatives = raw.partition("|")
        return cls(int(main.lstrip("~")), main.startswith("~"), tuple(int(a) for a in alternatives.split("/") if a))


Key = tuple[str, str | None]


@dataclass(frozen=True)
class FigureChange:
    """What is news about one figure between two signatures."""

    kind: str
    side: str | None
    before: SignedValue | None
    after: SignedValue
    new_alternatives: tuple[int, ...] = ()

    @property
    def status(self) -> Literal["new", "moved", "disputed"]:
        if self.before is None:
            return "new"
        return "moved" if self.before.main != self.after.main else "disputed"


@dataclass(frozen=True)
class Signature:
    """An event's figures as announced; equal signatures mean nothing worth alerting changed.

    Stored as text (``returned:UA=~200|195/180;…``, sorted) on ``exchange_events.signature``.
    """

    values: Mapping[Key, SignedValue] = field(default_factory=dict)

    @classmethod
    def of(cls, figures: Iterable[EventFigure]) -> Signature:
        return cls({(f.kind, f.side): SignedValue(f.value, f.approx, tuple(f.alternatives)) for f in figures})

    @classmethod
    def parse(cls, text: str | Signature | None) -> Signature:
        if isinstance(text, Signature):
            return text
        values: dict[Key, SignedValue] = {}
        for part in (text or "").split(";"):
            key, _, raw = part.partition("=")
            if key and raw:
                kind, _, side = key.partition(":")
                values[(kind, None if side in ("", "-") else side)] = SignedValue.parse(raw)
        return cls(values)

    def text(self) -> str:
        return ";".join(sorted(f"{kind}:{side or '-'}={v.text()}" for (kind, side), v in self.values.items()))

    def __str__(self) -> str:
        return self.text()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Signature) and dict(self.values) == dict(other.values)

    def __hash__(self) -> int:
        return hash(self.text())

    def diff(self, newer: Signature) -> list[FigureChange]:
        """The news from this signature to ``newer``: a figure that is new, whose headline value moved, or
        with a new conflicting claim. A dropped figure or a withdrawn counter-claim alone is not news."""
        out = []
        for key in sorted(newer.values, key=lambda k: f"{k[0]}:{k[1] or '-'}"):
            after, before = newer.values[key], self.values.get(key)
            fresh = tuple(sorted(set(after.alternatives) - set(before.alternatives))) if before else ()
            if before is None or before.main != after.main or fresh:
                out.append(FigureChange(key[0], key[1], before, after, fresh))
        return out


def signature(figures: Iterable[EventFigure]) -> str:
    """The stored text of an event's signature (``Signature.of(figures).text()``)."""
    return Signature.of(figures).text()
