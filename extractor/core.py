"""``extract``: article text → relevance, conflict, language, event date and figures."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from extractor import dates, relevance
from extractor.dates import sentence_date
from extractor.event_date import event_date as _event_date
from extractor.figures import Candidate, Context, is_stage, sentence_candidates
from extractor.lang import detect_lang
from extractor.lexicons import alts
from extractor.model import Extraction
from extractor.nations import civil_war, countries, names_only_others, nationalities
from extractor.reported import article_days, split_background
from extractor.resolve import resolve
from extractor.text import MAX_CHARS, Sentence, lower_same_length, normalize, split_sentences

MAX_CANDIDATES = 200  # no report states more figures; beyond this the text is a table, not news

# Links to other stories inside the body ("Read more: ... swap 95 POWs each") report other exchanges.
_TEASER = re.compile(r"(?:" + alts("TEASER") + r")\s*[:|\-–—]")


# "В последний день ... вернулись 303 россиян. Украина в ответ получила 303": the reply shares the stage
_IN_RETURN = re.compile(r"\b(?:" + alts("REPLY") + r")\b")


def _answers_stage(sent: Sentence, prev: Sentence) -> bool:
    return bool(_IN_RETURN.search(sent.low)) and is_stage(prev.low)


# A perfect tense or "managed to" without a date of its own: the count sums up, it does not report a day.
_PERFECT = re.compile(
    r"\b(?:(?:have|has) (?:\w+ ){0,2}(?:been|managed|come|returned|made it)|(?:sind|haben) (?:\S+ ){0,5}"
    r"(?:zurückgekehrt|freigekommen|heimgekehrt|befreit)|ont (?:été|pu)|han (?:sido|podido|vuelto|regresado)|"
    r"(?:foram|têm sido|puderam)|sono (?:stati|tornati|rientrati)|zdołano|udało się|вдалося|удалось)\b"
)


_ANOTHER = re.compile(r"\b(?:another|a further|ще|еще|ещё|weitere|otros|outros|autres|kolejn\w*|altri)\b")


def _running_on(sent: Sentence, found: list[Candidate], published: date | None) -> list[Candidate]:
    """ "Ukraine and Russia have held 58 exchanges since the war began. Over 3,500 Ukrainians have managed to
    come home": after a running total, a perfect-tense undated count of people continues it."""
    if not _PERFECT.search(sent.low) or sentence_date(sent.low, published) is not None:
        return found
    if is_stage(sent.low):
        return found  # "On the first day, 390 have been freed": one day of the exchange, not the war's sum
    values = [c.value for c in found]
    if _ANOTHER.search(sent.low):
        return found  # "Another 95 defenders have come home": one more exchange, not the sum
    return [replace(c, kind="total_returned") if c.kind == "returned" and values.count(c.value) == 1 else c
            for c in found]


def _parties(low: str, ru_ua: bool) -> tuple[str | None, str | None]:
    if ru_ua:
        return ("UA", "RU")
    counts: dict[str, int] = {}
    for _, code in nationalities(low):
        counts[code] = counts.get(code, 0) + 2
    for _, _, code in countries(low):
        counts[code] = counts.get(code, 0) + 1
    ranked: list[str | None] = [c for c, _ in sorted(counts.items(), key=lambda kv: -kv[1])]
    if (home := civil_war(low, [c for c in ranked if c])) is not None:
        return (home, home)  # "the Houthis freed 120 for 50 of the government's": both sides are Yemenis
    # another conflict never falls back to Ukraine and Russia: an unnamed party stays unnamed (no figure)
    ranked += [None, None]
    return (ranked[0], ranked[1])


_CYRILLIC_LANGS = frozenset({"uk", "ru", "be", "bg", "sr", "mk", "kk"})


def _checked_lang(hint: str | None, text: str) -> str | None:
    """The caller's language unless the text's script contradicts it (an English page template around
    a Ukrainian article)."""
    detected = detect_lang(text)
    if hint is None or detected is None:
        return hint or detected
    return hint if (hint in _CYRILLIC_LANGS) == (detected in _CYRILLIC_LANGS) else detected


def extract(text: str, *, title: str | None = None, published: date | None = None,
            lang: str | None = None) -> Extraction:
    """Read one article. Pure and linear-time; long inputs are analysed up to ``MAX_CHARS``."""
    if isinstance(text, bytes | bytearray):
        text = bytes(text).decode("utf-8", "replace")
    elif not isinstance(text, str):
        text = str(text or "")
    lang = lang[:2].lower() if lang else None  # "uk-UA" from an HTML lang attribute
    dates.forget()
    raw = text[:MAX_CHARS]
    text = normalize(raw)
    title = normalize(title[:1000]) if title else None
    low = lower_same_length(text)
    title_low = lower_same_length(title) if title else ""
    lang = _checked_lang(lang, (title or "") + "\n" + text)
    if not relevance.is_relevant(low, title_low):
        return Extraction(False, None, lang, None, ())
    sentences = [s for s in split_sentences(text, low=low) if not _TEASER.match(s.low)]
    head = [Sentence(0, 0, s.text, s.low) for s in split_sentences(title, low=title_low)] if title else []
    conflict = relevance.conflict_by_text(title_low + "\n" + low)
    if conflict == "RU-UA" and names_only_others(title_low + "\n" + low[:6000]):
        conflict = "other"  # a Yemen or Colombia report that names no conflict term must not default to Ukraine
    ru_ua = conflict == "RU-UA"
    ctx = Context(_parties(title_low + "\n" + low, ru_ua), lang, ru_ua, published)
    candidates = _candidates(sentences + head, ctx)
    # evidence is quoted from the text as given, not from its normalised copy
    candidates, _background = split_background(candidates, published, article_days(sentences, published))
    figures = [f if f.span == (0, 0) else replace(f, evidence=raw[f.span[0] : f.span[1]]) for f in resolve(candidates)]
    if figures:
        conflict = relevance.conflict_of(conflict, {f.side for f in figures if f.side})
    return Extraction(True, conflict, lang, _event_date(figures, sentences, head, published), tuple(figures))


def _candidates(sentences: list[Sentence], ctx: Context) -> list[Candidate]:
    """Every sentence's figures, read with the sentence before it (a stage's reply, a running total's sequel)."""
    candidates: list[Candidate] = []
    prev: Sentence | None = None
    prev_total = False
    for sent in sentences:
        found = sentence_candidates(sent, ctx)
        if found and prev is not None and _answers_stage(sent, prev):
            found = [replace(c, stage=True) for c in found]
        if found and prev_total:
            found = _running_on(sent, found, ctx.published)
        candidates.extend(found)
        prev = sent
        prev_total = any(c.kind in ("total_exchanges", "total_returned") for c in found)
        if len(candidates) > MAX_CANDIDATES:
            break
    return candidates
