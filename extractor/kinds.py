"""Which kind of figure a count is: handed over, held, missing or died in captivity.

The nearest marker in the number's own clause decides; plans turn "returned" off. Whether a handover count
is a running total is ``totals``' question.
"""

from __future__ import annotations

import re

from extractor import lexicon as lx
from extractor import sides as sd
from extractor.captives import each_holds, taken_captive
from extractor.clauses import clause_of, distance, owned, past_part_aside, spans
from extractor.heads import noun_phrase
from extractor.implied import contrast_party, receives_last
from extractor.lexicons import alts, hedges
from extractor.numbers import NumberMention
from extractor.totals import is_total, year_limited

__all__ = ["is_total", "kind_of", "spans", "year_limited"]


# A clause that only adds to the one before ("..., as well as 50 bodies") shares its verb.
_CONTINUES = re.compile(r"\s*(?:" + alts("ALSO_ADDS") + r")\b")
# "..., а в украинском — около 800 российских": words then a dash before the count; the dash gaps the predicate
GAPPED = re.compile(r"\s*(?:[^\W\d_]+\s+){1,3}[\u2014\u2013]\s*(?:(?:"
                     + "|".join(re.escape(h) for h in hedges() if not h.endswith(".")) + r")\s+)?$")


def kind_of(low: str, n: NumberMention, head: str, plan: bool, others: tuple[tuple[int, int], ...] = ()) -> str | None:
    """Which figure kind the words nearest to the number describe (its own clause first).

    ``others`` are the sentence's other counts: a death word nearer to one of them is that count's.
    """
    low, others = past_part_aside(low, n, others)  # a part's words and counts say nothing of the whole
    clause, local = clause_of(low, n)
    shift = n.start - local.start
    # captivity may be named anywhere in the sentence ("prisoners ..., and all 65 of them were killed")
    captivity = bool(spans(lx.CAPTIVITY, low)) or _executed_captives(low, n) or taken_captive(low, n)
    # only the clause's own other counts compete for its words: "177 POWs have died in captivity, and 50,000
    # are missing" - the death word is not the next clause's count's, however short the way to it
    mine = tuple((a - shift, b - shift) for a, b in others if a >= shift and b - shift <= len(clause))
    kind = _kind_in(clause, local, head, plan, captivity, mine)
    if kind != "held_captive" and each_holds(low, n):
        return "held_captive"  # "traded lists naming 31 civilians that each side is holding": the lists are traded
    if kind is None and clause is not low and (_CONTINUES.match(clause) or sd.party_before(low, n.start)
                                               or _gets_too(clause, local) or contrast_party(low, n)
                                               or GAPPED.fullmatch(clause, 0, local.start)):
        # "..., а також тіла 50 загиблих", "..., а Росія — 248", "..., а Росія тіла 43": the clause shares the verb
        # before it
        kind = _kind_in(low, n, head, plan, captivity, others)
    if kind is None and clause is not low and _relative_next(low, shift + len(clause), n):
        # "84 військових, що перебували в російських тюрмах, були звільнені": the relative clause describes the
        # people and the count's verb comes after it
        kind = _kind_in(low, n, head, plan, captivity, others)
    return kind

# a relative clause right after the count's noun phrase ("84 soldiers, who", "84 військових, що", "84 soldados, que")
_RELATIVE = re.compile(r", (?:which|who|що|які|яких|что|которые|которых|que|qui|che|die|którzy|które)\b")


def _relative_next(low: str, clause_end: int, n: NumberMention) -> bool:
    return clause_end - n.end < 45 and bool(_RELATIVE.match(low, clause_end))

def _gets_too(clause: str, n: NumberMention) -> bool:
    """ "..., while Russia got 248": the clause's own verb only says who received; the handover is the sentence's."""
    before = clause[: n.start]
    if sd.countries(before) and receives_last(clause, n):
        return True  # "..., während Russland 248 bekam": the verb closes the clause
    return bool(sd.countries(before) and sd.RECEIVE_VERB.search(before) and not clause[n.end :].strip(" .;"))


def _executed_captives(low: str, n: NumberMention) -> bool:
    """ "245 prisoners were executed", "the execution of 79 soldiers who had surrendered": the count's nearest
    death word is an execution and captives stand beside it, so they died in captivity."""
    if not spans(lx.EXECUTION, low):
        return False  # the common case, answered from the sentence's cache
    deaths = spans(lx.DIED, low)
    nearest = min(deaths, key=lambda sp: abs(sp[0] - n.start), default=None)
    if nearest is None or not lx.EXECUTION.match(low, nearest[0]):
        return False
    if re.search(r"[,;:()]", low[min(n.end, nearest[1]) : max(n.start, nearest[0])]):
        return False  # "took 30 prisoners, before executing two of them": the execution is another count's
    return bool(lx.CAPTIVE_NOUN.search(low, max(0, min(n.start, nearest[0]) - 40), max(n.end, nearest[1]) + 60))


def _own_deaths(low: str, n: NumberMention, others: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """ "800 taken into detention and executed 77": a death word between two counts goes to the nearer one;
    "25 Russian and 15 Ukrainian POWs were executed" shares it (the other count stands between)."""
    return owned(spans(lx.DIED, low), n, others)

# "killed or wounded": a death beside the wounded is a battle's toll, not a death in captivity
_WOUNDED = re.compile(r"\b(?:" + alts("WOUNDED") + r")\b")


_FREE_BEFORE = re.compile(r"\b(?:" + alts("RELEASE_OF") + r")\s+(?:\w+\s+){0,2}$")


# "died in Russian captivity", "помер у полоні": the held words say where the death happened
_NEAR = 30


def _held_aside(low: str, n: NumberMention, held_at: int) -> bool:
    """ "The 90 prisoners, held in Russia since 2022, returned home": the held words stand aside between commas
    and the handover is the clause's verb after them."""
    opening = low.find(",", n.end, held_at)
    if opening < 0 or low.find(",", opening + 1, held_at) >= 0:
        return False
    closing = low.find(",", held_at)
    return closing >= 0 and bool(lx.RETURN.search(low, closing, closing + 50))


def _captured_after(low: str, n: NumberMention, head: str) -> bool:
    """ "two North Korean soldiers captured in Kursk": a participle after the noun, nationality named."""
    cap = lx.CAPTURED.search(low, n.end)
    return bool(cap and head == "person" and cap.start() - n.end < 60 and sd.nationality(low[n.end : cap.start()]))


def _death_candidates(low: str, n: NumberMention, others: tuple[tuple[int, int], ...],
                      cands: list[tuple[int, int, str]]) -> tuple[tuple[int, int], ...]:
    """Add the count's death candidates to ``cands``; return its deaths in captivity."""
    deaths = _own_deaths(low, n, others)
    # "500 others killed or wounded": a battle's toll, even in a sentence about captives
    toll = tuple(sp for sp in deaths if _WOUNDED.search(low, max(0, sp[0] - 20), sp[1] + 20))
    deaths = tuple(sp for sp in deaths if sp not in toll)
    for found, kind in ((deaths, "died_in_captivity"), (toll, "casualty")):
        d = distance(found, n)
        if d is not None:
            cands.append((d, -1, kind))
    return deaths


def _died_in_captivity(low: str, deaths: tuple[tuple[int, int], ...]) -> bool:
    """The count's own death word and a held word form one phrase: the held words say where it died."""
    held = spans(lx.HELD, low)
    return any(abs(a - hb) <= _NEAR or abs(ha - b) <= _NEAR for a, b in deaths for ha, hb in held)


# "Following their release, 19 Armenians are still held": the state that goes on, not the handover before it
_STILL = re.compile(r"\b(?:" + alts("STILL") + r")\b")


_ALIVE = re.compile(r"\W*(?:\w+\s+){0,3}?(?:still alive|encore en vie|noch am leben|ещ[её] живы|ще живі|"
                    r"досі живі|todavía con vida|aún con vida|ainda vivos|ainda com vida|wciąż żyj\w*|"
                    r"ancora in vita|ancora vivi)")


def _still_captives(low: str, n: NumberMention, noun: re.Match[str] | None) -> bool:
    """ "There are still about 8,000 Ukrainian POWs in Russia": captives by their own noun, and still so."""
    if noun is None or not (lx.CAPTIVE_NOUN.search(low, noun.start(), noun.end() + 12)
                            or lx.CAPTIVITY.search(low, noun.start(), noun.end() + 12)):
        return False
    if lx.BODY.search(low, max(0, n.start - 30), n.start) or _ALIVE.match(low, noun.end()):
        return False  # "the remains of two hostages": bodies, and "remains" is no "remain"; "still alive"
    return bool(_STILL.search(low, max(0, n.start - 30), n.start) or _STILL.search(low, noun.end(), noun.end() + 25))


def _captives_numbered(low: str, n: NumberMention) -> bool:
    """ "Die Zahl der ukrainischen Kriegsgefangenen in Russland wird auf 8000 beziffert": the number of captives, said
    of no handover, is how many are held."""
    pred = lx.PREDICATE_COUNT.search(low, max(0, n.start - 140), n.start)
    return bool(pred and (lx.CAPTIVE_NOUN.search(pred.group(0)) or lx.CAPTIVITY.search(pred.group(0))))


def _return_closed_before(low: str, n: NumberMention) -> bool:
    """Every handover word stands before the count, in a clause closed by punctuation before it."""
    rets = spans(lx.RETURN, low)
    if any(a >= n.start for a, _ in rets):
        return False
    return not rets or bool(re.search(r"[,;:]", low[rets[-1][1] : n.start]))


def _fronted_return(low: str, n: NumberMention, held: int | None) -> bool:
    """The handover words all stand before the count ("after the exchange, 37 ...") and the count is still held."""
    if held is None:
        return False
    rets = spans(lx.RETURN, low)
    if not rets or any(a >= n.start for a, _ in rets):
        return False
    return bool(_STILL.search(low, n.end, min(len(low), n.end + 60)))


def _held_or_freed(low: str, n: NumberMention, plan: bool) -> str | None:
    """ "three women held hostage ... were handed over", "to free about 1,000 Palestinians held in its jails":
    held words that describe the noun of people being freed."""
    held_at = min((a for a, _ in spans(lx.HELD, low) if a >= n.end), default=None)
    if held_at is None or lx.AWAIT.match(low, held_at):
        return "held_captive"
    if not plan and (lx.FINITE_RETURN.search(low, held_at) or _held_aside(low, n, held_at)):
        return "returned"
    if plan and not _STILL.search(low, max(n.end, held_at - 12), held_at + 12) and _handed_later(low, held_at):
        return None  # "33 hostages held in Gaza are to be released": the people of a planned handover
    if _FREE_BEFORE.search(low, max(0, n.start - 25), n.start):
        if plan and _STILL.search(low, max(n.end, held_at - 12), held_at + 12):
            return "held_captive"  # "working to free the 8,000 Ukrainians still held by Russia": held now
        return None if plan else "returned"
    return "held_captive"


# a comma or colon between a count and a state word puts the word in another clause's reach
_BETWEEN_CLAUSES = re.compile(r"[,;:]")


_Spans = tuple[tuple[int, int], ...]


def _own_states(low: str, n: NumberMention, found: list[_Spans]) -> list[_Spans]:
    """ "8,000 are in Russian captivity, another 50,000 are listed as missing": when one state's word stands in the
    count's own stretch of the sentence and another's only beyond a comma, the count's own is the one that
    counts, however few letters lie between."""
    def near(sp: tuple[int, int]) -> bool:
        gap = low[sp[1] : n.start] if sp[1] <= n.start else low[n.end : sp[0]]
        return not _BETWEEN_CLAUSES.search(gap)

    mine = [tuple(sp for sp in f if near(sp)) for f in found]
    return mine if sum(bool(m) for m in mine) == 1 else found


# the rest of the clause after the missing word, past the comma that closes a relative clause ("..., які
# вважалися зниклими безвісти, повернулися додому")
_MISSING_THEN = re.compile(r"[^,;:.]{0,60}(?:,[^,;:.]{0,40})?")


def _found_and_freed(low: str, n: NumberMention) -> bool:
    """ "95 servicemen who had been missing in action have returned home": the missing word describes the people a
    finite handover verb, later in the same stretch of the clause, brings home; they were missing, now freed."""
    missing = lx.MISSING.search(low, n.end, n.end + 60)
    if missing is None:
        return False
    stretch = _MISSING_THEN.match(low, missing.end())
    return bool(stretch and lx.FINITE_RETURN.search(low, missing.end(), stretch.end()))


_REST_OF_CLAUSE = re.compile(r"[^,;:.]{0,60}")


def _handed_later(low: str, held_at: int) -> bool:
    """A handover word follows the held word in the same stretch of the clause."""
    rest = _REST_OF_CLAUSE.match(low, held_at)
    return bool(rest and lx.RETURN.search(low, held_at, rest.end()))


def _verbs(found: tuple[tuple[int, int], ...], n: NumberMention, adjective_end: int) -> tuple[tuple[int, int], ...]:
    """The words of ``found`` that are not adjectives between the count and its noun ("205 released POWs")."""
    return tuple(sp for sp in found if not n.end <= sp[0] < adjective_end)


def _casualties(low: str) -> tuple[tuple[int, int], ...]:
    """Casualty words, but not one that names a part of the people ("62 Ukrainians, among them several badly
    wounded, were freed": the wounded are among those freed, no toll)."""
    parts = spans(lx.SUBGROUP_BEFORE, low)
    return tuple(sp for sp in spans(lx.CASUALTY, low)
                 if not any(b <= sp[0] < b + 25 and "," not in low[b : sp[0]] for _, b in parts))


def _freed_adjective(low: str, n: NumberMention, adjective_end: int) -> bool:
    """ "the 84 freed soldiers are in hospital", "84 освобожденных военных": with no other word of state or
    handover in the sentence, the participle right after the count says what happened to them (not a verb two
    words on: "os dois países trocaram prisioneiros" counts countries)."""
    word = re.compile(r"\s+").match(low, n.end)
    return bool(word and word.end() < adjective_end and lx.RETURN.match(low, word.end()))


def _kind_in(low: str, n: NumberMention, head: str, plan: bool, captivity: bool,
             others: tuple[tuple[int, int], ...]) -> str | None:
    # "205 recently released Ukrainian POWs": a handover word before the head noun is an adjective
    np_end = n.end + 1 + len(noun_phrase(low, n.end))
    noun = lx.PERSON.search(low, n.end, np_end) or lx.BODY.search(low, n.end, np_end)
    adjective_end = noun.start() if noun else n.end
    ret = distance(_verbs(spans(lx.RETURN, low), n, adjective_end), n)
    cands: list[tuple[int, int, str]] = []
    # "117 presos palestinos", "33 détenus": a held word that is the count's own noun says nothing of its state
    own = (noun.start(), noun.end()) if noun else (-1, -1)
    states = _own_states(low, n, [tuple(sp for sp in spans(rx, low) if not (sp[0] >= own[0] and sp[1] <= own[1]))
                                  for rx in (lx.MISSING, lx.HELD)])
    for prio, (kind, found) in enumerate(zip(("missing", "held_captive"), states, strict=True)):
        d = distance(found, n)
        if d is not None:
            cands.append((d, prio, kind))
    deaths: tuple[tuple[int, int], ...] = ()
    if captivity and head != "body":  # "the bodies of 250 soldiers killed in action" are still bodies returned
        deaths = _death_candidates(low, n, others, cands)
    held = next((d for d, _, k in cands if k == "held_captive"), None)
    if plan and ret is not None and held is not None and ret < held:
        # "183 prisoners are to be released, plus 111 kept in custody": people of a planned handover;
        # held only when their own noun says so ("to hand over two North Korean soldiers captured in Kursk")
        return "held_captive" if _captured_after(low, n, head) else None
    if held is None and _still_captives(low, n, noun) and _return_closed_before(low, n):
        return "held_captive"  # "despite the exchange, there are still 8,000 POWs in Russia": those left behind
    if ret is not None and not plan and not _fronted_return(low, n, held):
        cands.append((ret, 5, "returned"))
    # "20 seriously wounded servicemen were returned": a wound named by the count's own noun is no casualty toll
    hurt = tuple(sp for sp in _casualties(low) if not (sp[0] >= own[0] and sp[1] <= own[1]))
    casualty = None if head == "body" or captivity else distance(_verbs(hurt, n, adjective_end), n)
    if casualty is not None:
        cands.append((casualty, 4, "casualty"))
    if not cands:
        if _freed_adjective(low, n, adjective_end) and not plan:
            return "bodies_returned" if head == "body" else "returned"
        return "held_captive" if _captured_after(low, n, head) or _still_captives(low, n, noun) or \
            _captives_numbered(low, n) else None
    # "died in Russian captivity"; for bodies, "the bodies of 90 POWs who died in captivity" says how they died
    if _died_in_captivity(low, deaths if head != "body" else spans(lx.DIED, low)):
        cands = [c for c in cands if c[2] != "held_captive"]
    kind = min(cands)[2]
    if kind == "casualty":
        return None
    if kind == "held_captive":
        kind = _held_or_freed(low, n, plan)
    elif kind == "missing" and not plan and _found_and_freed(low, n):
        kind = "returned"
    if head == "body":
        return "bodies_returned" if kind == "returned" else None
    return kind
