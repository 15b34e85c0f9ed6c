"""What a number counts: the head noun after it (people, bodies) and the words that rule a count out."""

from __future__ import annotations

import re
from functools import lru_cache

from extractor import lexicon as lx
from extractor.lexicons import alts, hedges, terms
from extractor.numbers import NumberMention
from extractor.rx import first_test

_NP_END = re.compile(r"[,;:.()\u2014\u2013!?\"«»]| - | and (?:the |a )|, ")
_AGE_AFTER = re.compile(r"^(?:" + alts("AGE_AFTER") + ")")
_MONEY_BEFORE = re.compile(r"(?:[$€£₴₽]|" + alts("CURRENCY_BEFORE") + r")\s*$")
# "the bodies of another 1,000 fighters", "тела ещё 500": the count after a body noun is of bodies
_BODY_BEFORE = re.compile(r"(?:" + alts("BODY_BEFORE") + r")\)?\s*$")  # "тіла (останки) 1000"
# measures and dates after a number: not a count of people
NOT_COUNT = re.compile(r"(?:%|" + alts("NOT_COUNT") + r")\b")


_OF_THE_BEFORE = re.compile(r"(?:^|[,;:]\s*)(?:of the|of|з|із|из|z|von den|des|de los|dos)\s+$")
_PART_OF = re.compile(r"\s+(?:of|з|із|из|z|de|von|du)\s+(?:the\s+|les\s+|los\s+)?(?:\d|[^\W\d_]+\s+\d)")
NOT_COUNT_STEM = re.compile(r"(?:" + alts("NOT_COUNT_STEM") + ")")


# A difference between two counts ("two more than first reported", "zwei mehr als", "на два больше").
_DIFFERENCE = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?(?:" + alts("MORE_FEWER") + r")\s+(?:" + alts("THAN") + r")\b"
)
_SLAVIC_BY = re.compile(r"\bна\s*$")
_SLAVIC_MORE = re.compile(r"\s*(?:[^\W\d_]+\s+)?(?:больше|меньше|більше|менше)\b")
# "..., and Russia got those of 19 soldiers": the pronoun carries the body noun named before it
_BODY_PRONOUN = re.compile(r"\b(?:" + alts("BODY_PRONOUN") + r")\s+$")
_FALLEN = re.compile(r"(?:" + alts("FALLEN") + ")$")
_PERCENT_AFTER = re.compile(r"\s?(?:%|" + alts("PERCENT") + ")")
_SHARED_NOUN = re.compile(r"\s+(?:[^\W\d_]+\s+){1,2}(?:and|і|и|та|und|et|y|e|i|a)\s+\d[\d,. ]*")
_OWN_PEOPLE = re.compile(r"(?:" + alts("OWN_PEOPLE") + r")\b")
_CASES_OF = re.compile(
    r"(?:[^\W\d_]+ )?(?:cases|casos|cas|fälle|casi|przypadk\w*|випадк\w*|случа\w*) (?:[^\W\d_]+ )?"
    r"(?:of|de|des|di|dei|von|z|із|з|с|со) "
)
_OF_WHOM = re.compile(r"\b(?:" + alts("OF_WHOM") + r")\W*$")
# A count that is the predicate: "the detainees are at least 7,000", "die Zahl der Gefangenen ... sind 8.000"
_COPULA_BEFORE = re.compile(
    r"\b(?:are|were|number|numbered|sono|erano|sind|waren|sont|étaient|son|eran|são|eram|są|"
    r"составляет|составляют|составило|становить|становлять|становило)\s+(?:[^\W\d_]+\s+){0,2}$"
)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;:!?)]|$|,\s(?!\d))")  # not a list of ages: "были 22, 39 и 43 года"
_AUX = re.compile(r"(?:have|has|had|were|came|returned|sind|ont|han|foram|voltaram|regresaron|wróciło|hanno|sono)$")
_MET_BEFORE = re.compile(
    r"\b(?:interviews? with|interviewed|spoke (?:to|with)|spoken (?:to|with)|talked (?:to|with)|met (?:with )?|"
    r"опитал\w*|опросил\w*|поспілкувал\w* з|пообщал\w* с|befragt\w*|gesprochen mit|interrogé\w*|"
    r"entrevist\w*|rozmawia\w* z|intervist\w*)\s+(?:(?:more than|over|about|some|nearly|almost|at least|"
    r"понад|більше|более|около|близько|mehr als|rund|plus de|près de|más de|casi|mais de|cerca de|ponad|oltre|"
    r"circa)\s+)?$"
)
_MORE = frozenset(terms("MORE_WORDS"))
# "another 84", "weitere 84", "kolejnych 84" (a hedge may stand between): the count adds to people already named
_ANOTHER_BEFORE = re.compile(r"\b(?:" + alts("ANOTHER_BEFORE") + r")\s+(?:[^\W\d_]+\s+)?$")
_HEDGES_AFTER = hedges("HEDGES_AFTER")
_CLOSING_PARTICIPLES = frozenset({"geschätzt", "beziffert", "angegeben", "gestiegen", "angewachsen"})
# the words these patterns start with, looked for first in the short windows before each count (extractor.rx)
_BODY_WORD = first_test(_BODY_BEFORE)
_MET_WORD = first_test(_MET_BEFORE)


# (text, end) -> noun phrase: every rule that reads a count asks for its noun phrase again
_NOUN_PHRASES: dict[tuple[str, int], str] = {}


def noun_phrase(low: str, end: int) -> str:
    """The noun phrase after a number: up to the first clause punctuation, at most five words."""
    key = (low, end)
    found = _NOUN_PHRASES.get(key)
    if found is None:
        if len(_NOUN_PHRASES) >= 2048:
            _NOUN_PHRASES.clear()  # a bound on memory: entries are only ever this article's
        found = _NOUN_PHRASES[key] = _noun_phrase(low, end)
    return found


def _noun_phrase(low: str, end: int) -> str:
    rest = low[end : end + 70]
    if rest[:2].strip() in ('"', "«", "“", "'"):
        rest = " " + rest[2:]  # 277 "guerreros": a quoted noun is still the noun
    m = _NP_END.search(rest)
    if m:
        rest = rest[: m.start()]
    return " ".join(rest.split()[:5])


def head_of(low: str, n: NumberMention) -> str | None:
    """'person', 'body' or None for what the number counts."""
    after = low[n.end : n.end + 24]
    if _not_a_count(low, n, after):
        return None
    window = low[max(0, n.start - 25) : n.start]
    if _BODY_WORD.search(window) and _BODY_BEFORE.search(window):
        return "body"
    if _BODY_PRONOUN.search(window) and lx.BODY.search(low, 0, n.start):
        return "body"
    np = noun_phrase(low, n.end)
    if _PERCENT_AFTER.match(after):
        return None
    words = np.split()[:4]
    cases = _CASES_OF.match(np)
    # the people come right after "of", or after one adjective ("cases of Ukrainian civilians")
    if cases and (lx.PERSON.match(np, cases.end()) or lx.PERSON.match(np, np.find(" ", cases.end()) + 1 or len(np))):
        return "person"  # "1,700 confirmed cases of civilians held": a register counts people by their cases
    if cases and _cases_of_deaths(low, n.end + 1 + cases.end()):
        return "person"  # "79 cases of executions of Ukrainian prisoners": a monitor counts the dead by their cases
    if words and is_unit_word(words[0]):
        return None
    if 1900 <= n.value <= 2100 and n.end - n.start == 4 and not (words and lx.PERSON.match(words[0])):
        return None  # a year
    head = " ".join(words)
    if words and (lx.EXCHANGE_NOUN.match(words[0]) or (len(words) > 1 and lx.EXCHANGE_NOUN.match(words[1]))):
        return None  # "two prisoner exchanges", "64 обміни": the count is of exchanges
    if (lx.BODY.search(head) and not _REMAINS_VERB.search(head)) or (
            len(words) > 1 and _FALLEN.match(words[0]) and any(lx.PERSON.match(w) for w in words[1:3])):
        # "1,200 fallen servicemen have been brought home", "757 gefallene ukrainische Soldaten": the dead come
        # home as bodies (a nationality may stand between)
        return "body"
    if lx.PERSON.search(head) or lx.SUBGROUP_AFTER.match(low[n.end : n.end + 12]):
        return "person"
    if _EXTENDED_ATTRIBUTE.match(np) and lx.PERSON.search(" ".join(np.split()[:6])):
        return "person"  # "84 in Russland festgehaltene ukrainische Soldaten": a participle phrase
    return _head_elsewhere(low, n, np, words)


# "84 in Russland festgehaltene Soldaten", "84 seit 2022 inhaftierte Zivilisten": a phrase ending in a participle
_EXTENDED_ATTRIBUTE = re.compile(r"(?:in|im|aus|seit|von) (?:\S+ ){1,2}\w+(?:ene|enen|te|ten)\b")


_OF_WORD = re.compile(r"[^\W\d_]*\s+(?:of|de|des|di|dei|degli|von|der|z|із|з|с|со|do|dos|da)\s+(?:[^\W\d_]+\s+)?")


def _cases_of_deaths(low: str, at: int) -> bool:
    """ "cases of executions of Ukrainian prisoners", "Fälle von Hinrichtungen von Gefangenen": the cases are of
    deaths, and the deaths are of people (the noun phrase is too short to hold them)."""
    death = lx.DIED.match(low, at)
    of = death and _OF_WORD.match(low, death.end())
    return bool(of and (lx.PERSON.match(low, of.end()) or lx.PERSON.match(low, low.find(" ", death.end()) + 1)
                        or lx.PERSON.search(low, of.start(), of.end() + 20)))


# "the fate of 1,000 soldiers remains unknown": "remains" after a person noun is the verb, not a body noun
_REMAINS_VERB = re.compile(r"\b(?:soldiers|prisoners|people|civilians|servicemen|hostages|others|ukrainians|russians|"
                           r"troops|defenders|fighters|citizens|men|women|children|pows) remains\b")


def _not_a_count(low: str, n: NumberMention, after: str) -> bool:
    """An age, a sum of money, a part of a larger number, a difference, people interviewed, a reference set."""
    if _AGE_AFTER.match(after) or _MONEY_BEFORE.search(low[max(0, n.start - 5) : n.start]):
        return True
    if _PART_OF.match(after):
        return True  # "one of 95 Ukrainians": the larger number is the count
    if _DIFFERENCE.match(low, n.end) or (_SLAVIC_BY.search(low, max(0, n.start - 4), n.start)
                                        and _SLAVIC_MORE.match(low, n.end)):
        return True  # "two more than initially announced", "на 2 больше": a revision's difference, not a count
    if _MET_WORD.search(low, max(0, n.start - 30), n.start) and _MET_BEFORE.search(low, max(0, n.start - 30), n.start):
        return True  # "held interviews with over 600 former prisoners": the people a monitor spoke to
    # "Of the 251 people taken hostage, 73 remain": the reference set, not a figure
    return bool(_OF_THE_BEFORE.search(low[max(0, n.start - 12) : n.start]))


def _head_elsewhere(low: str, n: NumberMention, np: str, words: list[str]) -> str | None:
    """A count with no person or body noun of its own: a noun it shares, "of its own", people named around it."""
    shared = _SHARED_NOUN.match(low, n.end)
    if shared:  # "95 Ukrainian and 95 Russian servicemen": the noun after the second count serves both
        words = noun_phrase(low, shared.end()).split()[:4]
        return "person" if words and lx.PERSON.search(" ".join(words)) else None
    if _OWN_PEOPLE.match(np):
        return "person"  # "Russia received 84 of its own"
    if words and words[0] in _MORE and lx.PERSON.search(low, 0, n.start):
        return "person"  # "..., as 95 more returned": the people named earlier in the sentence
    if _added_return(low, n, words):
        return "person"  # "On Friday another 84 came home": more of the people the report is about
    if _people_named_around(low, n, words):
        return "person"
    # "оценивается в 6,2 тысячи с лишним", "8,000 or so": a hedge after the count leaves it bare
    rest = next((np[len(h):] for h in _HEDGES_AFTER if np.startswith(h)), np).split()
    # "die Zahl der Vermissten wird auf rund 50.000 geschätzt": German closes the clause with the participle
    bare = not rest or rest[0] in ("each", "apiece") or (len(rest) == 1 and rest[0] in _CLOSING_PARTICIPLES)
    before = low[max(0, n.start - 140) : n.start]
    if bare and (pred := lx.PREDICATE_COUNT.search(before) or (
            lx.TOTAL_GROWS_HINT.search(before) and lx.TOTAL_GROWS.search(before))):
        # "1,000 have returned, bringing the total since 2022 to 4,757": a total of the people come home
        # "загальна кількість звільнених зросла до 4841": the grown number is of the people freed
        total = (pred.group(0).startswith("total") and lx.RETURN.search(before, 0, pred.start())) or \
            lx.RETURN.search(pred.group(0))
        # "the number of missing rose to 60,000", "die Zahl der Vermissten": the state names the people
        state = lx.MISSING.search(before, pred.start()) or lx.CAPTIVE_NOUN.search(before, pred.start())
        return "person" if lx.PERSON.search(before) or total or state else None
    return None


def _added_return(low: str, n: NumberMention, words: list[str]) -> bool:
    """A bare count marked as more of the same ("another 84", "84 autres") in a sentence that brings people home:
    its noun was left out because the sentence before named the people (a running total, the first group)."""
    more = (words and words[0] in _MORE) or _ANOTHER_BEFORE.search(low, max(0, n.start - 30), n.start)
    return bool(more and lx.RETURN.search(low))


def _people_named_around(low: str, n: NumberMention, words: list[str]) -> bool:
    """A count with no noun of its own whose people the sentence names elsewhere."""
    if _OF_WHOM.search(low, max(0, n.start - 25), n.start) and lx.PERSON.search(low, 0, n.start):
        return True  # "65,956 Ukrainians ..., of whom 50,916 were considered missing": the people named before
    if _COPULA_BEFORE.search(low, max(0, n.start - 40), n.start) and _CLAUSE_ENDS.match(low, n.end) and \
            lx.PERSON.search(low, max(0, n.start - 90), n.start):
        return True  # "le persone detenute e torturate sono almeno 7mila": the people named before the verb
    if _state_after(low, n) and lx.PERSON.search(low, max(0, n.start - 150), n.start):
        return True  # "8,000 Ukrainians are held, while over 60,000 are listed as missing": the same people
    # "since 2022, 4,757 have come home": a running total whose people go without saying
    return bool(words and _AUX.match(words[0]) and lx.SINCE_WAR.search(low, max(0, n.start - 80), n.start)
                and lx.RETURN.search(low, n.end, n.end + 40))


# the rest of a count's own clause, up to its first punctuation or next number
_OWN_CLAUSE = re.compile(r"[^,;:.()\d—–]{0,45}")


# a count that opens a coordinated clause: "..., while over 60,000 ...", "а ще понад 60 тисяч", "e altri 50.000"
_COORDINATED = re.compile(r"(?:[,;]|\b(?:and|while|whereas|і|й|та|а|и|und|et|y|e|i|oraz|a|" + alts("ADDITIONAL")
                          + r"))\s+(?:[^\W\d_]+\s+){0,3}$")


def opens_coordinated(low: str, start: int) -> bool:
    """The count at ``start`` opens a clause joined to the one before ("..., while over 60,000", "e altri")."""
    return bool(_COORDINATED.search(low, max(0, start - 40), start))


def _state_after(low: str, n: NumberMention) -> bool:
    """A count that opens a coordinated clause and goes on to a captivity state ("..., while over 60,000 are listed
    as missing", "weitere 50.000 gelten als vermisst"), no handover word before it: the people of the clause
    before, in that state (its noun left out)."""
    if not opens_coordinated(low, n.start):
        return False
    clause = _OWN_CLAUSE.match(low, n.end)
    end = clause.end() if clause else n.end
    state = lx.MISSING.search(low, n.end, end) or lx.HELD.search(low, n.end, end)
    return bool(state) and not lx.RETURN.search(low, n.end, state.start())


@lru_cache(maxsize=4096)  # every count's next word is asked about by several rules, and the words recur
def is_unit_word(word: str) -> bool:
    """ "days", "дні", "km", a month: a word after which a number is a measure or a date, not a count."""
    return bool(NOT_COUNT.match(word) or NOT_COUNT_STEM.match(word))
