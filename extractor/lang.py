"""Language of an article: script heuristics for Ukrainian vs Russian, py3langid for the rest."""

from __future__ import annotations

import re
from functools import lru_cache

SUPPORTED = ("en", "uk", "ru", "de", "fr", "es", "pl", "pt", "it", "nl", "cs", "be", "bg", "tr", "ar", "he")
SAMPLE = 1200
_CYRILLIC_COMMON = "оаеинтрсвл"
_LATIN_COMMON = "eaoitnrsl"
MODEL_SAMPLE = 600  # enough for the language model; it is the slow part


# Function words that only one of the Latin-script languages uses often: a fast first guess.
_STOPWORDS = {
    "en": "the and of to in that was said with for from on is were have has by which",
    "de": "der die und das den nicht mit ist von im dem sich auf des eine wurde wurden nach",
    "fr": "le la les des et est du une dans pour sur qui que au ont été par",
    "es": "el los las del y que en una por con para fue según se al han",
    "pl": "się nie na że jest do od po przez oraz był była są jak według",
    "pt": "o os da do das dos não que em uma para com foi pelo pela ao",
    "it": "della delle degli dello che per sono nel nella alla gli dei anche è ha stato stati",
}
_STOP_INDEX: dict[str, list[str]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in _words.split():
        _STOP_INDEX.setdefault(_w, []).append(_lang)
_LATIN_WORD = re.compile(r"[a-zà-ÿąćęłńóśźż]+")


def _stopword_guess(sample: str) -> str | None:
    scores = dict.fromkeys(_STOPWORDS, 0)
    for word in _LATIN_WORD.findall(sample.lower()):
        for lang in _STOP_INDEX.get(word, ()):
            scores[lang] += 1
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if top >= 8 and top >= 3 * max(second, 1) else None


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    ident.set_languages(list(SUPPORTED))
    # the model keeps its full table (all ~140 languages, ~27 MB) to allow a later reset; ours never is
    if getattr(ident, "_full_model", None) is not None:
        ident._full_model = (ident.nb_ptc, ident.nb_pc, ident.nb_classes)
    return ident


def detect_lang(text: str) -> str | None:
    """ISO 639-1 code of ``text``, or None when there is too little text to tell."""
    sample = text[:SAMPLE]
    low = sample.lower()
    # counting frequent letters with str.count runs in C: enough to tell the script
    cyr = sum(map(low.count, _CYRILLIC_COMMON))
    lat = sum(map(low.count, _LATIN_COMMON))
    if cyr + lat < 10:
        return None
    if cyr > lat:
        uk, ru = sum(map(low.count, "іїєґ")), sum(map(low.count, "ыэъё"))
        if uk or ru:
            return "uk" if uk >= ru else "ru"
    guess = _stopword_guess(sample[:1500])
    if guess:
        return guess
    try:
        code, _ = _identifier().classify(sample[:MODEL_SAMPLE])
    except Exception:  # a broken model must not break extraction; the rules are multilingual anyway
        return None
    return code
