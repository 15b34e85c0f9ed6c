"""Sentence-level rules that turn number mentions into exchange figures.

A count becomes a figure only when its head noun is people (or bodies) and the words around it say
what happened to them: handed over, held, missing, died in captivity, or counted since the war began.
Plans, earlier exchanges and sub-groups of a stated total are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from extractor import lexicon as lx
from extractor import sides as sd
from extractor.candidate import Candidate, Context
from extractor.dates import background_time
from extractor.exchanges import exchange_totals
from extractor.handover import (
    each_of_previous,
    exchange_between,
    not_this_handover,
    noun_for,
    part_of_stated,
    parties_together,
    relative_clause,
    still_held,
)
from extractor.heads import head_of, is_unit_word, noun_phrase
from extractor.implied import bare_formula, implied_head, labelled_head, today_count
from extractor.kinds import is_total, kind_of, spans, year_limited
from extractor.numbers import NumberMention, find_numbers, is_hedged
from extractor.text import Sentence

__all__ = ["Candidate", "Context", "sentence_candidates"]

# A sentence with more counts than this is a table or a list; its first counts are read, not all.
MAX_COUNTS = 40
# how far back a plan word ("provided for the release of 50 hostages and of 150 prisoners") still governs a count
PLAN_REACH = 120

_STAGE = re.compile(
    r"\b(?:stage|phase|(?:first|second|third|final|last) day|етап\w*|этап\w*|etap\w*|fase|tappa|"
    r"(?:перш|друг|трет|останн|заверш|последн)\w* (?:день|дня)|(?:ersten|zweiten|dritten|letzten) tag|étape|etapa|"
    r"(?:pierwsz|drug|trzeci|ostatni)\w* dni\w*|(?:premier|deuxième|troisième|dernier) jour|"
    r"(?:primer|segundo|tercer|último) día|(?:primeiro|segundo|terceiro|último) dia|"
    r"(?:primo|secondo|terzo|ultimo) giorno)\b"
)
# the next item of a list of sub-groups: "250 soldiers of the ZSU, 40 guardsmen and 13 border guards" (a short rest
# of the noun phrase, then a comma or "and", no verb of its own)
_CONJ = re.compile(r"^[^.;:!?\d]{0,25}?(?:,|\s(?:and|і|й|и|та|und|et|y|e|i|oraz))\s*$"
                   r"|^\s*(?:and|і|й|и|та|und|et|y|e|i|,)\s*$")
_STATES = frozenset({"held_captive", "missing", "died_in_captivity"})



def is_stage(low: str) -> bool:
    """The sentence reports one stage (day) of a longer exchange."""
    return bool(_STAGE.search(low))


def _plan_after(low: str, n: NumberMention, np_end: int) -> bool:
    """ "1,000 prisoners are to be freed"; not "84 soldiers, who will be flown to Moscow" (the people's future)."""
    m = lx.PLAN_AFTER.match(low[n.end : np_end + 40])
    return m is not None and not relative_clause(low[n.end : n.end + m.end()])




def _is_plan(low: str, n: NumberMention, np_end: int) -> bool:
    plan_words = spans(lx.PLAN_BEFORE, low)  # cached per sentence: most sentences have no plan word at all
    if not plan_words or plan_words[0][0] >= n.start:
        return _plan_after(low, n, np_end)
    before = low[max(0, n.start - PLAN_REACH) : n.start]
    pivot = max(_PIVOT.finditer(low, max(0, n.start - 40), n.start), key=lambda m: m.start(), default=None)
    if pivot is not None and _is_plan_text(low[max(0, pivot.start() - 80) : pivot.start()]):
        return True  # "33 hostages are to go free in exchange for 1,904 prisoners": the partner shares the plan
    return _is_plan_text(before) or _plan_after(low, n, np_end)


def _is_plan_text(before: str) -> bool:
    """A plan word in ``before`` that still governs its end (not closed by a comma and a handover)."""
    for m in lx.PLAN_BEFORE.finditer(before):
        between = before[m.end() :]
        # "agreed in Istanbul, 307 came home": a comma and a handover verb after the plan word end it
        clause = between[between.rfind(",") + 1 :]
        if "," in between and lx.RETURN.search(clause) and not _COMPLEMENT.match(clause):
            continue  # but "agreed, that 16 civilians will be returned" still reports the agreement
        return True
    return False


_COMPLEMENT = re.compile(r"\s*(?:that|що|что|dass|que|che|że)\b")
_WORD_REST = re.compile(r"[\w'-]*")
_TOTAL_OF = re.compile(
    r"(?:в общей сложности|in all|in total|a total of|загалом|усього|всього|всего|итого|insgesamt|au total|"
    r"en total|łącznie|no total|ao todo)\W*$"
)
_BARE_AMONG = re.compile(r"among|among the|серед|среди|wśród|parmi|entre|entre los|unter|dentre")


_APPOSITION = re.compile(r"\u2014|:| - |\(")


_PIVOT = re.compile(
    r"\b(?:in exchange for|in return for|while|whereas|в обмін на|в обмен на|взамен|натомість|im austausch gegen|"
    r"im austausch für|in cambio di|im gegenzug|en échange d|a cambio de|w zamian za|em troca de|"
    r"contre (?=\d|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent))"
)


def _is_subgroup(low: str, n: NumberMention, prev_person_end: int | None) -> bool:
    if _TOTAL_OF.search(low[max(0, n.start - 25) : n.start]):
        return False  # "..., in all 390 people": the sum of the parts named before
    if part_of_stated(low, n):
        return True
    for a, b in spans(lx.SUBGROUP_BEFORE, low):
        if b > n.start:
            break
        if _PIVOT.search(low, b, n.start):
            continue  # "49 POWs, including 22 Azov fighters, in exchange for 49 Russians": the other side's count
        # "among 150 Ukrainians freed" names the whole group; "among them, 23 soldiers" a part of it
        if low[b : n.start].strip(" ") or not _BARE_AMONG.fullmatch(low[a:b]):
            return True
    if prev_person_end is not None:
        gap = low[prev_person_end : n.start]
        if _APPOSITION.search(gap) and len(gap) < 60:
            return True
    return False


# "of whom 50,916", "de los cuales", "з яких": a relative clause that splits the group named before
_OF_WHOM = re.compile(
    r"\b(?:of whom|of which|de los cuales|de las cuales|dos quais|das quais|dont|von denen|z których|з яких|"
    r"із яких|из которых|dei quali|delle quali)\W*$"
)
_GOVERNS = re.compile(r"(?:\s+(?:[^\W\d_]+|\d[\d,.]*)){0,4}\s+")


def _both_sides(low: str, n: NumberMention) -> bool:
    """ "The US and Russia exchanged four prisoners": a count of both sides together, not per side."""
    if (lx.BOTH_SIDES.search(low[max(0, n.start - 40) : n.end + 40]) or parties_together(low, n)
            or exchange_between(low, n)) and not (
            sd.nationality(noun_phrase(low, n.end))):
        return True
    before = low[max(0, n.start - 40) : n.start]
    if _SWAPPED_FOR.search(before):
        return False  # "63 Russians were swapped for 116 prisoners": the other side of the swap
    # the verb governs the count directly ("exchanged four prisoners"), not "In exchange, 150 ..."
    verb = next((m for m in lx.MUTUAL_VERB.finditer(before) if _GOVERNS.fullmatch(before[m.end() :])), None)
    if verb is None:
        # "A total of 190 prisoners were exchanged", "277 individuals were exchanged": the passive swaps both ways
        verb = _PASSIVE_MUTUAL.match(low, n.end) or _SWAP_OF.search(low, max(0, n.start - 30), n.start)
    return verb is not None and not sd.nationality(noun_phrase(low, n.end))


_SWAPPED_FOR = re.compile(r"\b(?:for|against|contre|gegen|por|za|на|per)\s+(?:some |about |around |more than )?$")
# "an exchange of 230 prisoners", "un échange de 230 prisonniers": the size of the whole swap
_SWAP_OF = re.compile(
    r"\b(?:exchange|swap|échange|intercambio|canje|troca|scambio|austausch) (?:of|de|di|von) (?:some |about |around |"
    r"environ |unos |cerca de |circa |rund )?$"
)
_PASSIVE_MUTUAL = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,3}?(?:were|have been|had been|wurden|ont été|fueron|foram|zostało|zostali|sono stati)\s+"
    r"(?:\w+\s+)?(?:exchanged|swapped|traded|ausgetauscht|échangés|intercambiados|canjeados|trocados|wymienion\w*|"
    r"scambiati)\b"
)
# "по формуле «84 на 84»": the formula of the exchange being reported, not the name of a plan
_FORMULA = re.compile(r"(?:формул\w*|formula|format\w*|схем\w*|formel|fórmula|formule)\W*$")
_COMPANIONS = re.compile(r"\b(?:with|along with|together with|разом з|разом із|вместе с|mit|avec|con|com|razem z)\s+$")
_COMPLETED = re.compile(
    r"\b(?:complete[ds]?|completing|finished|concluded|wrapped up|заверш\w*|"
    r"abgeschlossen|achevé|terminé|terminaron|completaron|concluyeron|zakończył\w*|concluíram|completaram|"
    r"completat[oaie]|conclus[oaie]|terminat[oaie])\b"
)


_AMONG_AFTER = re.compile(r"\s+(?:[^\s,]+\s+){0,2}?(?:among them|of them|серед них|з них|из них|среди них|"
                          r"darunter|parmi eux|entre ellos|entre eles|w tym|tra (?:loro|cui))\b")
# A group added to the count before it in the same sentence shares its side unless it names its own.
_ADDITIONAL = re.compile(
    r"\b(?:also|another|plus|as well as|in addition|además|también|otros|também|outros|além disso|ainsi que|"
    r"en outre|aussi|zusätzlich|sowie|weitere|ще|також|а також|еще|ещё|также|a także|oraz|dodatkowo|inoltre|altri)"
    r"\b[^.;]{0,20}$"
)
# "68 of the soldiers who were freed", "12 de los liberados": a part of a group named before
_PARTITIVE = re.compile(r"\s+(?:of the|of those|of these|de los|de las|de entre|d'entre|degli|delle|z tych|spośród|"
                        r"из числа|з числа)\s+(?!\d)")
_HAD_BEEN_HELD = re.compile(
    # one apposition may stand between: "the 46 defenders, captured in 2022, had spent two years in captivity"
    r"(?:[^,;.]*?,[^,;.]{0,40},)?[^,;.]*?\b(?:had been (?:\w+ )?(?:held|detained|captured|imprisoned|jailed|kept|"
    r"in (?:\w+ )?captivity)|"
    # "had spent more than two years in captivity before Friday's swap": held until the handover
    r"had spent (?:\S+ ){0,5}?in (?:\w+ )?(?:captivity|custody|detention|prison)|"
    r"during (?:their|his|her) (?:time |stay |months |years )?in (?:\w+ )?(?:captivity|custody))\b"
)


_EXCHANGE_BEFORE = re.compile(
    r"\b(?:обмін\w*|обмен\w*|exchange|swap|austausch\w*|échange|intercambio|canje|wymian\w*|troca|scambio)"
    r"(?: (?:полоненими|пленными|of prisoners|prisoner|di prigionieri))?(?: (?:of|de|di|von))? $"
)


def _named_swap(low: str, start: int, end: int) -> bool:
    """ "a 1,000-for-1,000 prisoner swap": the agreed size used as a name is a plan until it is completed."""
    after = low[end : end + 30]
    # "the first phase of a 1,000-for-1,000 swap has been completed": the stage is done, the swap is not
    done = bool(_COMPLETED.search(low) or lx.CARRIED_OUT.search(low)) and not is_stage(low)
    if _EXCHANGE_BEFORE.search(low, max(0, start - 30), start):
        return not done  # "перший етап обміну 1000 на 1000"
    return bool(re.match(r"\s*(?:\w+\s+)?(?:prisoner\s+)?(?:swap|exchange|обмін|обмен|austausch|échange)", after)) and (
        not done
    )


def _each(low: str, n: NumberMention, numbers: list[NumberMention], i: int) -> int | None:
    """Index of the paired number in "N for N", -1 for "N each", None otherwise."""
    if i + 1 < len(numbers):
        nxt = numbers[i + 1]
        if nxt.value == n.value and (lx.FOR_EACH.match(low[n.end : nxt.start])
                                     or noun_for(low, n.end, nxt.start)):
            return i + 1
    after = lx.EACH_AFTER.match(low[n.end : n.end + 45])
    # "292 detenidos —146 por cada lado—": the marker belongs to the number just before it, not to 292
    if after and i + 1 < len(numbers) and numbers[i + 1].start < n.end + after.end():
        after = None
    before = lx.EACH_BEFORE.search(low, max(0, n.start - 30), n.start)
    if after or (before and not each_of_previous(low, numbers, i, before.start())):
        return -1
    return None


@dataclass
class _Walk:
    """What reading a sentence left to left has learnt so far."""

    skip: set[int] = field(default_factory=set)
    prev_person_end: int | None = None
    prev_subgroup: bool = False
    last_side: str | None = None  # the side of the sentence's last handover count
    earlier: bool | None = None  # looked up once, and only when a count is found
    stage: bool = False
    running: bool = False  # the sentence counts exchanges so far: its people counts are running totals
    counts: tuple[tuple[int, int], ...] = ()  # where the sentence's numbers that may count people stand


def sentence_candidates(sent: Sentence, ctx: Context) -> list[Candidate]:
    """Every figure one sentence states (the article-level clean-up comes later)."""
    all_numbers = find_numbers(sent.text, sent.low, hedges=False, lang=ctx.lang)
    if not all_numbers:
        return []
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
    head = implied_head(low, numbers, i, walk.prev_person_end)
    labelled = head is None and (head := labelled_head(low, n)) is not None
    if head is None and not (i + 1 < len(numbers) and numbers[i + 1].value == n.value):
        return []  # a year, a date, a measure: not a count, and no "N for N" pair either
    pair = _each(low, n, numbers, i)
    formula = False
    np_end = n.end + len(noun_phrase(low, n.end)) + 1
    if pair is not None and pair >= 0:
        walk.skip.add(pair)
        np_end = numbers[pair].end + len(noun_phrase(low, numbers[pair].end)) + 1
        formula = bare_formula(low, numbers[pair])
        head = head_of(low, numbers[pair]) or ("person" if lx.RETURN.search(low) or formula else None)
    if head is None:
        return []
    quoted = pair is not None and pair >= 0 and not _FORMULA.search(low[max(0, n.start - 25) : n.start]) and bool(
        lx.QUOTED.search(low[max(0, n.start - 3) : n.start]) or _named_swap(low, n.start, numbers[pair].end)
    )
    plan = quoted or _is_plan(low, n, np_end)
    # "600 militares —300 por cada bando—": the apposition splits a both-sides count per side, no sub-group
    # and "292 prisoners (146 for 146)" does the same with a formula
    split = pair is not None and i > 0 and numbers[i - 1].value == 2 * n.value
    subgroup = not split and _is_subgroup(low, n, walk.prev_person_end) or (
        walk.prev_subgroup and walk.prev_person_end is not None
        and bool(_CONJ.match(low[walk.prev_person_end : n.start]))
        and not lx.RETURN.search(low, walk.prev_person_end, n.start)
    )
    noun = lx.PERSON.search(low, n.end, np_end) or lx.BODY.search(low, n.end, np_end)
    walk.prev_person_end = _WORD_REST.match(low, noun.end()).end() if noun else np_end
    walk.prev_subgroup = subgroup
    # a bare "152 на 152" names its own kind: people handed over both ways
    base = kind_of(low, n, head, plan, _counts_beside(low, n, walk)) or (
        "returned" if (formula or today_count(low)) and head == "person" else None)
    kind = _final_kind(low, n, base, pair, plan, subgroup, walk, ctx)
    if not kind or (labelled and kind not in _STATES):
        return []  # a fact box's handover line may be a total or one day's: only captivity states are safe
    found = _with_sides(sent, n, kind, pair, ctx, walk.stage)
    if len(found) == 1 and kind == "returned":
        found = [_side_from_before(low, n, found[0], walk.last_side, ctx)]
        walk.last_side = found[0].side
    return found


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
    if not last_side or sd.nationality(noun_phrase(low, n.end)):
        return c
    if _ADDITIONAL.search(low, max(0, n.start - 25), n.start):
        return replace(c, side=last_side)  # "246 Russians came home ..., and another 15 wounded"
    joined = _JOINED.search(low, max(0, n.start - 50), n.start)
    if joined and not sd.countries(joined.group(0)):
        return replace(c, side=last_side)  # "270 militari russi e 120 civili": the pair shares its nationality
    if _PIVOT.search(low, max(0, n.start - 30), n.start) and (other := sd.other_side(last_side, ctx.parties)):
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
    if kind == "total_returned" and (subgroup or _AMONG_AFTER.match(low, n.end) or _both_sides(low, n)
                                     or lx.SUBGROUP_AFTER.match(low[n.end : n.end + 12])):
        return None  # "2340 people, 139 civilians among them": a part of the total
    if walk.earlier is None:
        walk.earlier = bool(lx.EARLIER.search(low)) or background_time(low, ctx.published)
        walk.stage = bool(_STAGE.search(low))
    if kind in ("returned", "bodies_returned") and (
        walk.earlier or subgroup or plan or lx.SUBGROUP_AFTER.match(low[n.end : n.end + 12])
        or _PARTITIVE.match(low, n.end)
        or (pair is None and _both_sides(low, n))
        or not_this_handover(low, n)
    ):
        return None
    if kind == "returned" and still_held(low, n):
        return "held_captive"  # "after the release, 19 Armenians are still held": the ones left behind
    if kind == "held_captive" and _HAD_BEEN_HELD.match(low, n.end, n.end + 90):
        return None  # "the two Azerbaijanis had been detained in April": held before, freed now
    part = subgroup or lx.SUBGROUP_AFTER.match(low[n.end : n.end + 12])  # "12 of them said they were tortured"
    if kind in ("held_captive", "missing") and (
        (part and not _own_state(low, n, kind)) or _COMPANIONS.search(low[max(0, n.start - 25) : n.start])
    ):
        return None  # "a cell with seven other women": company, not a count of captives
    if kind == "bodies_returned" and is_total(low, n, _counts_beside(low, n, walk)) is not False:
        return None  # cumulative body counts have no kind
    return kind


def _own_state(low: str, n: NumberMention, kind: str) -> bool:
    """ "65,956 missing or captured, of whom 50,916 considered missing": a part with its own state is a figure."""
    rx = lx.MISSING if kind == "missing" else lx.HELD
    after = lx.SUBGROUP_AFTER.match(low[n.end : n.end + 12])
    of_whom = after or _OF_WHOM.search(low, max(0, n.start - 25), n.start)
    return bool(of_whom and rx.search(low, n.end + (after.end() if after else 0), n.end + 40))


def _with_sides(sent: Sentence, n: NumberMention, kind: str, pair: int | None, ctx: Context,
                stage: bool) -> list[Candidate]:
    approx = is_hedged(sent.low, n.start, n.end)
    # "31 civilians that each side is holding": both sides hold that many, as both receive in "N each"
    if pair is not None and kind in ("returned", "bodies_returned", "held_captive"):
        return [Candidate(kind, side, n.value, approx, sent, stage) for side in ctx.parties if side]
    side = sd.side_of(sent.low, n.start, n.end, kind, ctx.parties, ctx.lang, ctx.ru_ua)
    if side is None:
        return []  # a count nobody can be named for is no figure
    return [Candidate(kind, side, n.value, approx, sent, stage)]


