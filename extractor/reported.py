"""Which exchange an article reports, decided once per article and the same way in every language.

A report names its exchange by date (or by being the latest news): the handover figures whose sentence
carries an explicit date are grouped by that date, the reported exchange is the most recent date within
``RECENT_DAYS`` of publication (or, without a publication date, the latest date), and handover figures dated
elsewhere are ``background`` (an earlier swap, the previous day's stage). A sentence with no exact date that sets
itself in a period ("last week", "in April", "in early November": ``periods.py``) is dated by that period's rough
day. Undated figures stay: most reports state the date once and the figures in other sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from extractor import lexicon as lx
from extractor.candidate import Candidate
from extractor.dates import explicit_date, sentence_date
from extractor.periods import early_month, month_named, period_ago
from extractor.text import Sentence

RECENT_DAYS = 14
# a multi-day swap reported as one ("over three days") spans this many days either side of its date
SAME_EVENT_DAYS = 0
HANDOVER = frozenset({"returned", "bodies_returned"})
KIND_APART_DAYS = 3  # how far before the swap a repatriation of bodies may still be part of the same news
# "\b(?:19[5-9]\d|20\d\d)\b" with the word start tested after the first digit: the engine skips to a 1 or a 2
_YEAR = re.compile(r"(?:1(?<!\w1)9[5-9]\d|2(?<!\w2)0\d\d)\b")
_ANY_YEAR = 2000  # a leap year: "29 February" exists in it


@dataclass
class Days:
    """The dates an article lends its sentences. ``carried``: the date an undated sentence takes from the one
    before it when it goes on telling it ("On 29 January he said ... According to him, 1,000 bodies were handed
    over"), by the sentence's id."""

    carried: dict[int, date] = field(default_factory=dict)
    anchor: date | None = None  # without a publication date: the year that year-less dates are read in

    def of(self, low: str, published: date | None) -> date | None:
        """The date a sentence gives its event. Without a publication date only calendar dates count, read in
        the article's latest year: "11 June" and "16 June" still tell which of two handovers came first."""
        if published is not None:
            return sentence_date(low, published)
        return explicit_date(low, self.anchor) if self.anchor else None


def article_days(sentences: list[Sentence], published: date | None) -> Days:
    """The dates that sentences lend the article's handover counts (see ``Days``)."""
    days = Days()
    if published is None:
        years = [int(y) for s in sentences for y in _YEAR.findall(s.low)]
        days.anchor = date(max(years, default=_ANY_YEAR), 12, 31)
    prev: date | None = None
    for sent in sentences:
        day = days.of(sent.low, published)
        if day is None and prev is not None and lx.SEQUEL.search(sent.low[:50]):
            days.carried[id(sent)] = prev
        prev = day
    return days


def reported_date(dated: list[tuple[Candidate, date]], published: date | None) -> date | None:
    """The date of the exchange the article reports, from its dated handover figures."""
    days = sorted({d for _, d in dated}, reverse=True)
    if published is not None:
        days = [d for d in days if d <= published]
        recent = [d for d in days if (published - d).days <= RECENT_DAYS]
        return recent[0] if recent else None
    return days[0] if days else None


def split_background(candidates: list[Candidate], published: date | None,
                     days: Days | None = None) -> tuple[list[Candidate], list[Candidate]]:
    """(kept, background): handover figures dated away from the reported exchange are background."""
    days = days or Days()
    handovers = {(c.kind, c.value) for c in candidates if c.kind in HANDOVER}
    if published is None and len(handovers) < 2:
        return candidates, []  # one count and no publication date: nothing to set apart, and no date to test
    dated: list[tuple[Candidate, date]] = []
    cache: dict[int, date | None] = {}
    for c in candidates:
        if c.kind not in HANDOVER:
            continue
        key = id(c.sentence)
        if key not in cache:
            low = c.sentence.low
            cache[key] = days.of(low, published) or period_ago(low, published) or month_named(
                low, published) or days.carried.get(key)
        if cache[key] is not None:
            dated.append((c, cache[key]))
    old = {id(c) for c in candidates if c.kind in HANDOVER and cache.get(id(c.sentence)) is None
           and _weeks_before(c, published)}
    # bodies are often handed over on a day of their own ("received 909 bodies on Friday" beside
    # Saturday's swap): each kind of handover has its own reported date, within a few days of the other's
    events = {kind: reported_date([(c, d) for c, d in dated if c.kind == kind], published) for kind in HANDOVER}
    latest = max((d for d in events.values() if d is not None), default=None)
    for kind, event in events.items():
        if event is not None and latest is not None and (latest - event).days > KIND_APART_DAYS:
            event = None  # "On 2 March 700 bodies were handed over" in a report of Saturday's swap: background
        # with no recent date every dated handover is weeks old: background, no new swap of this kind
        old.update(id(c) for c, d in dated if c.kind == kind and (event is None or
                                                                   abs((event - d).days) > SAME_EVENT_DAYS))
    return [c for c in candidates if id(c) not in old], [c for c in candidates if id(c) in old]


def _weeks_before(c: Candidate, published: date | None) -> bool:
    """ "In early November, each side freed 107" in a report of 26 November: an earlier swap of the same month."""
    start = early_month(c.sentence.low, published)
    return start is not None and published is not None and (published - start).days > RECENT_DAYS
