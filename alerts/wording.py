"""How figures read in a message: country names, kinds, approximations, disputed numbers, changes."""

from __future__ import annotations

from core.events import EventFigure, FigureChange, Signature, SignedValue
from core.vocabulary import BODIES_KIND, KINDS, PEOPLE_KIND, TOTAL_KINDS, conflict_name, country

__all__ = ["attributed", "changed_kinds", "changes", "conflict_name", "country", "headline", "label", "number"]


def number(value: int, approx: bool = False) -> str:
    return f"{'about ' if approx else ''}{value:,}"


def label(kind: str, side: str | None) -> str:
    """``("returned", "UA")`` → ``"Returned to Ukraine"``."""
    known = KINDS.get(kind)
    text = known.label if known else kind.replace("_", " ")
    sided = known.sided if known else True
    if sided and side is not None:
        text = f"{text} {country(side)}"
    elif sided:
        text = text.removesuffix(" to").removesuffix(" from")
    return text[0].upper() + text[1:]


def attributed(figure: EventFigure) -> str:
    """The value, and for a disputed figure who says what: ``207 (Ukrinform, Reuters); 195 according to TASS``."""
    main = number(figure.value, figure.approx)
    if not figure.alternatives:
        # how many independent outlets back the number, said truthfully
        return f"{main} (according to {figure.backing} outlet{'s' if figure.backing != 1 else ''})"
    def outlets(value: int) -> str:
        names = sorted({c.outlet or "unknown" for c in figure.claims if c.value == value and not c.approx})
        return ", ".join(names)
    others = "; ".join(f"{number(v)} according to {outlets(v)}" for v in figure.alternatives)
    return f"{main} ({outlets(figure.value)}); {others}"


def headline(figures: list[EventFigure]) -> str:
    """``1,000 returned to Ukraine, 1,000 to Russia`` (people first; bodies when no people were swapped)."""
    for kind in (PEOPLE_KIND, BODIES_KIND):
        chosen = [f for f in figures if f.kind == kind]
        if chosen:
            parts = [f"{number(f.value, f.approx)} {KINDS[kind].label if i == 0 else 'to'} {country(f.side)}"
                     for i, f in enumerate(chosen)]
            return ", ".join(parts)
    return "figures reported"


def value_text(value: SignedValue) -> str:
    """An announced value as words: ``~200`` → ``about 200``; ``207|195`` → ``207 (also claimed: 195)``."""
    text = number(value.value, value.approx)
    if value.alternatives:
        text += f" (also claimed: {', '.join(number(a) for a in value.alternatives)})"
    return text


def change_line(change: FigureChange) -> str:
    """One line of "What changed": ``Returned to Ukraine: about 200 → 207``."""
    name = label(change.kind, change.side)
    if change.before is None:
        return f"{name}: {value_text(change.after)} (new)"
    if change.status == "disputed":
        claimed = ", ".join(number(a) for a in change.new_alternatives)
        stands = value_text(SignedValue(change.after.value, change.after.approx))
        return f"{name}: {stands} stands; also claimed: {claimed}"
    return f"{name}: {value_text(change.before)} → {value_text(change.after)}"


def changes(before: Signature | str | None, after: Signature | str | None) -> list[str]:
    """What is news between two signatures, one line per figure."""
    return [change_line(c) for c in Signature.parse(before).diff(Signature.parse(after))]


def changed_kinds(before: Signature | str | None, after: Signature | str | None) -> set[str]:
    """The figure kinds with news (a dropped figure or a withdrawn counter-claim alone is not news)."""
    return {c.kind for c in Signature.parse(before).diff(Signature.parse(after))}


def only_totals(kinds: set[str]) -> bool:
    """Whether news in these kinds is a running-total update only."""
    return not kinds - set(TOTAL_KINDS)
