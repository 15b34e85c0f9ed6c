"""Whose people a word names: nationality words and country names per ISO 3166 code, as data, and the lookups
over them (the first nationality in a phrase, the countries a text names, a civil war's country).

The words live per language in ``extractor/lexicons/<code>.py`` (``NATIONALITY``, ``COUNTRY``); codes keep the
order in which the registry first meets them (English lists every code), so the merged patterns are stable.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.lexicons import table
from extractor.rx import words

# Demonyms and adjectives of nationality (lower case stems) → ISO 3166 alpha-2, every language's merged.
NATIONALITY_RX: dict[str, str] = table("NATIONALITY")

# Country names as subjects or destinations ("Ukraine received", "handed over to Russia", "Україні").
# Armed groups of one country's civil war (Houthis, ELN, LNA) act as that country: "the Houthis freed 120"
ARMED_GROUP_RX: dict[str, str] = table("ARMED_GROUP")
COUNTRY_RX: dict[str, str] = {code: "|".join(rx for rx in (table("COUNTRY").get(code), ARMED_GROUP_RX.get(code)) if rx)
                              for code in {**table("COUNTRY"), **ARMED_GROUP_RX}}

NATIONALITY = [(code, words(rx)) for code, rx in NATIONALITY_RX.items()]
# All codes in one pattern: one scan finds the leftmost nationality word, its group names the code. The word
# boundary is tested once before the codes, not inside each (mid-word positions fail at once: 3x faster).
_NATIONALITY_ANY = re.compile(
    r"\b(?:" + "|".join(rf"(?P<{code}>(?:{rx}))" for code, rx in NATIONALITY_RX.items()) + ")")
COUNTRY = [(code, words(rx)) for code, rx in COUNTRY_RX.items()]

def other_side(side: str, parties: tuple[str, str]) -> str | None:
    """The other of the two parties, or None when ``side`` is neither."""
    a, b = parties
    if side == a:
        return b
    if side == b:
        return a
    return None


_RU_UA_NAMES = [rx for code, rx in NATIONALITY + COUNTRY if code in ("UA", "RU", "BY", "KP")]
_OTHER_NAMES = [rx for code, rx in NATIONALITY + COUNTRY if code not in ("UA", "RU", "BY", "KP")]


def names_only_others(low: str) -> bool:
    """The text names other countries' parties and neither Ukraine nor Russia (searches stop at the first hit)."""
    if any(rx.search(low) for rx in _RU_UA_NAMES):
        return False
    return any(rx.search(low) for rx in _OTHER_NAMES)


_ARMED_GROUP = [(code, words(rx)) for code, rx in ARMED_GROUP_RX.items()]


def civil_war(low: str, ranked: list[str]) -> str | None:
    """The country among the article's two leading parties whose own armed group the text names: its war is
    fought inside it, and the people either side frees are its citizens (Yemen's Houthis and government)."""
    return next((code for code, rx in _ARMED_GROUP if code in ranked[:2] and rx.search(low)), None)


@lru_cache(maxsize=1024)  # the same noun phrase is asked about by several rules
def nationality(low: str) -> str | None:
    """The first nationality word in ``low`` (a short noun-phrase window)."""
    m = _NATIONALITY_ANY.search(low)
    return m.lastgroup if m else None


@lru_cache(maxsize=256)
def countries(low: str) -> tuple[tuple[int, int, str], ...]:
    """Country names (and "the Ukrainian side") in ``low`` as (start, end, code), in order."""
    # per-code patterns: each scans in C to its first letters, faster on long text than one big pattern
    return tuple(sorted((m.start(), m.end(), code) for code, rx in COUNTRY for m in rx.finditer(low)))


def nationalities(low: str) -> list[tuple[int, str]]:
    """Every nationality word in ``low`` as (position, code), in order."""
    return sorted((m.start(), code) for code, rx in NATIONALITY for m in rx.finditer(low))
