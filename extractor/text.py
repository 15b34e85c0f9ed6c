"""Text normalisation and sentence splitting that keep character offsets intact."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Analysing more than this is pointless for a news article and would make pathological input slow.
MAX_CHARS = 60_000

# One-to-one replacements only, so offsets in the normalised text equal offsets in the input.
_SAME_LENGTH = str.maketrans(
    {
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u2008": " ",
        "\u200a": " ",
        "\u2019": "'",
        "\u02bc": "'",
        "\u2018": "'",
        "`": "'",
        "\u00b4": "'",
        "\u2013": "-",
        "\u2014": "\u2014",
        "\u2011": "-",
        "\u2212": "-",
        "\t": " ",
        "\r": "\n",
        "\x00": " ",
    }
)


_PAIRS = tuple((chr(k), v) for k, v in _SAME_LENGTH.items() if chr(k) != v)


def normalize(text: str) -> str:
    """Unify spaces, apostrophes and dashes without changing the length of the text."""
    # a few str.replace scans run in C and beat translate's per-character table lookups
    for old, new in _PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


def lower_same_length(text: str) -> str:
    """``text.lower()`` with the length of ``text``, so offsets carry over."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # a few characters (e.g. 'İ') lower to two; fall back to a per-character mapping
    return "".join(c.lower()[:1] or c for c in text)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str  # original (normalised) text
    low: str  # lower-cased, same length


# Abbreviations after which a period does not end a sentence (lower-case, without the dot).
_ABBREV = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "no",
        "gen",
        "lt",
        "col",
        "sgt",
        "maj",
        "capt",
        "gov",
        "sen",
        "rep",
        "approx",
        "e.g",
        "i.e",
        "vs",
        "etc",
        "tys",
        "тис",
        "тыс",
        "млн",
        "млрд",
        "грн",
        "руб",
        "ім",
        "им",
        "ст",
        "р",
        "рр",
        "г",
        "гг",
        "обл",
        "м",
        "с",
        "пп",
        "проф",
        "д",
        "ул",
        "вул",
        "ок",
        # "ok. 8 tys. Ukraińców", "m.in. cywile", "rd. 8000": hedges and lists, not the end of a sentence
        "ok",
        "m.in",
        "tzw",
        "aprox",
        "rd",
        "ca",
        "bzw",
        "nr",
        "str",
        "mio",
        "mrd",
        "z.b",
        "ds",
        "św",
        "ul",
        "np",
        "tzw",
        "mln",
        "mld",
        "gen.",
        "ген",
    ]
)

# Words after which "65." is an ordinal (German, Polish, French style "der 65. Austausch").
_ORDINAL_INTRO = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "am",
        "zum",
        "zur",
        "vom",
        "im",
        "beim",
        "to",
        "jako",
        "la",
        "le",
        "el",
        "o",
        "a",
    ]
)

# A line break, or end punctuation before a space. Both start with one of five characters, named first so the
# regex engine scans for them in C instead of trying the pattern at every position.
_BOUNDARY = re.compile(r"[\n.!?\u2026](?:(?<=\n)\s*|(?<!\n)[.!?\u2026]*[\"'»”)\]]*[ ]+(?=[\"'«“(\[]?[^\s]))")


def _is_false_stop(text: str, pos: int) -> bool:
    """True when the period at ``pos`` follows an ordinal number or an abbreviation."""
    if text[pos] != ".":
        return False
    j = pos
    while j > 0 and not text[j - 1].isspace() and text[j - 1] not in "(«\"'":
        j -= 1
    token = text[j:pos]
    if token.isdigit():
        # "der 65. Austausch", "am 16. Mai", "53. wymiana": an ordinal, not the end of "on Jan. 24."
        if len(token) > 3:
            return False
        nxt = text[pos + 1 : pos + 40].split()
        prev = text[max(0, j - 12) : j].split()
        return bool(nxt) and (nxt[0][:1].islower() or (bool(prev) and prev[-1].lower() in _ORDINAL_INTRO))
    low = token.lower()
    return low in _ABBREV or (len(token) == 1 and token.isalpha())


def split_sentences(text: str, base: int = 0, low: str | None = None) -> list[Sentence]:
    """Sentences (and headline-like lines) with their offsets in ``text`` plus ``base``.

    ``low`` is ``lower_same_length(text)`` when the caller has it already (saves a pass over the text)."""
    low = low if low is not None else lower_same_length(text)
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] != "\n" and _is_false_stop(text, m.start()):
            continue
        _add(out, text, low, start, m.start() + (0 if m.group(0)[0] == "\n" else len(m.group(0).rstrip())), base)
        start = m.end()
    _add(out, text, low, start, len(text), base)
    return out


# News sentences are shorter; a longer "sentence" is a list or a table, read in pieces so the
# per-sentence rules (which look back over the sentence) stay linear in the length of the text.
MAX_SENTENCE = 600


def _add(out: list[Sentence], text: str, low: str, start: int, end: int, base: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = max(text.rfind(", ", start, start + MAX_SENTENCE), text.rfind(" ", start, start + MAX_SENTENCE))
        cut = cut if cut > start + MAX_SENTENCE // 2 else start + MAX_SENTENCE
        out.append(Sentence(base + start, base + cut, text[start:cut], low[start:cut]))
        start = cut
        while start < end and text[start] in " ,":
            start += 1
    if end > start:
        out.append(Sentence(base + start, base + end, text[start:end], low[start:end]))
