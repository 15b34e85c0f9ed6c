"""How the pages name things: figure kinds, sides and conflicts, in the words the alerts use."""

from __future__ import annotations

KIND_LABELS = {
    "returned": "returned to",
    "bodies_returned": "bodies returned to",
    "total_returned": "total returned to",
    "total_exchanges": "exchanges so far",
    "held_captive": "held captive from",
    "missing": "missing from",
    "died_in_captivity": "died in captivity from",
}
COUNTRIES = {"UA": "Ukraine", "RU": "Russia", "IL": "Israel", "PS": "Palestinian territories", "US": "United States"}
CONFLICTS = {"RU-UA": "Russia–Ukraine", "IL-PS": "Israel–Palestinian territories"}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " "))


def side_name(side: str | None) -> str:
    if not side:
        return ""
    return COUNTRIES.get(side.upper(), side.upper())


def conflict_label(code: str | None) -> str:
    if not code:
        return "no conflict named"
    return CONFLICTS.get(code, code)
