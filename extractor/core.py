"""``extract``: article text → relevance, conflict, language, event date and figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from extractor import relevance
from extractor.dates import THAT_DAY, sentence_date
from extractor.figures import Candidate, Context, sentence_candidates
from extractor.lang import detect_lang
from extractor.model import Extraction, Figure
from extractor.resolve import resolve
from extractor.sides import countries, nationalities
from extractor.text import MAX_CHARS, Sentence, lower_same_length, normalize, split_sentences

_EMPTY = Extraction(False, None, None, None, ())


def _parties(low: str, ru_ua: bool) -> tuple[str, str]:
    if ru_ua:
        return ("UA", "RU")
    counts: dict[str, int] = {}
    for _, code in nationalities(low):
        counts[code] = counts.get(code, 0) + 2
    for _, _, code in countries(low):
        counts[code] = counts.get(code, 0) + 1
    ranked = [c for c, _ in sorted(counts.items(), key=lambda kv: -kv[1])]
    ranked += [c for c in ("UA", "RU") if c not in ranked]
    return (ranked[0], ranked[1])


def extract(text: str, *, title: str | None = None, published: date | None = None,
            lang: str | None = None) -> Extraction:
    """Read one article. Pure and linear-time; long inputs are analysed up to ``MAX_CHARS``."""
    if not isinstance(text, str):
        text = str(text or "")
    raw = text[:MAX_CHARS]
    text = normalize(raw)
    title = normalize(title[:1000]) if title else None
    low = lower_same_length(text)
    title_low = lower_same_length(title) if title else ""
    lang = lang or detect_lang((title or "") + "\n" + text)
    if not relevance.is_relevant(low, title_low):
        return Extraction(False, None, lang, None, ())
    sentences = split_sentences(text)
    head = [Sentence(0, 0, s.text, s.low) for s in split_sentences(title)] if title else []
    conflict = relevance.conflict_of(title_low + "\n" + low, set())
    ru_ua = conflict == "RU-UA"
    ctx = Context(_parties(title_low + "\n" + low, ru_ua), lang, ru_ua)
    candidates: list[Candidate] = []
    for sent in sentences + head:
        candidates.extend(sentence_candidates(sent, ctx))
    # evidence is quoted from the text as given, not from its normalised copy
    figures = [f if f.span == (0, 0) else replace(f, evidence=raw[f.span[0] : f.span[1]]) for f in resolve(candidates)]
    if figures:
        conflict = relevance.conflict_of(title_low + "\n" + low, {f.side for f in figures if f.side})
    return Extraction(True, conflict, lang, _event_date(figures, sentences, head, published), tuple(figures))


def _event_date(figures: list[Figure], sentences: list[Sentence], head: list[Sentence],
                published: date | None) -> date | None:
    """Date of the handover the figures describe; None when the article reports no handover."""
    events = [f for f in figures if f.kind in ("returned", "bodies_returned")]
    if not events:
        return None
    for f in events:
        for i, s in enumerate(sentences):
            if (s.start, s.end) == f.span:
                d = sentence_date(s.low, published)
                prev = sentences[i - 1].low if i else ""
                if d is None and (THAT_DAY.search(s.low) or relevance.RETURN_WORD.search(prev)):
                    d = sentence_date(prev, published)  # "14 сентября Артем вернулся. Он оказался в числе 103 ..."
                if d:
                    return d
    for f in events:
        for s in head:
            if s.text == f.evidence and (d := sentence_date(s.low, published)):
                return d
    for s in sentences[:3] + head:
        d = sentence_date(s.low, published)
        if d:
            return d
    return published
