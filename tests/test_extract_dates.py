"""The date of the reported handover, one case per phenomenon.

``event_date`` is given the figures by hand (the sentence each one was read from), so these cases test the
dating alone, whatever the figure rules find in the same text.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractor import extract
from extractor.dates import explicit_date, relative_date, sentence_date
from extractor.event_date import event_date
from extractor.model import Figure
from extractor.text import lower_same_length, normalize, split_sentences


def _dated(text: str, evidence: str, published: date | None, title: str | None = None) -> date | None:
    """``event_date`` for one returned figure read from the sentence that starts with ``evidence``."""
    text = normalize(text)
    sentences = split_sentences(text, low=lower_same_length(text))
    head = split_sentences(title, low=lower_same_length(title)) if title else []
    source = next(s for s in sentences if s.text.startswith(evidence))
    figure = Figure("returned", "UA", 100, False, source.text, (source.start, source.end))
    return event_date([figure], sentences, head, published)


def test_an_as_of_tally_date_does_not_date_the_exchange() -> None:
    # the private failure: an opinion piece's "as of May 6" won over the May 25 exchange it reports
    text = ("As of May 6, more than 8,000 Ukrainians were held in Russia, the ombudsman said. "
            "Since then the two sides have met twice. Kyiv got 100 of them back, in a swap on May 25.")
    assert _dated(text, "Kyiv got", date(2025, 5, 28)) == date(2025, 5, 25)
    assert explicit_date("as of may 6, more than 8,000 were held", date(2025, 5, 28)) is None
    assert explicit_date("станом на 6 травня в полоні 8000 українців", date(2025, 5, 28)) is None


def test_a_finished_multi_day_exchange_is_dated_by_its_last_day() -> None:
    text = "The exchange began on May 23 and lasted three days: in all 1,000 Ukrainians came home."
    assert _dated(text, "The exchange", date(2025, 5, 27)) == date(2025, 5, 25)
    text = "Обмен стартовал 23 мая и на протяжении трех суток стороны передавали друг другу группы пленных."
    assert _dated(text, "Обмен", date(2025, 5, 27)) == date(2025, 5, 25)


@pytest.mark.parametrize("low", ["the swap took place on may 23-25", "on may 23 to 25 the sides swapped",
                                 "on 23–25 may the sides swapped"])
def test_a_date_range_ends_on_its_last_day(low: str) -> None:
    assert explicit_date(low, date(2025, 5, 28)) == date(2025, 5, 25)


def test_a_report_that_never_dates_its_handover_gets_no_date() -> None:
    # the publication date is not the event's: alerts fall back on it themselves, marked as not stated
    text = "Ukraine brought home 100 people from Russian captivity, President Zelensky said."
    assert _dated(text, "Ukraine brought", date(2024, 6, 1)) is None


def test_background_dates_lose_to_the_reported_handover() -> None:
    text = ("Talks in Istanbul reached a deal on 16 May. "
            "On 23 May Ukraine and Russia exchanged 100 prisoners each, the first stage.")
    assert _dated(text, "On 23 May", date(2025, 5, 24)) == date(2025, 5, 23)
    # a date after "since" or "after the attack on" dates something else
    assert explicit_date("held since 7 october 2023, 100 hostages were freed", date(2023, 11, 25)) is None


def test_the_span_of_a_tally_is_not_an_event() -> None:
    low = "entre el 24 de febrero de 2022 y el 17 de septiembre de 2024 regresaron 3.672 personas"
    assert explicit_date(low, None) is None
    assert explicit_date("between 24 february 2022 and 17 september 2024, 3,672 came home", None) is None
    # a plain date after "and" is still one
    assert explicit_date("russia and ukraine swapped 95 each on 14 september", date(2024, 9, 16)) \
        == date(2024, 9, 14)


def test_the_day_people_were_taken_is_not_the_day_they_came_back() -> None:
    assert explicit_date("vier der männer waren am 7. oktober 2023 entführt worden", date(2023, 11, 25)) is None
    assert explicit_date("capturadas em 7 de outubro de 2023, as três voltaram", date(2023, 11, 25)) is None


def test_an_earlier_swap_told_as_background_loses_to_the_latest_handover() -> None:
    # the figure came from the background sentence; the lead dates the exchange the article reports
    text = ("Ukraine and Russia held their second exchange of the year on Thursday, 5 March. "
            "The one before took place on 5 February, when 100 soldiers came home.")
    assert _dated(text, "The one before", date(2026, 3, 5)) == date(2026, 3, 5)


def test_an_analysis_piece_recalling_a_swap_weeks_old_reports_no_handover() -> None:
    text = "In all 3,500 have come home. The last exchange, on 18 October, returned 100 soldiers."
    assert _dated(text, "The last exchange", date(2024, 12, 7)) is None
    assert _dated(text, "The last exchange", date(2024, 10, 20)) == date(2024, 10, 18)


def test_the_day_a_statement_was_made_does_not_date_the_exchange_it_sums_up() -> None:
    text = ("The office said on Tuesday that 64 exchanges have brought 4,757 Ukrainians home. "
            "The most recent swap closed on 25 May 2025, when 100 prisoners were returned to Ukraine.")
    assert _dated(text, "The most recent", date(2025, 5, 27)) == date(2025, 5, 25)
    # beside its own figure the statement's date is the report's only date, and it stands
    assert _dated("Ukraine got 100 prisoners back, the office said on Tuesday.", "Ukraine", date(2025, 5, 27)) \
        == date(2025, 5, 27)


def test_a_date_right_after_from_captivity_is_the_handover() -> None:
    assert sentence_date("ukraine brought home 75 people from russian captivity on may 31", date(2024, 6, 1)) \
        == date(2024, 5, 31)
    assert sentence_date("205 військових повернулися з російського полону 6 травня", date(2025, 5, 7)) \
        == date(2025, 5, 6)


@pytest.mark.parametrize(
    ("low", "published", "expected"),
    [
        ("il 14 settembre russia e ucraina hanno scambiato 103 prigionieri", date(2024, 9, 16), date(2024, 9, 14)),
        ("ieri russia e ucraina hanno scambiato 95 prigionieri", date(2024, 10, 19), date(2024, 10, 18)),
        ("sabato sono rientrati a casa 150 soldati", date(2024, 10, 21), date(2024, 10, 19)),
        ("sana'a 15/10/2020: the first phase of the exchange ended", date(2020, 10, 16), date(2020, 10, 15)),
    ],
)
def test_italian_and_slashed_dates(low: str, published: date, expected: date) -> None:
    assert sentence_date(low, published) == expected


def test_a_date_after_publication_is_a_plan_not_the_event() -> None:
    assert sentence_date("the next stage is due on june 2", date(2025, 5, 28)) is None
    assert relative_date("no weekday here", None) is None


def test_the_whole_extractor_dates_an_english_report() -> None:
    result = extract(
        "Russia and Ukraine exchanged 390 prisoners each on May 25, the Defence Ministry said.\n\n"
        "As of May 6, Ukraine's ombudsman counted more than 8,000 Ukrainians still held in Russia.",
        title="Russia and Ukraine swap prisoners", published=date(2025, 5, 28),
    )
    assert result.relevant and result.event_date == date(2025, 5, 25)


def test_date_patterns_keep_the_word_start_before_their_first_digit() -> None:
    """The date patterns test the word start after their first digit (a faster scan): same matches as ``\\b``."""
    import re

    from extractor import dates

    texts = ["on 15 may 2024", "a15 may", "_15 may", "115 may", "x2024-05-06", "2024-05-06", "é2024-05-06",
             "15.10.2020", "a15.10.2020", "5/1/2021", "1 5/1/2021", "день 7 травня"]
    for fast, src in ((dates._DAY_MONTH, dates._DAY_MONTH.pattern.replace(r"(\d(?<!\w\d)\d?)", r"\b(\d{1,2})", 1)),
                      (dates._ISO, dates._ISO.pattern.replace(r"(2(?<!\w2)0\d\d)", r"\b(20\d\d)", 1)),
                      (dates._NUMERIC, dates._NUMERIC.pattern.replace(r"(\d(?<!\w\d)\d?)", r"\b(\d{1,2})", 1))):
        plain = re.compile(src)
        assert plain.pattern != fast.pattern
        for text in texts:
            assert [m.groups() for m in fast.finditer(text)] == [m.groups() for m in plain.finditer(text)], text


@pytest.mark.parametrize(("text", "evidence", "want"), [
    # the weekday beside a year-less date tells its year when the publication date is unknown
    ("Samedi 14 septembre, 103 soldats ukrainiens sont rentrés de captivité.", "Samedi", date(2024, 9, 14)),
    ("У суботу, 14 червня, з полону повернулися 100 військових. Багато з них були в полоні з 2022 року.", "У суботу",
     date(2025, 6, 14)),
    ("Neste domingo, 15 de junho, a Ucrânia recebeu 100 prisioneiros.", "Neste domingo", date(2025, 6, 15)),
    ("Am Montag, 27. November, kamen 100 Gefangene frei.", "Am Montag", date(2023, 11, 27)),
    # without a weekday nothing tells the year: no date rather than a guessed one
    ("Am 27. November kamen 100 Gefangene frei. Der Krieg dauert seit 2022.", "Am 27.", None),
    # a year the article names is the earliest the weekday's year may be
    ("Seit 2019 in Haft, kamen am Samstag, 14. Juni, 100 Gefangene frei.", "Seit 2019", date(2025, 6, 14)),
])
def test_without_a_publication_date_a_weekday_pins_the_year(text: str, evidence: str, want: date | None) -> None:
    assert _dated(text, evidence, None) == want


@pytest.mark.parametrize(("low", "back"), [
    ("vorgestern kamen 100 gefangene frei", 2), ("позавчора повернулися 100 військових", 2),
    ("avant-hier, 100 prisonniers sont rentrés", 2), ("anteayer regresaron 100 prisioneros", 2),
    ("przedwczoraj wróciło 100 jeńców", 2), ("l'altro ieri sono tornati 100 prigionieri", 2),
    ("am samstagabend kamen 100 gefangene frei", 2), ("am sonnabend kamen 100 gefangene frei", 2),
    ("el sabado regresaron 100 prisioneros", 2), ("nesta sábado", 2), ("nesta quinta (14), 100 presos", 4),
    ("минулої неділі повернулися 100 військових", 1), ("giovedi sono tornati 100 prigionieri", 4),
])
def test_weekdays_and_days_back_in_every_language(low: str, back: int) -> None:
    published = date(2026, 5, 18)  # a Monday
    assert relative_date(low, published) == date(2026, 5, 18 - back)


def test_a_count_told_again_with_its_day_dates_the_handover() -> None:
    text = ("The headquarters said that 100 defenders had come back from captivity. Medics met them at the border. "
            "\"100 of our people returned home today,\" its head told reporters.")
    assert _dated(text, "The headquarters", date(2026, 5, 18)) == date(2026, 5, 18)
    # the same count in an earlier swap's sentence is background and dates nothing
    text = "Kyiv says 100 defenders came home. Earlier, on 2 May, 100 civilians had also been returned."
    assert _dated(text, "Kyiv says", date(2026, 5, 18)) is None


@pytest.mark.parametrize(("low", "want"), [
    ("15-го травня повернулися 100 військових", date(2026, 5, 15)), ("15-го мая вернулись 100", date(2026, 5, 15)),
    ("el 1.º de mayo regresaron 100", date(2026, 5, 1)), ("on the 15th of may, 100 came home", date(2026, 5, 15)),
    ("am 15.5. kamen 100 gefangene frei", date(2026, 5, 15)), ("am 15.05. kamen 100 gefangene frei", date(2026, 5, 15)),
])
def test_day_and_month_as_each_language_writes_them(low: str, want: date) -> None:
    assert explicit_date(low, date(2026, 5, 18)) == want


@pytest.mark.parametrize("low", [
    "this morning 100 prisoners came home", "ce matin, 100 prisonniers sont rentrés", "esta mañana regresaron 100",
    "esta manhã regressaram 100", "stamattina sono tornati 100", "цього ранку повернулися 100",
    "этим утром вернулись 100",
])
def test_a_part_of_today_is_today(low: str) -> None:
    assert relative_date(low, date(2026, 5, 18)) == date(2026, 5, 18)
