"""Which kind of figure a count is: handed over, held, missing, died in captivity, or a running total.

The nearest marker in the number's own clause decides; plans turn "returned" off.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor import lexicon as lx
from extractor import sides as sd
from extractor.dates import names_a_day
from extractor.heads import noun_phrase
from extractor.numbers import NumberMention


@lru_cache(maxsize=512)
def spans(rx: re.Pattern[str], low: str) -> tuple[tuple[int, int], ...]:
    """Where ``rx`` matches in ``low``; cached because every number of a sentence asks again."""
    return tuple((m.start(), m.end()) for m in rx.finditer(low))


def _distance(found: tuple[tuple[int, int], ...], n: NumberMention) -> int | None:
    """Characters between the number and the nearest span (0 when they touch), None without spans."""
    best = None
    for a, b in found:
        d = n.start - b if b <= n.start else (a - n.end if a >= n.end else 0)
        d = max(d, 0)
        best = d if best is None or d < best else best
    return best


_CLAUSE_END = re.compile(
    r";|, (?=(?:and|but|while|whereas|which|who|when|after|as|though|although|і|та|а|але|и|но|однако|когда|коли|"
    r"während|und|mais|et|pero|y|ale|mas|e)\b)| and that | while | whereas |, що |, что |, dass |, que |, że "
)


def _clause(low: str, n: NumberMention) -> tuple[str, NumberMention]:
    """The clause holding the number, and the number re-based into it."""
    start = 0
    end = len(low)
    for a, b in spans(_CLAUSE_END, low):
        if b <= n.start:
            start = b
        elif a >= n.end:
            end = a
            break
    return low[start:end], NumberMention(n.start - start, n.end - start, n.value, n.approx, n.ordinal)


# A clause that only adds to the one before ("..., as well as 50 bodies") shares its verb.
_CONTINUES = re.compile(
    r"\s*(?:as well as|and also|along with|plus|а також|а ещё|а еще|а также|та ще|sowie|ainsi que|así como|"
    r"a także|assim como|bem como)\b"
)


def kind_of(low: str, n: NumberMention, head: str, plan: bool, others: tuple[tuple[int, int], ...] = ()) -> str | None:
    """Which figure kind the words nearest to the number describe (its own clause first).

    ``others`` are the sentence's other counts: a death word nearer to one of them is that count's.
    """
    clause, local = _clause(low, n)
    shift = n.start - local.start
    # captivity may be named anywhere in the sentence ("prisoners ..., and all 65 of them were killed")
    captivity = bool(spans(lx.CAPTIVITY, low))
    kind = _kind_in(clause, local, head, plan, captivity, tuple((a - shift, b - shift) for a, b in others))
    if kind is None and clause is not low and _CONTINUES.match(clause):
        kind = _kind_in(low, n, head, plan, captivity, others)  # "..., а також тіла 50 загиблих": same verb
    return kind


def _gap(a: int, b: int, start: int, end: int) -> int:
    return max(start - b, a - end, 0)


def _own_deaths(low: str, n: NumberMention, others: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """ "800 taken into detention and executed 77": a death word between two counts goes to the nearer one;
    "25 Russian and 15 Ukrainian POWs were executed" shares it (the other count stands between)."""
    return owned(spans(lx.DIED, low), n, others)


def owned(found: tuple[tuple[int, int], ...], n: NumberMention, others: tuple[tuple[int, int], ...],
          shared: bool = True) -> tuple[tuple[int, int], ...]:
    """The spans that are ``n``'s. With ``shared`` (a verb), a span between ``n`` and a nearer count is that
    count's, but one past it may be both's ("25 Russian and 15 Ukrainian POWs were executed"). Without (a
    limiting phrase), a span past another count is that count's ("this year 1,000 ..., the total since 2022 to
    4,757")."""
    def theirs(a: int, b: int, s: int, e: int) -> bool:
        if not shared:
            return n.end <= s and e <= a or b <= s and e <= n.start  # the other count stands between
        between = n.end <= a and b <= s or e <= a and b <= n.start
        return between and _gap(a, b, s, e) < _gap(a, b, n.start, n.end)

    return tuple((a, b) for a, b in found if not any(theirs(a, b, s, e) for s, e in others))


# "killed or wounded": a death beside the wounded is a battle's toll, not a death in captivity
_WOUNDED = re.compile(
    r"\b(?:wounded|injured|поранен\w*|ранен\w*|verwundet\w*|verletzt\w*|blessés?|herid[oa]s|ferid[oa]s|"
    r"rann\w*|ferit[io])\b"
)


_FREE_BEFORE = re.compile(
    r"\b(?:free|release|freed|released|freeing|releasing|return of|release of|retorno de|regreso de|повернення|"
    r"возвращение|возвращения|звільнення|освобождение|освобождения|rückkehr von|freilassung von|retour de|"
    r"libération de|liberación de|powrót|uwolnienie|regresso de|libertação de|ritorno di|liberazione di)"
    r"\s+(?:\w+\s+){0,2}$"
)


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
        d = _distance(found, n)
        if d is not None:
            cands.append((d, -1, kind))
    return deaths


def _died_in_captivity(low: str, deaths: tuple[tuple[int, int], ...]) -> bool:
    """The count's own death word and a held word form one phrase: the held words say where it died."""
    held = spans(lx.HELD, low)
    return any(abs(a - hb) <= _NEAR or abs(ha - b) <= _NEAR for a, b in deaths for ha, hb in held)


# "Following their release, 19 Armenians are still held": the state that goes on, not the handover before it
_STILL = re.compile(
    r"\b(?:still|remain\w*|досі|все ще|залишаю\w*|до сих пор|вс[её] ещ[её]|оста[её]т\w*|остаю\w*|noch|"
    r"toujours|encore|todavía|siguen|sigue|aún|nadal|wciąż|ciągle|ainda|continuam|continua|ancora|restano)\b"
)


def _fronted_return(low: str, n: NumberMention, held: int | None) -> bool:
    """The handover words all stand before the count ("after the exchange, 37 ...") and the count is still held."""
    if held is None:
        return False
    rets = spans(lx.RETURN, low)
    if not rets or any(a >= n.start for a, _ in rets):
        return False
    return bool(_STILL.search(low, n.end, min(len(low), n.end + 60)))


def _kind_in(low: str, n: NumberMention, head: str, plan: bool, captivity: bool,
             others: tuple[tuple[int, int], ...]) -> str | None:
    # "205 recently released Ukrainian POWs": a handover word before the head noun is an adjective
    np_end = n.end + 1 + len(noun_phrase(low, n.end))
    noun = lx.PERSON.search(low, n.end, np_end) or lx.BODY.search(low, n.end, np_end)
    adjective_end = noun.start() if noun else n.end
    ret = _distance(tuple(sp for sp in spans(lx.RETURN, low) if not n.end <= sp[0] < adjective_end), n)
    cands: list[tuple[int, int, str]] = []
    # "117 presos palestinos", "33 détenus": a held word that is the count's own noun says nothing of its state
    own = (noun.start(), noun.end()) if noun else (-1, -1)
    for prio, (kind, rx) in enumerate((("missing", lx.MISSING), ("held_captive", lx.HELD))):
        d = _distance(tuple(sp for sp in spans(rx, low) if not (sp[0] >= own[0] and sp[1] <= own[1])), n)
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
    if ret is not None and not plan and not _fronted_return(low, n, held):
        cands.append((ret, 5, "returned"))
    casualty = _distance(tuple(sp for sp in spans(lx.CASUALTY, low) if not n.end <= sp[0] < adjective_end), n)
    if casualty is not None and head != "body" and not captivity:
        cands.append((casualty, 4, "casualty"))
    if not cands:
        return "held_captive" if _captured_after(low, n, head) else None
    if _died_in_captivity(low, deaths):
        cands = [c for c in cands if c[2] != "held_captive"]  # "died in Russian captivity"
    kind = min(cands)[2]
    if kind == "casualty":
        return None
    if kind == "held_captive":
        # "three women held hostage ... were handed over", "to free about 1,000 Palestinians held in its
        # jails": the held words modify the noun of people being freed
        held_at = min((a for a, _ in spans(lx.HELD, low) if a >= n.end), default=None)
        if held_at is not None and not plan and (lx.FINITE_RETURN.search(low, held_at)
                                                 or _held_aside(low, n, held_at)):
            kind = "returned"
        elif held_at is not None and _FREE_BEFORE.search(low, max(0, n.start - 25), n.start):
            if plan and _STILL.search(low, max(n.end, held_at - 12), held_at + 12):
                return kind  # "working to free the 8,000 Ukrainians still held by Russia": they are held now
            return None if plan else "returned"
    if head == "body":
        return "bodies_returned" if kind == "returned" else None
    return kind


# "who had been held since 2022": how long someone was held, not a running total
_HELD_SINCE = re.compile(
    r"\b(?:held|captured|detained|imprisoned|captivity|custody|утримува\w*|перебувал\w*|полоні|удержива\w*|"
    r"плену|находил\w*|festgehalten|gefangenschaft|détenue?s?|retenue?s?|[dr]etenid[oa]s?|mantid[oa]s|przetrzymywan\w*|niewoli)"
    # "held in Russia since 2022": where they were held may stand between
    r"(?:\s+(?:in|at|by|в|у|in|en|em|w|na)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s+$"
)
_HELD_VERB_AFTER = re.compile(
    r"[^,;.]{0,40}?\b(?:festgehalten|gefangen gehalten|inhaftiert|in gefangenschaft|gefangen)\b[^,;.]{0,20}?"
    r"(?:worden|waren|sind|wurden|war)\b"
)
# "freed from Russian captivity since 2022": the since-phrase counts the freeing, not the time held
_FROM_CAPTIVITY = re.compile(
    r"\b(?:from|з|із|из|aus|de|z|da)\s+(?:[^\W\d_]+\s+)?(?:captivity|полону|плена|gefangenschaft|captivité|"
    r"cautiverio|niewoli|cativeiro)\s+$"
)
_ORDINAL_EXCHANGE_BEFORE = re.compile(
    r"\d+\S*\s+(?:(?:prisoner|pow|prisoner-of-war)\s+)?(?:exchange|swap|обмін|обміну|обмен|обмена|austausch|austauschs|échange|intercambio|"
    r"wymiana|wymiany|troca)\s+$"
)


# "the largest swap so far", "найбільший обмін з початку війни": the since-phrase ranks the exchange
_SUPERLATIVE = re.compile(
    r"\b(?:largest|biggest|most|first|найбільш\w*|наймасштабніш\w*|перш\w*|крупнейш\w*|самы\w*|перв\w*|"
    r"größte\w*|erste\w*|plus grand\w*|premi\w*|mayor|primer\w*|największ\w*|pierwsz\w*|maior|"
    r"più grande|primo|prima)\b[^.;]*$"
)


def year_limited(low: str, n: NumberMention, others: tuple[tuple[int, int], ...] = ()) -> bool:
    """ "In 2024 alone, 1,348 came home", "від початку року ... 1,2 тис.": a count for one year."""
    shift = n.start
    low, n = _clause(low, n)
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
        and not _SUPERLATIVE.search(low, max(0, sp[0] - 60), sp[0])
    )
    # a since-phrase goes to the nearer count ("205 freed today, bringing the total since 2022 to 4,757"), but
    # inside the count's clause only counts of that clause compete ("4,757 have returned since 2022, and 205
    # of them today")
    cs, ce = _clause_bounds(low, n)
    inside = tuple(sp for sp in found if cs <= sp[0] and sp[1] <= ce)
    since_spans = owned(inside, n, tuple((a, b) for a, b in others if cs <= a and b <= ce)) + owned(
        tuple(sp for sp in found if sp not in inside), n, others)
    since = _distance(since_spans, n)
    limited = _distance(owned(spans(lx.LIMITED, low), n, others, shared=False), n)
    if since is None:
        return False
    days = _distance(spans(lx.OVER_DAYS, low), n)
    if days is not None and days <= max(since, 60):
        return False  # "au total, 1 000 libérés en trois jours": one staged exchange, not the war
    if limited is not None and limited <= since:
        return None
    if limited is not None and _MEDIATED.search(low):
        return None  # "so far received 1,200 in exchanges mediated by the UAE": one mediator's count
    if _one_exchange_in_all(low, n, since_spans) or (_only_summing(low, since_spans) and names_a_day(low)):
        # "In total, 390 Ukrainians returned home on Friday": the day's swap, summed
        # "un nuevo canje que suma en total 370 prisioneros": the size of one swap, both sides unless named
        return False if sd.nationality(noun_phrase(low, n.end)) else None
    return True


# Words that sum up, without saying over what: one exchange's size as often as the war's tally
_IN_ALL = re.compile(
    r"(?:in total|in all|a total of|altogether|all told|overall|en total|au total|insgesamt|łącznie|w sumie|"
    r"no total|ao todo|in tutto|загалом|усього|всього|всего|итого|в общей сложности)"
)
_ONE_EXCHANGE = re.compile(
    r"\b(?:exchange|swap|обмін|обміну|обміні|обмен|обмена|обмене|austausch\w*|échange|canje|intercambio|"
    r"wymian(?:a|y|ie|ę)|troca|scambio)\b"
)


_MEDIATED = re.compile(r"\b(?:mediated|brokered|with the mediation|through (?:\w+ )?mediation|за посередництва|"
                       r"при посредничестве|dank der vermittlung|sous (?:la )?médiation|con la mediación|"
                       r"za pośrednictwem|com a mediação|con la mediazione)")


def _part_bounds(low: str, n: NumberMention) -> tuple[int, int]:
    """The part of the sentence between semicolons that holds the count."""
    start = low.rfind(";", 0, n.start) + 1
    end = low.find(";", n.end)
    return start, end if end >= 0 else len(low)


def _clause_bounds(low: str, n: NumberMention) -> tuple[int, int]:
    clause, local = _clause(low, n)
    start = n.start - local.start
    return start, start + len(clause)


def _only_summing(low: str, since_spans: tuple[tuple[int, int], ...]) -> bool:
    return bool(since_spans) and all(_IN_ALL.fullmatch(low, a, b) for a, b in since_spans)


def _one_exchange_in_all(low: str, n: NumberMention, since_spans: tuple[tuple[int, int], ...]) -> bool:
    """Only summing words mark the count, and one exchange named before it in its clause is what they sum."""
    if not _only_summing(low, since_spans):
        return False
    clause, local = _clause(low, n)
    return bool(_ONE_EXCHANGE.search(clause, max(0, local.start - 60), local.start))
