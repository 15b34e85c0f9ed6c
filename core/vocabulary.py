"""The domain's words, defined once: figure kinds with their traits and labels, sides, conflicts, languages.

Adding a figure kind means one ``Kind`` entry here (plus the extractor rule that finds it); the alerts,
the views, the export and the feed read its traits and label from here instead of listing kinds themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Group = Literal["exchange", "total", "captivity"]


@dataclass(frozen=True)
class Kind:
    """A figure kind. ``group``: ``exchange`` figures make up one swap (they start and match events),
    ``total`` figures are running totals that ride along with an event, ``captivity`` figures (held,
    missing, died) are recorded on the article but belong to no event. ``label`` reads before a country
    (``returned to`` Ukraine); ``sided`` is False for a count with no side (exchanges so far)."""

    name: str
    group: Group
    label: str
    sided: bool = True


KIND_LIST: tuple[Kind, ...] = (
    Kind("returned", "exchange", "returned to"),
    Kind("bodies_returned", "exchange", "bodies returned to"),
    Kind("total_returned", "total", "total returned to"),
    Kind("total_exchanges", "total", "exchanges so far", sided=False),
    Kind("held_captive", "captivity", "held captive from"),
    Kind("missing", "captivity", "missing from"),
    Kind("died_in_captivity", "captivity", "died in captivity from"),
)
KINDS: dict[str, Kind] = {k.name: k for k in KIND_LIST}
# the same names in the same order as the extractor's own ``extractor.model.KINDS``
KIND_NAMES: tuple[str, ...] = tuple(KINDS)
EXCHANGE_KINDS: tuple[str, ...] = tuple(k.name for k in KIND_LIST if k.group == "exchange")
TOTAL_KINDS: tuple[str, ...] = tuple(k.name for k in KIND_LIST if k.group == "total")
EVENT_KINDS: tuple[str, ...] = EXCHANGE_KINDS + TOTAL_KINDS
# the people swapped, as opposed to bodies: the kind an event's headline and the timeline lead with
PEOPLE_KIND = "returned"
BODIES_KIND = "bodies_returned"


def kind_rank(kind: str) -> int:
    """Sort key: the vocabulary's order, unknown kinds last."""
    return _RANK.get(kind, len(_RANK))


_RANK = {name: i for i, name in enumerate(KIND_NAMES)}

# ISO 3166 alpha-2 codes with the names a message uses ("returned to Ukraine")
COUNTRIES: dict[str, str] = {
    "UA": "Ukraine", "RU": "Russia", "BY": "Belarus", "US": "the United States", "GB": "the United Kingdom",
    "IL": "Israel", "PS": "the Palestinian territories", "LB": "Lebanon", "AM": "Armenia", "AZ": "Azerbaijan",
    "GE": "Georgia", "MD": "Moldova", "PL": "Poland", "DE": "Germany", "FR": "France", "TR": "Turkey",
    "AE": "the United Arab Emirates", "SA": "Saudi Arabia", "QA": "Qatar", "IR": "Iran", "SY": "Syria",
    "YE": "Yemen", "SD": "Sudan", "ET": "Ethiopia", "ER": "Eritrea", "CO": "Colombia", "VE": "Venezuela",
    "KP": "North Korea", "KR": "South Korea", "CN": "China", "IN": "India", "PK": "Pakistan",
}

# a conflict is named by its two parties' codes in alphabetical order; "other" lumps the rest together
OTHER_CONFLICT = "other"
CONFLICTS: dict[str, str] = {
    "RU-UA": "Russia–Ukraine",
    "IL-PS": "Israel–Palestinian territories",
    "IL-LB": "Israel–Lebanon",
    "AM-AZ": "Armenia–Azerbaijan",
    "RU-US": "Russia–United States",
    "BY-US": "Belarus–United States",
    "IR-US": "Iran–United States",
    "SA-YE": "Saudi Arabia–Yemen",
    OTHER_CONFLICT: "other conflicts",
}
# the same pair written the other way round (the design notes say "US-RU")
_ALIASES = {"US-RU": "RU-US", "UA-RU": "RU-UA", "PS-IL": "IL-PS", "AZ-AM": "AM-AZ", "LB-IL": "IL-LB"}

LANGUAGES: dict[str, str] = {
    "en": "English", "uk": "Ukrainian", "ru": "Russian", "de": "German", "fr": "French", "es": "Spanish",
    "it": "Italian", "pl": "Polish", "pt": "Portuguese",
}


def country(side: str | None) -> str:
    """``"UA"`` → ``"Ukraine"``; an unknown code stays the code."""
    if not side:
        return "an unnamed side"
    return COUNTRIES.get(side.upper(), side.upper())


def conflict_code(code: str | None) -> str | None:
    """The canonical spelling of a conflict code (``"US-RU"`` → ``"RU-US"``)."""
    if code is None:
        return None
    return _ALIASES.get(code.upper(), code if code == OTHER_CONFLICT else code.upper())


def conflict_name(code: str | None) -> str | None:
    """``"RU-UA"`` → ``"Russia–Ukraine"``; a pair of known countries is named too; ``"other"`` → None."""
    if not code or code == OTHER_CONFLICT:
        return None
    code = conflict_code(code) or ""
    if code in CONFLICTS:
        return CONFLICTS[code]
    parts = code.split("-")
    if len(parts) == 2 and all(p in COUNTRIES for p in parts):
        return "–".join(COUNTRIES[p].removeprefix("the ") for p in parts)
    return None


def conflict_of_sides(sides: set[str]) -> str | None:
    """The named conflict whose parties are exactly ``sides`` (``{"IL", "PS"}`` → ``"IL-PS"``), else None."""
    if len(sides) != 2:
        return None
    code = "-".join(sorted(s.upper() for s in sides))
    return code if code in CONFLICTS else None


def named_conflict(code: str | None, sides: set[str]) -> str | None:
    """``"other"`` replaced by the named conflict when the exchange's two sides are a known pair."""
    if code == OTHER_CONFLICT:
        return conflict_of_sides(sides) or code
    return conflict_code(code)
