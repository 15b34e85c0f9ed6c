"""The search box's syntax, the same on both backends: words, "quoted phrases", OR, -minus.

A query is parsed into terms (a word or a phrase, each a tuple of tokens) and rendered by us into
SQLite FTS5 MATCH syntax with every term quoted, so user input can never reach FTS5 operators or SQL.
``a OR b c -d`` means (a or b) and c and not d, as in a web search box.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# unicode61 splits on everything but letters and digits; splitting the same way keeps phrases aligned
TOKEN = re.compile(r"[^\W_]+")
CHUNK = re.compile(r'(-?)"([^"]*)"|(\S+)')
MAX_TERMS = 32


class SearchQueryError(ValueError):
    """A search query that cannot be understood; the message tells the user why."""


@dataclass(frozen=True)
class Term:
    """A word (one token) or a phrase (several tokens in a row)."""

    tokens: tuple[str, ...]
    excluded: bool = False


@dataclass(frozen=True)
class SearchQuery:
    """All ``groups`` must match (each group: any of its terms); none of ``excluded`` may."""

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = ()

    @property
    def terms(self) -> list[Term]:
        return [t for group in self.groups for t in group]


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(unicodedata.normalize("NFC", text)))


def _lex(text: str) -> list[Term | str]:
    """Terms and the word OR, left to right."""
    if text.count('"') % 2:
        raise SearchQueryError('unbalanced quote: close the phrase with a second "')
    items: list[Term | str] = []
    for match in CHUNK.finditer(text):
        minus, phrase, word = match.groups()
        if word == "OR":
            items.append("OR")
            continue
        if word is not None:
            minus, phrase = ("-", word[1:]) if word.startswith("-") else ("", word)
        tokens = _tokens(phrase)
        if tokens:
            items.append(Term(tokens, excluded=bool(minus)))
        elif minus and not phrase.strip():
            raise SearchQueryError("a lone '-' excludes nothing: write -word or -\"a phrase\"")
    return items


def parse_query(text: str) -> SearchQuery:
    """Parse the user's query or raise ``SearchQueryError`` with a message fit to show as is."""
    items = _lex(text or "")
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    joining = False
    for i, item in enumerate(items):
        if item == "OR":
            prev = items[i - 1] if i else None
            if not isinstance(prev, Term) or prev.excluded or joining:
                raise SearchQueryError("OR needs a word or phrase on each side (and cannot join a -excluded one)")
            joining = True
            continue
        assert isinstance(item, Term)
        if item.excluded:
            if joining:
                raise SearchQueryError("OR cannot join a -excluded word; exclude it separately")
            excluded.append(item)
        elif joining:
            groups[-1].append(item)
            joining = False
        else:
            groups.append([item])
    if joining:
        raise SearchQueryError("OR needs a word or phrase on each side")
    if not groups:
        what = "only excludes words" if excluded else "is empty"
        raise SearchQueryError(f"the query {what}: give at least one word or phrase to find")
    if len(excluded) + sum(len(g) for g in groups) > MAX_TERMS:
        raise SearchQueryError(f"too many terms (at most {MAX_TERMS})")
    return SearchQuery(tuple(tuple(g) for g in groups), tuple(excluded))


def _quoted(term: Term) -> str:
    # tokens are letters and digits only, so the quotes cannot be broken out of
    return '"' + " ".join(term.tokens) + '"'


def to_fts5(query: SearchQuery) -> str:
    """The FTS5 MATCH expression: ("a" OR "b") AND "c d" NOT ("x")."""
    parts = []
    for group in query.groups:
        inner = " OR ".join(_quoted(t) for t in group)
        parts.append(f"({inner})" if len(group) > 1 else inner)
    expr = " AND ".join(parts)
    if query.excluded:
        expr = f"({expr}) NOT ({' OR '.join(_quoted(t) for t in query.excluded)})"
    return expr


def to_websearch_terms(query: SearchQuery) -> tuple[list[list[str]], list[str]]:
    """Each term as a quoted websearch_to_tsquery phrase, grouped like the query (for PostgreSQL)."""
    return [[_quoted(t) for t in group] for group in query.groups], [_quoted(t) for t in query.excluded]
