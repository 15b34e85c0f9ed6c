"""Captives no captivity word names: hostages and abductees (their deaths are deaths in captivity) and the people a
relative clause says each side holds. ``extractor.kinds`` asks here before it weighs the count's verbs."""

from __future__ import annotations

import re

from extractor import lexicon as lx
from extractor.heads import noun_phrase
from extractor.lexicons import alts
from extractor.numbers import NumberMention

# "31 civilians that each side is holding", "31 civils que chaque camp détient": the relative clause says what the
# people are, whatever verb governs the count (a list of them traded, a swap of them planned)
_EACH_HOLDS = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,3}?(?:that|who|whom|which|que|che|die|den|których|которых|яких)\s+"
    r"(?:each side|both sides|each party|cada (?:lado|parte)|ambos lados|chaque (?:camp|partie)|ogni parte|"
    r"ciascuna parte|jede seite|beide seiten|każda (?:ze )?stron\w*|obie strony|обе стороны|каждая сторона|"
    r"кожна сторона|обидві сторони)\s+(?:[^\W\d_]+\s+){0,2}?(?:" + lx.HELD.pattern + ")"
)


def each_holds(low: str, n: NumberMention) -> bool:
    """ "31 civilians that each side is holding": both parties hold the people the count names."""
    return bool(_EACH_HOLDS.match(low, n.end))


_HOSTAGE = re.compile(alts("HOSTAGE"))
_ABDUCTED = re.compile(alts("ABDUCTED"))
_DIGIT = re.compile(r"\d")


def taken_captive(low: str, n: NumberMention) -> bool:
    """ "the 28 dead hostages", "eight other Japanese whom it admitted abducting had died": hostages and abductees
    are captives with no captivity word, so their deaths are deaths in captivity."""
    np = noun_phrase(low, n.end)
    np = np[: m.start()] if (m := _DIGIT.search(np)) else np  # "1,200 killed and 251 hostages": not this count's
    noun = lx.PERSON.search(np)
    if noun and _HOSTAGE.match(np, noun.start()):
        # the death word is the hostages' own: "28 dead hostages", "35 hostages are believed dead" (no other count
        # between: "took 251 hostages in the attack, in which 1,200 were killed" are not theirs)
        at = n.end + 1 + noun.end()
        rest = low[at : at + 40]
        rest = rest[: m.start()] if (m := _DIGIT.search(rest)) else rest
        return bool(lx.DIED.search(np, 0, noun.start()) or lx.DIED.search(rest))
    # the abduction between the count and its death word: these people were taken, then died
    death = lx.DIED.search(low, n.end, n.end + 120)
    return bool(death and _ABDUCTED.search(low, n.end, death.start()))
