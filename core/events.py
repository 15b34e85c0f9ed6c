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

# ``[alerts] min_confidence`` when the config does not set it (chosen from bench/replay.py on the dev sets)
DEFAULT_MIN_CONFIDENCE = 0.8


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
    # what the number is in its article and how sure the extractor was (older extractors: unknown, i.e. 1.0)
    role: str = "reported"
    confidence: float = 1.0


@dataclass(frozen=True)
class EventFigure:
    """The event's figure for one kind and side; ``alternatives`` holds conflicting exact claims.

    ``confidence`` is the best confidence among the claims backing the value, ``backing`` the number of
    independent outlets behind it; ``held`` says why the figure is not announced (None: it is).
    ``unconfirmed`` are other values only a single unsure report gives: shown, never announced as a dispute.
    """

    kind: str
    side: str | None
    value: int
    approx: bool
    claims: tuple[Claim, ...] = field(default=(), compare=False)
    alternatives: tuple[int, ...] = ()
    confidence: float = field(default=1.0, compare=False)
    backing: int = field(default=1, compare=False)
    role: str = field(default="reported", compare=False)
    held: str | None = field(default=None, compare=False)
    unconfirmed: tuple[int, ...] = field(default=(), compare=False)

    @property
    def disputed(self) -> bool:
        return bool(self.alternatives)

    def as_dict(self) -> dict:
        data: dict = {"kind": self.kind, "side": self.side, "value": self.value, "approx": self.approx}
        if self.alternatives:
            data["alternatives"] = list(self.alternatives)
        data |= {"role": self.role, "confidence": self.confidence, "outlets_count": self.backing,
                 "held": self.held is not None}
        if self.held:
            data["held_reason"] = self.held
        if self.unconfirmed:
            data["unconfirmed"] = list(self.unconfirmed)
        return data


def counted(claims: Iterable[Claim]) -> list[Claim]:
    """The claims that count towards the figures: a syndicated copy repeats, it does not confirm."""
    return [c for c in claims if not c.duplicate]


def outlets(claims: Iterable[Claim]) -> list[str]:
    """The independent outlets behind the claims (syndicated copies left out), sorted."""
    return sorted({c.outlet or "" for c in claims if not c.duplicate})


def backs(claim: Claim, value: int, approx: bool) -> bool:
    """Whether a claim supports a value: the same number, or within 10% where either is an approximation."""
    if claim.value == value:
        return True
    return (claim.approx or approx) and abs(claim.value - value) <= max(claim.value, value) * 0.10


def trusted(claims: Iterable[Claim], min_confidence: float) -> bool:
    """Claims worth announcing: one sure enough (``min_confidence``), or two independent outlets."""
    claims = list(claims)
    if any(c.confidence >= min_confidence for c in claims):
        return True
    return len({c.outlet or "" for c in claims}) >= 2


def _headline(claims: list[Claim], min_confidence: float = 0.0) -> tuple[int, bool, tuple[int, ...], tuple[int, ...]]:
    """The value most claimed; exact numbers beat approximations ("about 200" then "207" → 207).

    A value announced-worthy (``trusted``) beats one that is not, so one unsure misreading never displaces a
    corroborated number; other values split into ``alternatives`` (trusted) and ``unconfirmed``.
    """
    exact = [c for c in claims if not c.approx]
    pool = exact or claims
    counts = Counter(c.value for c in pool)
    sure = {v: trusted((c for c in pool if c.value == v), min_confidence) for v in counts}
    # trusted first, then most claimed; ties go to the larger number (later, fuller counts tend to be larger)
    ranked = sorted(counts, key=lambda v: (not sure[v], -counts[v], -v))
    others = ranked[1:] if exact else []
    return (ranked[0], not exact, tuple(sorted(v for v in others if sure[v])),
            tuple(sorted(v for v in others if not sure[v])))


def hold_reason(backing: list[Claim], min_confidence: float) -> str | None:
    """Why a figure is not announced yet, or None: below ``min_confidence`` and from a single outlet."""
    if not backing or trusted(backing, min_confidence):
        return None
    best = max(c.confidence for c in backing)
    outlet = backing[0].outlet or "an unknown outlet"
    return (f"held: confidence {best:.2f} is below min_confidence {min_confidence:.2f} and only {outlet} "
            f"reports it; waiting for a second outlet or a surer report")


def _figure(kind: str, side: str | None, group: list[Claim], min_confidence: float) -> EventFigure:
    value, approx, alternatives, unconfirmed = _headline(group, min_confidence)
    backing = [c for c in group if backs(c, value, approx)] or group
    best = max(backing, key=lambda c: c.confidence)
    return EventFigure(kind, side, value, approx, tuple(group), alternatives, confidence=best.confidence,
                       backing=len({c.outlet or "" for c in backing}), role=best.role,
                       held=hold_reason(backing, min_confidence), unconfirmed=unconfirmed)


def consolidate(claims: Iterable[Claim], min_confidence: float = 0.0) -> list[EventFigure]:
    """Group the counted claims by (kind, side) and pick each group's value, keeping disagreements visible.

    With ``min_confidence`` a figure below it that a single outlet reports comes back ``held``: recorded and
    shown, but left out of ``announced`` (and so of every alert) until a second outlet or a surer report backs it.
    """
    groups: dict[tuple[str, str | None], list[Claim]] = {}
    for claim in counted(claims):
        groups.setdefault((claim.kind, claim.side), []).append(claim)
    result = [_figure(kind, side, group, min_confidence) for (kind, side), group in groups.items()]
    return sorted(result, key=lambda f: (kind_rank(f.kind), f.side or ""))


def announced(figures: Iterable[EventFigure]) -> list[EventFigure]:
    """The figures an alert may state: the ones not ``held``."""
    return [f for f in figures if f.held is None]


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
