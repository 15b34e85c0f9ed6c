"""Which exchange an article reports, decided once per article and the same way in every language.

A report names its exchange by date (or by being the latest news): the handover figures whose sentence
carries an explicit date are grouped by that date, the reported exchange is the most recent date within
``RECENT_DAYS`` of publication (or, without a publication date, the latest date), and handover figures dated
elsewhere are ``background`` (an earlier swap, the previous day's stage). A sentence with no exact date that sets
itself in a period ("last week", "in April", "in early November": ``periods.py``) is dated by that period's rough
day. Undated figures stay: most reports state the date once and the figures in other sentences.
"""

from __future__ import annotations

from datetime import date

from extractor.candidate import Candidate
from extractor.dates import sentence_date
from extractor.periods import early_month, month_named, period_ago

RECENT_DAYS = 14
# a multi-day swap reported as one ("over three days") spans this many days either side of its date
SAME_EVENT_DAYS = 0
HANDOVER = frozenset({"returned", "bodies_returned"})


def reported_date(dated: list[tuple[Candidate, date]], published: date | None) -> date | None:
    """The date of the exchange the article reports, from its dated handover figures."""
    days = sorted({d for _, d in dated}, reverse=True)
    if published is not None:
        days = [d for d in days if d <= published]
        recent = [d for d in days if (published - d).days <= RECENT_DAYS]
        return recent[0] if recent else None
    return days[0] if days else None


def split_background(candidates: list[Candidate], published: date | None) -> tuple[list[Candidate], list[Candidate]]:
    """(kept, background): handover figures dated away from the reported exchange are background."""
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
            cache[key] = sentence_date(low, published) or period_ago(low, published) or month_named(low, published)
        if cache[key] is not None:
            dated.append((c, cache[key]))
    old = {id(c) for c in candidates if c.kind in HANDOVER and cache.get(id(c.sentence)) is None
           and _weeks_before(c, published)}
    # bodies are often handed over on a day of their own ("received 909 bodies on Friday" beside
    # Saturday's swap): each kind of handover has its own reported date
    for kind in HANDOVER:
        of_kind = [(c, d) for c, d in dated if c.kind == kind]
        if not of_kind:
            continue
        event = reported_date(of_kind, published)
        # with no recent date every dated handover is weeks old: background, no new swap of this kind
        old.update(id(c) for c, d in of_kind if event is None or abs((event - d).days) > SAME_EVENT_DAYS)
    return [c for c in candidates if id(c) not in old], [c for c in candidates if id(c) in old]


def _weeks_before(c: Candidate, published: date | None) -> bool:
    """ "In early November, each side freed 107" in a report of 26 November: an earlier swap of the same month."""
    start = early_month(c.sentence.low, published)
    return start is not None and published is not None and (published - start).days > RECENT_DAYS
