"""Topic vocabularies for relevance, one module per language: adding a language is adding one module here.

Each module defines the same seven pattern strings (regular-expression alternatives, matched on lower-cased
text at a word start; an empty string adds nothing):

- ``VERY``: terms that alone say the article is about war captives or their exchange (counted twice);
- ``STRONG``: terms about captives of a conflict, their handover, or repatriated bodies;
- ``NEGATIVE``: contexts where the same words mean something else (exchange rates, sport, crime news);
- ``WAR``: any sign of war or armed conflict (hostages without one are crime news);
- ``STATE``: still held, missing or dead in captivity; ``RETURN``: word stems of a handover or exchange;
- ``EXCHANGE``: the bare word for an exchange or swap.

Every language's terms are searched in every article: reports quote and mix languages, and a wrong language
guess must not make an article irrelevant.
"""

from __future__ import annotations

from types import ModuleType

from extractor.topics import de, en, es, fr, it, pl, pt, ru, uk

LANGUAGES: tuple[ModuleType, ...] = (en, uk, ru, de, fr, es, it, pl, pt)


def terms(name: str) -> tuple[str, ...]:
    """The ``name`` patterns of every language, empty ones left out."""
    return tuple(p for p in (getattr(m, name) for m in LANGUAGES) if p)
