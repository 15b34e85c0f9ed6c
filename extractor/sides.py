"""Who a count of people belongs to: nationality words, country names and (from ``extractor.holders``) the holder
of captivity."""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.heads import opens_coordinated
from extractor.holders import CUSTODY_OF, HELD_IN, held_in, holder, hostages_side, people_held, people_of_holder
from extractor.lexicon import PERSON, PREDICATE_COUNT
from extractor.lexicons import alts, hedges
from extractor.nations import countries, nationalities, nationality, other_side

# "of its soldiers", "своїх військових", "своих военных": the subject's own people.
OWN = re.compile(r"\b(?:" + alts("OWN_THEIR") + r")\b")
OUR = re.compile(alts("OUR"))

RECEIVE_VERB = re.compile(r"\b(?:" + alts("RECEIVE_VERB") + r")\b")
GIVE_VERB = re.compile(r"\b(?:" + alts("GIVE_VERB") + r")\b")


_NP_CUT = re.compile(r"[,;:()\u2014!?]| - |\.(?:\s|$)")
# with the article a destination takes: "à la Russie", "alla Russia", "al Ucrania", "an die Ukraine"
# ("à l'Ukraine": the article elided before a vowel)
_DEST_BEFORE = re.compile(r"(?:\b(?:to|into|for|до|в|у|на|an|à|a|para|do|nach|na)\s+(?:the\s+|la\s+|die\s+|l')?"
                          r"|\b(?:alla|all'|al|au|aux|ai)\s*)$")
# "from Russia", "with Russia": the country is neither the subject nor the destination
_FROM_BEFORE = re.compile(
    r"\b(?:from|with|з|із|зі|из|от|с|aus|von|mit|de|desde|avec|con|com|z|ze)\s+(?:the\s+)?$"
)
# "the swap with Russia, which received 150": the country is the subject of the relative clause after it
_RELATIVE_AFTER = re.compile(r"\w*,\s*(?:which|who|що|яка|який|котра|которая|который|die|der|qui|que|che|któr\w+)\b")
# a bare count that ends its clause ("Russia 140."): nothing after it names another thing
_BARE_END = re.compile(r"\s*(?:[.,;:!?)\u2014]|$)")
# Slavic nominative forms of the two countries (the subject of the clause).
_NOMINATIVE = re.compile(r"^(?:україна|росія|украина|россия|москва|киев|київ|ukraina|rosja|рф)$")


# A dative plural of the people before a handover verb names who receives the count.
_DATIVE_PEOPLE = re.compile(
    r"\b(?:(росіянам|россиянам)|(українцям|украинцам))\s+(?:передал\w*|віддал\w*|передан\w*|вернул\w*|повернул\w*)\s+$"
)
# "передала российской 43 тела", "передали українській стороні": a dative adjective after the verb is the recipient.
_DATIVE_ADJ = re.compile(
    r"(?:передал\w*|віддал\w*|передан\w*|вернул\w*|повернул\w*)\s+(?:(российской|російській)|(украинской|українській))"
    r"(?:\s+(?:стороне|стороні))?(?:\s+(?:тела|тіла))?\s+$"
)
# "Росія повернула Україні 16 дітей": a return verb with a dative names the recipient as a handing-over verb does
_HANDED = re.compile(
    r"передал|переда|przekaza|oddano|oddali|wydano|zwrócono|повернул[аи]\b|повернуто|вернул[аи]\b|возвращен")
# Polish country names in Latin letters decline too: "Rosji", "Ukrainie", "Izraelowi" are not the subject
_PL_OBLIQUE = ("ji", "ie", "owi")


def _oblique(word: str) -> bool:
    """A country name in a case other than the nominative (Cyrillic names are told by ``_NOMINATIVE``)."""
    return not word.isascii() or word.endswith(_PL_OBLIQUE)


# "1,000 to Russia after three days on the Belarusian border": a place phrase is no longer the noun phrase
_NEXT_COUNT = re.compile(r"\s\d")
# a German perfect: the auxiliary follows the subject, the participle ends the clause after the count
_AUX_FIRST = re.compile(r"(?:-\w+)?\s+(?:hat|haben|hatte|hatten)\b")
_DIGIT = re.compile(r"\d")
_PLACE_CUT = re.compile(r" (?:after|on|at|near|along|across|via|through|during|over|nach|sur|près|en la|na granicy) ")


def _np_window(low: str, end: int) -> str:
    rest = low[end : end + 70]
    # the noun phrase of one count never spans the next count ("909 bodies to Ukraine and received 34 of its own")
    rest = rest[: m.start()] if (m := _NEXT_COUNT.search(rest)) else rest
    m = _NP_CUT.search(rest)
    rest = rest[: m.start()] if m else rest
    m = _PLACE_CUT.search(rest)
    return rest[: m.start()] if m else rest


_CAPTIVE_KINDS = ("held_captive", "died_in_captivity", "missing")


def side_of(low: str, start: int, end: int, kind: str, parties: tuple[str, str], lang: str | None,
            ru_ua: bool) -> str | None:
    """The side whose people a count at ``low[start:end]`` belongs to (receiving side for handovers)."""
    side, np = _captivity_side(low, _np_window(low, end), kind, parties)
    if side:
        return side
    return nationality(np) or hostages_side(np, kind, parties) or _subject_side(low, start, np, kind, parties) \
        or _subject_nationality(low, start) or _context_side(low, start, end, np, kind, parties, lang, ru_ua)


def _subject_side(low: str, start: int, np: str, kind: str, parties: tuple[str, str]) -> str | None:
    """A count whose people are named before it, not in its own noun phrase ``np``: the predicate of "the number
    of missing Ukrainians exceeds 50,000", or a clause whose noun was left out ("..., and 60,000 are missing")."""
    if PERSON.search(np):
        return None  # the count has a noun of its own
    pred = PREDICATE_COUNT.search(low, max(0, start - 140), start)
    if pred is not None:
        subject = pred.group(0)
    elif kind in _CAPTIVE_KINDS and opens_coordinated(low, start):
        # "8,000 Ukrainians are held in Russia, and over 60,000 are missing": the people of the clause before
        before = low[max(0, start - 120) : start]
        last = _LAST_DIGIT.search(before)
        subject = before[last.end() :] if last else ""
    else:
        return None
    side, subject = _captivity_side(subject, subject, kind, parties)
    return side or nationality(subject)


_LAST_DIGIT = re.compile(r"\d(?!.*\d)", re.S)


# "i militari russi tornati in patria sono 84", "los militares rusos que regresaron son 84": a count that is the
# predicate belongs to the people its subject names
_PREDICATE = re.compile(r"\b(?:are|were|number|sono|erano|sind|waren|sont|étaient|son|eran|são|eram|są|было|було)\s+$")


def _subject_nationality(low: str, start: int) -> str | None:
    if not _PREDICATE.search(low, max(0, start - 10), start):
        return None
    clause = low[max(0, start - 80) : start]
    clause = clause[max(clause.rfind(","), clause.rfind(";"), clause.rfind(":")) + 1 :]
    found = nationalities(clause)
    return found[-1][1] if found else None


def _captivity_side(low: str, np: str, kind: str, parties: tuple[str, str]) -> tuple[str | None, str]:
    """The side the holder's words name, and the noun phrase ``np`` without them (they are not the people's)."""
    h = holder(np)
    if h:
        return people_of_holder(h[2], parties), np
    np = HELD_IN.sub(" ", np)  # "загинули в російському полоні": the holder's adjective, not theirs
    custody = CUSTODY_OF.search(np)
    if custody and kind in ("held_captive", "died_in_captivity") and (by := nationality(custody.group(1))):
        # "23 of its citizens remain in Azerbaijani custody": the adjective names the holder, not the people
        np = np[: custody.start()]
        if not nationality(np) and (other := other_side(by, parties)):
            return other, np
    if kind in _CAPTIVE_KINDS:
        side = nationality(np)
        if side:
            return side, np
        if m := held_in(low):
            return people_held(m, parties), np
    return None, np


def _context_side(low: str, start: int, end: int, np: str, kind: str, parties: tuple[str, str],
                  lang: str | None, ru_ua: bool) -> str | None:
    """The side from the sentence around a count whose noun phrase names no nationality: own people, datives,
    agents, country names, who speaks, and the language's default side."""
    if OWN.search(np) or OWN.search(low[max(0, start - 12) : start]):
        subj = _subject_before(low, start)
        if subj:
            return subj
    if kind == "total_returned" and ru_ua:
        # Kyiv keeps the war's tally of its people freed; Moscow's own tally speaks of its "special operation"
        return "RU" if _RU_FRAME.search(low) else "UA"
    dative = _DATIVE_PEOPLE.search(low, max(0, start - 40), start)
    if dative:
        return "RU" if dative.group(1) else "UA"  # "росіянам віддали 95 їхніх військових"
    dative = _DATIVE_ADJ.search(low, max(0, start - 60), start)
    if dative:
        return "RU" if dative.group(1) else "UA"
    agent = _released_by(low, end, parties) or _country_role(low, start, end, parties)
    if agent:
        return agent
    if ru_ua and lang == "ru" and _UA_FRAME.search(low):
        return "UA"  # a Russian-language report told from Kyiv's side ("полномасштабной войны, которую РФ ведет")
    if kind in _CAPTIVE_KINDS:
        # in a civil war the held, the missing and the dead are the country's own people, whoever holds them
        return _default_side(lang, ru_ua, parties) or (parties[0] if parties[0] == parties[1] else None)
    if ru_ua and (speaker := _speaker(low)):
        return speaker  # "Russia's defence ministry said 95 servicemen came home": home is the speaker's side
    if OUR.search(low) and ru_ua:
        return "RU" if lang == "ru" else "UA"
    return _default_side(lang, ru_ua, parties)


_UA_FRAME = re.compile(r"\b(?:" + alts("UA_FRAME") + ")")
_RU_FRAME = re.compile(r"\b(?:" + alts("RU_FRAME") + r")\b")

# Who is speaking: a ministry or official of one side reports its own people coming home.
_SPEAKER = {side: re.compile(r"\b(?:" + alts(f"SPEAKER_{side}") + ")") for side in ("RU", "UA")}


@lru_cache(maxsize=256)
def _speaker(low: str) -> str | None:
    found = [(m.start(), code) for code, rx in _SPEAKER.items() if (m := rx.search(low))]
    return min(found)[1] if len(found) == 1 else None


def _default_side(lang: str | None, ru_ua: bool, parties: tuple[str, str]) -> str | None:
    if ru_ua:
        return "RU" if lang == "ru" else "UA"
    return None  # in other conflicts nothing tells whose people an unnamed count is


# "11 hostages were released by Hamas", "33 presos libertados por Israel": the agent holds them, so they are
# the other side's people
_BY_AGENT = re.compile(
    r"\b(?:released|freed|handed over|handed back|returned|liberad[oa]s|libertad[oa]s|libérée?s|relâchée?s|"
    r"freigelassen|liberati|uwolnion\w*|освобождены|звільнені)\s+(?:\w+\s+){0,2}?(?:by|pelo|pela|por|par|von|da|"
    r"dal|przez)\s+(?:the\s+)?$"
)


def _released_by(low: str, end: int, parties: tuple[str | None, str | None]) -> str | None:
    window = low[end : end + 90]
    for a, _, code in countries(low):
        if a < end or a > end + 90:
            continue
        if _BY_AGENT.search(window[: a - end]):
            return other_side(code, parties)
        break
    return None


def _subject_before(low: str, start: int) -> str | None:
    # "to Ukraine", "from Russia" name a destination or origin, not whose own people follow
    # a Slavic nominative is no preposition's object: Polish "a Rosja otrzymała" is "while Russia got"
    found = [c for c in countries(low) if c[1] <= start and c[0] >= start - 150
             and (_RELATIVE_AFTER.match(low, c[1]) or _NOMINATIVE.match(low[c[0] : c[1]])
                  or not _DEST_BEFORE.search(low, max(0, c[0] - 12), c[0])
                  and not _FROM_BEFORE.search(low, max(0, c[0] - 12), c[0]))]
    return found[-1][2] if found else None


def _last(rx: re.Pattern[str], text: str) -> int:
    """Where the last match of ``rx`` in ``text`` starts (-1: none)."""
    return max((m.start() for m in rx.finditer(text)), default=-1)


# "... 230 people, and Russia 248", "а Росія — 248", "Russland 248", "e a Rússia 248": the party named just before
# a bare count, after a conjunction or a comma, is the one the shared noun is counted for
_PARTY_BEFORE = re.compile(r"(?:,|\b(?:and|while|а|і|та|и|und|et|y|e|i|mentre))\s+(?:(?:the|la|le|l'|el|o|a|die)\s*)?$")
# "а Росія — понад 100": a hedge may stand between the dash and the count
_PARTY_GAP = re.compile(r"\s*(?:[—–:-]\s*(?:(?:" + "|".join(re.escape(h) for h in hedges() if not h.endswith("."))
                        + r")\s+)?)?(?:a\s+)?$")
# "y Rusia, 248.": a comma may stand for the verb only before a bare count that closes its clause
_BARE_GAP = re.compile(r"\s*,\s*(?:a\s+)?$")
_CLOSES = re.compile(r"[\d.,\s]*(?:[.;)]|$)")


def party_before(low: str, start: int) -> tuple[int, str] | None:
    """(where it starts, its code) for a country right before the count at ``start`` opening a clause of its own
    ("and Russia 248", "y Rusia, 248."), else None."""
    for a, b, code in countries(low):
        if b <= start and start - b <= 24 and (_PARTY_GAP.match(low[b:start]) or (
                _BARE_GAP.match(low[b:start]) and _CLOSES.match(low, start))):
            return (a, code) if _PARTY_BEFORE.search(low, max(0, a - 12), a) else None
    return None


def _elliptic_side(low: str, start: int, parties: tuple[str, str]) -> str | None:
    """ "Ukraine got back 230 and Russia 248": the party of an elliptical clause shares the verb before it."""
    found = party_before(low, start)
    if found is None:
        return None
    a, code = found
    give, receive = _last(GIVE_VERB, low[:a]), _last(RECEIVE_VERB, low[:a])
    return other_side(code, parties) if give > receive else code


# a receiving verb and the country it has for subject: "erhielt Moskau 19", "bekam die Ukraine 230" (a giving verb
# there may have the receiver for object: "übergab der Ukraine", "przekazali Izraelowi")
_VERB_GAP = re.compile(r"\s+(?:die\s+)?")


def _inverted_verb(low: str, a: int) -> tuple[int, int]:
    """(give, receive) as ``_last`` gives them, for a receiving verb right before the country at ``a``."""
    pre = low[max(0, a - 40) : a]
    end = max((m.end() for m in RECEIVE_VERB.finditer(pre)), default=-1)
    return -1, (0 if end >= 0 and _VERB_GAP.fullmatch(pre, end) else -1)


def _country_role(low: str, start: int, end: int, parties: tuple[str, str]) -> str | None:
    """The receiving side from the country names around the number and the verbs between them."""
    if elliptic := _elliptic_side(low, start, parties):
        return elliptic
    best: tuple[int, str] | None = None
    for a, b, code in countries(low):
        if a < start - 150 or b > end + 90 or (a < end and b > start):
            continue
        pre = low[max(0, a - 12) : a]
        if _FROM_BEFORE.search(pre) and not (a < start and _RELATIVE_AFTER.match(low, b)):
            continue
        between = low[b:start] if a < start else ""
        counted_between = _DIGIT.search(between) is not None  # the name goes with a count before this one
        word = low[a:b]
        # "to Russia" (not Polish "a Rosja 248": "while", not "to"), and "150 servicemen, Russia 140.": the name
        # right before a bare count
        # ("to Ukraine, which handed 24 to Russia": the destination of a count before is the subject of this one)
        if _DEST_BEFORE.search(pre) and not _NOMINATIVE.match(word) and not (
                a < start and _RELATIVE_AFTER.match(low, b)) \
                or a < start and not between.strip() and _BARE_END.match(low, end):
            side = code
        elif a < start:
            # "українська сторона передала": the country pattern stops at "сторон", the next letter tells the case
            nominative = _NOMINATIVE.match(word) or (word.endswith("сторон") and low[b : b + 1] == "а")
            tail = between
            if _AUX_FIRST.match(between):  # "Die Hamas hat drei Geiseln freigelassen": the verb closes the clause
                after = low[end : end + 60]
                tail = between + after[: m.start()] if (m := _NP_CUT.search(after)) else between + after
            give, receive = _last(GIVE_VERB, tail), _last(RECEIVE_VERB, tail)
            if give < 0 and receive < 0:  # "im Gegenzug erhielt Moskau 19": the verb before its subject
                give, receive = _inverted_verb(low, a)
            if give >= 0 and give >= receive:  # a verb in both lists counts as giving, as before
                side = other_side(code, parties) if nominative or word.isascii() else code
            elif receive > give and (nominative or not counted_between):
                side = code  # "Russia handed 909 bodies to Ukraine and received 34": the nearer verb decides
            elif _oblique(word) and not nominative and not counted_between and _HANDED.search(
                    low[max(0, a - 25) : a] + between + low[end : end + 30]):
                side = code  # "Росії передали 43 тіла", "przekazała Rosji 150 jeńców": the dative names the recipient
            else:
                continue
        else:
            continue
        dist = start - b if b <= start else a - end
        if best is None or dist < best[0]:
            best = (dist, side)
    return best[1] if best else None
