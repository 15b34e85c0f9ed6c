"""Ordinal words: "the fifth exchange", "п'ятий обмін", "el quincuagésimo", "der fünfundsechzigste Austausch".

Reports count exchanges with ordinal words as often as with "65th"; each language's ``ORDINALS`` table
(``extractor/lexicons/<code>.py``) gives the words for 1-9, 10-19 and the tens, and how a compound joins them
(tens then unit, "sixty-fifth", "шістдесят п'ятий", "sexagésimo quinto"; the unit first, "fünfundsechzigste";
one word, "sessantacinquesimo"). Only 1-99: no report counts a hundredth exchange in words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.lexicons import by_language
from extractor.numbers import NumberMention


def _simple(table: dict) -> dict[str, int]:
    forms = {w: i for i, w in enumerate(table["units"], start=1)}
    forms.update({w: i for i, w in enumerate(table["teens"], start=10)})
    forms.update({w: 10 * i for i, w in enumerate(table["tens"], start=2)})
    return forms


def _compounds(table: dict) -> dict[str, int]:
    """Every compound 21-99 the table's joining rule makes."""
    out: dict[str, int] = {}
    units, joiners = table["units"], table["joiners"]
    if "unit_cardinal_first" in table:  # "fünf" + "und" + "sechzigst"
        for t, tens in enumerate(table["tens"], start=2):
            for u, unit in enumerate(table["unit_cardinal_first"], start=1):
                out.update({f"{unit}{j}{tens}": 10 * t + u for j in joiners})
        return out
    if "tens_endings" in table:  # "sexagésim" + "o" + " " + "quint(o)"
        for t, tens in enumerate(table["tens"], start=2):
            for u, unit in enumerate(units, start=1):
                out.update({f"{tens}{e}{j}{unit}": 10 * t + u for j in joiners for e in table["tens_endings"]})
        return out
    cardinals = table["tens_cardinal"]
    unit_forms = table.get("unit_compound", units)
    for t, tens in enumerate(cardinals, start=2):
        # French counts 70s and 90s on from 60 and 80: "soixante-quinzième" is 75
        teens = t > 2 and cardinals[t - 3] == tens
        parts = table["teens"][1:] if teens else unit_forms
        first = 10 * (t - 1) + 11 if teens else 10 * t + 1  # "soixante-onzième" 71, "soixante et unième" 61
        for k, unit in enumerate(parts):
            out.update({f"{tens}{j}{unit}": first + k for j in joiners})
    return out


def _trie(words: list[str]) -> str:
    """One regex for many literal words, as a character trie: the engine follows one branch per letter instead
    of trying thousands of alternatives at every position."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(root)


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    forms: dict[str, int] = {}
    alternatives = []
    for table in by_language("ORDINALS").values():
        mine = {**_compounds(table), **_simple(table)}
        forms.update({k: v for k, v in mine.items() if k not in forms})
        alternatives.append(f"(?:{_trie(list(mine))}){table.get('suffix', '')}")
    words = "|".join(alternatives)
    # not "quinta-feira" (Thursday): a hyphen after the word makes it part of another
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_]|-)"), forms


def _value(word: str, forms: dict[str, int]) -> int | None:
    """The value of a matched word: its longest known stem (the match may carry a case ending of up to 5 letters)."""
    for cut in range(len(word), max(0, len(word) - 6), -1):
        if word[:cut] in forms:
            return forms[word[:cut]]
    return None


def ordinal_words(low: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    """Ordinal words in ``low[start:end]`` as ordinal number mentions (3 and up: "the first swap since May" ranks,
    it does not count). Callers pass a window beside an exchange noun: the pattern is long."""
    rx, forms = _pattern()
    out = []
    for m in rx.finditer(low, start, len(low) if end is None else end):
        value = _value(m.group(0), forms)
        if value is not None and value >= 3:
            out.append(NumberMention(m.start(), m.end(), value, False, True))
    return out
