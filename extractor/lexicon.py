"""The concepts the rules read, as compiled patterns over lower-cased text.

Each concept's words live per language in ``extractor/lexicons/<code>.py`` (``TERMS[concept]``); this module
says only how a concept's pattern is assembled from them. All languages are merged into one pattern per
concept: a Ukrainian quote inside an English report must still be read, and the patterns never collide
across scripts. Stems end without ``\\b`` where the word is inflected.
"""

from __future__ import annotations

import re

from extractor.lexicons import alts, hedges, terms
from extractor.rx import words


def _rx(concept: str, *common: str) -> re.Pattern[str]:
    # Every term starts at a word start; the leading \b lets the engine skip mid-word positions cheaply,
    # and grouping by first letter lets it skip whole branches (extractor.rx.words).
    return words(*terms(concept), *common)


# The head noun of a count of people.
PERSON = _rx("PERSON")
BODY = _rx("BODY")

# Verbs and phrases of a handover (past or present: the reported event).
RETURN = _rx("RETURN")

# A plan, offer or agreement: what is to happen is not a handover.
PLAN_BEFORE = _rx("PLAN_BEFORE", *terms("FUTURE_TIME"))
# "La semaine prochaine, la Russie libère 84": a time to come, which a comma does not close
FUTURE_TIME = _rx("FUTURE_TIME")
# "... 500 prisoners are to be released": a plan verb right after the noun phrase
PLAN_AFTER = re.compile(r"^[^.;]{0,45}?\b(?:" + alts("PLAN_AFTER") + r")\b")

# A figure from an earlier exchange, mentioned as background (incl. the pluperfect with "already").
EARLIER = _rx("EARLIER")
# "carried out a 95-for-95 exchange", "провели обмін 95 на 95": a swap named by its size that has happened
CARRIED_OUT = _rx("CARRIED_OUT")
# "According to him, ...", "По его словам, ...": a sentence that goes on telling the one before (and its date)
SEQUEL = _rx("SEQUEL")

# Parts of a stated total: "213 of them servicemen", "among them", "серед них", "в том числе".
SUBGROUP_BEFORE = _rx("SUBGROUP_BEFORE")
SUBGROUP_AFTER = re.compile(r"^\s*(?:" + alts("SUBGROUP_AFTER") + r")\b")

MISSING = _rx("MISSING")
DIED = _rx("DIED", *terms("EXECUTION"))  # an execution is a death
# Captivity, custody and prisons in every language: "morreram sob custódia russa", "in russischem Gewahrsam"
CAPTIVITY = _rx("CAPTIVITY")
# "still waiting to come home", "чекають на звільнення": awaiting a return is being held
AWAIT = _rx("AWAIT")
# "Russia has about 8,000 Ukrainian prisoners", "Kyiv has 1,000 Russian POWs in its exchange fund": a party's verb of
# having right before a count of captives (not the auxiliary of "haben je 150 Gefangene ausgetauscht": no
# handover word follows the noun)
_HOLDS_COUNT = (
    r"\b(?:" + alts("HOLDS_COUNT") + r")\s+(?=(?:(?:" + "|".join(re.escape(h) for h in hedges()) + r")\s+)?"
    r"\d[\d,. ]*(?:\s+[^\W\d_]+){0,2}?\s+(?:" + alts("CAPTIVE_NOUN") + r")(?![^,;.]{0,40}(?:" + alts("RETURN") + ")))"
)
HELD = _rx("HELD", *terms("AWAIT"), _HOLDS_COUNT)
# An execution of prisoners or of those who surrendered: a death in captivity though no captivity word stands
EXECUTION = _rx("EXECUTION")
CAPTIVE_NOUN = _rx("CAPTIVE_NOUN")
CAPTURED = _rx("CAPTURED")

# Running totals over the whole war; the day of the invasion names the whole war in any phrasing
# ("between 24 February 2022 and ...").
SINCE_WAR = _rx("SINCE_WAR", r"\b24\.? (?:de )?(?:" + alts("FEBRUARY") + r")(?: de| del)? 2022\b")
# Counts limited to one year, one mediator or one round of talks are not whole-war totals.
YEAR_LIMITED = _rx("YEAR_LIMITED")
LIMITED = _rx("LIMITED")

EXCHANGE_NOUN = _rx("EXCHANGE_NOUN")

# "1,000 for 1,000", "90 на 90", "1.000 gegen 1.000", "50 x 50"
FOR_EACH = re.compile(r"^\s*(?:-|–)?\s*(?:" + alts("FOR_EACH") + r"|x|×)\s*(?:-|–)?\s*$")
EACH_AFTER = re.compile(r"^[^.;:]{0,40}?\b(?:" + alts("EACH_AFTER") + r")\b")
# not a hyphenated adverb: "по-прежнему" (still) is no "по" (each)
EACH_BEFORE = re.compile(r"(?:" + "|".join(rf"\b{t}" for t in terms("EACH_BEFORE")) + r")\b(?!-)[^.;:]{0,25}$")
QUOTED = re.compile(r"(?:[«\"“„‹]|(?:^|\s)')[^«»\"“”„‹›]{0,30}$")

# A finite handover verb: "were handed over", "returned home", "повернулися" — the main verb of the clause.
FINITE_RETURN = _rx("FINITE_RETURN")
# Counts of people on both sides together: "exchanged four prisoners", "an exchange involving 24 people".
BOTH_SIDES = _rx("BOTH_SIDES")
MUTUAL_VERB = re.compile(r"\b(?:" + alts("MUTUAL_VERB") + r")\b")

# Casualties near a count: "killed two people", "wounded 10" — never a handover.
CASUALTY = _rx("CASUALTY")
# "the total number of Ukrainians freed reached 3,035", "put the number of Ukrainians freed at 277"
# "the number of Ukrainians held in Russia is estimated at about 8,000": a hedge may stand before the count
PREDICATE_COUNT = re.compile(
    r"(?:" + alts("TOTAL_NOUN") + r")\b[^.;]{0,80}?(?:" + alts("TOTAL_REACHES") + r")"
    r"(?:\s+(?:" + "|".join(re.escape(h) for h in hedges()) + r"))?\s*$"
)

# "that brings the number of Ukrainians freed to", "загальна кількість зросла до": a running total follows
TOTAL_GROWS = re.compile(r"(?:" + alts("TOTAL_GROWS") + r")(?:\s+(?:" + "|".join(re.escape(h) for h in hedges())
                         + r"))?\s*$")
# a cheap first test: a word every TOTAL_GROWS phrase holds (its noun or its verb)
TOTAL_GROWS_HINT = words(r"\b(?:total|number|tally|figure|count|кількість|число|количество|zahl|anzahl|gesamtzahl|"
                         r"porte|portant|porté|élève|élevant|nombre|bilan|número|cifra|eleva\w*|elevó|sube|subió|"
                         r"subiu|sobe|liczb\w+|numero|totale|bilancio|porta|portando|steigt|stieg|erhöht\w*)")
# "as part of the headquarters' work", "завдяки роботі Координаційного штабу": the tally-keeper's count so far
RUNNING_WORK = _rx("RUNNING_WORK")

# "in all, 1,000 freed over three days": the sum of a staged exchange, not a whole-war total.
OVER_DAYS = _rx("OVER_DAYS")
