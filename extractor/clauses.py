"""Where words stand in a sentence: a clause, the spans a pattern finds, and which count a phrase belongs to.

Shared by ``kinds`` (what a count is) and ``totals`` (whether it is a whole-war total).
"""

from __future__ import annotations

import re

from extractor.lexicon import SUBGROUP_BEFORE
from extractor.lexicons import alts
from extractor.numbers import NumberMention

# (id of the pattern, text) -> (pattern, spans). Keyed by the pattern's identity, not the pattern: hashing a
# compiled pattern hashes its whole program (~10 µs for a big word list, more than the lookup saves).
_SPANS: dict[tuple[int, str], tuple[re.Pattern[str], tuple[tuple[int, int], ...]]] = {}
_SPANS_MAX = 1024


def spans(rx: re.Pattern[str], low: str) -> tuple[tuple[int, int], ...]:
    """Where ``rx`` matches in ``low``; cached because every number of a sentence asks again."""
    key = (id(rx), low)
    hit = _SPANS.get(key)
    if hit is not None and hit[0] is rx:  # the pattern itself is kept, so its id is never reused meanwhile
        return hit[1]
    found = tuple((m.start(), m.end()) for m in rx.finditer(low))
    if len(_SPANS) >= _SPANS_MAX:
        _SPANS.clear()  # a bound on memory; entries are only ever this article's sentences
    _SPANS[key] = (rx, found)
    return found


def distance(found: tuple[tuple[int, int], ...], n: NumberMention) -> int | None:
    """Characters between the number and the nearest span (0 when they touch), None without spans."""
    best = None
    for a, b in found:
        d = n.start - b if b <= n.start else (a - n.end if a >= n.end else 0)
        d = max(d, 0)
        best = d if best is None or d < best else best
    return best


_CLAUSE_END = re.compile(
    r";|, (?=(?:and|but|while|whereas|which|who|when|after|as|though|although|і|та|а|але|и|но|однако|когда|коли|"
    r"während|und|mais|et|pero|y|ale|mas|e)\b)| and that | while | whereas |, що |, что |, dass |, que |, że "
)


def clause_of(low: str, n: NumberMention) -> tuple[str, NumberMention]:
    """The clause holding the number, and the number re-based into it."""
    start = 0
    end = len(low)
    for a, b in spans(_CLAUSE_END, low):
        if b <= n.start:
            start = b
        elif a >= n.end:
            end = a
            break
    return low[start:end], NumberMention(n.start - start, n.end - start, n.value, n.approx, n.ordinal)


def _gap(a: int, b: int, start: int, end: int) -> int:
    return max(start - b, a - end, 0)

def owned(found: tuple[tuple[int, int], ...], n: NumberMention, others: tuple[tuple[int, int], ...],
          shared: bool = True) -> tuple[tuple[int, int], ...]:
    """The spans that are ``n``'s. With ``shared`` (a verb), a span between ``n`` and a nearer count is that
    count's, but one past it may be both's ("25 Russian and 15 Ukrainian POWs were executed"). Without (a
    limiting phrase), a span past another count is that count's ("this year 1,000 ..., the total since 2022 to
    4,757")."""
    def theirs(a: int, b: int, s: int, e: int) -> bool:
        if not shared:
            return n.end <= s and e <= a or b <= s and e <= n.start  # the other count stands between
        between = n.end <= a and b <= s or e <= a and b <= n.start
        return between and _gap(a, b, s, e) < _gap(a, b, n.start, n.end)

    return tuple((a, b) for a, b in found if not any(theirs(a, b, s, e) for s, e in others))


# "59 hostages, at least 35 of whom are dead, remain in Gaza", "8,000 POWs, including 1,000 women, are held":
# an aside between commas that counts a part of the people (its own words and counts are the part's)
_PART_INSIDE = re.compile(r"\b(?:" + alts("SUBGROUP_AFTER") + r")\b")
_ASIDE = re.compile(r", ([^,;:.]{3,70}),")


def past_part_aside(low: str, n: NumberMention, others: tuple[tuple[int, int], ...],
                    ) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The sentence with an aside about a part of the count's people (right after its noun phrase) blanked to
    spaces, offsets kept, and the other counts without the aside's."""
    aside = _ASIDE.search(low, n.end, n.end + 120)
    if aside is None or aside.start() - n.end > 45 or "," in low[n.end : aside.start()]:
        return low, others
    inside = aside.group(1)
    if not (_PART_INSIDE.search(inside) or SUBGROUP_BEFORE.match(inside)):
        return low, others
    a, b = aside.span()
    return low[:a] + " " * (b - a) + low[b:], tuple(o for o in others if not a <= o[0] < b)
