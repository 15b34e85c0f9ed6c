"""Which day the reported handover took place: the latest date of its figures' sentences and its lead.

No date is better than a guessed one: an article that never dates its handover gets ``None``, not its
publication date (a feature published days later would otherwise move the event).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from extractor.dates import THAT_DAY, WATCHED_FROM, sentence_date
from extractor.lexicon import EARLIER
from extractor.model import Figure
from extractor.numbers import find_numbers
from extractor.relevance import RETURN_WORD
from extractor.text import Sentence

RECENT_DAYS = 14  # a lead date older than this dates background
STALE_DAYS = 30  # measured on dev_real (design): 14-30 days score the same, 45 worse
LEAD_SENTENCES = 3

# "began on Friday and lasted three days", "стартовал 23 мая ... на протяжении трех суток": a finished
# multi-day exchange is dated by its last day
_DAYS = {"two": 2, "three": 3, "four": 4, "двох": 2, "двоє": 2, "трьох": 3, "двух": 2, "трех": 3, "трёх": 3,
         "zwei": 2, "drei": 3, "deux": 2, "trois": 3, "dos": 2, "tres": 3, "dois": 2, "três": 3, "due": 2, "tre": 3,
         "dwa": 2, "dwóch": 2, "trzy": 3, "trzech": 3, "2": 2, "3": 3, "4": 4}
_OVER_DAYS = re.compile(
    r"\b(?:lasted|over|across|during|for|на протяжении|в течение|протягом|упродовж|über|pendant|en|durante|"
    r"per|przez|w ciągu)\s+(?:the\s+)?(" + "|".join(_DAYS) + r")(?:-|\s+)(?:days?|суток|дн[яіи]\w*|tage\w*|jours|"
    r"días|dias|giorni|dni)\b"
)
_STARTED = re.compile(
    r"\b(?:began|begun|started|start|стартовал\w*|начал\w*|почал\w*|розпочал\w*|startete|begann|a commencé|débuté|"
    r"comenzó|empezó|começou|iniziato|è iniziat\w*|rozpoczęł\w*)\b"
)


def _last_day(low: str, found: date) -> date:
    m = _OVER_DAYS.search(low)
    if m and _STARTED.search(low):
        return found + timedelta(days=_DAYS[m.group(1)] - 1)
    return found


def _dated(s: Sentence, published: date | None, said: bool = False, era: int | None = None) -> date | None:
    found = sentence_date(s.low, published, said=said, era=era)
    return _last_day(s.low, found) if found else None


def date_near(sentences: list[Sentence], i: int, published: date | None, era: int | None = None) -> date | None:
    """The date of sentence ``i``, or of the one before when it narrates the same handover."""
    s = sentences[i]
    found = _dated(s, published, era=era)
    if found is None and i:
        prev = sentences[i - 1].low
        # "14 сентября Артем вернулся. Он оказался в числе 103 ...", "... 5 лютого. ... звільнених того дня"
        if (THAT_DAY.search(s.low) or RETURN_WORD.search(prev)) and not EARLIER.search(prev):
            found = _dated(sentences[i - 1], published, era=era)
    return found


def _recent(found: date, published: date | None) -> bool:
    return published is None or (published - found).days <= RECENT_DAYS


def _from_lead(lead: list[Sentence], published: date | None, era: int | None = None) -> date | None:
    for s in lead:
        # "the office said on Tuesday that 64 exchanges have ...": away from a figure, the day of a statement
        # is the report's, not a handover's
        found = _dated(s, published, said=True, era=era)
        # a date in the lead that is weeks older than the report dates background, not the handover
        if found and _recent(found, published):
            return found
    return None


def _restated(events: list[Figure], sentences: list[Sentence], published: date | None, era: int | None) -> list[date]:
    """The dates of other sentences that state a handover count again: the lead says "230 defenders came back",
    a quote further down "230 came back today"."""
    values = {f.value for f in events}
    tails = {str(v)[-3:] for v in values}  # a cheap first test: the count's last digits stand in the sentence
    spans = {f.span for f in events}
    return [d for s in sentences if (s.start, s.end) not in spans and any(t in s.low for t in tails)
            and RETURN_WORD.search(s.low) and not EARLIER.search(s.low) and (d := _dated(s, published, era=era))
            and any(n.value in values for n in find_numbers(s.text, s.low, hedges=False) if not n.ordinal)]


_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")


def _era(sentences: list[Sentence]) -> int:
    """Without a publication date, the first year a year-less date ("Saturday 14 June") may fall in: the latest
    year the article names ("held since 2022"), else the war's first."""
    return max((int(y) for s in sentences for y in _YEAR.findall(s.low)), default=WATCHED_FROM)


def event_date(figures: list[Figure] | tuple[Figure, ...], sentences: list[Sentence], head: list[Sentence],
               published: date | None) -> date | None:
    """Date of the handover the article reports; None when it reports none or never dates it."""
    events = [f for f in figures if f.kind in ("returned", "bodies_returned")]
    if not events:
        # measured: dating articles without a handover count from their lead dates agreements and offers
        return None
    index = {(s.start, s.end): i for i, s in enumerate(sentences)}
    era = None if published is not None else _era(sentences + head)
    dates = [d for f in events if f.span in index and (d := date_near(sentences, index[f.span], published, era))]
    dates += [d for f in events for s in head if s.text == f.evidence and (d := _dated(s, published, era=era))]
    dates += _restated(events, sentences, published, era)
    lead = _from_lead(sentences[:LEAD_SENTENCES] + head, published, era)
    dates += [lead] if lead else []
    # earlier swaps told as background are older than the one reported (dates after publication are already
    # plans and dropped): the latest dated handover is the news
    # a handover a month older than the piece is its background (analysis pieces recalling the last swap)
    dates = [d for d in dates if published is None or (published - d).days <= STALE_DAYS]
    return max(dates) if dates else None
