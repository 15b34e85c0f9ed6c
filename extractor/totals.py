"""Whether a count of people come home is a whole-war running total, one year's or one mediator's count, or
the size of one swap summed up ("in total, 390 came home on Friday").

A since-phrase or a limit belongs to the count nearest to it; a count's own clause comes first.
"""

from __future__ import annotations

import re

from extractor import lexicon as lx
from extractor import sides as sd
from extractor.clauses import clause_of, distance, owned, spans
from extractor.dates import names_a_day
from extractor.heads import noun_phrase
from extractor.lexicons import alts
from extractor.numbers import NumberMention
from extractor.ordinals import ordinal_words

# "who had been held since 2022": how long someone was held, not a running total
_HELD_SINCE = re.compile(
    r"\b(?:" + alts("HELD_SINCE") + r")"
    # "held in Russia since 2022": where they were held may stand between
    r"(?:\s+(?:" + alts("HELD_AT") + r")\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s+$"
)
_HELD_VERB_AFTER = re.compile(
    r"[^,;.]{0,40}?\b(?:festgehalten|gefangen gehalten|inhaftiert|in gefangenschaft|gefangen)\b[^,;.]{0,20}?"
    r"(?:worden|waren|sind|wurden|war)\b"
)
# "freed from Russian captivity since 2022": the since-phrase counts the freeing, not the time held
_FROM_CAPTIVITY = re.compile(r"\b(?:" + alts("FROM_CAPTIVITY") + r")\s+$")
# "the 61st exchange since the start of the war", "for the 65th time since": the since-phrase dates the rank
_ORDINAL_EXCHANGE_BEFORE = re.compile(
    r"\d+\S*\s+(?:[^\W\d_]+\s+)?(?:" + alts("ONE_EXCHANGE") + "|" + alts("NTH_TIME") + r")\s+$"
    # every language's exchange noun with its complement: "58° scambio di prigionieri", "58e échange de prisonniers"
    r"|\d+\S*\s+(?:" + lx.EXCHANGE_NOUN.pattern + r")(?:\s+(?:de|di|of|von|полоненими|пленными|jeńców)"
    r"(?:\s+[^\W\d_]+){0,2})?\s+$"
)


def _ordinal_word_before(low: str, at: int) -> bool:
    """ "el canje, el sexagésimo quinto desde 2022": the since-phrase dates the rank, not a count beside it."""
    end = len(low[:at].rstrip())
    return any(n.end >= end for n in ordinal_words(low, max(0, at - 40), at))


# "the largest swap so far", "найбільший обмін з початку війни": the since-phrase ranks the exchange
_SUPERLATIVE = re.compile(r"\b(?:" + alts("SUPERLATIVE") + r")\b[^.;]*$")


def year_limited(low: str, n: NumberMention, others: tuple[tuple[int, int], ...] = ()) -> bool:
    """ "In 2024 alone, 1,348 came home", "від початку року ... 1,2 тис.": a count for one year."""
    shift = n.start
    low, n = clause_of(low, n)
    shift -= n.start
    mine = owned(spans(lx.YEAR_LIMITED, low), n, tuple((a - shift, b - shift) for a, b in others), shared=False)
    return any((b <= n.start and n.start - b <= 80) or (a >= n.end and a - n.end <= 40) for a, b in mine)


def _held_since(low: str, since_at: int, since_end: int) -> bool:
    """ "who had been held since 2022": how long someone was held, not when the counting began."""
    if _HELD_VERB_AFTER.match(low, since_end):
        return True  # "die seit 2022 in Russland festgehalten worden waren": the verb closes the clause
    if not _HELD_SINCE.search(low[max(0, since_at - 50) : since_at]):
        return False
    return not _FROM_CAPTIVITY.search(low[max(0, since_at - 45) : since_at])


def is_total(low: str, n: NumberMention, others: tuple[tuple[int, int], ...] = ()) -> bool | None:
    """True for a whole-war total, None for a count limited to a year or a mediator (no figure).

    ``others`` are the sentence's other counts: "205 freed today, bringing the total since 2022 to 4,757" gives
    the since-phrase to 4,757.
    """
    # a since-phrase beyond a semicolon dates another statement
    lo, hi = _part_bounds(low, n)
    # "the 61st exchange since the start of the war" dates the exchange, not the count beside it
    found = tuple(
        sp for sp in spans(lx.SINCE_WAR, low)
        if lo <= sp[0] and sp[1] <= hi
        and not _ORDINAL_EXCHANGE_BEFORE.search(low[: sp[0]]) and not _held_since(low, sp[0], sp[1])
        and not _ordinal_word_before(low, sp[0])
        and not _SUPERLATIVE.search(low, max(0, sp[0] - 60), sp[0])
    )
    since_spans = _since_spans(low, n, found, others)
    since = distance(since_spans, n)
    if since is None:
        return _perfect_sum(low, n) or _grows_total(low, n) or _work_tally(low, n)
    limited = distance(owned(spans(lx.LIMITED, low), n, others, shared=False), n)
    days = distance(spans(lx.OVER_DAYS, low), n)
    if days is not None and days <= max(since, 60):
        return False  # "au total, 1 000 libérés en trois jours": one staged exchange, not the war
    if limited is not None and limited <= since:
        return None
    if limited is not None and _MEDIATED.search(low):
        return None  # "so far received 1,200 in exchanges mediated by the UAE": one mediator's count
    if limited is not None and all(_SOFT_SINCE.fullmatch(low, a, b) for a, b in since_spans):
        return None  # "25 hostages freed so far under the ceasefire deal": "so far" runs within the limit
    if owned(spans(_THIS_EXCHANGE, low), n, others, shared=False) and not _grows_total(low, n):
        return False  # "so far, 307 have been released in the current exchange": this exchange's count
    if _one_exchange_in_all(low, n, since_spans) or (_only_summing(low, since_spans) and (
            names_a_day(low) or _IN_RETURN.search(low))):
        # "In total, 390 Ukrainians returned home on Friday": the day's swap, summed; "insgesamt 230 kamen frei, im
        # Gegenzug ...": the sum of one side of a swap whose other side follows
        # "un nuevo canje que suma en total 370 prisioneros": the size of one swap, both sides unless named
        return False if sd.nationality(noun_phrase(low, n.end)) else None
    return True


def _since_spans(low: str, n: NumberMention, found: tuple[tuple[int, int], ...],
                 others: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The since-phrases that are the count's. One goes to the nearer count ("205 freed today, bringing the total
    since 2022 to 4,757"), but inside the count's clause only counts of that clause compete ("4,757 have returned
    since 2022, and 205 of them today")."""
    if not found:
        return ()  # most counts have none: their clause is not looked for
    ahead = {sp: _stretch_count(low, n, sp, others) for sp in found}
    own = tuple(sp for sp, c in ahead.items() if c == (n.start, n.end))
    found = tuple(sp for sp, c in ahead.items() if c is None)
    cs, ce = _clause_bounds(low, n)
    # a phrase before another count is not shared past a comma and a handover word of the count's own: "since the
    # war began over 5,000 were freed, he said, hailing the return of 120 soldiers on Wednesday" dates the 5,000
    found = tuple(sp for sp in found
                  if not any(sp[1] <= a and b <= n.start and _own_handover(low, b, n) for a, b in others))
    inside = tuple(sp for sp in found if cs <= sp[0] and sp[1] <= ce)
    return own + owned(inside, n, tuple((a, b) for a, b in others if cs <= a and b <= ce)) + owned(
        tuple(sp for sp in found if sp not in inside), n, others)


_COMMA = re.compile(r"[,;:]")


def _own_handover(low: str, after: int, n: NumberMention) -> bool:
    """Two handover statements: one after ``after`` (the other count), closed by a comma, and one of the count's own
    between the last comma and the count."""
    comma = low.rfind(",", after, n.start)
    return comma >= 0 and bool(lx.RETURN.search(low, after, comma)) and bool(lx.RETURN.search(low, comma, n.start))


def _stretch_count(low: str, n: NumberMention, sp: tuple[int, int],
                   others: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """ "103 soldiers come home, in all since 2022 5,857 have been freed": a since-phrase in a comma-stretch after
    the count sums the stretch's own count, however near it stands to the count before the comma."""
    start = max(low.rfind(c, 0, sp[0]) for c in ",;:") + 1
    stop = _COMMA.search(low, sp[1])
    end = stop.start() if stop else len(low)
    if start <= n.start < end:  # the count's own stretch: its phrase, unless a count beyond the comma is nearer
        return (n.start, n.end) if any(b <= start for _, b in others) else None
    if n.end > start:
        return None  # a stretch before the count: read as ever (the nearer count)
    return next(((a, b) for a, b in others if start <= a and b <= end), None)


# Words that sum up, without saying over what: one exchange's size as often as the war's tally
_IN_ALL = re.compile(r"(?:" + alts("IN_ALL") + ")")
_ONE_EXCHANGE = re.compile(r"\b(?:" + alts("ONE_EXCHANGE") + r")\b")


# since-phrases that say "up to now" without saying from when: a limit beside them sets the start
_SOFT_SINCE = re.compile(r"(?:" + alts("IN_ALL") + "|" + alts("SO_FAR") + ")")
_IN_RETURN = re.compile(r"\b(?:" + alts("IN_RETURN") + r")\b")
_THIS_EXCHANGE = re.compile(r"(?:" + alts("THIS_EXCHANGE") + ")")
_MEDIATED = re.compile(r"\b(?:" + alts("MEDIATED") + ")")


def _part_bounds(low: str, n: NumberMention) -> tuple[int, int]:
    """The part of the sentence between semicolons that holds the count."""
    start = low.rfind(";", 0, n.start) + 1
    end = low.find(";", n.end)
    return start, end if end >= 0 else len(low)


def _clause_bounds(low: str, n: NumberMention) -> tuple[int, int]:
    clause, local = clause_of(low, n)
    start = n.start - local.start
    return start, start + len(clause)


def _only_summing(low: str, since_spans: tuple[tuple[int, int], ...]) -> bool:
    return bool(since_spans) and all(_IN_ALL.fullmatch(low, a, b) for a, b in since_spans)


def _one_exchange_in_all(low: str, n: NumberMention, since_spans: tuple[tuple[int, int], ...]) -> bool:
    """Only summing words mark the count, and one exchange named before it in its clause is what they sum."""
    if not _only_summing(low, since_spans):
        return False
    clause, local = clause_of(low, n)
    return bool(_ONE_EXCHANGE.search(clause, max(0, local.start - 60), local.start))


# "a total of 3,956 people have come home": a sum in the perfect, told of no day and no one swap, runs to now
_SUM_BEFORE = re.compile(r"(?:a total of|in all|altogether)\s+(?:(?:more than|over|about|some|nearly)\s+)?$")
_PERFECT_AFTER = re.compile(r"[^,;.]{0,40}?\b(?:have|has) (?:now |already |so far )?(?:been |managed to )?\w+")


def _perfect_sum(low: str, n: NumberMention) -> bool:
    if not _SUM_BEFORE.search(low, max(0, n.start - 30), n.start) or not _PERFECT_AFTER.match(low, n.end):
        return False
    clause, local = clause_of(low, n)
    return not names_a_day(low) and not _ONE_EXCHANGE.search(clause) and not lx.LIMITED.search(clause)


def _grows_total(low: str, n: NumberMention) -> bool:
    """ "That brings the number of Ukrainians freed to 4,841", "Cela porte à 4 841 le nombre": a running total."""
    if not any(a < n.start for a, _ in spans(lx.TOTAL_GROWS_HINT, low)):
        return False
    return bool(lx.TOTAL_GROWS.search(low, max(0, n.start - 140), n.start)) and not lx.LIMITED.search(low)


def _work_tally(low: str, n: NumberMention) -> bool:
    """ "As part of the headquarters' work, 4,841 have returned": the tally-keeper's count, told of no day."""
    work = spans(lx.RUNNING_WORK, low)
    if not any(a < n.start for a, _ in work) or names_a_day(low) or lx.LIMITED.search(low):
        return False
    clause, _ = clause_of(low, n)
    return not _ONE_EXCHANGE.search(clause)
