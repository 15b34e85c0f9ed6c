"""Language of an article: script heuristics for Ukrainian vs Russian, py3langid for the rest."""

from __future__ import annotations

import re
from functools import lru_cache

SUPPORTED = ("en", "uk", "ru", "de", "fr", "es", "pl", "pt", "it", "nl", "cs", "be", "bg", "tr", "ar", "he")
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
_CYRILLIC = re.compile(r"[а-яА-Я]")
_LATIN = re.compile(r"[a-zA-Z]")
SAMPLE = 3000
MODEL_SAMPLE = 600  # enough for the language model; it is the slow part


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    ident.set_languages(list(SUPPORTED))
    return ident


def detect_lang(text: str) -> str | None:
    """ISO 639-1 code of ``text``, or None when there is too little text to tell."""
    sample = text[:SAMPLE]
    cyr = len(_CYRILLIC.findall(sample))
    lat = len(_LATIN.findall(sample))
    if cyr + lat < 20:
        return None
    if cyr > lat:
        uk, ru = len(_UK_ONLY.findall(sample)), len(_RU_ONLY.findall(sample))
        if uk or ru:
            return "uk" if uk >= ru else "ru"
    try:
        code, _ = _identifier().classify(sample[:MODEL_SAMPLE])
    except Exception:  # a broken model must not break extraction; the rules are multilingual anyway
        return None
    return code
