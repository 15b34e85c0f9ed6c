"""How the pages name things: figure kinds, sides and conflicts, in the vocabulary's words (``core``),
the same the alerts use."""

from __future__ import annotations

from core.vocabulary import KINDS, LANGUAGES, OTHER_CONFLICT, conflict_name, country


def kind_label(kind: str) -> str:
    """``returned to``, ``exchanges so far``: the vocabulary's label; an unknown kind reads as itself."""
    found = KINDS.get(kind)
    return found.label if found else kind.replace("_", " ")


def side_name(side: str | None) -> str:
    return country(side).removeprefix("the ") if side else ""


def conflict_label(code: str | None) -> str:
    if not code:
        return "no conflict named"
    if code == OTHER_CONFLICT:
        return "Other conflicts"
    return conflict_name(code) or code


def language_name(code: str | None) -> str:
    return LANGUAGES.get(code or "", code or "")
