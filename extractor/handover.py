"""Counts that look like a handover of the reported swap but are not: a revision's difference, a part named after
its count, names on a list, several swaps' count, people still held; and the both-sides and formula readings that
decide whose count a number is. Read by ``figures.py`` for each handover count, the same way in every language."""

from __future__ import annotations

import re

from extractor import lexicon as lx
from extractor import sides as sd
from extractor.heads import is_unit_word
from extractor.implied import first_word
from extractor.lexicons import alts
from extractor.numbers import NumberMention

_RELATIVE = re.compile(r",\s*(?:who|which|що|які|котрі|которые|который|die|der|qui|que|quienes|che|którzy|które)\b")
# "a list of 1,200 people it wants back": names on a list, not people handed over
_LIST_OF = re.compile(r"\b(?:list|списо?к\w*|liste|lista|listę|listy)\s+(?:of|з|із|из|mit|von|de|di|z)?\s*$")
# "of the 84, 40 were defenders of Mariupol": a part of a count just stated
_OF_THE_N = re.compile(r"\b(?:of the|of these|of those|з цих|із цих|из этих|из них|von den|sur les|parmi les|de los|"
                       r"de las|dos|das|degli|dei|delle|z tych|spośród)\s+\d[\d,. ]*(?:\s+[^\W\d_]+)?\s*,\s*$")
# "the UAE, which has brokered swaps that freed more than 4,000": several swaps' count, not one swap's (not the
# Polish "wymiany": "w ramach wymiany" is one exchange's genitive)
_SEVERAL_SWAPS = re.compile(
    r"\b(?:swaps|exchanges|обміни|обмінів|обмены|обменов|échanges|intercambios|canjes|trocas|scambi|wymian)"
    r",?\s+(?:that|which|who|які|которые|qui|que|che|które)?\s*(?:have |has |had )?[^.;,]{0,45}$"
)


# "19 Armenians are still held", "31 civilians that each side is holding": people not (yet) freed
_STILL_HELD = re.compile(
    r"[^,;.]{0,50}?\b(?:(?:are|is|remain|remains) (?:still )?(?:being )?(?:held|detained|imprisoned|in captivity|"
    r"in custody)|still (?:held|detained|imprisoned|in captivity|in custody)|(?:is|are) (?:still )?holding|"
    r"залишаються (?:в|у) полоні|досі (?:в|у) полоні|(?:все ещё|все еще|до сих пор) (?:в плену|удерживаются)|"
    r"остаются в плену|(?:sind|werden) (?:noch|weiterhin) (?:in|festgehalten|inhaftiert)|"
    r"(?:restent|sont toujours) (?:détenus|en captivité|retenus)|siguen (?:detenidos|en cautiverio|presos|retenidos)|"
    r"continuam (?:presos|detidos|em cativeiro)|nadal (?:przetrzymywan\w*|w niewoli)|pozostają w niewoli|"
    r"(?:sono|restano) ancora (?:detenuti|prigionieri|in prigionia))"
)
# "Twelve civilians were also among those returned": a part of the group, named after the count
_AMONG_THOSE = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,3}?(?:were|are|was|is|були|были|waren|sind|étaient|sont|estaban|están|estavam|estão|"
    r"byli|są|erano|sono)\s+(?:also\s+|теж\s+|также\s+|auch\s+|aussi\s+|también\s+|também\s+|też\s+|anche\s+)?"
    r"(?:among|серед|среди|unter|parmi|entre|wśród|tra|fra)\b"
)
# "two more than initially announced", "на двоє більше, ніж": a revision's difference, not a count of people
_DIFFERENCE = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,2}?(?:more|fewer|less|більше|менше|больше|меньше|mehr|weniger|de plus|de moins|más|menos|"
    r"a mais|a menos|więcej|mniej|in più|in meno)(?:\s+[^\W\d_]+){0,2}?,?\s+"
    r"(?:than|ніж|чем|als|que|de lo|do que|niż|di quanto|rispetto)\b"
)


_AND = re.compile(r"\s*(?:and|і|й|та|и|und|et|y|e|i)\s+(?:(?:the|die|der|den|la|le|les|el|los|o|os|il|gli)\s+)?")
# between the two parties and their count: no clause break, no saying, no "each"
_SAME_CLAUSE = re.compile(r"[^,;:.!?]{0,50}")
_SAYING = re.compile(r"\b(?:that|said|say|says|що|что|заяви\w*|сообщи\w*|dass|que|che|że)\b")


def parties_together(low: str, n: NumberMention) -> bool:
    """ "Россия и Украина освободили в общей сложности 168 пленных": two parties as one subject count together."""
    named = [c for c in sd.countries(low[max(0, n.start - 90) : n.start])]
    if len(named) < 2:
        return False
    (_, end1, code1), (start2, end2, code2) = named[-2:]
    between = low[max(0, n.start - 90) + end2 : n.start]
    return code1 != code2 and bool(_AND.fullmatch(low[max(0, n.start - 90) + end1 : max(0, n.start - 90) + start2])) \
        and bool(_SAME_CLAUSE.fullmatch(between)) and not _SAYING.search(between) \
        and not lx.EACH_BEFORE.search(between)


# "300 people were freed in a prisoner exchange between Russia and Ukraine": the swap of two parties, both counted
_BETWEEN = re.compile(r"(?:" + lx.EXCHANGE_NOUN.pattern + r")(?:\s+\S+){0,2}?\s+"
                      r"(?:between|між|между|zwischen|entre|tra|fra|między)\s")
_CLAUSE_END = re.compile(r"[.;:!?]")


def exchange_between(low: str, n: NumberMention) -> bool:
    """The count's clause goes on to name the swap between two parties ("... in an exchange between A and B")."""
    rest = low[n.end : n.end + 90]
    stop = _CLAUSE_END.search(rest)
    return bool(_BETWEEN.search(rest[: stop.start()] if stop else rest))


# "146 prisoners for 146", "84 Ukrainer gegen 84 Russen": the formula with its noun inside
_NOUN_FOR = re.compile(r"\s+(?:[^\W\d_]+\s+){1,3}(?:for|на|gegen|contre|por|za|pour|per|contro)\s+"
                       r"(?:(?:another|other|otros|outros|autres|altri|weitere|інших|других|innych)\s+)?$")


def each_of_previous(low: str, numbers: list[NumberMention], i: int, marker: int) -> bool:
    """ "84 prisioneiros cada, num total de 168": the "each" after the count before belongs to it, not to 168
    (but "за три дня каждая сторона передала по 1000": a measure owns no marker, and "по" is 1000's own)."""
    if i == 0:
        return False
    prev = numbers[i - 1]
    m = lx.EACH_AFTER.match(low[prev.end : prev.end + 45])
    return m is not None and marker < prev.end + m.end() <= numbers[i].start and not is_unit_word(
        first_word(low, prev.end))


def not_this_handover(low: str, n: NumberMention) -> bool:
    """A count a handover sentence states that is no handover of this swap (see the patterns above)."""
    return bool(_DIFFERENCE.match(low, n.end) or _AMONG_THOSE.match(low, n.end)
                or _LIST_OF.search(low, max(0, n.start - 25), n.start)
                or _several_swaps(low, n))


# "one of the largest exchanges of the war": the plural names the class the swap belongs to
_ONE_OF = re.compile(r"\b(?:one of|один из|одна из|один із|одна з|eine[sr]? der|l'une? des|uno de|una de|"
                     r"um dos|uma das|jedn\w+ z|uno dei|una delle)\b[^.;,]{0,30}$")


# Polish "wymiany" is also one exchange's genitive: "w ramach wymiany jeńców uwolniono 84" is one swap
_PL_GENITIVE = re.compile(r"\b(?:w ramach|podczas|w trakcie|w wyniku|w toku|dzięki|po|do|z|od|kolejnej|tej|ostatniej)"
                          r"\s+(?:\d+\.\s+|\w+\s+)?$")


def _several_swaps(low: str, n: NumberMention) -> bool:
    m = _SEVERAL_SWAPS.search(low, max(0, n.start - 75), n.start)
    if m is not None and m.group(0).startswith("wymiany") and _PL_GENITIVE.search(
            low, max(0, m.start() - 30), m.start()):
        return False
    return m is not None and not _ONE_OF.search(low, max(0, m.start() - 40), m.start())


def still_held(low: str, n: NumberMention) -> bool:
    return bool(_STILL_HELD.match(low, n.end))


# "1,000 more Ukrainians remained on the list": the count's own clause says its people stay where they are
# (not "185 defenders who had remained in captivity": a relative clause tells their past)
_REMAINS = re.compile(r"(?:(?!\b(?:who|which|that|які|котрі|що|которые|который|die|qui|que|che|któr\w+|had)\b)"
                      r"[^,;.:!?]){0,40}?\b(?:" + alts("REMAIN") + r")\b")


def remain(low: str, n: NumberMention) -> bool:
    return bool(_REMAINS.match(low, n.end))


def part_of_stated(low: str, n: NumberMention) -> bool:
    """ "Of the 84, 40 were ...": a part of a count the sentence has just stated."""
    return bool(_OF_THE_N.search(low, max(0, n.start - 40), n.start))


def relative_clause(text: str) -> bool:
    """The text after a count opens a relative clause about the people ("84 soldiers, who will be ...")."""
    return bool(_RELATIVE.search(text))


def noun_for(low: str, start: int, end: int) -> bool:
    return bool(_NOUN_FOR.match(low, start, end))
