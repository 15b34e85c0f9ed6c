"""Who holds the people a count is about: "from Russian captivity", "held in Gaza", "in Azerbaijani custody".

The holder's words name the other side's people, so ``extractor.sides`` asks here before it reads a nationality.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.lexicons import alts, table

# "from Russian captivity", "з російського полону", "из украинского плена": the holder, so the other side.
HOLDER = re.compile(
    r"(?:from|out of) (?:\w+ )?(?P<a>russian|ukrainian) (?:captivity|custody|prisons?|detention)"
    r"|(?:з|із|зі) (?P<b>російськ|українськ)\w* (?:\w+ )?(?:полону|неволі|ув'язнення)"
    r"|из (?P<c>российск|украинск)\w* (?:\w+ )?(?:плена|неволи)"
    r"|z (?P<d>rosyjsk|ukraińsk)\w* niewoli"
    r"|aus (?P<e>russisch|ukrainisch)\w* (?:gefangenschaft|haft)"
    r"|de (?:la )?captivité (?P<f>russe|ukrainienne)"
    r"|del cautiverio (?P<g>ruso|ucraniano)"
    r"|(?:из|з|із) (?:плена|полону) (?P<h>всу|зсу|украины|україни|рф|россии|росії)\b"
    # "returned from Ukrainian-held territory", "from Kyiv-controlled territory"
    r"|from (?:the )?(?P<i>russian|ukrainian|kyiv|moscow)[- ](?:held|controlled|occupied) territor"
)
_HOLDER_SIDE = {"russian": "RU", "російськ": "RU", "российск": "RU", "rosyjsk": "RU", "russisch": "RU", "russe": "RU",
                "ruso": "RU", "ukrainian": "UA", "українськ": "UA", "украинск": "UA", "ukraińsk": "UA",
                "ukrainisch": "UA", "ukrainienne": "UA", "ucraniano": "UA", "всу": "UA", "зсу": "UA", "украины": "UA",
                "україни": "UA", "рф": "RU", "россии": "RU", "росії": "RU", "kyiv": "UA", "moscow": "RU"}

# the lexicon languages' holder phrases ("dalla prigionia russa" → RU), one pattern per holding side
_MORE_HOLDERS = [(re.compile(rx), side) for rx, side in table("HOLDER").items()]


def holder(low: str) -> tuple[int, int, str] | None:
    """"from Russian captivity": (start, end, side of the holder) in ``low``, or None."""
    m = HOLDER.search(low)
    if not m:
        more = [(x.start(), x.end(), side) for rx, side in _MORE_HOLDERS if (x := rx.search(low))]
        return min(more) if more else None
    word = next(g for g in m.groups() if g)
    return m.start(), m.end(), _HOLDER_SIDE[word]


HELD_IN = re.compile(
    r"in (?P<a>russian|ukrainian) (?:captivity|custody|prisons?)|(?:у|в) (?P<b>російськ|українськ)\w* полоні"
    r"|в (?P<c>российск|украинск)\w* плену|held (?:by|in) (?P<d>russia|ukraine|moscow|kyiv)|плену у (?P<e>всу)"
    r"|in (?P<f>russischer|ukrainischer) (?:kriegs)?(?:gefangenschaft|haft)|w (?P<g>rosyjskiej|ukraińskiej) niewoli"
    r"|en (?:captivité|détention) (?P<q>russe|ukrainienne)"
    r"|held (?:in|by) (?P<h>gaza|hamas)"
    # "of the 251 hostages taken to Gaza": where they were taken is who holds them
    r"|(?:taken|abducted|kidnapped|dragged|carried off) (?:\w+ )?(?:in)?to (?P<n>gaza)\b"
    # "73 hostages remain in Gaza", "still in Gaza": where they are kept names the holder
    r"|(?:remains?|remaining|still|kept|are|were) (?:\w+ )?in (?:the )?(?P<m>gaza)\b"
    # ... and the place in the other languages: "retenus à Gaza", "у секторі Газа", "im Gazastreifen"
    r"|\b(?:à|dans la bande de|en|en la franja de|em|na faixa de|a|nella striscia di|w strefie|im|у секторі|"
    r"в секторе) (?P<p>gaza|gazy|gazastreifen|газа)\b"
    # "in Russian hands", "en manos rusas", "nas mãos da Rússia": the hands are the holder's
    r"|in (?P<i>russian|ukrainian|russischer|ukrainischer) hands?\b|en manos (?P<j>rusas|ucranianas)"
    r"|(?:nas|em) mãos (?:da |de )?(?P<k>rússia|ucrânia)"
    # the holder as subject: "Hamas still holds 59 hostages", "Kyiv is holding about 6,000 prisoners"
    r"|\b(?P<l>hamas|russia|moscow|ukraine|kyiv|хамас|росія|россия|україна|украина) (?:still |now |currently |"
    r"is |is still |continues to |досі |до сих пор |все ещё |все еще |по-прежнему |"
    # "Hamas is believed to be holding 101", "Russia is thought to still hold"
    r"(?:is|are) (?:believed|thought|said|estimated|understood) to (?:be |still )?)?(?:holds?|holding|keeps|"
    r"утримує|удерживает|тримає|держит)\b"
    # "le Hamas détient encore 59 otages", "Hamás mantiene a 59 rehenes", "Hamas hält noch 59 Geiseln fest"
    r"|\b(?P<o>hamas|hamás) (?:\w+ ){0,2}?(?:détient|retient|mantiene|retiene|mantém|detém|mantêm|hält|trzyma|"
    r"przetrzymuje|detiene|tiene)\b"
)
_HELD_IN_SIDE = {"russian": "RU", "російськ": "RU", "российск": "RU", "russia": "RU", "moscow": "RU",
                 "russischer": "RU", "rosyjskiej": "RU", "ukrainian": "UA", "українськ": "UA", "украинск": "UA",
                 "ukraine": "UA", "kyiv": "UA", "всу": "UA", "ukrainischer": "UA", "ukraińskiej": "UA",
                 "gaza": "PS", "gazy": "PS", "gazastreifen": "PS", "газа": "PS", "hamas": "PS", "hamás": "PS",
                 "rusas": "RU",
                 "ucranianas": "UA", "rússia": "RU", "ucrânia": "UA", "хамас": "PS", "росія": "RU", "россия": "RU",
                 "україна": "UA", "украина": "UA", "russe": "RU", "ukrainienne": "UA"}
# whose people a holder keeps: Russia holds Ukrainians, Ukraine Russians, Hamas (in Gaza) Israelis
_PEOPLE_OF_HOLDER = {"RU": "UA", "UA": "RU", "PS": "IL"}

# "23 of its citizens remain in Azerbaijani custody": the adjective before the custody noun names the holder
CUSTODY_OF = re.compile(r"\b(?:" + alts("IN_HANDS_OF") + r") (?:the )?([\w-]+) (?:" + alts("CUSTODY_NOUN") + r")\b")


@lru_cache(maxsize=256)
def held_in(low: str) -> re.Match[str] | None:
    """Where (or by whom) people are held in ``low``: "in Russian captivity", "Hamas still holds"."""
    return HELD_IN.search(low)


def people_held(m: re.Match[str], parties: tuple[str | None, str | None]) -> str | None:
    """Whose people the holder of a ``held_in`` match keeps: the other party of the article (Russia holds
    Americans in a report of a swap with Washington, Ukrainians in one of the war)."""
    return people_of_holder(_HELD_IN_SIDE[next(g for g in m.groups() if g)], parties)


def people_of_holder(code: str, parties: tuple[str | None, str | None]) -> str | None:
    """The other party than the holder ``code``; when the holder is not one of the article's parties, its usual
    captives (Russia's are Ukrainians) only in a report of the war it wages, else nobody that can be named."""
    a, b = parties
    if code in (a, b):
        return (b if code == a else a) or None
    return _PEOPLE_OF_HOLDER.get(code) if "UA" in parties or parties == (None, None) or code == "PS" else None


_HOSTAGE = re.compile(alts("HOSTAGE"))
# the parties whose armed groups take hostages (Hamas in Gaza, Hezbollah) and the side they take them from
_HOSTAGE_TAKERS = {"PS": "IL", "LB": "IL"}
_HOSTAGE_KINDS = ("died_in_captivity", "missing", "bodies_returned")


def hostages_side(np: str, kind: str, parties: tuple[str, str]) -> str | None:
    """ "the bodies of two hostages", "59 otages": hostages named by no nationality are the people of the party
    the hostage takers fight (in a civil war, its own country's)."""
    # not for releases: an unnamed count of hostages freed is as often a deal's plan or a tally since the truce
    if kind not in _HOSTAGE_KINDS or not _HOSTAGE.search(np):
        return None
    if parties[0] is not None and parties[0] == parties[1]:
        return parties[0]
    taker = next((p for p in parties if p in _HOSTAGE_TAKERS), None)
    # a report that names only the takers ("Hamas returned the remains of two hostages"): the people they fight
    if taker is None:
        return None
    other = parties[1] if taker == parties[0] else parties[0]
    return other or _HOSTAGE_TAKERS[taker]
