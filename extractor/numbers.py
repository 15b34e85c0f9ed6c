"""Numbers as news text writes them: digits with any grouping, decimals with a scale, and words.

``find_numbers`` returns every cardinal and ordinal mention in a (normalised) sentence with its offsets;
``parse_number`` reads one number written on its own.  Both run in linear time: the digit pattern
has no nested ambiguity, and overlong digit runs are skipped, not parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.lexicons import by_language, each, hedges
from extractor.numwords import ALONE, ALONE_AFTER, CONNECTORS, PLURAL_SCALES, SCALES, WEAK, WORDS
from extractor.rx import alternation

MAX_DIGITS = 15


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    value: int
    approx: bool = False
    ordinal: bool = False


# Groups of digits joined by one separator each: "1,000", "1 000", "1.000", "3 757", "1,2".
# The lookbehind sits after the first digit so the regex engine can scan for digits in C.
_DIGITS = re.compile(r"\d(?<![\w.,]\d)\d*(?:[ ,.'\u00a0\u202f\u2009]\d+)*(?!\d)")
# Model names and codes: "Il-76", "F-16", "Су-34", "COP29" are never counts.
_CODE_BEFORE = re.compile(r"[^\W\d_]-$")
_FOR_BEFORE = re.compile(r"\d-(?:for|на|gegen|za|por|pour|x)-$")
_ORDINAL_SUFFIX = re.compile(
    r"(?:st|nd|rd|th|-?(?:й|го|му|м|ий|ій|ої|я|ї|е|а|ый|ой|ом|ым|ий|ого|ему)|\.\s?º|º|ª|\.ª|e|ème|er|re|\.|°|-?esim[oa])"
    r"(?![\w])",
)
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_REST_AFTER_SCALE = re.compile(r" (\d{1,3})(?![\d,.]\d)(?= [^\W\d_])")
_SCALE_AFTER = re.compile(r"[ ]?([^\W\d_]+)\.?")

# "about 300", "понад 300", "mehr als 300": the words before a hedged number, and after it ("300 or so")
_APPROX_BEFORE = re.compile(r"(?:\b(?:" + "|".join(re.escape(h) for h in hedges()) + r")\s*)$")
_APPROX_AFTER = re.compile(r"^(?:\s*(?:" + "|".join(re.escape(h) for h in hedges("HEDGES_AFTER")) + r"))\b")


# precompiled: these run for every digit token (re.<func>(str) pays a cache lookup per call)
_SEPARATOR = re.compile(r"([ ,.'\u00a0\u202f\u2009])")
_DECIMAL = re.compile(r"(\d+)[,.](\d+)")
_SPACE_WORD = re.compile(r"\s+[^\W\d_]")


def _group_value(token: str) -> float | None:
    """Value of a digit token; None for phone-like or malformed groupings."""
    if token.isdigit():
        return float(token) if len(token) <= MAX_DIGITS else None
    parts = _SEPARATOR.split(token)
    digits, seps = parts[0::2], parts[1::2]
    if sum(len(d) for d in digits) > MAX_DIGITS:
        return None
    if not seps:
        return float(digits[0])
    grouped = 1 <= len(digits[0]) <= 3 and all(len(d) == 3 for d in digits[1:])
    if grouped and len(set(seps)) == 1 and digits[0] != "0":
        if len(seps) == 1 and seps[0] in ",." and digits[0] == "0":
            return float(token.replace(seps[0], "."))
        return float("".join(digits))
    if len(seps) == 1 and seps[0] in ",.":
        return float(digits[0] + "." + digits[1])
    return None


def _decimal_candidate(token: str) -> float | None:
    """"1,200" before "thousand" means 1.2 in some styles; used only when a scale word follows."""
    m = _DECIMAL.fullmatch(token)
    return float(f"{m.group(1)}.{m.group(2)}") if m else None


def _digit_mentions(text: str, low: str, hedges: bool = True) -> list[NumberMention]:
    out: list[NumberMention] = []
    for m in _DIGITS.finditer(text):
        if out and m.start() < out[-1].end:
            continue  # the "200" of "4 тыс. 200" was read with the thousands
        token = m.group(0).rstrip(" ")
        end = m.start() + len(token)
        value = _group_value(token)
        if value is None or (
            _CODE_BEFORE.search(text[max(0, m.start() - 2) : m.start()])
            and not _FOR_BEFORE.search(low[max(0, m.start() - 12) : m.start()])
        ):
            continue
        ordinal = False
        sm = _ORDINAL_SUFFIX.match(low, end)
        scale_m = _SCALE_AFTER.match(low, end)
        scale = SCALES.get(scale_m.group(1)) if scale_m else None
        if scale:
            dec = _decimal_candidate(token)
            value = round((dec if dec is not None else value) * scale, 3)
            end = scale_m.end()
            rest = _REST_AFTER_SCALE.match(low, end)
            if rest and scale == 1000 and dec is None:
                value += int(rest.group(1))  # "4 тыс. 200 человек" = 4,200
                end = rest.end()
        elif sm and not (sm.group(0) in ("e", "а", "я", "м", "е", "°") and not _ordinal_context(low, sm.end())):
            if sm.group(0) != "." or _dot_ordinal(text, m.start(), sm.end()):
                ordinal = True
        elif end < len(low) and low[end].isalpha():
            continue  # "12km", "5G": a measurement or a code, not a count
        if value != int(value):
            continue
        out.append(NumberMention(m.start(), end, int(value), hedges and is_hedged(low, m.start(), end), ordinal))
    return out


def _ordinal_context(low: str, pos: int) -> bool:
    # "64e échange", "65-я годовщина": a letter suffix counts as ordinal only before a word
    return bool(_SPACE_WORD.match(low[pos : pos + 3]))


def _dot_ordinal(text: str, start: int, end: int) -> bool:
    """German/Polish "der 65. Austausch", "53. wymiana": a short number, a dot, then a word."""
    digits = text[start : end - 1]
    return digits.isdigit() and len(digits) <= 3 and bool(_SPACE_WORD.match(text[end : end + 3]))


_HANDED_OVER = re.compile(r"\b(?:hand\w*|turn\w*|pass\w*|took|taken|take\w*)\s+over\s*$")
# "зросла до 4841", "выросло до 4841": "до" after a verb of growth is the new value, not "up to"
_GREW_TO = re.compile(r"\b(?:зріс|зросл\w*|збільшил\w*|вырос\w*|увеличил\w*|wzrosł\w*)\s+(?:до|do)\s*$")


def is_hedged(low: str, start: int, end: int) -> bool:
    """True when the number at ``low[start:end]`` is approximate ("about 200", "понад 300", "1,000 or so")."""
    before = low[max(0, start - 30) : start]
    if _HANDED_OVER.search(before) or _GREW_TO.search(before):
        return False  # "handed over 78 bodies" is exact
    return bool(_APPROX_BEFORE.search(before)) or bool(_APPROX_AFTER.match(low[end : end + 14]))


# One alternation of every number word (and connector) so the scan runs in the regex engine, not in Python.
# Words with their hyphenated compounds ("twenty-five", "one-for-one") as single tokens.
_TOKEN = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
# Any number word standing as a whole word or as a part of a hyphenated one ("twenty-five"): a sentence
# without one holds no number in words. One word-list scan in the regex engine, cheaper than cutting every
# sentence into word tokens.
_ANY_WORD = re.compile(alternation("|".join(re.escape(w) for w in sorted(WORDS))) + r"(?![^\W\d_])")


def _word_entries(word: str) -> list[tuple[float, str]] | None:
    entry = WORDS.get(word)
    if entry is not None:
        return [entry]
    if "-" in word:
        entries = [WORDS.get(p) for p in word.split("-")]
        if all(entries):
            return entries  # type: ignore[return-value]
    return None


# per language, words of that language which other languages' tables read as numbers ("dos" in Portuguese)
_NOT_NUMBERS: dict[str, frozenset[str]] = {code: frozenset(w) for code, w in by_language("NOT_NUMBER_WORDS").items()}


def _word_mentions(text: str, low: str, hedges: bool = True, lang: str | None = None) -> list[NumberMention]:
    first = _ANY_WORD.search(low)
    if not first:
        return []  # fast path: most sentences hold no number word at all
    not_numbers = _NOT_NUMBERS.get(lang or "", frozenset())
    # the words before the first number word's are read from the space before it: no token spans a space, and
    # a token before it neither starts nor continues a number
    tokens = _TOKEN.finditer(low, low.rfind(" ", 0, first.start()) + 1)
    out: list[NumberMention] = []
    run: list[tuple[int, int, float, str]] = []  # (start, end, value, role)
    last_end = -1
    for m in tokens:
        word = m.group()
        entries = None if word in not_numbers else _word_entries(word)
        adjacent = run and low[last_end : m.start()].strip(" ") == ""
        if entries and not (len(entries) == 1 and word in WEAK and not run and word not in ALONE):
            if run and not adjacent:
                _close(run, out, low, hedges)
                run = []
            run.extend((m.start(), m.end(), value, role) for value, role in entries)
            last_end = m.end()
        elif adjacent and word in CONNECTORS:
            last_end = m.end()  # "two hundred and seven"
        elif run:
            _close(run, out, low, hedges)
            run = []
    if run:
        _close(run, out, low, hedges)
    return out


_ARTICLE_BEFORE = re.compile(r"\b(\w+)\s+$")
# "тисячі"/"тысячи" is a thousand where the word before asks for the genitive ("близько тисячі", "тіла (останки)
# тисячі загиблих"); as a subject it is "thousands"
_GENITIVE: dict[str, re.Pattern[str]] = {
    form: re.compile(r"\b(?:" + before + r")\)?\s+$")
    for table in each("LONE_GENITIVE") for form, before in table.items()
}
# "several thousand", "mehrere tausend": a vague quantifier before a scale word makes it no count of one thousand
_VAGUE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in hedges("VAGUE")) + r")\s+$")


def _lone_scale(low: str, start: int, end: int) -> int | None:
    """Where a scale word standing alone starts as a count ("a thousand" from its article), or None for none."""
    form = low[start:end]
    genitive = _GENITIVE.get(form)
    if genitive is not None:
        return start if genitive.search(low, max(0, start - 20), start) else None
    if form in ALONE:
        return None if _VAGUE.search(low, max(0, start - 20), start) else start
    article = _ARTICLE_BEFORE.search(low, max(0, start - 6), start)
    return article.start(1) if article and article.group(1) in ALONE_AFTER else None


def _close(run: list[tuple[int, int, float, str]], out: list[NumberMention], low: str, hedges: bool) -> None:
    total = 0.0
    group = 0.0
    for _, _, value, role in run:
        if role == "h":
            group = (group or 1) * value
        elif role in "km":
            total += (group or 1) * value
            group = 0
        else:
            group += value
    value = total + group
    start, end = run[0][0], run[-1][1]
    if run[0][3] == "h" and low[start : run[0][1]] in PLURAL_SCALES:
        return
    # "thousands" is no count, but "тисячу тіл" and "a thousand bodies" are one thousand
    if len(run) == 1 and run[0][3] in "hkm":
        found = _lone_scale(low, start, end)
        if found is None:
            return
        start = found
    if value != int(value):
        return
    out.append(NumberMention(start, end, int(value), hedges and is_hedged(low, start, end), False))


def find_numbers(text: str, low: str | None = None, *, hedges: bool = True,
                 lang: str | None = None) -> list[NumberMention]:
    """All number mentions in ``text`` (a sentence), digits and words, in order of appearance.

    With ``hedges=False`` every ``approx`` is False (cheaper; call ``is_hedged`` for the few that matter).
    ``lang`` (the article's language) leaves out its words that only another language counts with.
    """
    low = low if low is not None else text.lower()
    digits = _digit_mentions(text, low, hedges)
    words = [w for w in _word_mentions(text, low, hedges, lang) if not any(d.start <= w.start < d.end for d in digits)]
    return sorted(digits + words, key=lambda n: n.start)


def parse_number(text: str) -> int | None:
    """The integer that ``text`` spells (digits, grouped digits, decimals with a scale, or words)."""
    found = [n for n in find_numbers(text.strip()) if not n.ordinal]
    return found[0].value if len(found) == 1 else None
