"""Parts and wholes among a sentence's counts: a sub-group of a stated total ("among them 23 soldiers"), a part
with its own state ("of whom 50,916 missing"), both sides counted together ("exchanged 292 prisoners"), and the
"N for N" or "N each" that gives every side the same count. Read by ``figures.py`` for each count."""

from __future__ import annotations

import re

from extractor import lexicon as lx
from extractor import sides as sd
from extractor.clauses import spans
from extractor.handover import each_of_previous, exchange_between, noun_for, part_of_stated, parties_together
from extractor.heads import noun_phrase
from extractor.implied import contrast_party, parallel_party
from extractor.lexicons import alts
from extractor.numbers import NumberMention
from extractor.plans import PIVOT, is_stage
from extractor.rx import first_test

_TOTAL_OF = re.compile(
    r"(?:в общей сложности|in all|in total|a total of|загалом|усього|всього|всего|итого|insgesamt|au total|"
    r"en total|łącznie|no total|ao todo)\W*$"
)
_BARE_AMONG = re.compile(alts("AMONG"))
# "84 Ukrainians, among them civilians, were freed, while Kyiv handed over 84 Russians": the contrast word opens
# the other side's clause, which the part-of word before it does not reach
_WHILE = re.compile(r"\b(?:" + alts("WHILE") + r")\b")


_APPOSITION = re.compile(r"\u2014|:| - |\(")
# "..., а в украинском — около 800": the contrast "а" opens a clause whose dash gaps the predicate, no apposition
_WHEREAS_GAPPED = re.compile(r",\s*а\s+(?:[^\W\d_]+\s+){1,2}[\u2014\u2013]\s*(?:[^\W\d_]+\s+)?$")


def is_subgroup(low: str, n: NumberMention, prev_person_end: int | None) -> bool:
    if _TOTAL_OF.search(low[max(0, n.start - 25) : n.start]):
        return False  # "..., in all 390 people": the sum of the parts named before
    if part_of_stated(low, n):
        return True
    for a, b in spans(lx.SUBGROUP_BEFORE, low):
        if b > n.start:
            break
        if PIVOT.search(low, b, n.start):
            continue  # "49 POWs, including 22 Azov fighters, in exchange for 49 Russians": the other side's count
        if _WHILE.search(low, b, n.start):
            continue
        # "among 150 Ukrainians freed" names the whole group; "among them, 23 soldiers" a part of it
        if low[b : n.start].strip(" ") or not _BARE_AMONG.fullmatch(low[a:b]):
            return True
    if prev_person_end is not None:
        gap = low[prev_person_end : n.start]
        # "12 people - three civilians and nine soldiers" splits the count; "90 soldiers - Moscow received 60"
        # opens a statement of its own: a handover verb or a turn to the other side stands in between, or the
        # dash stands for the verb of a clause of the same shape ("Україна повернула 230 людей, а Росія — 248"),
        # or a second party's body phrase follows it ("тіла 502 загиблих, РФ — тіла 43"); a plan word just before,
        # or a stage named, makes the count before the colon an agreed size, of which the stage's count is no part
        # ("the 1,000-for-1,000 swap agreed in Istanbul: 390 Ukrainians ... were freed")
        if _APPOSITION.search(gap) and len(gap) < 60 and not PIVOT.search(gap) and not lx.RETURN.search(gap) \
                and not parallel_party(low, n) and not contrast_party(low, n) and not _WHEREAS_GAPPED.search(gap) \
                and not (lx.PLAN_BEFORE.search(low, max(0, prev_person_end - 40), n.start) or is_stage(low)):
            return True
    return False



# "of whom 50,916", "de los cuales", "з яких": a relative clause that splits the group named before
_OF_WHOM = re.compile(r"\b(?:" + alts("OF_WHOM") + "|" + alts("OF_WHICH") + r")\W*$")
_GOVERNS = re.compile(r"(?:\s+(?:[^\W\d_]+|\d[\d,.]*)){0,4}\s+")


def both_sides(low: str, n: NumberMention) -> bool:
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


_AMONG_AFTER = re.compile(r"\s+(?:[^\s,]+\s+){0,2}?(?:" + alts("AMONG_THEM") + r")\b")
# A group added to the count before it in the same sentence shares its side unless it names its own.
# "68 of the soldiers who were freed", "12 de los liberados": a part of a group named before
_PARTITIVE = re.compile(r"\s+(?:" + alts("PARTITIVE") + r")\s+(?!\d)")


def among_after(low: str, n: NumberMention) -> bool:
    """ "2340 people, 139 civilians among them": the count is a part named before its whole."""
    return bool(_AMONG_AFTER.match(low, n.end))


def partitive(low: str, n: NumberMention) -> bool:
    return bool(_PARTITIVE.match(low, n.end))


def own_state(low: str, n: NumberMention, kind: str) -> bool:
    """ "65,956 missing or captured, of whom 50,916 considered missing": a part with its own state is a figure."""
    rx = lx.MISSING if kind == "missing" else lx.HELD
    after = lx.SUBGROUP_AFTER.match(low[n.end : n.end + 12])
    of_whom = after or _OF_WHOM.search(low, max(0, n.start - 25), n.start)
    return bool(of_whom and rx.search(low, n.end + (after.end() if after else 0), n.end + 40))



_EACH_WORD = first_test(lx.EACH_BEFORE)  # a cheap first look for "each", "both", "по"... (extractor.rx)


def pair_of(low: str, n: NumberMention, numbers: list[NumberMention], i: int) -> int | None:
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
    before = _EACH_WORD.search(low, max(0, n.start - 30), n.start) and \
        lx.EACH_BEFORE.search(low, max(0, n.start - 30), n.start)
    if after or (before and not each_of_previous(low, numbers, i, before.start())):
        return -1
    return None
