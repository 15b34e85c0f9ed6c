"""Counts whose noun or kind the sentence leaves implied: "and 1,000 to Russia", "Теперь — 152 на 152",
"Today it is 390 people", "390 prisoners (195 per side)"."""

from __future__ import annotations

import re

from extractor import lexicon as lx
from extractor import sides as sd
from extractor.heads import head_of, is_unit_word
from extractor.lexicons import alts, hedges
from extractor.numbers import NumberMention, find_numbers

_TODAY = re.compile(r"\b(?:today|сьогодні|сегодня|heute|aujourd'hui|hoy|dziś|dzisiaj|hoje|oggi)\b")


def today_count(low: str) -> bool:
    """ "Today it is 390 people.", "Oggi, 390 persone.": a leader's short line that counts the day's returnees."""
    return len(low) < 80 and bool(_TODAY.search(low))


# "and 100 Ukrainian", "а Україна — понад 80 російських": the Cyrillic contrast "а" and a dash for the verb too,
# a hedge after the dash
_ELLIPSIS = re.compile(r"\b(?:and|і|та|и|а|und|et|y|e|i)\s+(?:[^\W\d_]+\s+){0,2}(?:[\u2014\u2013]\s*(?:(?:"
                       + "|".join(re.escape(h) for h in hedges() if not h.endswith(".")) + r")\s+)?)?$")
_TO_PARTY = re.compile(r"\s+(?:to|for|до|в|у|an|à|a|para|na|nach)\s+(?:the\s+)?[^\W\d_]")


# a bare count that ends its clause ("Russia got 140 back.", "Russia 140;"): nothing after it names another thing
_BARE_END = re.compile(r"\s*(?:(?:back|in return|in exchange|too|as well)\b\s*){0,2}(?:[.,;:!?)\u2014]|$)")
# "..., während Russland 248 bekam": a receive verb last in the clause, after the count (German subordinate order)
_VERB_LAST = re.compile(r"\s+([^\W\d_]+)\s*(?:[.,;:!?)]|$)")
_WHILE_BEFORE = re.compile(r"\b(?:" + alts("WHILE") + r")\s+(?:(?:the|la|le|el|die|der|a|o)\s+|l')?$")
_DASH_BEFORE = re.compile(r"[\u2014\u2013-]\s*$")
_GETS_GAP = re.compile(r"\s+(?:[^\W\d_]+\s+){0,3}")
# "Rosja zaś 248", "Russland hingegen 248", "Moskau ebenfalls 103": only a contrast or "likewise" word between party
# and count
_IN_TURN_GAP = re.compile(r"\s*,?\s*(?:" + alts("IN_TURN") + "|" + alts("LIKEWISE") + r")\b\s*,?\s*(?:a\s+)?")
_BODIES_GAP = re.compile(
    r"\s*[,\u2014\u2013]?\s*(?:[^\W\d_]+\s+)?(?:" + alts("BODY_BEFORE") + "|" + alts("BODY_PRONOUN") + r")\s*")
_TURN_LIST_BEFORE = re.compile(r"(?:[,;]|\b(?:and|und|et|y|e|i|a|і|та|а|и))\s+(?:(?:the|la|le|el|die|der|a|o)\s+|l')?$")
_LIST_BEFORE = re.compile(r"(?:,|\band|\bwhile|\bwhereas|\bі|\bта|\bи|\bund|\bet|\by|\be|\bi)\s+(?:the\s+)?$")


def _party_gets(low: str, n: NumberMention, prev_person_end: int | None) -> bool:
    """A party named right before a bare count: its subject with a handover verb ("Russia received 140"), or, after
    a count of people in the same sentence, an elliptical list item ("150 servicemen, Russia 140")."""
    lo = max(0, n.start - 50)
    named = sd.countries(low[lo : n.start])
    if not named:
        return False
    start, end, _ = named[-1]
    gap = low[lo + end : n.start]
    if _IN_TURN_GAP.fullmatch(gap):  # "..., la Russia invece 248", "; Rusia, por su parte, a 248"
        return prev_person_end is not None and bool(_TURN_LIST_BEFORE.search(low, max(0, lo + start - 14), lo + start))
    if not gap.strip():
        return prev_person_end is not None and bool(_LIST_BEFORE.search(low, max(0, lo + start - 12), lo + start))
    return bool(_GETS_GAP.fullmatch(gap) and (sd.RECEIVE_VERB.search(gap) or lx.RETURN.search(gap)))


def receives_last(low: str, n: NumberMention) -> bool:
    """ "..., während Russland 248 bekam": the count's clause ends in the verb of receiving."""
    m = _VERB_LAST.match(low, n.end)
    return bool(m and sd.RECEIVE_VERB.fullmatch(m.group(1)))


def _verb_final_party(low: str, n: NumberMention, prev_person_end: int | None) -> bool:
    """ "Die Ukraine bekam 230 zurück, während Russland 248 bekam": a party right before the count, opened by
    "while", its receive verb after the count."""
    named = sd.countries(low[max(0, n.start - 40) : n.start])
    if prev_person_end is None or not named or low[max(0, n.start - 40) + named[-1][1] : n.start].strip():
        return False
    at = max(0, n.start - 40) + named[-1][0]
    return receives_last(low, n) and bool(_WHILE_BEFORE.search(low, max(0, at - 30), at))


def contrast_party(low: str, n: NumberMention) -> str | None:
    """ "Ukraine got 230, Russia in turn 248", "Rosja zaś 248", "während Russland 248 bekam": the party set against
    the first takes the count."""
    lo = max(0, n.start - 50)
    named = sd.countries(low[lo : n.start])
    if not named:
        return None
    gap = low[lo + named[-1][1] : n.start]
    # "..., während Russland 248 bekam": the party right before the count whose verb closes the clause
    if _IN_TURN_GAP.fullmatch(gap) or (not gap.strip() and receives_last(low, n)):
        return named[-1][2]
    # "..., Russland die sterblichen Überreste von 24", "e la Russia quelle di 24": no verb, only the body phrase
    if _BODIES_GAP.fullmatch(gap) and _TURN_LIST_BEFORE.search(low, max(0, lo + named[-1][0] - 14), lo + named[-1][0]):
        return named[-1][2]
    return None


def parallel_party(low: str, n: NumberMention) -> bool:
    """ "Україна повернула 230 людей, а Росія — 248": the dash stands for the verb only when the clause before
    has the same shape, another country as the subject of a handover verb with its own count."""
    found = sd.party_before(low, n.start)
    named = sd.countries(low[: found[0]]) if found else ()
    if not found or not named or named[-1][2] == found[1]:
        return False
    verb = lx.RETURN.search(low, named[-1][1], found[0]) or sd.RECEIVE_VERB.search(low, named[-1][1], found[0]) \
        or sd.GIVE_VERB.search(low, named[-1][1], found[0])
    # its own count in digits or in words ("Україна отримала півтори сотні полонених, а Росія — 150")
    return bool(verb and find_numbers(low[verb.end() : found[0]], hedges=False))


def state_follows(low: str, end: int) -> bool:
    """ "8,000 are held and about 50,000 (are) missing": a captivity state right after an elliptical count."""
    window = low[end : end + 25]
    return any(rx.search(window) for rx in (lx.MISSING, lx.HELD, lx.DIED))


def implied_head(low: str, numbers: list[NumberMention], i: int, prev_person_end: int | None) -> str | None:
    """What the count counts: its own noun, or the noun an elliptical count shares with the one before."""
    n = numbers[i]
    head = head_of(low, n)
    if head is not None:
        return head
    if prev_person_end is not None and _ELLIPSIS.search(low, max(0, n.start - 30), n.start) and (
        _TO_PARTY.match(low, n.end) or state_follows(low, n.end) or sd.nationality(first_word(low, n.end))
    ):
        # "1,000 were returned to Ukraine and 1,000 to Russia", "100 российских военнослужащих и 100 украинских"
        return "person"
    if _BARE_END.match(low, n.end) and (_party_gets(low, n, prev_person_end) or (
            prev_person_end is not None and (not _DASH_BEFORE.search(low, max(0, n.start - 4), n.start)
                                              or parallel_party(low, n))
            and sd.party_before(low, n.start) is not None)):
        # "Ukraine received 150 servicemen, Russia 140", "while Russia got back 140.", with the article or the
        # conjunction each language puts there: "et la Russie 110", "y Rusia a 248", "a Rosja 15"; the dash of
        # "а Росія — 248" only after a clause of the same shape (any dash read so cost set-aside precision)
        return "person"
    if _verb_final_party(low, n, prev_person_end):
        return "person"
    # "390 prisoners (195 per side)": the split shares the noun, also past a measure between ("in three days")
    whole = next((m for m in reversed(numbers[:i]) if m.value == 2 * n.value), None)
    if whole is not None and lx.EACH_AFTER.match(low[n.end : n.end + 45]):
        return head_of(low, whole)
    return None


# "Hostages still held captive: 60": a fact box's label names what the count after its colon counts
_LABEL = re.compile(r"(?:^|\n|[-•*–]\s)\s*([^\W\d_][^:\n]{2,80}):\s*(?:[^\W\d_]+\s+){0,2}$")


def labelled_head(low: str, n: NumberMention) -> str | None:
    """ "Missing persons: 60,000": 'person' or 'body' when a label before a colon names the counted noun."""
    m = _LABEL.search(low, max(0, n.start - 90), n.start)
    if m is None:
        return None
    label = m.group(1)
    if lx.BODY.search(label):
        return "body"
    # "Зниклі безвісти: 60 000", "Captured in all: 251": a state or captive word names people too
    return "person" if lx.PERSON.search(label) or lx.MISSING.search(label) or lx.CAPTIVE_NOUN.search(label) else None


def first_word(low: str, end: int) -> str:
    words = low[end : end + 30].split()
    return words[0] if words else ""


def bare_formula(low: str, second: NumberMention) -> bool:
    """ "Теперь — 152 на 152.": an "N for N" with nothing after it is the formula of a swap."""
    word = first_word(low, second.end)
    return second.value >= 5 and not (word and word[0].isalpha() and is_unit_word(word)) and not re.match(
        r"\s*[^\W\d_]", low[second.end : second.end + 3])
