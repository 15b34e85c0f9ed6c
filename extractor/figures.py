"""Sentence-level rules that turn number mentions into exchange figures.

A count becomes a figure only when its head noun is people (or bodies) and the words around it say
what happened to them: handed over, held, missing, died in captivity, or counted since the war began.
Plans, earlier exchanges and sub-groups of a stated total are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from extractor import lexicon as lx
from extractor import sides as sd
from extractor.dates import background_time
from extractor.numbers import NumberMention, find_numbers, is_hedged
from extractor.text import Sentence


@dataclass(frozen=True)
class Candidate:
    kind: str
    side: str | None
    value: int
    approx: bool
    sentence: Sentence
    stage: bool = False


@dataclass(frozen=True)
class Context:
    parties: tuple[str, str]
    lang: str | None
    ru_ua: bool
    published: date | None = None


_NP_END = re.compile(r"[,;:.()\u2014\u2013!?\"«»]| - | and (?:the |a )|, ")
_AGE_AFTER = re.compile(r"^(?:-year|-річн|-летн|-jährig| years? old| ans\b| лет\b| роки\b| років\b| рок)")
_MONEY_BEFORE = re.compile(r"(?:[$€£₴₽]|\bhr|\buah|\busd|\beur|\bрублей|\bгрн)\s*$")
_BODY_BEFORE = re.compile(
    r"(?:bodies|remains|тіла|тіл|тела|тел|останки|corps|dépouilles|cuerpos|restos|corpos|leichen|ciała|zwłoki)"
    r"(?: of| de| des| von| от)?(?: the| les| los| their)?\s*$"
)
_STAGE = re.compile(
    r"\b(?:stage|phase|(?:first|second|third|final|last) day|етап\w*|этап\w*|"
    r"(?:перш|друг|трет|останн|заверш)\w* (?:день|дня)|(?:ersten|zweiten|dritten|letzten) tag|étape|etapa|"
    r"(?:pierwsz|drug|trzeci|ostatni)\w* dni\w*)\b"
)
_WEEKDAY_STAGE = re.compile(r"\bon (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)\b")
_CONJ = re.compile(r"^\s*(?:and|і|й|и|та|und|et|y|e|i|,)\s*$")


_NOT_COUNT = re.compile(
    r"(?:%|percent|per|km|kilomet|kg|kilogram|metres|meters|miles|years?|months?|weeks?|days?|hours?|minutes?|"
    r"seconds?|times|drones?|missiles?|rockets?|shells?|tanks?|regions?|villages?|settlements?|dollars?|euros?|"
    r"hryvnias?|roubles?|rubles?|million|billion|grams?|calls|cases|"
    r"area|sides|parties|countries|nations|governments|states|delegations|"
    r"prozent|jahre?n?|tage?n?|stunden|monate?n?|kilometer|drohnen|raketen|prozent|euro|"
    r"pour cent|ans|jours|heures|mois|kilomètres|drones|missiles|euros|"
    r"por ciento|años|días|horas|meses|kilómetros|drones|misiles|euros|"
    r"procent|lat|dni|godzin|miesięcy|kilometrów|dronów|rakiet|złotych|zł|"
    r"anos|dias|horas|meses|quilômetros|"
    r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    r"diciembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|"
    r"grudnia|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)\b"
)


_OF_THE_BEFORE = re.compile(r"(?:^|[,;:]\s*)(?:of the|of|з|із|из|z|von den|des|de los|dos)\s+$")
_PART_OF = re.compile(r"\s+(?:of|з|із|из|z|de|von|du)\s+(?:the\s+|les\s+|los\s+)?(?:\d|[^\W\d_]+\s+\d)")
_NOT_COUNT_STEM = re.compile(
    r"(?:відсот|процент|кілометр|километр|км|кг|кілограм|килограм|рок|рік|лет|год|месяц|місяц|тижн|недел|"
    r"дн[іе]|дня|день|годин|час|хвилин|минут|дрон|ракет|снаряд|гривен|гривн|грн|рубл|долар|доллар|євро|евро|"
    r"млрд|млн|мільярд|миллиард|беспилотн|безпілотн|населен|сел|област|район|кілометр|пункт|балл|бал|голос|"
    r"обращен|звернен|звонк|дзвінк|стран|країн|тонн|літр|литр|сторон|seiten|partes|stron|lados|côtés)"
)


def _np(low: str, end: int) -> str:
    """The noun phrase after a number: up to the first clause punctuation, at most five words."""
    rest = low[end : end + 70]
    m = _NP_END.search(rest)
    if m:
        rest = rest[: m.start()]
    return " ".join(rest.split()[:5])


def _head(low: str, n: NumberMention) -> str | None:
    """'person', 'body' or None for what the number counts."""
    after = low[n.end : n.end + 24]
    if _AGE_AFTER.match(after) or _MONEY_BEFORE.search(low[max(0, n.start - 5) : n.start]):
        return None
    if _PART_OF.match(after):
        return None  # "one of 95 Ukrainians": the larger number is the count
    if _OF_THE_BEFORE.search(low[max(0, n.start - 12) : n.start]):
        return None  # "Of the 251 people taken hostage, 73 remain": the reference set, not a figure
    if _BODY_BEFORE.search(low[max(0, n.start - 25) : n.start]):
        return "body"
    np = _np(low, n.end)
    if re.match(r"\s?(?:%|per ?cent|відсот|процент|prozent|pour ?cent|por ?ciento|procent|por ?cento)", after):
        return None
    words = np.split()[:4]
    if words and (_NOT_COUNT.match(words[0]) or _NOT_COUNT_STEM.match(words[0])):
        return None
    if 1900 <= n.value <= 2100 and n.end - n.start == 4 and not (words and lx.PERSON.match(words[0])):
        return None  # a year
    head = " ".join(words)
    if lx.BODY.search(head):
        return "body"
    if lx.PERSON.search(head) or lx.SUBGROUP_AFTER.match(low[n.end : n.end + 12]):
        return "person"
    bare = not words or words[0] in ("each", "apiece")
    if bare and lx.PREDICATE_COUNT.search(low[max(0, n.start - 140) : n.start]):
        return "person" if lx.PERSON.search(low[max(0, n.start - 140) : n.start]) else None
    return None


@lru_cache(maxsize=512)
def _spans(rx: re.Pattern[str], low: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in rx.finditer(low))


def _distance(spans: tuple[tuple[int, int], ...], n: NumberMention) -> int | None:
    best = None
    for a, b in spans:
        d = n.start - b if b <= n.start else (a - n.end if a >= n.end else 0)
        d = max(d, 0)
        best = d if best is None or d < best else best
    return best


def _is_plan(low: str, n: NumberMention, np_end: int) -> bool:
    before = low[max(0, n.start - 60) : n.start]
    for m in lx.PLAN_BEFORE.finditer(before):
        between = before[m.end() :]
        # "agreed in Istanbul, 307 came home": a comma and a handover verb after the plan word end it
        if "," in between and lx.RETURN.search(between[between.rfind(",") :]):
            continue
        return True
    return bool(lx.PLAN_AFTER.match(low[n.end : np_end + 40]))


_WORD_REST = re.compile(r"[\w'-]*")
_TOTAL_OF = re.compile(
    r"(?:в общей сложности|in all|in total|a total of|загалом|усього|всього|всего|итого|insgesamt|au total|"
    r"en total|łącznie|no total|ao todo)\W*$"
)
_BARE_AMONG = re.compile(r"among|among the|серед|среди|wśród|parmi|entre|entre los|unter|dentre")


def _is_subgroup(low: str, n: NumberMention, prev_person_end: int | None) -> bool:
    if _TOTAL_OF.search(low[max(0, n.start - 25) : n.start]):
        return False  # "..., in all 390 people": the sum of the parts named before
    for m in lx.SUBGROUP_BEFORE.finditer(low[: n.start]):
        # "among 150 Ukrainians freed" names the whole group; "among them, 23 soldiers" a part of it
        if low[m.end() : n.start].strip(" ") or not _BARE_AMONG.fullmatch(m.group(0)):
            return True
    if prev_person_end is not None:
        gap = low[prev_person_end : n.start]
        if re.search(r"\u2014|:| - |\(", gap) and len(gap) < 60:
            return True
    return False


_CLAUSE_END = re.compile(
    r";|, (?=(?:and|but|while|whereas|which|who|when|after|as|though|although|і|та|а|але|и|но|однако|когда|коли|"
    r"während|und|mais|et|pero|y|ale|mas|e)\b)| and that | while | whereas |, що |, что |, dass |, que |, że "
)


def _clause(low: str, n: NumberMention) -> tuple[str, NumberMention]:
    """The clause holding the number, and the number re-based into it."""
    start = 0
    end = len(low)
    for m in _CLAUSE_END.finditer(low):
        if m.end() <= n.start:
            start = m.end()
        elif m.start() >= n.end:
            end = m.start()
            break
    return low[start:end], NumberMention(n.start - start, n.end - start, n.value, n.approx, n.ordinal)


def _kind(low: str, n: NumberMention, head: str, plan: bool) -> str | None:
    """Which figure kind the words nearest to the number describe (its own clause first)."""
    clause, local = _clause(low, n)
    # captivity may be named anywhere in the sentence ("prisoners ..., and all 65 of them were killed")
    return _kind_in(clause, local, head, plan, captivity=bool(lx.CAPTIVITY.search(low)))


def _kind_in(low: str, n: NumberMention, head: str, plan: bool, captivity: bool) -> str | None:
    # "205 recently released Ukrainian POWs": a handover word before the head noun is an adjective
    noun = lx.PERSON.search(low, n.end, n.end + 50) or lx.BODY.search(low, n.end, n.end + 50)
    adjective_end = noun.start() if noun else n.end
    ret = _distance(tuple(sp for sp in _spans(lx.RETURN, low) if not n.end <= sp[0] < adjective_end), n)
    cands: list[tuple[int, int, str]] = []
    for prio, (kind, rx) in enumerate((("missing", lx.MISSING), ("held_captive", lx.HELD))):
        d = _distance(_spans(rx, low), n)
        if d is not None:
            cands.append((d, prio, kind))
    if captivity:
        d = _distance(_spans(lx.DIED, low), n)
        if d is not None:
            cands.append((d, -1, "died_in_captivity"))
    if ret is not None and not plan:
        cands.append((ret, 5, "returned"))
    casualty = _distance(tuple(sp for sp in _spans(lx.CASUALTY, low) if not n.end <= sp[0] < adjective_end), n)
    if casualty is not None and head != "body" and not captivity:
        cands.append((casualty, 4, "casualty"))
    if not cands:
        # "two North Korean soldiers captured in Kursk": a participle after the noun, nationality named
        cap = lx.CAPTURED.search(low, n.end)
        if cap and head == "person" and cap.start() - n.end < 60 and sd.nationality(low[n.end : cap.start()]):
            return "held_captive"
        return None
    kind = min(cands)[2]
    if kind == "casualty":
        return None
    if kind == "held_captive" and not plan:
        # "three women held hostage ... were handed over": the held words modify the noun
        held_at = min((a for a, _ in _spans(lx.HELD, low) if a >= n.end), default=None)
        if held_at is not None and lx.FINITE_RETURN.search(low, held_at):
            kind = "returned"
    if head == "body":
        return "bodies_returned" if kind == "returned" else None
    return kind


_ORDINAL_EXCHANGE_BEFORE = re.compile(
    r"\d+\S*\s+(?:prisoner\s+)?(?:exchange|swap|обмін|обмен|austausch|échange|intercambio|wymian|troca)\w*\s+$"
)


def _year_limited(low: str, n: NumberMention) -> bool:
    """ "In 2024 alone, 1,348 came home", "від початку року ... 1,2 тис.": a count for one year."""
    for a, b in _spans(lx.YEAR_LIMITED, low):
        if (b <= n.start and n.start - b <= 80) or (a >= n.end and a - n.end <= 40):
            return True
    return False


_GOVERNS = re.compile(r"(?:\s+(?:[^\W\d_]+|\d[\d,.]*)){0,4}\s+")


def _both_sides(low: str, n: NumberMention) -> bool:
    """ "The US and Russia exchanged four prisoners": a count of both sides together, not per side."""
    if lx.BOTH_SIDES.search(low[max(0, n.start - 40) : n.end + 40]):
        return True
    before = low[max(0, n.start - 40) : n.start]
    # the verb governs the count directly ("exchanged four prisoners"), not "In exchange, 150 ..."
    verb = next((m for m in lx.MUTUAL_VERB.finditer(before) if _GOVERNS.fullmatch(before[m.end() :])), None)
    return verb is not None and not sd.nationality(_np(low, n.end))


def _is_total(low: str, n: NumberMention) -> bool | None:
    """True for a whole-war total, None for a count limited to a year or a mediator (no figure)."""
    # "the 61st exchange since the start of the war" dates the exchange, not the count beside it
    spans = tuple(sp for sp in _spans(lx.SINCE_WAR, low) if not _ORDINAL_EXCHANGE_BEFORE.search(low[: sp[0]]))
    since = _distance(spans, n)
    limited = _distance(_spans(lx.LIMITED, low), n)
    if since is None:
        return False
    if limited is not None and limited <= since:
        return None
    return True


_COMPLETED = re.compile(
    r"\b(?:complete[ds]?|completing|finished|concluded|wrapped up|завершил\w*|завершен\w*|завершено|завершили|"
    r"abgeschlossen|achevé|terminé|terminaron|completaron|concluyeron|zakończył\w*|concluíram)\b"
)


def _named_swap(low: str, end: int) -> bool:
    """ "a 1,000-for-1,000 prisoner swap": the agreed size used as a name is a plan until it is completed."""
    after = low[end : end + 30]
    return bool(re.match(r"\s*(?:\w+\s+)?(?:prisoner\s+)?(?:swap|exchange|обмін|обмен|austausch|échange)", after)) and (
        not _COMPLETED.search(low)
    )


def _each(low: str, n: NumberMention, numbers: list[NumberMention], i: int) -> int | None:
    """Index of the paired number in "N for N", -1 for "N each", None otherwise."""
    if i + 1 < len(numbers):
        nxt = numbers[i + 1]
        if nxt.value == n.value and lx.FOR_EACH.match(low[n.end : nxt.start]):
            return i + 1
    if lx.EACH_AFTER.match(low[n.end : n.end + 45]) or lx.EACH_BEFORE.search(low[max(0, n.start - 30) : n.start]):
        return -1
    return None


def sentence_candidates(sent: Sentence, ctx: Context) -> list[Candidate]:
    low = sent.low
    all_numbers = find_numbers(sent.text, low, hedges=False)
    if not all_numbers:
        return []
    numbers = [n for n in all_numbers if not n.ordinal]
    out: list[Candidate] = []
    skip: set[int] = set()
    prev_person_end: int | None = None
    prev_subgroup = False
    earlier = stage = None  # looked up once, only when a count is found
    for i, n in enumerate(numbers):
        if i in skip:
            continue
        pair = _each(low, n, numbers, i)
        np_end = n.end + len(_np(low, n.end)) + 1
        head = _head(low, n)
        if pair is not None and pair >= 0:
            skip.add(pair)
            np_end = numbers[pair].end + len(_np(low, numbers[pair].end)) + 1
            head = _head(low, numbers[pair]) or ("person" if lx.RETURN.search(low) else None)
        if head is None:
            continue
        quoted = pair is not None and pair >= 0 and (
            lx.QUOTED.search(low[max(0, n.start - 3) : n.start]) or _named_swap(low, numbers[pair].end)
        )
        plan = quoted or _is_plan(low, n, np_end)
        subgroup = _is_subgroup(low, n, prev_person_end) or (
            prev_subgroup and prev_person_end is not None and bool(_CONJ.match(low[prev_person_end : n.start]))
        )
        noun = lx.PERSON.search(low, n.end, np_end) or lx.BODY.search(low, n.end, np_end)
        noun_end = _WORD_REST.match(low, noun.end()).end() if noun else np_end
        prev_person_end, prev_subgroup = noun_end, subgroup
        kind = _kind(low, n, head, bool(plan))
        if kind is None:
            continue
        if kind in ("returned", "total_returned") and _year_limited(low, n):
            continue  # counts for one year are neither this exchange nor whole-war totals
        if kind == "returned" and pair is None:
            total = _is_total(low, n)
            if total is None:
                continue
            if total:
                kind = "total_returned"
        if earlier is None:
            earlier = bool(lx.EARLIER.search(low)) or background_time(low, ctx.published)
            stage = bool(_STAGE.search(low))
        if kind in ("returned", "bodies_returned") and (
            earlier or subgroup or plan or lx.SUBGROUP_AFTER.match(low[n.end : n.end + 12])
            or (pair is None and _both_sides(low, n))
        ):
            continue
        if subgroup and kind in ("held_captive", "missing"):
            continue
        if kind == "bodies_returned" and _is_total(low, n) is not False:
            continue  # cumulative body counts have no kind
        out.extend(_with_sides(sent, n, kind, pair, ctx, bool(stage)))
    out.extend(_exchange_totals(sent, all_numbers))
    return out


def _with_sides(sent: Sentence, n: NumberMention, kind: str, pair: int | None, ctx: Context,
                stage: bool) -> list[Candidate]:
    approx = is_hedged(sent.low, n.start, n.end)
    if pair is not None and kind in ("returned", "bodies_returned"):
        return [Candidate(kind, side, n.value, approx, sent, stage) for side in ctx.parties]
    side = sd.side_of(sent.low, n.start, n.end, kind, ctx.parties, ctx.lang, ctx.ru_ua)
    if side is None:
        return []  # a count nobody can be named for is no figure
    return [Candidate(kind, side, n.value, approx, sent, stage)]


# "the swap was the 50th since the invasion": an ordinal whose noun is the subject
_COPULA_ORDINAL = re.compile(
    r"\b(?:exchange|swap|обмін|обмен|austausch|échange|intercambio|wymiana|troca)\w*\s+(?:was|is|became|став|стал|"
    r"war|était|fue|była|foi)\s+(?:the\s+|der\s+|le\s+|el\s+|o\s+)?$"
)


def _cardinal_exchange_count(low: str, n: NumberMention) -> bool:
    """ "in 58 exchanges since 2022": a whole-war count; not "one of the biggest exchanges"."""
    if n.value < 2 or (1900 <= n.value <= 2100 and n.end - n.start == 4):
        return False  # nothing, one, or a year
    if re.match(r"\s*(?:of|із|из|з|z|de|der|des)\b", low[n.end : n.end + 5]):
        return False  # "one of the largest exchanges"
    first = low[n.end : n.end + 30].split()[:1]
    if first and (_NOT_COUNT.match(first[0]) or _NOT_COUNT_STEM.match(first[0])):
        return False  # "за три дні обміну": days, not exchanges
    if lx.LIMITED.search(low):
        return False
    return bool(re.search(r"\b(?:in|у|в|w|en|em|bei|за)\s+$", low[max(0, n.start - 6) : n.start])
                or lx.SINCE_WAR.search(low))


_ORDINAL_EXCHANGE = re.compile(r"^[\s\-]*(?:[^\W\d_]+\s+){0,2}?(?:prisoner\s+|prisoners\s+)?")


def _exchange_totals(sent: Sentence, numbers: list[NumberMention]) -> list[Candidate]:
    """ "the 49th exchange", "64-й обмін", "in 58 exchanges", "der 65. Austausch" → total_exchanges."""
    low = sent.low
    out = []
    for n in numbers:
        after = low[n.end : n.end + 40]
        if n.ordinal and _COPULA_ORDINAL.search(low[max(0, n.start - 40) : n.start]) and not re.match(
            r"\s*[^\W\d_]{4,}", after.replace("since", "")
        ):
            rest = low[n.end : n.end + 70]
            if not lx.LIMITED.search(rest.split(".")[0]):
                out.append(Candidate("total_exchanges", None, n.value, is_hedged(low, n.start, n.end), sent))
            continue
        m = lx.EXCHANGE_NOUN.search(after)
        if not m or len(after[: m.start()].split()) > 2:
            continue
        if n.ordinal:
            rest = low[m.end() + n.end : m.end() + n.end + 70]
            if lx.LIMITED.search(rest.split(".")[0]) or re.match(r"\s*(?:of|in) (?:the year|\d{4}|this)", rest):
                continue
        elif not _cardinal_exchange_count(low, n):
            continue
        out.append(Candidate("total_exchanges", None, n.value, is_hedged(low, n.start, n.end), sent))
    return out
