"""Is an article about prisoner exchanges, POWs, captives or hostages of a conflict — and which conflict?"""

from __future__ import annotations

import re

from extractor import topics
from extractor.numwords import WEAK, WORDS
from extractor.rx import alternation, words

# Terms that alone make an article about prisoner exchanges (counted twice); they are STRONG terms too.
VERY = words(*topics.terms("VERY"))
# Terms that make an article about captives of a conflict on their own.
STRONG = words(*topics.terms("VERY"), *topics.terms("STRONG"))
# Contexts that make "exchange"/"hostage" mean something else.
NEGATIVE = words(*topics.terms("NEGATIVE"))
# The conflict of a relevant article.
UA_RU = words(
    r"ukrain|ucranian|ucrain|україн|украин|kyiv|kiev|київ|киев|zelensk|зеленськ|зеленск|kursk|курськ|курск|mariupol|маріупол|"
    r"мариупол|ucrania|ucrânia|ukraina|коордштаб|координаційн\w+ штаб|lubinets|лубінец|москальков|moskalkova"
)
OTHER = words(
    r"israel|ізраїл|израил|hamas|хамас|gaza|газа|palestin|палестин|armenia|вірмен|армен|azerbaijan|азербайджан|"
    r"americans?|u\.s\. citizens|американ|граждан сша|громадян сша|venezuela|iran\b|north korean? prisoners|"
    # the United States as a party (a swap with Moscow or Minsk), not as a mediator named once in a Kyiv report
    r"united states|u\.s\. (?:government|marine|citizen|journalist|reporter)|"
    r"us (?:government|marine|citizen|journalist|reporter)|"
    r"états-unis|estados unidos|stati uniti|vereinigten staaten|соединенн\w+ штат|сполучен\w+ штат"
)

# Countries and armed groups of other conflicts, in the nine languages (stems); read only when an article
# names nothing of Russia–Ukraine, so that a Yemeni or Cambodian swap is not filed under the default conflict.
ELSEWHERE = words(
    r"yemen|yémen|jemen|iêmen|ємен|йемен|houthi|huthi|хусит|хуси|saudi|саудів|саудов|cambod|kambod|камбодж|"
    r"thai|tailand|thaïland|таїланд|таиланд|japan|japon|giappon|japão|japón|япон|north kor|corea del nord|"
    r"corée du nord|nordkorea|korei północnej|кндр|syria|syrie|siria|syrien|syrii|сирі|сири|iraq|irak|ірак|ирак|"
    r"afghan|афган|colombia|kolumbi|colombie|колумбі|колумби|farc\b|libya|libia|libye|libyen|libii|лівії|ливи|"
    r"nigeria|нігері|нигери|sudan|soudan|судан|ethiopi|éthiopie|etiopi|ефіоп|эфиоп|somali|сомал|congo|kongo|"
    r"конго|lebanon|liban|líbano|libano|ліван|ливан|pakistan|пакистан|india\b|inde\b|indien|kashmir|cachemire|"
    r"кашмир|venezuel|венесуел|iran|іран|иран|georgian|géorgie|georgien|грузи|azerbaij|armeni|"
    # a swap between Russia (or Belarus) and the United States: Washington is the other party, not Kyiv
    r"united states|washington|americans?|u\.s\.|us (?:citizens?|nationals?|journalists?|reporter|envoy|officials?)|"
    r"états-unis|américain|estados unidos|estadounidense|norte-american|estadunidense|stati uniti|statunitens|"
    r"vereinigten staaten|usa|us-amerikan|us-bürger|stan\w* zjednoczon|amerykan|сша|американ|вашингтон"
)

# A bare "exchange" adds one point at most: enough beside one captivity word, never alone.
EXCHANGE_WORD = re.compile(alternation(*topics.terms("EXCHANGE")) + r"\b")


# a full stop ends a sentence, the dot of "7.500" or "1.2" (a number) does not
_SENTENCE_END = re.compile(r"[!?\n]|\.(?!\d)")
# a count in digits or in words ("transferred four Armenian prisoners", "trentasei persone", "zweihundert",
# "двісті"): every language's number words but articles ("un", "ein") and those that are common words of
# another language ("due to", "sei es", "one of")
_NOT_COUNT = frozenset({"one", "due", "sei", "sto"})
_COUNT = re.compile(
    r"\d|" + alternation("|".join(re.escape(w) for w in sorted(WORDS) if w not in WEAK | _NOT_COUNT))
    + r"(?![^\W\d_])"
    r"|\b(?:dozens?|hundreds?|thousands?)\b"
)


# the dot of a German ordinal ("der 60. Gefangenenaustausch", "am 5. Juni") ends no sentence either
_ORDINAL_DOT = re.compile(r"\b(?:der|die|das|den|dem|des|zum|zur|am|im|vom|beim) \d{1,3}$")


def _no_end(text: str, dot: int) -> bool:
    return text[dot + 1 : dot + 2].isdigit() or bool(_ORDINAL_DOT.search(text, max(0, dot - 12), dot))


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, pos) for c in "!?\n")
    dot = text.rfind(".", 0, pos)
    while dot > start and _no_end(text, dot):
        dot = text.rfind(".", 0, dot)
    start = max(start, dot) + 1
    m = _SENTENCE_END.search(text, pos)
    while m and m.group() == "." and _no_end(text, m.start()):
        m = _SENTENCE_END.search(text, m.end())
    return start, (m.start() if m else len(text))


# Measured on dev_real (design part): off-topic texts score at most 1 (an "exchange" word, or one passing
# captivity term), reports at least 2; 3 lost short captivity reports without counts
THRESHOLD = 2


def _outside(rx: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether ``rx`` matches somewhere outside ``spans`` (a term already counted is not counted again)."""
    return any(not any(a <= m.start() < b for a, b in spans) for m in rx.finditer(text))


def relevance_score(low: str, title_low: str) -> int:
    """Points for captivity terms: the headline weighs most, a passing mention in the body least."""
    text = low[:20000]
    return _terms_score(text, title_low) - 2 * _negatives(text, title_low)


def _negatives(text: str, title_low: str) -> int:
    """Contexts that make the terms mean something else ("exchange rate"), twice over in the headline."""
    return len(NEGATIVE.findall(text, 0, 8000)) + 2 * len(NEGATIVE.findall(title_low))


def _terms_score(text: str, title_low: str, need: int | None = None) -> int:
    """The points of ``relevance_score`` before negative contexts. With ``need``, a score that cannot reach it
    may be returned short of its last points (an off-topic text is not scanned for an exchange word)."""
    spans = [m.span() for m in STRONG.finditer(text)]
    strong = [start for start, _ in spans]
    # VERY terms are also STRONG ones, counted twice; looked for inside each STRONG match, as a longer one
    # ("held as prisoners of war") may start before them (searching the whole text would double the cost)
    hits = strong + [end for start, end in spans if VERY.search(text, start, end)]
    sentences = {_sentence_of(text, pos) for pos in strong}
    title_hits = [m.start() for m in STRONG.finditer(title_low)]
    score = 3 * (len(title_hits) + sum(1 for pos in title_hits if VERY.match(title_low, pos)))
    if len(sentences) >= 2:
        score += len(hits)
    elif sentences:
        a, b = next(iter(sentences))
        # one sentence is enough when it reports a handover with a count ("exchanged 95 POWs each")
        state = RETURN_WORD.search(text, a, b) or STATE_WORD.search(text, a, b)
        count = _COUNT.search(text, a, b)
        score += 2 if count and state else 1
        # ... and a very specific term in it ("189 повернулися з полону") outweighs a headline without one
        score += 1 if len(hits) > len(strong) and count else 0
        # two captivity terms in it ("salme riconsegnate ... prigionieri di guerra") are no passing mention
        score += 1 if len(strong) >= 2 else 0
    if need is not None and score + 2 < need:
        return score  # the two points below cannot make up the difference
    score += 1 if EXCHANGE_WORD.search(title_low) or _outside(EXCHANGE_WORD, text, spans) else 0
    # the opening sentence is the headline of a text without one (wire copy, feeds, Telegram posts)
    lead_end = _sentence_of(text, 0)[1]
    return score + (1 if strong and strong[0] < lead_end and VERY.search(text, 0, lead_end) else 0)


def is_relevant(low: str, title_low: str) -> bool:
    """About captives of an armed conflict: enough captivity terms and some sign of war."""
    text = low[:20000]
    # negative contexts only take points away: a text short of the threshold without them is not scanned for them
    score = _terms_score(text, title_low, need=THRESHOLD)
    if score < THRESHOLD or score - 2 * _negatives(text, title_low) < THRESHOLD:
        return False
    # naming Ukraine or Russia's war places is itself a sign of the war the product watches first
    return any(rx.search(t) for rx in (CONFLICT_CONTEXT, UA_RU) for t in (title_low, low[:20000]))


# Some sign of war or armed conflict: hostages without it are crime news.
CONFLICT_CONTEXT = re.compile(alternation(*topics.terms("WAR")) + r"\b")


def conflict_by_text(low: str) -> str:
    """"RU-UA" when Russia–Ukraine terms outnumber those of other conflicts, else "other"; an article that
    names neither Ukraine nor its places and people is about another conflict (Yemen, Cambodia, Japan…)."""
    # the opening of an article names its conflict; reading further only costs time
    ua = len(UA_RU.findall(low[:6000]))
    other = len(OTHER.findall(low[:6000]))
    if not ua:
        # no Russia–Ukraine term at all: another conflict when the text names one, else the default watch
        return "other" if other or ELSEWHERE.search(low[:6000]) else "RU-UA"
    # a Yemen report that mentions Ukraine once ("the biggest swap since those in Ukraine") is still Yemen's
    return "RU-UA" if ua >= other + len(ELSEWHERE.findall(low[:6000])) else "other"


def conflict_of(by_text: str, figure_sides: set[str]) -> str:
    """The conflict, from the sides of the figures when they tell, else from the text (``conflict_by_text``)."""
    # a UA side settles it only when the text names Ukraine at all: for other conflicts UA is a side's fallback
    if "UA" in figure_sides and by_text == "RU-UA":
        return "RU-UA"
    # North Korean or Belarusian captives are part of the Russia–Ukraine war; US, Israeli… ones are not
    if figure_sides - {"RU", "UA", "KP", "BY"}:
        return "other"
    return by_text


# Still held, missing or dead in captivity: a count beside one is the point of an analysis piece.
STATE_WORD = words(*topics.terms("STATE"))

# Any handover or exchange word: a sentence without one is narrative around the event.
RETURN_WORD = words(*topics.terms("RETURN"))
