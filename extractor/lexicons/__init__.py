"""Per-language vocabulary as data: one module per language (en, uk, ru, de, fr, es, pt, pl, it).

The rules' modules hold only concepts: ``extractor.lexicon`` (captives, handovers, plans, totals, captivity
states), ``extractor.heads`` (measure words, body phrases), ``extractor.sides`` (give/receive verbs, speakers),
``extractor.nations`` (nationalities, countries), ``extractor.exchanges`` and ``extractor.numbers`` /
``extractor.numwords`` (hedges, number words) each assemble a concept's pattern from every language's terms,
so adding a language is one module here plus its fixtures (every ``<code>.py`` in this package is a language;
``tests/test_extract_lexicons.py`` lists the concepts each must define). Function words and phrases the grammar
patterns read ("still", "among them", "in exchange for", "of whom") are in each module's ``GRAMMAR``; a few
(conjunctions, prepositions, dates, the holder of captivity in ``sides``) are still inline.

A lexicon module defines ``TERMS: dict[str, list[str]]`` (regex alternatives over lower-cased text, keyed by
the concept's name as the rules ask for it), optionally ``GRAMMAR`` (the same for function words),
``NATIONALITY`` / ``COUNTRY`` (ISO code → regex), optionally
``HOLDER`` (regex → side holding the people, "dalla prigionia russa" → RU), ``NUMBER_WORDS`` (word →
(value, role) as in ``extractor.numwords``; ``_forms.Forms`` builds it; ``_forms.verb`` spells a verb's
tenses and voices from its stem), ``SCALES``, ``CONNECTORS``, ``WEAK``,
``HEDGES`` (words before a hedged number), ``HEDGES_AFTER`` and ``NOT_NUMBER_WORDS`` (this language's words that
another language's table reads as a number: Portuguese "dos" is "of the", not Spanish "two").

Languages merge in the fixed ``ORDER``: inside a concept's pattern, where two languages' terms could match at
one place, the earlier language's term is tried first (``bench/extract_snapshot.py`` checks that moving words
between modules leaves every match unchanged).
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
    """Every registered language's alternatives for ``concept`` (empty when none has any), from ``TERMS``
    (what a count is about) or ``GRAMMAR`` (the function words and phrases around it)."""
    return tuple(t for m in _MODULES for table_ in (getattr(m, "TERMS", {}), getattr(m, "GRAMMAR", {}))
                 for t in table_.get(concept, ()))


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


def by_language(name: str) -> dict:
    """Each registered language's ``name`` table, by language code (languages without one left out)."""
    return {code: getattr(m, name) for code, m in zip(LANGUAGES, _MODULES, strict=True) if hasattr(m, name)}


def hedges(name: str = "HEDGES") -> tuple[str, ...]:
    """Every language's hedge words (``HEDGES`` before a number, ``HEDGES_AFTER`` after it), in order."""
    return tuple(h for m in _MODULES for h in getattr(m, name, ()))
