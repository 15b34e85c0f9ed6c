"""Rough dates of the periods a background sentence sets itself in: "in early November", "last week", "two
weeks ago", "in April" (no day named). ``reported.py`` dates a handover by them when the sentence gives no exact
date, so that a newer dated handover wins and weeks-old ones are background."""

from __future__ import annotations

import re
from datetime import date, timedelta

from extractor.dates import _LOCATIVE_MONTH, _MONTH_RX, _MONTHS, _WEEKDAY_RX, _WEEKDAYS, _dates_elsewhere, _make

# "In early November", "Début octobre", "на початку листопада": a month's first days, no day named
_EARLY_MONTH = re.compile(
    r"\b(?:early|the (?:beginning|start) of|début|au début d[e']|начале|на початку|anfang|(?:a )?principios de|"
    r"comienzos de|(?:a )?inicios de|(?:no )?início de|początku|all'inizio di|ai primi di|agli inizi di)\s*"
    rf"(?:de\s+)?({_MONTH_RX})\b(?!\.?\s*\d)"
)
EARLY_DAY = 5  # the day "early <month>" stands for
MID_MONTH = 15  # and a bare "in May"


def early_month(low: str, published: date | None) -> date | None:
    """ "In early November" (published 26 November) → 5 November: the rough date of a month's first days."""
    m = _EARLY_MONTH.search(low) if published is not None else None
    if m is None or published is None:
        return None
    month = _MONTHS[m.group(1)]
    return _make(published.year - (month > published.month), month, EARLY_DAY)


# "last week", "two weeks ago", "le mois dernier": a period back from publication, dated by its rough day
_PERIOD_AGO = re.compile(
    r"\b(?:(last|past|previous) (week|month)|(a|one|two|three|\d) (weeks?|months?) ago|"
    r"(?:минулого|на минулому) (тижня|місяця|тижні)|(?:на прошлой|в прошлом) (неделе|месяце)|"
    r"(?:letzte|vergangene|letzten|vergangenen) (woche|monat|jahr)|(last|past|previous) (year)|"
    r"(?:минулого|в прошлом) (року|году)|l'(année) (?:dernière|passée)|el (año) pasado|no (ano) passado|"
    r"w (?:zeszłym|ubiegłym) (roku)|l'(anno) scorso|la (semaine) (?:dernière|passée)|le (mois) dernier|"
    r"la (semana) pasada|el (mes) pasado|na (semana) passada|no (mês) passado|"
    r"w (?:zeszłym|ubiegłym) (tygodniu|miesiącu)|"
    r"la (settimana) scorsa|il (mese) scorso|"
    # "N weeks ago" in the other languages: "два тижні тому", "vor zwei Wochen", "il y a deux semaines", "hace dos
    # semanas", "há duas semanas", "due settimane fa", "dwa tygodnie temu"
    r"(\w+) (тижн\w*|тиждень|місяц\w*|днів|дні) тому|(\w+) (недел\w*|месяц\w*|дня|дней) назад|"
    r"vor (\w+) (wochen?|monaten?|tagen)|il y a (\w+) (semaines?|mois|jours)|hace (\w+) (semanas?|mes|meses|días)|"
    r"há (\w+) (semanas?|mês|meses|dias)|(\w+) (settiman[ae]|mesi|mese|giorni) fa|"
    r"(\w+) (tygodni\w*|tydzień|miesi\w+|dni) temu|(a|one|two|three|\d+) (days?) ago)\b"
)
_YEAR_WORDS = ("year", "jahr", "року", "году", "année", "año", "ano", "roku", "anno")
_WEEK_STEMS = ("week", "тижн", "тиждень", "недел", "woche", "semaine", "semana", "tygodn", "tydzień", "settiman")
_DAY_STEMS = ("day", "дн", "дня", "дней", "tag", "jour", "día", "dia", "giorn")
# the small counts these phrases use, in every language ("два тижні", "zwei Wochen", "deux semaines")
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "два": 2, "две": 2, "дві": 2, "три": 3, "zwei": 2, "drei": 3,
           "deux": 2, "trois": 3, "dos": 2, "tres": 3, "duas": 2, "dois": 2, "três": 3, "due": 2, "tre": 3, "dwa": 2,
           "trzy": 3, "une": 1, "un": 1, "una": 1, "uma": 1, "um": 1, "einer": 1, "einem": 1}
_SOME = 2  # "several weeks ago", "kilka tygodni temu": a count not read is taken as two


def period_ago(low: str, published: date | None) -> date | None:
    """ "Last week, 205 were freed" (published 13 June) → 6 June: the rough day of a period before publication."""
    m = _PERIOD_AGO.search(low) if published is not None else None
    if m is None or published is None:
        return None
    groups = [g for g in m.groups() if g]
    unit = groups[-1]
    count = _COUNTS.get(groups[0], int(groups[0]) if groups[0].isdigit() else 1 if len(groups) == 1 else _SOME)
    days = 365 if unit in _YEAR_WORDS else 7 if unit.startswith(_WEEK_STEMS) else 1 if unit.startswith(
        _DAY_STEMS) else 30
    return published - timedelta(days=days * count)


def weekdays_named(low: str) -> int:
    """How many different weekdays a sentence names ("390 on Friday, 307 on Saturday": a day-by-day account)."""
    return len({_WEEKDAYS[m.group(1)] for m in _WEEKDAY_RX.finditer(low)})


# "when the sides exchanged 1,000 each in May", "тоді, у травні, повернули 1000": a month named without its day
_MONTH_IN = re.compile(
    rf"\b(?:in|у|в|во|im|en|w|em|a|nel|ad|di|de)\s+({_MONTH_RX})\b(?!\.?\s*\d)"
)


def month_named(low: str, published: date | None) -> date | None:
    """The middle of an earlier month the sentence sets itself in ("in May", published in June → 15 May): a
    report names its own swap's day, not its month; the publication's own month says nothing."""
    if published is None:
        return None
    # "since Russia invaded in February", "agreed in Istanbul in May": that month dates something else
    m = next((m for m in _MONTH_IN.finditer(low) if not _month_of_else(low, m.start())), None)
    month = _MONTHS.get(m.group(1)) if m else None
    if month is None:
        m = next((m for m in _MONTH_IN_UK_RU_ANY.finditer(low) if not _month_of_else(low, m.start())), None)
        month = (_LOCATIVE_MONTH.get(m.group(1)) or _LOCATIVE_MONTH_PL.get(m.group(1))) if m else None
    if month is None or month == published.month:
        return None
    return _make(published.year - (month > published.month), month, MID_MONTH)


_MONTH_IN_UK_RU_ANY = re.compile(
    r"\b(?:у|в|w|we)\s+(січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|"
    r"грудні|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|styczniu|lutym|"
    r"marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrześniu|październiku|listopadzie|grudniu)\b"
)
_LOCATIVE_MONTH_PL = {m: i for i, m in enumerate(["styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu", "lipcu",
                                                  "sierpniu", "wrześniu", "październiku", "listopadzie", "grudniu"],
                                                 start=1)}


# "Medvedchuk, whom the SBU detained in April": the month of an arrest, not of a handover
_ARRESTED = re.compile(r"(?:detain\w*|arrest\w*|затрима\w*|заарешт\w*|задерж\w*|арестова\w*|festgenommen|verhaftet|"
                       r"arrêté\w*|detenid\w*|detid\w*|zatrzyma\w*|arrestat\w*)(?:\s+[^\s\d]+){0,3}?\s+$")


def _month_of_else(low: str, start: int) -> bool:
    return _dates_elsewhere(low, start, False) or bool(_ARRESTED.search(low, max(0, start - 60), start))
