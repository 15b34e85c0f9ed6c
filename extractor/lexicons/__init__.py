"""Per-language vocabulary as data: one module per language, each a dict of concept → regex alternatives.

``extractor.lexicon`` (the concepts), ``extractor.sides`` (nationalities, countries, holders),
``extractor.heads`` (measure words) and ``extractor.numbers`` / ``extractor.numwords`` (hedges, number words)
append every language's terms to their merged patterns, so adding a language is one module here plus its
fixtures (every ``<code>.py`` in this package is a language). The older languages (en, uk, ru, de, fr, es,
pl, pt) still live inline in those modules and move here one concept at a time.

A lexicon module defines ``TERMS: dict[str, list[str]]`` (regex alternatives over lower-cased text, keyed by
the concept's name in ``extractor.lexicon``), and optionally ``NATIONALITY`` / ``COUNTRY`` (ISO code →
regex), ``HOLDER`` (regex → side holding the people, "dalla prigionia russa" → RU), ``NUMBER_WORDS``
(word → (value, role) as in ``extractor.numwords``) and ``HEDGES`` (words before a hedged number).
"""

from __future__ import annotations

import pkgutil
from importlib import import_module
from types import ModuleType

# The order languages are merged in: within a concept's pattern, alternatives are tried in this order
# (it decides which of two overlapping terms matches), so it is fixed; a new language goes last.
ORDER = ("en", "uk", "ru", "de", "fr", "es", "pt", "pl", "it")
_FOUND = {m.name for m in pkgutil.iter_modules(__path__) if len(m.name) == 2}
LANGUAGES = tuple(c for c in ORDER if c in _FOUND) + tuple(sorted(_FOUND - set(ORDER)))

_MODULES: tuple[ModuleType, ...] = tuple(import_module(f"extractor.lexicons.{code}") for code in LANGUAGES)


def terms(concept: str) -> tuple[str, ...]:
    """Every registered language's alternatives for ``concept`` (empty when none has any)."""
    return tuple(t for m in _MODULES for t in getattr(m, "TERMS", {}).get(concept, ()))


def alts(concept: str) -> str:
    """ "a|b|c": every language's terms for ``concept``, to embed in a hand-built pattern."""
    return "|".join(terms(concept))


def table(name: str) -> dict:
    """A merged per-code table (``NATIONALITY``, ``COUNTRY``, ``HOLDER``, ``NUMBER_WORDS``): code → joined regex."""
    out: dict = {}
    for m in _MODULES:
        for key, value in getattr(m, name, {}).items():
            out[key] = f"{out[key]}|{value}" if key in out and isinstance(value, str) else value
    return out


def each(name: str) -> list:
    """Every registered language's ``name`` table (``NUMBER_WORDS``, ``SCALES``...), in the registry's order."""
    return [getattr(m, name) for m in _MODULES if hasattr(m, name)]


def hedges(name: str = "HEDGES") -> tuple[str, ...]:
    """Every language's hedge words (``HEDGES`` before a number, ``HEDGES_AFTER`` after it), in order."""
    return tuple(h for m in _MODULES for h in getattr(m, name, ()))
