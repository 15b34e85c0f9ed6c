"""Whether a count is what is to happen, not what happened: a plan, an offer or an agreement ("1,000 prisoners are
to be freed"), an agreed size used as the name of a swap ("the 1,000-for-1,000 swap"); and whether a sentence
reports one stage of a longer exchange. Read by ``figures.py`` for each count, the same way in every language."""

from __future__ import annotations

import re

from extractor import lexicon as lx
from extractor.clauses import spans
from extractor.handover import relative_clause
from extractor.lexicons import alts
from extractor.numbers import NumberMention
from extractor.rx import alternation

# how far back a plan word ("provided for the release of 50 hostages and of 150 prisoners") still governs a count
PLAN_REACH = 120
_STAGE = re.compile(alternation(alts("STAGE"), boundary=True) + r"\b")  # read in every sentence with a count


def is_stage(low: str) -> bool:
    """The sentence reports one stage (day) of a longer exchange."""
    return bool(_STAGE.search(low))


def _plan_after(low: str, n: NumberMention, np_end: int) -> bool:
    """ "1,000 prisoners are to be freed"; not "84 soldiers, who will be flown to Moscow" (the people's future)."""
    m = lx.PLAN_AFTER.match(low[n.end : np_end + 40])
    return m is not None and not relative_clause(low[n.end : n.end + m.end()])


def is_plan(low: str, n: NumberMention, np_end: int) -> bool:
    plan_words = spans(lx.PLAN_BEFORE, low)  # cached per sentence: most sentences have no plan word at all
    if not plan_words or plan_words[0][0] >= n.start:
        return _plan_after(low, n, np_end)
    before = low[max(0, n.start - PLAN_REACH) : n.start]
    pivot = max(PIVOT.finditer(low, max(0, n.start - 40), n.start), key=lambda m: m.start(), default=None)
    if pivot is not None and _is_plan_text(low[max(0, pivot.start() - 80) : pivot.start()]):
        return True  # "33 hostages are to go free in exchange for 1,904 prisoners": the partner shares the plan
    if _told_after_colon(low, n, plan_words):
        return False
    return _is_plan_text(before) or _plan_after(low, n, np_end)


# a colon that opens a statement ("the first stage of the swap agreed in Istanbul: 390 were freed on Friday")
_COLON = re.compile(r"\s:\s|:\s")


def _told_after_colon(low: str, n: NumberMention, plan_words: list[tuple[int, int]]) -> bool:
    """After the last plan word a colon opens a clause whose own verb reports a handover, not a plan."""
    last = max((b for _, b in plan_words if b <= n.start), default=None)
    if last is None or not _COLON.search(low, last, n.start):
        return False
    end = low.find(",", n.end)
    rest = low[n.end : end if end >= 0 else len(low)]
    return bool(lx.RETURN.search(rest)) and not lx.PLAN_BEFORE.search(rest) and not lx.PLAN_AFTER.match(rest)


def _is_plan_text(before: str) -> bool:
    """A plan word in ``before`` that still governs its end (not closed by a comma and a handover)."""
    for m in lx.PLAN_BEFORE.finditer(before):
        between = before[m.end() :]
        # "agreed in Istanbul, 307 came home": a comma and a handover verb after the plan word end it
        clause = between[between.rfind(",") + 1 :]
        if "," in between and lx.RETURN.search(clause) and not _COMPLEMENT.match(clause) \
                and not lx.FUTURE_TIME.match(before, m.start()):
            continue  # but "agreed, that 16 civilians will be returned" still reports the agreement
        return True
    return False


_COMPLEMENT = re.compile(r"\s*(?:" + alts("THAT") + r")\b")


# A turn to the other side of the swap: what stands after it is the partner's count
PIVOT = re.compile(r"\b(?:" + alts("IN_EXCHANGE_FOR") + ")")


# "по формуле «84 на 84»": the formula of the exchange being reported, not the name of a plan
_FORMULA = re.compile(r"(?:" + alts("FORMULA") + r")\W*$")
_COMPLETED = re.compile(r"\b(?:" + alts("COMPLETED") + r")\b")


# the noun only: "обміняли 150 на 150" (the verb) reports the swap, "обмін 150 на 150" may name a planned one
_EXCHANGE_BEFORE = re.compile(
    r"\b(?:обмін(?:у|ом|і|и|ів)?|обмен(?:а|у|ом|е|ы|ов)?|exchange|swap|austausch(?:es|s)?|échange|intercambio|canje|"
    r"wymian(?:a|y|ie|ę|ą)|troca|scambio)"
    r"(?: (?:полоненими|пленными|of prisoners|prisoner|di prigionieri))?(?: (?:of|de|di|von))? $"
)


# "Russia and Ukraine swap POWs in a 95-for-95 exchange": the sides' own verb before the named size tells the swap
# happened (a plan has its plan word, read apart)
_MUTUAL_BEFORE = re.compile(r"\b(?:" + alts("MUTUAL_VERB") + r")\b(?=[^.;:]*$)")


def _done(low: str, before: int) -> bool:
    """The sentence tells the whole swap done: completed, carried out, or the sides' verb before ``before``.
    "The first phase of a 1,000-for-1,000 swap has been completed": the stage is done, the swap is not."""
    return bool(_COMPLETED.search(low) or lx.CARRIED_OUT.search(low)
                or _MUTUAL_BEFORE.search(low, max(0, before - 60), before)) and not is_stage(low)


def named_swap(low: str, start: int, end: int) -> bool:
    """ "a 1,000-for-1,000 prisoner swap": the agreed size used as a name is a plan until it is completed."""
    after = low[end : end + 30]
    named = _EXCHANGE_BEFORE.search(low, max(0, start - 30), start)
    # the verb stands before the name, not in it ("обмін 1000 на 1000" names a swap, "обмінялися" tells one)
    verb_end = named.start() if named else start
    done = _done(low, verb_end)
    if named:
        return not done  # "перший етап обміну 1000 на 1000"
    return bool(re.match(r"\s*(?:\w+\s+)?(?:prisoner\s+)?(?:swap|exchange|обмін|обмен|austausch|échange)", after)) and (
        not done
    )


def quoted_formula(low: str, n: NumberMention, second: NumberMention) -> bool:
    """ "the «1,000 for 1,000» swap": a quoted or named formula is the agreed size (a plan), unless the sentence
    says it is the formula of the exchange it reports ("по формуле «84 на 84»")."""
    return not _FORMULA.search(low[max(0, n.start - 25) : n.start]) and bool(
        lx.QUOTED.search(low[max(0, n.start - 3) : n.start]) and not _done(low, n.start)
        or named_swap(low, n.start, second.end)
    )
