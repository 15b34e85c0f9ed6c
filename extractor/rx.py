"""Faster word-list patterns: alternatives grouped by their first letter.

Python's regex engine tries a pattern at every position of the text unless the pattern starts with
known characters; then a fast C scan skips to candidate positions. So a word list becomes one
alternation whose branches each start with a literal letter (grouped by that letter), and the
word-start check is a lookbehind placed after that letter instead of a leading ``\\b``.
"""

from __future__ import annotations

import os
import re

_PLAIN_START = re.compile(r"[^\W\d_]")
# "Not after a letter", asked at nearly every position of a scan: the letters news text is mostly written in are
# tested first against a byte map, as Unicode's letter test (several table lookups a character, a fifth of the
# extractor's instructions) answers the same for them; any other character still gets the full test.
COMMON_LETTERS = "a-zà-öø-ÿа-яёіїєґ"
NOT_AFTER_LETTER = rf"(?<![{COMMON_LETTERS}])(?<![^\W\d_])"


def _not_after(first: str, boundary: bool = False) -> str:
    """The word-start test placed after an alternative's first letter ``first`` (an escaped character): not after
    a letter, or with ``boundary`` not after a word character (``\\b`` before a letter)."""
    if boundary:
        return rf"(?<!\w{first})"
    return rf"(?<![{COMMON_LETTERS}]{first})(?<![^\W\d_]{first})"


# From this many distinct first letters on, a word-start test before the branches is faster (measured on
# news text: the relevance terms, 32 letters, scan in about 2/3 of the time; 16 was the best cut-off).
MANY_LETTERS = 16


def _scan(pattern: str):
    """Yield (index, char, depth_before, in_class) for unescaped characters of ``pattern``."""
    depth, cls, esc = 0, False, False
    for i, c in enumerate(pattern):
        if esc:
            esc = False
            continue
        if c == "\\":
            esc = True
            continue
        yield i, c, depth, cls
        if cls:
            cls = c != "]"
        elif c == "[":
            cls = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1


def split_top(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (``|`` outside groups and character classes)."""
    cuts = [i for i, c, depth, cls in _scan(pattern) if c == "|" and depth == 0 and not cls]
    bounds = [-1, *cuts, len(pattern)]
    return [pattern[a + 1 : b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _group_end(alt: str) -> int | None:
    """Index just after the ``(?:...)`` that opens ``alt``, or None."""
    if not alt.startswith("(?:"):
        return None
    for i, c, depth, cls in _scan(alt):
        if c == ")" and depth == 1 and not cls:
            return i + 1
    return None


def _expand(alt: str) -> list[str]:
    """Alternatives that each start with a plain letter where possible: drop a leading ``\\b``,
    distribute a leading ``(?:a|b)rest`` into ``arest|brest``."""
    if alt.startswith("\\b"):
        return _expand(alt[2:])
    end = _group_end(alt)
    if end is not None:
        suffix = alt[end:]
        if suffix[:1] in ("?", "*", "+", "{"):
            return [alt]
        return [x for part in split_top(alt[3 : end - 1]) for x in _expand(part + suffix)]
    return [alt]


def _optional_lead(alt: str) -> list[str] | None:
    """ "(?:la )?police": "la police|police" (a greedy optional tries with, then without), or None."""
    end = _group_end(alt)
    if end is None or alt[end : end + 1] != "?" or alt[end + 1 : end + 2] in ("?", "+"):
        return None
    suffix = alt[end + 1 :]
    return [x for part in [*split_top(alt[3 : end - 1]), ""] for x in _expand(part + suffix)]


# A pattern character that stands for itself (unless a quantifier follows it).
_META = frozenset(".^$*+?{}[]()|\\")
_QUANTIFIER = frozenset("?*+{")


def _literal_prefix(alt: str) -> tuple[tuple[str, ...], str]:
    """The characters ``alt`` must start with, and the pattern text after them."""
    chars: list[str] = []
    i = 0
    while i < len(alt):
        c = alt[i]
        if c == "\\":
            if i + 1 >= len(alt) or alt[i + 1].isalnum():
                break  # \w, \b, \d, \n...: a class or an assertion, not a literal
            c, size = alt[i + 1], 2
        elif c in _META:
            break
        else:
            size = 1
        following = alt[i + size : i + size + 1]
        if following and following in _QUANTIFIER:
            break  # "swaps?": the "s" is optional
        chars.append(c)
        i += size
    return tuple(chars), alt[i:]


def _trie(alts: list[tuple[tuple[str, ...], str]]) -> str:
    """An alternation of ``alts`` with shared leading characters factored out ("risoner(?:s|[- ]swaps?)").

    The regex engine then reads a shared prefix once instead of once per alternative. Matches are the same:
    alternatives are only regrouped where they start with different characters (so at most one of them can
    match at a position), and keep their order otherwise; one that starts with a class, a group or an
    assertion keeps its place between the others.
    """
    parts: list[str] = []
    groups: dict[str, list[tuple[tuple[str, ...], str]]] = {}

    def flush() -> None:
        for char, members in groups.items():
            if len(members) == 1:
                chars, rest = members[0]
                parts.append(re.escape(char) + "".join(re.escape(c) for c in chars) + rest)
            else:
                shared = len(os.path.commonprefix([chars for chars, _ in members]))
                lead = re.escape(char) + "".join(re.escape(c) for c in members[0][0][:shared])
                parts.append(f"{lead}(?:{_trie([(chars[shared:], rest) for chars, rest in members])})")
        groups.clear()

    for chars, rest in alts:
        if chars:
            groups.setdefault(chars[0], []).append((chars[1:], rest))
        else:
            flush()
            parts.append(rest)
    flush()
    return "|".join(parts)


def _tails(tails: list[str]) -> str:
    # a capturing group's number follows its place in the pattern: regrouping would renumber it
    if any(re.search(r"(?<!\\)\((?!\?)|\(\?P", t) for t in tails):
        return "|".join(tails)
    return _trie([_literal_prefix(t) for t in tails])


def _starts_plain(alt: str) -> bool:
    return bool(_PLAIN_START.match(alt)) and alt[1:2] not in ("?", "*", "+", "{")


def words(*patterns: str) -> re.Pattern[str]:
    """A pattern matching any of ``patterns``' alternatives, each starting at a word start."""
    return re.compile(alternation(*patterns))


def alternation(*patterns: str, boundary: bool = False) -> str:
    """The pattern text of ``words`` (to embed in a larger pattern). With ``boundary`` the word start is ``\\b``'s
    (not after a letter, a digit or "_"): the same matches as ``\\b(?:patterns)``, found faster."""
    alts = [a for p in patterns for part in split_top(p) for a in _expand(part) if a]
    by_letter: dict[str, list[str]] = {}
    rest: list[str] = []
    for alt in alts:
        if _PLAIN_START.match(alt) and alt[1:2] not in ("?", "*", "+", "{"):
            by_letter.setdefault(alt[0], []).append(alt[1:])
        elif (options := _optional_lead(alt)) and all(_starts_plain(o) for o in options):
            # "(?:la )?police" would sit in the "\\b(?:...)" branch that is tried at every position: filed
            # under its letters instead, with the \\b kept ("not after a word character": digits count too)
            for option in options:
                by_letter.setdefault(option[0], []).append(r"(?<!\w.)" + option[1:])
        else:
            rest.append(alt)
    if len(by_letter) >= MANY_LETTERS:
        # nearly every letter can start a term, so the first-letter scan skips little: test the word start
        # once, before the branches, instead of inside each (same matches, fewer steps mid-word)
        start = r"(?<!\w)" if boundary else NOT_AFTER_LETTER
        branches = [start + "(?:" + "|".join(f"{re.escape(k)}(?:{_tails(v)})" for k, v in by_letter.items()) + ")"]
    else:
        branches = [
            f"{re.escape(letter)}{_not_after(re.escape(letter), boundary)}(?:{_tails(tails)})"
            for letter, tails in by_letter.items()
        ]
    if rest:
        branches.append(r"\b(?:" + "|".join(rest) + ")")
    return "(?:" + "|".join(branches) + ")"


_ANYWHERE = re.compile("")


def first_test(rx: re.Pattern[str]) -> re.Pattern[str]:
    """A cheap first test for ``rx`` on a window: the literal text one of its matches must start with.

    A window where it finds nothing cannot hold a match of ``rx`` (so ``rx`` need not be run there); it scans in C
    to the first letters of that text, where ``rx`` may try every position. When some alternative of ``rx`` starts
    with a class, an assertion or an optional character, the test finds something everywhere (no shortcut).
    """
    starts: set[str] = set()
    for part in split_top(rx.pattern):
        for alt in _expand(part):
            chars, _rest = _literal_prefix(alt)
            if not chars:
                return _ANYWHERE
            starts.add("".join(chars))
    return re.compile("|".join(re.escape(s) for s in sorted(starts)))
