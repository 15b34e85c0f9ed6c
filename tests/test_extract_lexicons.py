"""The per-language lexicons (extractor/lexicons/<code>.py): every language supplies the concepts the rules read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractor import lexicons

EXTRACTOR = Path(__file__).resolve().parent.parent / "extractor"
# What a language needs for the extractor to read its reports at all: the head nouns of a count, handover
# verbs, plans, background, parts, captivity states, running totals, "each side", number words and hedges.
CORE = ("PERSON", "BODY", "RETURN", "PLAN_BEFORE", "PLAN_AFTER", "EARLIER", "SUBGROUP_BEFORE", "MISSING", "DIED",
        "CAPTIVITY", "HELD", "CAPTURED", "SINCE_WAR", "YEAR_LIMITED", "EXCHANGE_NOUN", "EACH_AFTER", "NOT_COUNT",
        "FINITE_RETURN")
# Concepts a language still lacks: the list may only shrink (a filled gap must be removed from here).
KNOWN_GAPS: dict[str, set[str]] = {}


def _module(code: str):
    return next(m for m in lexicons._MODULES if m.__name__.endswith("." + code))


def _concepts_read() -> set[str]:
    """Concept names the extractor's modules ask the registry for."""
    found = set()
    for path in EXTRACTOR.glob("*.py"):
        src = path.read_text(encoding="utf-8")
        found |= set(re.findall(r"\b(?:terms|alts|_rx)\(\s*\"([A-Z_]+)\"", src))
        found |= {f"SPEAKER_{side}" for side in ("RU", "UA")} if "SPEAKER_" in src else set()
    return found


def test_the_nine_languages_merge_in_a_fixed_order() -> None:
    # the order decides which of two overlapping alternatives matches: a new language goes last
    assert lexicons.LANGUAGES[:9] == ("en", "uk", "ru", "de", "fr", "es", "pt", "pl", "it")


@pytest.mark.parametrize("code", lexicons.LANGUAGES)
def test_a_language_defines_the_core_concepts(code: str) -> None:
    module = _module(code)
    missing = {c for c in CORE if not module.TERMS.get(c)}
    assert missing == KNOWN_GAPS.get(code, set()), f"{code} lacks {sorted(missing)}"
    assert {"UA", "RU"} <= set(module.NATIONALITY) and {"UA", "RU"} <= set(module.COUNTRY)
    assert len(module.NUMBER_WORDS) >= 20 and module.HEDGES


@pytest.mark.parametrize("code", lexicons.LANGUAGES)
def test_every_term_is_a_valid_pattern_of_a_concept_the_rules_read(code: str) -> None:
    read = _concepts_read()
    module = _module(code)
    vocabulary = {**module.TERMS, **getattr(module, "GRAMMAR", {})}
    assert not set(module.TERMS) & set(getattr(module, "GRAMMAR", {})), f"{code}: a concept in TERMS and GRAMMAR"
    unknown = set(vocabulary) - read
    assert not unknown, f"{code}: no rule reads {sorted(unknown)} (a misspelt concept?)"
    for concept, alternatives in vocabulary.items():
        for alternative in alternatives:
            re.compile(alternative)  # raises on a broken term, naming it in the traceback
            # two list items written without a comma between them are glued into one term by Python
            assert "\\b\\b" not in alternative, (code, concept, alternative)
            # patterns run over lower-cased text: an upper-case letter (bar \\S, \\W...) could never match
            letters = re.sub(r"\\[A-Z]", "", alternative)
            assert letters == letters.lower(), (code, concept, alternative)


def test_a_concept_merges_every_language_in_order() -> None:
    person = lexicons.terms("PERSON")
    assert person[0] == _module("en").TERMS["PERSON"][0] and person[-1] == _module("it").TERMS["PERSON"][-1]
    assert lexicons.alts("FOR_EACH").split("|")[0] == "for"
    # function words come from each language's GRAMMAR, in the same order
    assert lexicons.alts("STILL").startswith("still|") and lexicons.alts("STILL").endswith("|ancora|restano")


@pytest.mark.parametrize(("text", "code"), [
    ("обмін між україною та росією", "UA"), ("переговоры с украиной", "UA"), ("домовленість з росією", "RU"),
    ("hamas przekazał izraelowi ciała", "IL"), ("rozmowy z rosją", "RU"), ("die regierung russlands", "RU"),
    ("segundo moscovo", "RU"), ("do kijowa wróciło", "UA"),
])
def test_country_names_are_read_in_every_case(text: str, code: str) -> None:
    """Slavic and German names decline (instrumental, dative, genitive): each form still names the country."""
    from extractor.nations import countries

    assert code in {c for _, _, c in countries(text)}


# Concepts only some languages need, and why: every other concept one language defines, all nine must (the
# coverage audit: a concept added for one language's reports is a gap in the other eight until they have it)
ONE_SIDED_CONCEPTS: dict[str, str] = {
    "CUSTODY_NOUN": "English word order 'in Russian custody'; the others read the holder through HOLDER/HELD",
    "IN_HANDS_OF": "the preposition of CUSTODY_NOUN's English phrase",
    "OF_WHICH": "English splits 'of whom' and 'of which'; OF_WHOM holds both elsewhere",
    "UA_FRAME": "read only in Russian-language reports told from Kyiv's side",
    "MORE_FEWER": "Ukrainian and Russian say 'на два більше' (extractor.heads._SLAVIC_MORE)",
    "THAN": "with MORE_FEWER",
    "FOR_EACH": "Russian shares Ukrainian 'на'",
    "NOT_COUNT_STEM": "English measure words are whole words in NOT_COUNT",
    "BODY_PRONOUN": "Slavic reports repeat the body noun or leave it out; they have no 'those of' pronoun",
}


def test_every_concept_is_in_all_nine_languages() -> None:
    vocabularies = {code: {**_module(code).TERMS, **getattr(_module(code), "GRAMMAR", {})}
                    for code in lexicons.LANGUAGES[:9]}
    concepts = set().union(*vocabularies.values())
    gaps = {c: sorted(code for code, v in vocabularies.items() if c not in v) for c in sorted(concepts)}
    gaps = {c: langs for c, langs in gaps.items() if langs and c not in ONE_SIDED_CONCEPTS}
    assert not gaps, f"concepts some languages lack: {gaps}"
    assert set(ONE_SIDED_CONCEPTS) <= concepts
