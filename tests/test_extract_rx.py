"""The word-list patterns of extractor.rx match exactly what the plain alternation of their terms matches
(terms start at a word start; the texts here put no digit or underscore right before a term)."""

from __future__ import annotations

import re

import pytest

from extractor.rx import words

TERMS = [
    r"prisoners? of war|prisoner swaps?|prisoner exchanges?|pows?\b|p\.o\.w|pow",
    r"exchange rates?|exchange of (?:views|fire)|exchanged fire|exchange",
    r"(?:die )?polizei befreite|(?:la )?police a libéré|police",
    r"полонен\w*|полону|повернул\w* (?:\S+ ){0,2}з полону",
    r"twenty|twenty-one|two|twelve|tw\w+",
]
TEXTS = [
    "Two prisoners of war and twelve POWs came home in a prisoner swap; (police a libéré); la police a libéré.",
    "The exchange rates fell after an exchange of fire; exchanged fire, exchangeable, p.o.w. camp, powder.",
    "Die Polizei befreite zwei; ,polizei befreite; повернулися додому з полону 95 полонених, полону.",
    "twenty-one, twentyfold, two-thirds, tw, twelve12, x-twenty, twentieth",
]


@pytest.mark.parametrize("terms", TERMS)
def test_same_matches_as_the_plain_alternation(terms: str) -> None:
    plain = re.compile(r"\b(?:" + terms + ")")
    fast = words(terms)
    assert fast.pattern != plain.pattern
    for text in TEXTS:
        low = text.lower()
        assert [m.span() for m in fast.finditer(low)] == [m.span() for m in plain.finditer(low)], low
        for pos in range(len(low)):
            a, b = fast.match(low, pos), plain.match(low, pos)
            assert (a and a.span()) == (b and b.span()), (low, pos)


def test_shared_beginnings_are_read_once() -> None:
    """ "prisoner" is spelled once in the pattern, not once per term."""
    assert words(TERMS[0]).pattern.count("risoner") == 1
