"""Sentence-level rules that turn number mentions into exchange figures.

A count becomes a figure only when its head noun is people (or bodies) and the words around it say
what happened to them: handed over, held, missing, died in captivity, or counted since the war began.
Plans (``plans``), earlier exchanges, sub-groups of a stated total and both-sides counts (``groups``) are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from extractor import groups as gr
from extractor import lexicon as lx
from extractor import sides as sd
from extractor.candidate import Candidate, Context
from extractor.clauses import spans
from extractor.dates import background_time
from extractor.exchanges import exchange_totals
from extractor.handover import not_this_handover, remain, still_held
from extractor.heads import head_of, is_unit_word, noun_phrase
from extractor.implied import bare_formula, contrast_party, implied_head, labelled_head, today_count
from extractor.kinds import is_total, kind_of, year_limited
from extractor.lexicons import alts
from extractor.numbers import NumberMention, find_numbers, is_hedged
from extractor.plans import PIVOT, is_plan, is_stage, quoted_formula
from extractor.text import Sentence

__all__ = ["Candidate", "Context", "is_stage", "sentence_candidates"]


# A sentence with more counts than this is a table or a list; its first counts are read, not all.
MAX_COUNTS = 40

# the next item of a list of sub-groups: "250 soldiers of the ZSU, 40 guardsmen and 13 border guards" (a short rest
# of the noun phrase, then a comma or "and", no verb of its own)
_CONJ = re.compile(r"^[^.;:!?\d]{0,25}?(?:,|\s(?:and|і|й|и|та|und|et|y|e|i|oraz))\s*$"
                   r"|^\s*(?:and|і|й|и|та|und|et|y|e|i|,)\s*$")
_STATES = frozenset({"held_captive", "missing", "died_in_captivity"})
_WORD_REST = re.compile(r"[\w'-]*")
_COMPANIONS = re.compile(r"\b(?:" + alts("WITH") + r")\s+$")
_ADDITIONAL = re.compile(r"\b(?:" + alts("ADDITIONAL") + r")\b[^.;]{0,20}$")
_HAD_BEEN_HELD = re.compile(
    # one apposition may stand between: "the 46 defenders, captured in 2022, had spent two years in captivity"
    r"(?:[^,;.]*?,[^,;.]{0,40},)?[^,;.]*?\b(?:had been (?:\w+ )?(?:held|detained|captured|imprisoned|jailed|kept|"
    r"in (?:\w+ )?captivity)|"
    # "had spent more than two years in captivity before Friday's swap": held until the handover
    r"had spent (?:\S+ ){0,5}?in (?:\w+ )?(?:captivity|custody|detention|prison)|"
    r"during (?:their|his|her) (?:time |stay |months |years )?in (?:\w+ )?(?:captivity|custody))\b"
)


@dataclass
class _Walk:
    """What reading a sentence left to left has learnt so far."""

    skip: set[int] = field(default_factory=set)
    prev_person_end: int | None = None
    prev_subgroup: bool = False
    prev_head: str | None = None  # what the sentence's last count counted (people or bodies)
    last_side: str | None = None  # the side of the sentence's last handover count
    earlier: bool | None = None  # looked up once, and only when a count is found
    stage: bool = False
    running: bool = False  # the sentence counts exchanges so far: its people counts are running totals
    counts: tuple[tuple[int, int], ...] = ()  # where the sentence's numbers that may count people stand


def sentence_candidates(sent: Sentence, ctx: Context) -> list[Candidate]:
    """Every figure one sentence states (the article-level clean-up comes later)."""
    all_numbers = find_numbers(sent.text, sent.low, hedges=False, lang=ctx.lang)
    if not all_numbers:
        return exchange_totals(sent, [])  # "the fifth exchange": an ordinal word, and no digit
    numbers = [n for n in all_numbers if not n.ordinal][:MAX_COUNTS]
    exchanges = exchange_totals(sent, all_numbers)
    # "64 exchanges have brought 4,757 Ukrainians home": beside a count of exchanges (not "the 64th"),
    # the people counted are the running total, not one swap
    cardinal = {n.value for n in numbers}
    walk = _Walk(running=any(c.value in cardinal for c in exchanges),
                 counts=tuple((m.start, m.end) for m in numbers if _may_count(sent.low, m)))
    out: list[Candidate] = []
    for i in range(len(numbers)):
        if i not in walk.skip:
            out.extend(_read_count(sent, numbers, i, walk, ctx))
    out.extend(exchanges)
    return out


def _read_count(sent: Sentence, numbers: list[NumberMention], i: int, walk: _Walk, ctx: Context) -> list[Candidate]:
    low, n = sent.low, numbers[i]
    if i + 1 < len(numbers) and numbers[i + 1].value * 2 == n.value and numbers[i + 1].start - n.end < 60 \
            and lx.EACH_AFTER.match(low[numbers[i + 1].end : numbers[i + 1].end + 45]):
        return []  # "600 militares —300 por cada bando—": the both-sides size of a swap split just after it
    if _range_low_end(low, numbers, i):
        return []  # "від 8 до 10 тисяч", "between 8 and 10 thousand": the scale is the upper end's; 8 counts nobody
    head = implied_head(low, numbers, i, walk.prev_person_end)
    if head == "person" and walk.prev_head == "body" and head_of(low, n) is None:
        head = "body"  # "Ukraine received 1,000 bodies and Russia, 24": the ellipsis shares the noun before it
    labelled = head is None and (head := labelled_head(low, n)) is not None
    if head is None and not (i + 1 < len(numbers) and numbers[i + 1].value == n.value):
        return []  # a year, a date, a measure: not a count, and no "N for N" pair either
    pair = gr.pair_of(low, n, numbers, i)
    head, np_end, formula, plan = _with_pair(low, numbers, i, pair, head, walk)
    if head is None:
        return []
    # "600 militares —300 por cada bando—": the apposition splits a both-sides count per side, no sub-group
    # and "292 prisoners (146 for 146)" does the same with a formula
    split = pair is not None and i > 0 and numbers[i - 1].value == 2 * n.value
    subgroup = not split and gr.is_subgroup(low, n, walk.prev_person_end) or (
        walk.prev_subgroup and walk.prev_person_end is not None
        and bool(_CONJ.match(low[walk.prev_person_end : n.start]))
        and not lx.RETURN.search(low, walk.prev_person_end, n.start)
    )
    noun = lx.PERSON.search(low, n.end, np_end) or lx.BODY.search(low, n.end, np_end)
    walk.prev_person_end = _WORD_REST.match(low, noun.end()).end() if noun else np_end
    walk.prev_subgroup = subgroup
    walk.prev_head = head
    # a bare "152 на 152" names its own kind: people handed over both ways
    base = kind_of(low, n, head, plan, _counts_beside(low, n, walk)) or (
        "returned" if (formula or today_count(low)) and head == "person" else None)
    kind = _final_kind(low, n, base, pair, plan, subgroup, walk, ctx)
    if not kind or (labelled and kind not in _STATES and kind != "total_returned" and pair is None):
        # a fact box's handover line may be a total or one day's: only captivity states, lines whose label says
        # "since 2022", and "exchange prisoners: 95 for 95" (the swap's own formula) are safe
        return []
    found = _with_sides(sent, n, kind, pair, ctx, walk.stage) or _civil_war_reply(sent, n, kind, walk, ctx)
    if len(found) == 1 and kind == "returned":
        found = [_side_from_before(low, n, found[0], walk.last_side, ctx)]
        walk.last_side = found[0].side
    return found


def _civil_war_reply(sent: Sentence, n: NumberMention, kind: str, walk: _Walk, ctx: Context) -> list[Candidate]:
    """ "The Houthis freed 126 soldiers, while the government released 117 rebels": in a civil war the other
    party's handover in the same sentence frees the same country's people, though no word names them."""
    home = ctx.parties[0]
    if kind != "returned" or home is None or ctx.parties[1] != home or walk.last_side != home:
        return []  # alone, a count no word names is as often both sides' sum or a plan as one side's
    return [Candidate(kind, home, n.value, is_hedged(sent.low, n.start, n.end), sent, walk.stage)]


# the words between the two ends of a range: "8-10", "from 8 to 10", "entre 8 y 10", "8 à 10"
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|and|до|і|и|та|bis|und|à|et|a|y|e|i|do|al)\s*")


def _range_low_end(low: str, numbers: list[NumberMention], i: int) -> bool:
    """The small lower end of a range whose scale word ("thousand", "тисяч", "mil") stands only after the upper."""
    if i + 1 >= len(numbers):
        return False
    n, m = numbers[i], numbers[i + 1]
    return n.value < 100 and m.value >= 1000 and n.value * 1000 <= m.value and m.value % 1000 == 0 \
        and bool(_RANGE_GAP.fullmatch(low, n.end, m.start)) and not low[m.start : m.end].replace(" ", "").isdigit()


def _with_pair(low: str, numbers: list[NumberMention], i: int, pair: int | None, head: str | None,
               walk: _Walk) -> tuple[str | None, int, bool, bool]:
    """(head, end of the noun phrase, bare formula, plan) of a count read with its "N for N" partner, if any."""
    n = numbers[i]
    formula = False
    np_end = n.end + len(noun_phrase(low, n.end)) + 1
    if pair is not None and pair >= 0:
        walk.skip.add(pair)
        np_end = numbers[pair].end + len(noun_phrase(low, numbers[pair].end)) + 1
        formula = bare_formula(low, numbers[pair])
        head = head_of(low, numbers[pair]) or ("person" if lx.RETURN.search(low) or formula else None)
    if head is None:
        return None, np_end, formula, False
    quoted = pair is not None and pair >= 0 and quoted_formula(low, n, numbers[pair])
    return head, np_end, formula, quoted or is_plan(low, n, np_end)


def _counts_beside(low: str, n: NumberMention, walk: _Walk) -> tuple[tuple[int, int], ...]:
    """The sentence's other counts of people (for the words that belong to the nearest count)."""
    return tuple(c for c in walk.counts if c != (n.start, n.end))


def _may_count(low: str, n: NumberMention) -> bool:
    """Not a year nor a measure: a number that may count people ("since 2022" counts nobody)."""
    if 1900 <= n.value <= 2100 and n.end - n.start == 4:
        return False
    first = low[n.end : n.end + 30].split()[:1]
    return not (first and is_unit_word(first[0]))


_JOINED = re.compile(r"\d[\d,.]*\s+(?:[^\W\d_]+\s+){1,3}(?:and|e|i|и|і|та|und|et|y)\s+$")


def _side_from_before(low: str, n: NumberMention, c: Candidate, last_side: str | None, ctx: Context) -> Candidate:
    """A handover count with no nationality of its own, read against the sentence's count before it."""
    if not last_side or sd.nationality(noun_phrase(low, n.end)) or contrast_party(low, n):
        return c  # "Moscow also 103": the party named before the count, not the "also" of the count before
    if _ADDITIONAL.search(low, max(0, n.start - 25), n.start):
        return replace(c, side=last_side)  # "246 Russians came home ..., and another 15 wounded"
    joined = _JOINED.search(low, max(0, n.start - 50), n.start)
    if joined and not sd.countries(joined.group(0)):
        return replace(c, side=last_side)  # "270 militari russi e 120 civili": the pair shares its nationality
    if PIVOT.search(low, max(0, n.start - 30), n.start) and (other := sd.other_side(last_side, ctx.parties)):
        return replace(c, side=other)  # "frees 4 Armenians in exchange for 2 soldiers": the other side
    return c


def _final_kind(low: str, n: NumberMention, kind: str | None, pair: int | None, plan: bool, subgroup: bool,
                walk: _Walk, ctx: Context) -> str | None:
    """The kind after the sentence-wide vetoes: one year only, earlier exchange, plan, part of a total."""
    if kind is None:
        return None
    if kind in ("returned", "total_returned") and year_limited(low, n, _counts_beside(low, n, walk)):
        return None  # counts for one year are neither this exchange nor whole-war totals
    if kind == "returned" and pair is None:
        total = is_total(low, n, _counts_beside(low, n, walk))
        if total is None:
            return None
        kind = "total_returned" if total or walk.running else kind
    if kind == "total_returned" and (subgroup or gr.among_after(low, n) or gr.both_sides(low, n)
                                     or lx.SUBGROUP_AFTER.match(low[n.end : n.end + 12])):
        return None  # "2340 people, 139 civilians among them": a part of the total
    if walk.earlier is None:
        walk.earlier = background_time(low, ctx.published)
        walk.stage = is_stage(low)
    if kind in ("returned", "bodies_returned") and (
        walk.earlier or _earlier(low, n) or subgroup or plan or lx.SUBGROUP_AFTER.match(low[n.end : n.end + 12])
        or gr.partitive(low, n)
        or (pair is None and gr.both_sides(low, n))
        or not_this_handover(low, n)
    ):
        return None
    return _state_kind(low, n, kind, subgroup, walk)


# a clause break between a count and a background word after it: the word belongs to another statement
_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s")


def _earlier(low: str, n: NumberMention) -> bool:
    """A background word ("previous", "earlier", "раніше") governs a count before it, or after it in its clause;
    past a comma it tells of something else ("189 came home, two more than announced earlier", "the bodies of
    1,000, who, as the other side had previously said, were ours, were returned")."""
    return any(a < n.start or not _BREAK.search(low, n.end, a) for a, _ in spans(lx.EARLIER, low))


def _state_kind(low: str, n: NumberMention, kind: str, subgroup: bool, walk: _Walk) -> str | None:
    """The vetoes on captivity states and bodies: held before and freed now, company, parts, cumulative bodies."""
    if kind == "returned" and still_held(low, n):
        return "held_captive"  # "after the release, 19 Armenians are still held": the ones left behind
    if kind == "returned" and remain(low, n):
        return None  # "1,000 more remained on the list": not come home, and held or not the text does not say
    if kind == "held_captive" and _HAD_BEEN_HELD.match(low, n.end, n.end + 90):
        return None  # "the two Azerbaijanis had been detained in April": held before, freed now
    part = subgroup or lx.SUBGROUP_AFTER.match(low[n.end : n.end + 12])  # "12 of them said they were tortured"
    if kind in ("held_captive", "missing") and (
        (part and not gr.own_state(low, n, kind)) or _COMPANIONS.search(low[max(0, n.start - 25) : n.start])
    ):
        return None  # "a cell with seven other women": company, not a count of captives
    if kind == "bodies_returned" and is_total(low, n, _counts_beside(low, n, walk)) is not False:
        return None  # cumulative body counts have no kind
    return kind


def _with_sides(sent: Sentence, n: NumberMention, kind: str, pair: int | None, ctx: Context,
                stage: bool) -> list[Candidate]:
    approx = is_hedged(sent.low, n.start, n.end)
    # "31 civilians that each side is holding": both sides hold that many, as both receive in "N each"
    if pair is not None and kind in ("returned", "bodies_returned", "held_captive"):
        return [Candidate(kind, side, n.value, approx, sent, stage) for side in ctx.parties if side]
    side = sd.side_of(sent.low, n.start, n.end, kind, ctx.parties, ctx.lang, ctx.ru_ua)
    if kind in ("returned", "bodies_returned") and (party := contrast_party(sent.low, n)) in ctx.parties:
        side = party  # "Russia in turn 248": the side-reading skips no contrast word, the party named is the side
    if side is None:
        return []  # a count nobody can be named for is no figure
    return [Candidate(kind, side, n.value, approx, sent, stage)]


