"""The word-list patterns of extractor.rx match exactly what the plain alternation of their terms matches
(terms start at a word start; the texts here put no digit or underscore right before a term)."""

from __future__ import annotations

import re

import pytest

from extractor.rx import alternation, words

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


@pytest.mark.parametrize("terms", TERMS)
def test_many_letters_and_few_letters_forms_match_alike(terms: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The word-start test before the branches (many first letters) and after each first letter (few) agree,
    with its byte-map shortcut for common letters, on Latin, Cyrillic and other letters before a term."""
    import extractor.rx as rx

    few = words(terms)
    monkeypatch.setattr(rx, "MANY_LETTERS", 1)
    many = words(terms)
    assert few.pattern != many.pattern
    for text in [*TEXTS, "ǅtwo, ßtwo, ωtwo, ктwo, ꙁполону, 5two"]:
        low = text.lower()
        assert [m.span() for m in few.finditer(low)] == [m.span() for m in many.finditer(low)], low


def test_the_common_letters_shortcut_lists_only_letters() -> None:
    from extractor.rx import COMMON_LETTERS

    listed = re.compile(f"[{COMMON_LETTERS}]")
    assert all(re.fullmatch(r"[^\W\d_]", chr(c)) for c in range(0x10000) if listed.fullmatch(chr(c)))


def test_first_test_finds_a_start_wherever_the_pattern_matches() -> None:
    from extractor.rx import first_test

    rx = re.compile(r"(?:\beach|\bboth|по|(?:la |les )deux)\b[^.;:]{0,25}$")
    first = first_test(rx)
    assert first.pattern == "both|each|la\\ deux|les\\ deux|по"
    for text in ["95 each 95", "both sides freed 95", "les deux camps, 95", "по 95", "nothing here 95"]:
        for end in range(len(text) + 1):
            if rx.search(text, 0, end):
                assert first.search(text, 0, end), (text, end)
    assert first_test(re.compile(r"[$€]\s*$")).search("no literal start: every window passes")


# digits and underscores right before a term: "\b" refuses them, a plain word start does not
DIGIT_TEXTS = [*(t.replace(" ", " 5", 3).replace(",", ",_") for t in TEXTS), "3stage stage_ 2stage x-stage"]


@pytest.mark.parametrize("terms", [*TERMS, r"stage|(?:first|last) day|етап\w*", r"(?:the )?stage"])
@pytest.mark.parametrize("many", [1, 1000])
def test_boundary_form_matches_as_the_word_boundary_does(terms: str, many: int,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("extractor.rx.MANY_LETTERS", many)
    plain = re.compile(r"\b(?:" + terms + ")")
    fast = re.compile(alternation(terms, boundary=True))
    for text in TEXTS + DIGIT_TEXTS:
        low = text.lower()
        assert [m.span() for m in fast.finditer(low)] == [m.span() for m in plain.finditer(low)], low
        for pos in range(len(low)):
            a, b = fast.match(low, pos), plain.match(low, pos)
            assert (a and a.span()) == (b and b.span()), (low, pos)
