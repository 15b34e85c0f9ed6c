"""Number parsing: every supported way of writing an integer reads back to that integer."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import find_numbers, parse_number

EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
UK_UNITS = [
    "",
    "один",
    "два",
    "три",
    "чотири",
    "п'ять",
    "шість",
    "сім",
    "вісім",
    "дев'ять",
    "десять",
    "одинадцять",
    "дванадцять",
    "тринадцять",
    "чотирнадцять",
    "п'ятнадцять",
    "шістнадцять",
    "сімнадцять",
    "вісімнадцять",
    "дев'ятнадцять",
]
UK_TENS = ["", "", "двадцять", "тридцять", "сорок", "п'ятдесят", "шістдесят", "сімдесят", "вісімдесят", "дев'яносто"]
UK_HUNDREDS = ["", "сто", "двісті", "триста", "чотириста", "п'ятсот", "шістсот", "сімсот", "вісімсот", "дев'ятсот"]
RU_UNITS = [
    "",
    "один",
    "два",
    "три",
    "четыре",
    "пять",
    "шесть",
    "семь",
    "восемь",
    "девять",
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
]
RU_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"]
RU_HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"]


def en_words(n: int) -> str:
    def below_thousand(x: int) -> list[str]:
        out = []
        if x >= 100:
            out += [EN_UNITS[x // 100], "hundred"]
            x %= 100
            if x:
                out.append("and")
        if x >= 20:
            out.append(EN_TENS[x // 10] + (f"-{EN_UNITS[x % 10]}" if x % 10 else ""))
        elif x:
            out.append(EN_UNITS[x])
        return out

    if n == 0:
        return "zero"
    words = []
    if n >= 1000:
        words += below_thousand(n // 1000) + ["thousand"]
    words += below_thousand(n % 1000)
    return " ".join(words)


def slavic_words(n: int, units, tens, hundreds, thousand_forms) -> str:
    def below_thousand(x: int) -> list[str]:
        out = [hundreds[x // 100]]
        x %= 100
        if x >= 20:
            out += [tens[x // 10], units[x % 10]]
        else:
            out.append(units[x])
        return [w for w in out if w]

    words = []
    if n >= 1000:
        k = n // 1000
        one, few, many = thousand_forms
        form = one if k % 10 == 1 and k % 100 != 11 else few if 2 <= k % 10 <= 4 and not 12 <= k % 100 <= 14 else many
        words += below_thousand(k) + [form]
    words += below_thousand(n % 1000)
    return " ".join(words)


def grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999))
def test_digits_in_every_grouping_style_parse_back(n: int) -> None:
    for sep in (",", " ", "\u00a0", "\u202f", "\u2009"):
        assert parse_number(grouped(n, sep)) == n, grouped(n, sep)
    assert parse_number(str(n)) == n
    if n >= 1000:
        assert parse_number(grouped(n, ".")) == n  # German / Spanish "1.000"


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=999_999))
def test_english_words_parse_back(n: int) -> None:
    assert parse_number(en_words(n)) == n, en_words(n)
    assert parse_number(en_words(n).capitalize()) == n


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=999_999))
def test_ukrainian_and_russian_words_parse_back(n: int) -> None:
    uk = slavic_words(n, UK_UNITS, UK_TENS, UK_HUNDREDS, ("тисяча", "тисячі", "тисяч"))
    ru = slavic_words(n, RU_UNITS, RU_TENS, RU_HUNDREDS, ("тысяча", "тысячи", "тысяч"))
    assert parse_number(uk) == n, uk
    assert parse_number(ru) == n, ru


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=99), st.integers(min_value=0, max_value=9))
def test_decimal_with_a_scale_word_parses_back(whole: int, tenth: int) -> None:
    n = whole * 1000 + tenth * 100
    for text in (
        f"{whole}.{tenth} thousand",
        f"{whole},{tenth} тис.",
        f"{whole},{tenth} тыс.",
        f"{whole},{tenth} тисячі",
    ):
        assert parse_number(text) == n, text


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [
        ("Two hundred and seven", 207, False),
        ("двісті сім", 207, False),
        ("сто пятьдесят", 150, False),
        ("около полутора тысяч", 1500, True),
        ("трое", 3, False),
        ("вісімдесят двох", 82, False),
        ("понад 300", 300, True),
        ("более 90", 90, True),
        ("mehr als 1.200", 1200, True),
        ("plus de 4 800", 4800, True),
        ("más de 3.700", 3700, True),
        ("about 200", 200, True),
        ("nearly 1.2 thousand", 1200, True),
        ("ponad 2 000", 2000, True),
        ("les vingt", 20, False),
        ("майже 1,2 тис.", 1200, True),
    ],
)
def test_written_forms_and_hedges(text: str, value: int, approx: bool) -> None:
    found = [n for n in find_numbers(text) if not n.ordinal]
    assert [(n.value, n.approx) for n in found] == [(value, approx)]


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("the 49th exchange", 49),
        ("64-й обмін", 64),
        ("der 65. Austausch", 65),
        ("64e échange", 64),
        ("58.º intercambio", 58),
        ("61-го обміну", 61),
    ],
)
def test_ordinals_are_marked(text: str, ordinal: int) -> None:
    assert [(n.value, n.ordinal) for n in find_numbers(text)] == [(ordinal, True)]


@pytest.mark.parametrize("text", ["0 800 555 017", "41.25", "Il-76", "F-16", "12km", "COP29", "x" * 10])
def test_codes_phones_and_decimals_are_not_counts(text: str) -> None:
    assert [n for n in find_numbers(text) if not n.ordinal] == []


def test_a_language_s_function_word_is_not_another_language_s_number() -> None:
    # Portuguese "dos" is "of the"; in a Spanish sentence it is two
    assert [n.value for n in find_numbers("a libertação dos prisioneiros", lang="pt")] == []
    assert [n.value for n in find_numbers("la liberación de dos prisioneros", lang="es")] == [2]
    assert [n.value for n in find_numbers("la liberación de dos prisioneros")] == [2]
    # English "once" and "Sept." are not Spanish eleven and French seven
    assert [n.value for n in find_numbers("once the swap ended on sept 14", lang="en")] == [14]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("a thousand prisoners", "en", [1000]), ("several thousand prisoners", "en", []),
    ("тисячу полонених", "uk", [1000]), ("тисячі полонених", "uk", []),  # also "thousands": no count
    ("близько тисячі полонених", "uk", [1000]), ("тіла (останки) тисячі загиблих", "uk", [1000]),
    ("около тысячи пленных", "ru", [1000]), ("тысячи пленных ждут обмена", "ru", []),
    ("тысяча пленных", "ru", [1000]), ("tysiąc jeńców", "pl", [1000]), ("tausend Gefangene", "de", [1000]),
    ("mehrere tausend Gefangene", "de", []), ("mille prisonniers", "fr", [1000]), ("mil prisioneros", "es", [1000]),
    ("mil prisioneiros", "pt", [1000]), ("mille prigionieri", "it", [1000]),
    ("zweihundertfünfzig Gefangene", "de", [250]), ("dreitausend Soldaten", "de", [3000]),
    ("5 Tsd. Gefangene", "de", [5000]),
    ("veinticinco presos", "es", [25]), ("doze civis", "pt", [12]), ("quatre-vingt-douze soldats", "fr", [92]),
    ("półtora tysiąca jeńców", "pl", [1500]),
])
def test_number_forms_of_each_language(text: str, lang: str, want: list[int]) -> None:
    assert [n.value for n in find_numbers(text, lang=lang)] == want


@pytest.mark.parametrize(("text", "lang"), [
    ("ok. 40 tys. osób", "pl"), ("niespełna 300 jeńców", "pl"), ("aprox. 300 presos", "es"),
    ("por lo menos 300 presos", "es"), ("por volta de 300 presos", "pt"), ("ca. 300 Gefangene", "de"),
    ("an die 300 Gefangene", "de"), ("env. 300 prisonniers", "fr"), ("pas moins de 300 prisonniers", "fr"),
    ("più o meno 300 prigionieri", "it"), ("без малого 300 пленных", "ru"), ("бл. 300 полонених", "uk"),
])
def test_hedges_of_each_language_make_a_count_approximate(text: str, lang: str) -> None:
    want = 40000 if "tys" in text else 300
    assert [(n.value, n.approx) for n in find_numbers(text, lang=lang)][-1:] == [(want, True)]


def test_an_abbreviated_hedge_does_not_end_the_sentence() -> None:
    from extractor.text import split_sentences

    assert len(split_sentences("W niewoli jest ponad 8 tys. Ukraińców, a ok. 40 tys. uznaje się za zaginionych.")) == 1
