"""Ordinal words (extractor/ordinals.py): every language's table reads its simple and compound forms."""

from __future__ import annotations

import pytest

from extractor import lexicons
from extractor.ordinals import ordinal_words


@pytest.mark.parametrize(("text", "value"), [
    ("the fifth exchange", 5),
    ("the sixty-fifth exchange", 65),
    ("шістдесят п'ятого обміну", 65),
    ("пятьдесят седьмой обмен", 57),
    ("der fünfundsechzigste austausch", 65),
    ("le soixante-quinzième échange", 75),
    ("el sexagésimo quinto canje", 65),
    ("a sexagésima quinta troca", 65),
    ("sześćdziesiątej piątej wymiany", 65),
    ("il sessantacinquesimo scambio", 65),
    ("il ventunesimo scambio", 21),
])
def test_a_compound_ordinal_is_one_number(text: str, value: int) -> None:
    found = ordinal_words(text)
    assert [n.value for n in found] == [value]
    assert found[0].ordinal and text[found[0].end] == " "  # the whole compound, not a part of it


@pytest.mark.parametrize("text", ["the first exchange since may", "a second round", "na quinta-feira", "the fifty"])
def test_first_second_and_other_words_are_not_read(text: str) -> None:
    # "first" and "second" rank loosely ("the first swap since May"); "quinta-feira" is Thursday
    assert ordinal_words(text) == []


def test_a_window_limits_the_search() -> None:
    text = "the fifth exchange and the sixth exchange"
    assert [n.value for n in ordinal_words(text, 20)] == [6]


@pytest.mark.parametrize("code", lexicons.LANGUAGES)
def test_every_language_has_an_ordinal_table(code: str) -> None:
    table = lexicons.by_language("ORDINALS")[code]
    assert len(table["units"]) == 9 and len(table["teens"]) == 10 and len(table["tens"]) == 8
