"""The date of the reported exchange: an explicit date, or a weekday / "yesterday" against ``published``."""

from __future__ import annotations

import re
from datetime import date, timedelta

from extractor.rx import alternation

_MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        "january jan січня січень января январь januar janvier enero janeiro stycznia styczeń gennaio",
        "february feb лютого лютий февраля февраль februar février febrero fevereiro lutego luty febbraio",
        "march mar березня березень марта март märz mars marzo março marca marzec",
        "april apr квітня квітень апреля апрель avril abril kwietnia kwiecień aprile",
        "may травня травень мая май mai mayo maio maja maggio",
        "june jun червня червень июня июнь juni juin junio junho czerwca czerwiec giugno",
        "july jul липня липень июля июль juli juillet julio julho lipca lipiec luglio",
        "august aug серпня серпень августа август août agosto sierpnia sierpień",
        "september sep sept вересня вересень сентября сентябрь septembre septiembre setembro września "
        "wrzesień settembre",
        "october oct жовтня жовтень октября октябрь oktober octobre octubre outubro października październik okt "
        "ottobre",
        "november nov листопада листопад ноября ноябрь novembre noviembre novembro listopada listopad",
        "december dec грудня грудень декабря декабрь dezember décembre diciembre dezembro grudnia grudzień dez "
        "dicembre",
    ],
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n] = _i
_MONTH_RX = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))

# Each date pattern starts with its first digit and tests the word start after it ("\d(?<!\w\d)" is "\b\d"):
# the regex engine then skips to digits in C instead of testing a word boundary at every position.
_DAY_MONTH = re.compile(
    rf"(\d(?<!\w\d)\d?)(?:\.|er|st|nd|rd|th|°|º)?\s+(?:de\s+)?({_MONTH_RX})\b\.?(?:\s+(?:de\s+)?(\d{{4}}))?"
)
_MONTH_WORD = alternation(*(re.escape(m) for m in sorted(_MONTHS, key=len, reverse=True)))
# "May 23", "May 23-25" (a finished multi-day exchange is dated by its last day: group 3)
_MONTH_DAY = re.compile(
    rf"({_MONTH_WORD})(?![^\W\d_])\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|—|to|through)\s*(\d{{1,2}})"
    rf"(?:st|nd|rd|th)?)?\b(?:,?\s+(\d{{4}}))?"
)
_ISO = re.compile(r"(2(?<!\w2)0\d\d)-(\d\d)-(\d\d)\b")
# day first, as everywhere but the US: "15.10.2020", "15/10/2020" (a month over 12 makes it no date)
_NUMERIC = re.compile(r"(\d(?<!\w\d)\d?)([./])(\d{1,2})\2((?:19|20)\d\d)\b")

_WEEKDAYS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        "monday понеділок понеділка понедельник lundi lunes poniedziałek segunda-feira montag lunedì",
        "tuesday вівторок вівторка вторник mardi martes wtorek terça-feira dienstag martedì",
        "wednesday середу середа среду среда mercredi miércoles środę środa quarta-feira mittwoch mercoledì",
        "thursday четвер четверга четверг jeudi jueves czwartek quinta-feira donnerstag giovedì",
        "friday п'ятницю п'ятниця пятницу пятница vendredi viernes piątek sexta-feira freitag venerdì",
        "saturday суботу субота субботу суббота samedi sábado sobotę sobota samstag sabato",
        "sunday неділю неділя воскресенье dimanche domingo niedzielę niedziela sonntag domenica",
    ]
):
    for _n in _names.split():
        _WEEKDAYS[_n] = _i
_WEEKDAY_RX = re.compile(
    "(" + alternation(*(re.escape(w) for w in sorted(_WEEKDAYS, key=len, reverse=True))) + r")(?!\w|'[^s])"
)
_YESTERDAY = re.compile(r"\b(?:yesterday|вчора|учора|вчера|gestern|hier|ayer|wczoraj|ontem|ieri)\b")
_TODAY = re.compile(r"\b(?:today|сьогодні|сегодня|heute|aujourd'hui|hoy|dzisiaj|dziś|hoje|oggi)\b")


def names_a_day(low: str) -> bool:
    """ "today", "yesterday", "on Friday", "у п'ятницю", "vendredi": the sentence tells of one day."""
    return bool(_TODAY.search(low) or _YESTERDAY.search(low) or _WEEKDAY_RX.search(low))


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, published: date | None) -> int | None:
    if published is None:
        return None
    year = published.year
    if (month, day) > (published.month, published.day) and month - published.month > 1:
        year -= 1  # "Dec 30" in a January article
    return year


# A date right after these words dates something else: "since 7 October 2023", "agreed in Istanbul on 2 June",
# "as of May 6" (the date of a tally, not of the handover an opinion piece reports).
_NOT_EVENT_BEFORE = re.compile(
    r"(?:(?<!\w)(?:agreed|agreement|talks|reached|досягнут\w*|достигнут\w*|достигл\w*|досягл\w*|договор\w*|домовл\w*|переговор\w*|"
    r"vereinbart|accord|acuerdo|attack|attaque|атак\w*|нападу|нападения|invasion|вторгнення|вторжения|crash|"
    r"invasi\w*|inwazj\w*|agresi\w*|aggressi\w*|агресі\w*|агресси\w*|überfall\w*|angriff\w*|"
    r"катастроф\w*|since|depuis|seit|desde|until|till|after|після|после|nach|après|dopo|"
    # the day people were taken, not the day they came back: "capturadas em 7 de outubro"
    r"captur\w*|abduct\w*|kidnap\w*|taken hostage|entführ\w*|verschlepp\w*|secuestr\w*|enlev\w*|rapit\w*|"
    r"sequestr\w*|porwan\w*|uprowadz\w*|захопл\w*|викрад\w*|похищ\w*|захвач\w*)"
    r"(?:\s+[^\s\d]+){0,6}?\s+(?:on\s+|le\s+|du\s+|am\s+|el\s+|il\s+)?"
    # prepositions count only right before the date: "returned from captivity on May 31" is the event
    r"|(?<!\w)(?:from|dal|з|із|с|od|до|as of|as at|станом на|по состоянию на|на момент|en date du|à la date du|"
    r"a fecha de|con fecha|con data|em data de|hasta el|até|fino al|al|na dzień|według stanu na|stand|"
    # the start of a period ("between 24 February 2022 and 17 September 2024 ... returned"): a tally's span
    r"between|entre(?: el| le| o)?|zwischen(?: dem)?|tra(?: il)?|fra(?: il)?|między|між|между)\s+)$"
)


_ANY_DIGIT = re.compile(r"\d")


# "... waren am 7. Oktober 2023 entführt worden": the capture verb comes after the date
_CAPTURED_AFTER = re.compile(
    r"\S+(?:\s+\S+){0,3}?\s+(?:captured|abducted|kidnapped|taken (?:hostage|captive|prisoner)|entführt|"
    r"verschleppt|gefangen genommen|capturad\w*|secuestrad\w*|enlevé\w*|rapit\w*|porwan\w*|uprowadzon\w*|"
    r"захоплен\w*|викраден\w*|похищен\w*|попал\w* в плен|потрапи\w* в полон)"
)


# the end of a period: "between 24 February 2022 and 17 September 2024", "du 1er mars 2022 au 5 mai 2023"
_PERIOD_END_BEFORE = re.compile(
    rf"(?:\d{{4}}|{_MONTH_RX})\.?\s+(?:and|y|et|und|e|i|и|і|to|al|au|a|bis|do|по|до)\s+(?:el\s+|le\s+|the\s+|il\s+|"
    r"dem\s+)?$"
)


def _dates_elsewhere(low: str, start: int, said: bool) -> bool:
    before = (_NOT_EVENT_BEFORE.search(low[max(0, start - 80) : start])
              or _PERIOD_END_BEFORE.search(low[max(0, start - 40) : start])
              or said and _SAID_BEFORE.search(low, max(0, start - 40), start))
    return bool(before or _CAPTURED_AFTER.match(low, start, start + 70))


# (sentence, published, said) -> date: the article's dates (``reported``), its stages' and its event date
# (``event_date``) each read the same sentences again. One article's only (``forget``): another article that
# repeats a sentence is no reason to keep it.
_EXPLICIT: dict[tuple[str, date | None, bool], date | None] = {}
_UNREAD = object()


def forget() -> None:
    """Start a new article: the dates read from the last one's sentences are dropped."""
    _EXPLICIT.clear()


def explicit_date(low: str, published: date | None, *, said: bool = False) -> date | None:
    """The first explicit calendar date in ``low`` (a sentence) that dates the reported event."""
    if not _ANY_DIGIT.search(low):
        return None  # every date pattern below needs a digit
    key = (low, published, said)
    found = _EXPLICIT.get(key, _UNREAD)  # one lookup: another thread's article may clear the cache between two
    if found is _UNREAD:
        if len(_EXPLICIT) >= 1024:
            _EXPLICIT.clear()  # a bound on memory: entries are only ever this article's sentences
        found = _EXPLICIT[key] = _explicit_date(low, published, said)
    return found  # type: ignore[return-value]


def _explicit_date(low: str, published: date | None, said: bool) -> date | None:
    found: list[tuple[int, date]] = []
    for m in _ISO.finditer(low):
        d = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), d))
    for m in _NUMERIC.finditer(low):
        d = _make(int(m.group(4)), int(m.group(3)), int(m.group(1)))
        if d:
            found.append((m.start(), d))
    for m in _DAY_MONTH.finditer(low):
        month = _MONTHS[m.group(2)]
        year = int(m.group(3)) if m.group(3) else _year_for(month, int(m.group(1)), published)
        d = _make(year, month, int(m.group(1))) if year else None
        if d:
            found.append((m.start(), d))
    for m in _MONTH_DAY.finditer(low):
        if m.group(1) == "may" and m.group(0)[3:4] != " ":
            continue
        month, day = _MONTHS[m.group(1)], int(m.group(3) or m.group(2))
        year = int(m.group(4)) if m.group(4) else _year_for(month, day, published)
        d = _make(year, month, day) if year else None
        if d:
            found.append((m.start(), d))
    # the first date that dates the event: the ones after it need not be tested
    return next((d for pos, d in sorted(found) if not _dates_elsewhere(low, pos, said)), None)


# A date right after a verb of saying dates the statement, not the handover it reports.
_SAID_BEFORE = re.compile(
    r"(?<!\w)(?:said|says|announced|reported|stated|told \w+|заявив|заявила|заявил|повідомив|повідомила|сообщил\w*|"
    r"erklärte|sagte|a déclaré|a annoncé|dijo|anunció|afirmó|afirmou|anunciou|disse|ha detto|ha annunciato|"
    r"poinformował\w*|oświadczył\w*)\s+(?:on\s+|в\s+|у\s+|am\s+|el\s+|na\s+|no\s+|il\s+)?$"
)


def relative_date(low: str, published: date | None, *, said: bool = False) -> date | None:
    """A weekday, "yesterday" or "today" resolved against the publication date."""
    if published is None:
        return None
    if _YESTERDAY.search(low):
        return published - timedelta(days=1)
    for m in _WEEKDAY_RX.finditer(low):
        if said and _SAID_BEFORE.search(low, max(0, m.start() - 40), m.start()):
            continue  # "the office said on Tuesday that 64 exchanges have ...": the day of the statement
        back = (published.weekday() - _WEEKDAYS[m.group(1)]) % 7
        return published - timedelta(days=back)
    if _TODAY.search(low):
        return published
    return None


THAT_DAY = re.compile(
    r"\b(?:that day|the same day|that morning|того дня|того ж дня|в той же день|в тот же день|в тот день|"
    r"того же дня|an diesem tag|am selben tag|ce jour-là|le même jour|ese día|el mismo día|tego dnia|"
    r"tego samego dnia|naquele dia|no mesmo dia|quel giorno|lo stesso giorno|nello stesso giorno)\b"
)


def sentence_date(low: str, published: date | None, *, said: bool = False) -> date | None:
    """The date a sentence gives its event: explicit (not after ``published``), else relative. With ``said``, a date
    right after a verb of saying ("said on Tuesday") is the statement's and skipped."""
    d = explicit_date(low, published, said=said)
    if d and published and d > published:
        d = None  # a date after publication is a plan, not the event
    return d or relative_date(low, published, said=said)


# "In June and July, ...", "У травні ...", "In 2023, ...": a sentence set in another month or year.
_IN_MONTH = re.compile(
    rf"(?:^|[.;]\s*)(?:background:\s*)?(?:in|у|в|во|im|en|w|em|a|nel|ad)\s+({_MONTH_RX})\b(?!\.?\s*\d)"
)
_IN_MONTH_UK_RU = re.compile(
    r"(?:^|[.;]\s*)(?:у|в)\s+(січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|"
    r"грудні|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)\b"
)
_LOCATIVE_MONTH = {m: i for i, names in enumerate(
    ["січні январе", "лютому феврале", "березні марте", "квітні апреле", "травні мае", "червні июне", "липні июле",
     "серпні августе", "вересні сентябре", "жовтні октябре", "листопаді ноябре", "грудні декабре"], start=1)
    for m in names.split()}
_IN_YEAR = re.compile(r"^(?:in|у|в|im|en|w|em|nel)\s+(\d{4})\b")


def background_time(low: str, published: date | None) -> bool:
    """True when the sentence opens in a month or year other than the publication's (background)."""
    if published is None:
        return False
    m = _IN_YEAR.match(low)
    if m and int(m.group(1)) < published.year:
        return True
    m = _IN_MONTH.search(low[:40]) if low[:40] else None
    month = _MONTHS.get(m.group(1)) if m else None
    if month is None:
        m = _IN_MONTH_UK_RU.search(low[:40])
        month = _LOCATIVE_MONTH.get(m.group(1)) if m else None
    return month is not None and month != published.month and not (
        month == published.month - 1 and published.day <= 3
    )
