"""Counts of exchanges so far: "the 49th exchange", "64-й обмін", "in 58 exchanges", "der 65. Austausch"."""

from __future__ import annotations

import re

from extractor import lexicon as lx
from extractor.candidate import Candidate
from extractor.heads import is_unit_word
from extractor.lexicons import alts
from extractor.numbers import NumberMention, is_hedged
from extractor.ordinals import ordinal_words
from extractor.text import Sentence

# "the swap was the 50th since the invasion", "The exchange, the 66th of the war, ...": the noun comes first
_COPULA_ORDINAL = re.compile(
    r"\b(?:exchange|swap|обмін|обмен|austausch|échange|intercambio|canje|scambio|wymiana|troca)\w*(?:\s+(?:was|is|became|став|"
    r"стал|war|était|fue|była|foi)|,)\s+(?:the\s+|der\s+|le\s+|el\s+|o\s+)?"
    # "the swap was Ukraine's 66th", "the country's 66th": a party's ordinal of its swaps
    r"(?:[^\W\d_]+['’]s\s+)?$"
)


# "Ukraine has carried out 64 exchanges": a perfect tense counts all exchanges so far
_HELD_SO_FAR = re.compile(r"\b(?:" + alts("HELD_SO_FAR") + r")\s+(?:\w+\s+){0,2}$")
_THIS_MONTH = re.compile(r"\b(?:" + alts("THIS_MONTH") + r")\b")
# "65 exchanges so far", "bisher 65 Austausche": a count of exchanges up to now
_SO_FAR = re.compile(r"(?<!\w)(?:" + alts("SO_FAR") + r")(?!\w)")
# "64 exchanges have brought 4,757 home", "64 обміни дозволили повернути": what the exchanges so far achieved
_DONE_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+){1,3}?(?:" + alts("EXCHANGES_DONE") + r")(?!\w)")


def _cardinal_exchange_count(low: str, n: NumberMention) -> bool:
    """ "in 58 exchanges since 2022": a whole-war count; not "one of the biggest exchanges"."""
    if n.value < 2 or (1900 <= n.value <= 2100 and n.end - n.start == 4):
        return False  # nothing, one, or a year
    if re.match(r"\s*(?:of|із|из|з|z|de|der|des)\b", low[n.end : n.end + 5]):
        return False  # "one of the largest exchanges"
    first = low[n.end : n.end + 30].split()[:1]
    if first and is_unit_word(first[0]):
        return False  # "за три дні обміну": days, not exchanges
    if lx.LIMITED.search(low) or _THIS_MONTH.search(low):
        return False
    before = low[max(0, n.start - 45) : n.start]
    # "in 58 exchanges", "through 65 exchanges", "в ходе 65 обменов": the people freed over all of them
    return bool(re.search(r"\b(?:in|over|across|through|у|в|w|en|em|bei|за|durch|ходе|межах|рамках|ramach|"
                          r"través de|através de|attraverso)\s+$", before[-14:]) or _HELD_SO_FAR.search(before)
                or lx.SINCE_WAR.search(low) or _tally(low, n) or _DONE_AFTER.match(low, n.end)
                or _SO_FAR.search(low, max(0, n.start - 60), n.end + 60))


# "Sixty-two exchanges; 4,300 individuals set free", "62 обміни, 4300 звільнених": a tally of the exchanges
# and of the people they freed
_TALLY = re.compile(r"\s*\S+[;,:\u2014\u2013]\s+(?:[^\W\d_]+\s+){0,2}\d[\d,. ]*")


def _tally(low: str, n: NumberMention) -> bool:
    m = _TALLY.match(low, n.end)
    return bool(m and lx.RETURN.search(low, m.end(), m.end() + 50))


# "den 64. seit Kriegsbeginn", "57-м от начала войны", "уже 50-й за рахунком": an ordinal that counts the
# exchanges of the whole war, wherever its noun stands in the sentence
_ORDINAL_COUNTED = re.compile(r"^(?:-?[^\W\d_]{1,3}\b)?\W{0,3}(?:уже |вже )?"
                             r"(?:за ліком|за рахунком|по сч[её]ту|по порядку|in a row|di fila)\b")
_SINCE_START = re.compile(r"^(?:-?[^\W\d_]{1,3}\b)?\W{0,3}"
                          r"(?:(?:exchange|swap|austausch|обмін|обмен)\w*\s+)?(?:since|seit|від|з|с|от|od|"
                          r"desde|depuis|dall|dal|da)\b")


def _ordinal_of_war(low: str, n: NumberMention) -> bool:
    after = low[n.end : n.end + 60]
    if _ORDINAL_COUNTED.match(after):
        return True
    if not _SINCE_START.match(after):
        return False
    m = lx.SINCE_WAR.search(after)
    return m is not None and m.start() < 25


# "for the 65th time", "в 65-й раз", "zum 65. Mal", "po raz 65.": an ordinal of times the sides exchanged
_NTH_TIME_AFTER = re.compile(r"(?:[^\W\d_]{1,3}|\W{0,3})\s*(?:" + alts("NTH_TIME") + r")\b")
_NTH_TIME_BEFORE = re.compile(r"\b(?:po raz|zum|per la|pour la|por|pela|por la)\s+(?:\w+\s+)?$")


def _nth_time(low: str, n: NumberMention) -> bool:
    if not (_NTH_TIME_AFTER.match(low, n.end) or re.match(r"\s*raz\b", low[max(0, n.start - 4) : n.start])):
        return False
    return bool(lx.MUTUAL_VERB.search(low) or lx.EXCHANGE_NOUN.search(low)) and not lx.LIMITED.search(low) \
        and not _THIS_MONTH.search(low)


# "have exchanged prisoners 65 times since 2022", "обмінювалися полоненими 65 разів": times the sides exchanged
_TIMES_AFTER = re.compile(r"\s+(?:" + alts("TIMES") + r")\b")


def _times_exchanged(low: str, n: NumberMention) -> bool:
    if n.ordinal or n.value < 2 or not _TIMES_AFTER.match(low, n.end) or not lx.MUTUAL_VERB.search(low):
        return False
    if lx.LIMITED.search(low) or _THIS_MONTH.search(low) or _SHORT_SPAN.search(low):
        return False  # "three times this month", "twice in a week"
    return bool(lx.SINCE_WAR.search(low) or _SO_FAR.search(low))


# "the fifth prisoner exchange", "п'ятий обмін": an ordinal word right before its exchange noun
# not a part of one exchange between them ("третій етап обміну": the third stage)
_PART = r"(?:етап|этап|stage|phase|day|день|дня|group|груп|etap|fase|étape|giorno|día|dia|tag|batch|part|частин)"
_NOUN_NEXT = re.compile(
    r"\s+(?:(?!" + _PART + r")[^\W\d_]+\s+)?(?=" + alts("EXCHANGE_NOUN").replace(r"\b", "", 1) + ")")
# "the fourth exchange this week", "четвертий обмін за тиждень", "w 2024 roku już jedenastą": a short period's rank
_SHORT_SPAN = re.compile(r"\b(?:за (?:тиждень|неделю|місяць|месяц|рік|год)|(?:in|within) (?:a|one) (?:week|month|year)|"
                         r"in einer woche|en une semaine|en una semana|em uma semana|w (?:ciągu )?tygodni\w*|"
                         r"in una settimana|(?:in|w|в|у|im|en|em|nel|dans)\s+\d{4}\b|since last (?:week|month))")


def _ordinals_beside_nouns(low: str) -> list[NumberMention]:
    """Ordinal words within a few words of an exchange noun, before it or after it ("el canje, el quincuagésimo")."""
    found: dict[int, NumberMention] = {}
    for m in lx.EXCHANGE_NOUN.finditer(low):
        found.update({n.start: n for n in ordinal_words(low, max(0, m.start() - 45), min(len(low), m.end() + 45))})
    return list(found.values())


# "the third exchange since May", "третій обмін після перемовин у Стамбулі": ranked from a later start than the war's
_FROM_LATER = re.compile(r"[^.;,]{0,35}?\b(?:since|after|seit|nach|після|від|после|с|от|od|po|depuis|après|desde|"
                         r"después de|após|dopo|dal|dalla|dai)\b")


def ranked_from_later(low: str, end: int) -> bool:
    """A since- or after-phrase right after the ranked exchange that is no whole-war phrase."""
    m = _FROM_LATER.match(low, end)
    if m is None:
        return False
    prep = m.end() - len(m.group(0).split()[-1])  # where the preposition starts
    # "since the invasion", "з початку війни", "seit dem 24. Februar 2022": the war's start, counted from
    found = lx.SINCE_WAR.search(low, max(0, prep - 12), min(len(low), prep + 60))
    return found is None or found.start() > prep + 12


def _word_ordinal(low: str, n: NumberMention) -> bool:
    """An ordinal word that ranks this exchange among all ("the fifth exchange", "el canje, el quincuagésimo")."""
    rest = low[n.end : n.end + 70].split(".")[0]
    if lx.LIMITED.search(low) or lx.YEAR_LIMITED.search(low) or _THIS_MONTH.search(low) or _SHORT_SPAN.search(low):
        return False
    noun = _NOUN_NEXT.match(low, n.end)
    if ranked_from_later(low, noun.end() if noun else n.end):
        return False
    if lx.BODY.search(low, n.end, n.end + 45):
        return False  # "a quarta troca de cadáveres": swaps of the dead are counted apart
    if _ordinal_of_war(low, n) or _NOUN_NEXT.match(low, n.end):
        return True
    return bool(_COPULA_ORDINAL.search(low[max(0, n.start - 40) : n.start])) and not re.match(r"\s*[^\W\d_]{4,}", rest)


# "Це вже 65 обмін": in Ukrainian and Russian a number before a singular "обмін" reads as an ordinal (a plural
# "обмінів" would count them); either way the count of exchanges so far
_SINGULAR_AFTER = re.compile(r"\s+(?:обмін|обмен)(?![^\W\d_])")
_PAIRED = re.compile(r"(?:на|for|x|×|за|-)\s*$")


def _singular_after(low: str, n: NumberMention) -> bool:
    return bool(2 <= n.value <= 500 and _SINGULAR_AFTER.match(low, n.end)
                and not _PAIRED.search(low, max(0, n.start - 6), n.start)
                and not (lx.LIMITED.search(low) or _THIS_MONTH.search(low) or _SHORT_SPAN.search(low)))


def _formula_half(low: str, numbers: list[NumberMention], i: int) -> bool:
    """The number is one half of an "N for N" ("95-for-95", "95 на 95")."""
    return any(0 <= j < len(numbers) and numbers[j].value == numbers[i].value
               and lx.FOR_EACH.match(low[min(numbers[i].end, numbers[j].end) : max(numbers[i].start, numbers[j].start)])
               for j in (i - 1, i + 1))


def exchange_totals(sent: Sentence, numbers: list[NumberMention]) -> list[Candidate]:
    """ "the 49th exchange", "64-й обмін", "in 58 exchanges", "der 65. Austausch" → total_exchanges."""
    low = sent.low
    out: list[Candidate] = [Candidate("total_exchanges", None, n.value, is_hedged(low, n.start, n.end), sent)
                            for n in numbers if (n.ordinal and _nth_time(low, n)) or _times_exchanged(low, n)]
    if out or not lx.EXCHANGE_NOUN.search(low):
        return out
    # a headline's "freed in sixth swap" ranks without saying among what (the body tells): body sentences only
    out = [Candidate("total_exchanges", None, n.value, False, sent)
           for n in (_ordinals_beside_nouns(low) if sent.end else ()) if _word_ordinal(low, n)]
    if out:
        return out
    for i, n in enumerate(numbers):
        after = low[n.end : n.end + 40]
        if _formula_half(low, numbers, i):
            continue  # "in a 95-for-95 exchange": the size of one swap, not a count of swaps
        if n.ordinal and _ordinal_of_war(low, n):
            out.append(Candidate("total_exchanges", None, n.value, is_hedged(low, n.start, n.end), sent))
            continue
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
            # a limit in the ordinal's own clause: not "the 65th exchange, the second since the Istanbul talks"
            own = re.split(r"[.,;]", rest)[0]
            if lx.LIMITED.search(own) or re.match(r"\s*(?:of|in) (?:the year|\d{4}|this)", rest) \
                    or ranked_from_later(low, m.end() + n.end):
                continue
        elif not (_cardinal_exchange_count(low, n) or _singular_after(low, n)):
            continue
        out.append(Candidate("total_exchanges", None, n.value, is_hedged(low, n.start, n.end), sent))
    return out
