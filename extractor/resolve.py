"""Article-level clean-up of sentence candidates: one figure per (kind, side, value), totals beat parts."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import combinations

from extractor import lexicon as lx
from extractor.confidence import confidences, restatements, role_of
from extractor.figures import Candidate
from extractor.lexicons import alts
from extractor.model import Figure
from extractor.numbers import find_numbers
from extractor.periods import weekdays_named

MAX_PARTS = 4
MIN_CONFIDENCE = 0.12  # on dev_real's design part no figure under 0.2 was right (0 of 9); 0.12 keeps a lone
# single-body reply (scored 0.15) that the fixtures show is real (bench/train_confidence.py --check)
PART_RATIO = 0.75
SUM_SLACK = 0.1  # how far above a hedged count ("more than 200") the two sides' sum may lie
SIDE_RATIO = 0.5
HANDOVER = frozenset({"returned", "bodies_returned"})
# An article reports one exchange: a handover count that scores this far below the best count of its own
# (kind, side) is a stage, part, background swap or stray number, not that exchange (dev_real design part:
# 0.2 keeps every second count that was right; a narrower gap starts dropping them)
RIVAL_GAP = 0.2
# "Besides, eight residents came home too": a sentence that opens by adding a group to the same swap
_BESIDES = re.compile(r"^\W*(?:" + alts("BESIDES") + r")\b")
# "in the afternoon another body was handed over": a body count added to the transfer is no rival reading of it
_ADDED = re.compile(r"\b(?:" + alts("ADDITIONAL") + r")\b")
# "..., bringing the total to 1,000 each": a stage sentence that states the finished total
_TOTALLED = re.compile(r"\b(?:total|in all|altogether|загалом|усього|всього|всего|итого|insgesamt|au total|en total|"
                       r"łącznie|ao todo|в общей сложности)\b")


def _drop_parts(values: list[int]) -> set[int]:
    """Values that add up to another value of the same kind and side ("213 + 17 = 230")."""
    drop: set[int] = set()
    uniq = sorted(set(values))[:12]
    for total in uniq:
        others = [v for v in uniq if v < total]
        for k in range(2, min(MAX_PARTS, len(others)) + 1):
            for combo in combinations(others, k):
                if sum(combo) == total:
                    drop.update(combo)
    return drop


def _sums_of_parts(values: list[int]) -> set[int]:
    """Every sum of 2..MAX_PARTS distinct values (the article's handover counts of one side)."""
    uniq = sorted(set(values))[:12]
    return {sum(combo) for k in range(2, min(MAX_PARTS, len(uniq)) + 1) for combo in combinations(uniq, k)}


def _exchange_totals_back(seen: dict[tuple[str, str | None, int], Candidate]) -> None:
    """ "246 soldiers ... plus 31 wounded ... in all 277 came home": an "in all" count that adds up this
    exchange's own parts is the exchange's total, not a running total since the war began."""
    for key, c in list(seen.items()):
        if c.kind != "total_returned":
            continue
        parts = [v for (kind, side, v) in seen if kind == "returned" and side == c.side and v < c.value]
        if c.value in _sums_of_parts(parts):
            del seen[key]
            seen.setdefault(("returned", c.side, c.value), replace(c, kind="returned"))


def _both_sides_sums(seen: dict[tuple[str, str | None, int], Candidate]) -> None:
    """ "314 prisoners took part: each side freed 157", "more than 200 came home: 106 Russians, 100 Ukrainians":
    a count that adds one side's handover to the other's counts both sides together, not one side."""
    for key, c in list(seen.items()):
        if c.kind not in (*HANDOVER, "total_returned"):
            continue
        # "84 each, 168 people in all" is no running total either: it adds this swap's two sides
        kind_of = "returned" if c.kind == "total_returned" else c.kind
        own = [v for (kind, side, v) in seen if kind == kind_of and side == c.side and v < c.value]
        if c.value in _sums_of_parts(own):
            continue  # "175 each, plus 22 wounded: 197 Ukrainians in all" adds up its own side
        other = [v for (kind, side, v) in seen if kind == kind_of and side not in (c.side, None)]
        # the two sides of one swap are of a size; a main count plus a few wounded is a side's own total
        if any(_adds_up(a + b, c) and min(a, b) >= SIDE_RATIO * max(a, b) for a in own for b in other):
            del seen[key]


def _adds_up(total: int, c: Candidate) -> bool:
    """``total`` is what ``c`` states: exactly, or above it when the count is hedged ("more than 200" for 206)."""
    return total == c.value or (c.approx and c.value < total <= c.value * (1 + SUM_SLACK))


def _breakdowns(seen: dict[tuple[str, str | None, int], Candidate]) -> None:
    """ "Home today: 20 territorial defenders, 92 soldiers, 11 guardsmen" beside "130 came home": a sentence that
    lists several counts of one side, which together stay within that side's count stated elsewhere, breaks
    that count down by unit or category; the parts are sub-groups even when some of them go unnamed."""
    listed: dict[tuple[str, str | None, tuple[int, int]], list[tuple[str, str | None, int]]] = {}
    for key, c in seen.items():
        if c.kind in HANDOVER:
            listed.setdefault((c.kind, c.side, _where(c)), []).append(key)
    for (kind, side, where), keys in listed.items():
        # "N for N" halves alone are one swap's two sides, not a list ("по двоє" of two units is one)
        if not all(key in seen for key in keys) or sum(not _paired(seen, key) for key in keys) < 2:
            continue
        elsewhere = [c.value for c in seen.values() if c.kind == kind and c.side == side and _where(c) != where]
        if not elsewhere or max(elsewhere) < sum(v for *_, v in keys):
            continue
        for key in keys:
            for half in _paired(seen, key):
                seen.pop(half, None)
            seen.pop(key, None)


def _days_summed(seen: dict[tuple[str, str | None, int], Candidate]) -> None:
    """ "Over three days, 1,000 from each side were freed" beside "on Sunday, 303 each": a count summed over the
    swap's days is the finished exchange; the smaller counts of that side are its days (stages)."""
    summed: dict[tuple[str, str | None], int] = {}
    for c in seen.values():
        if c.kind in HANDOVER and lx.OVER_DAYS.search(c.sentence.low):
            summed[(c.kind, c.side)] = max(summed.get((c.kind, c.side), 0), c.value)
    for key, c in list(seen.items()):
        if c.value < summed.get((c.kind, c.side), 0):
            del seen[key]


def _where(c: Candidate) -> tuple[int, int]:
    return (c.sentence.start, c.sentence.end)


def _paired(seen: dict[tuple[str, str | None, int], Candidate], key: tuple[str, str | None, int]
            ) -> list[tuple[str, str | None, int]]:
    """The other half of an "N for N" stated in the same sentence as ``key``."""
    kind, side, value = key
    where = _where(seen[key])
    return [k for k, c in seen.items() if k[0] == kind and k[2] == value and k[1] != side and _where(c) == where]


def _staged(c: Candidate) -> bool:
    """One stage of a longer swap: a stage word, or a sentence that tells the swap day by day (several days and
    several counts: not "overnight from Monday to Tuesday, 33 were freed")."""
    return c.stage or weekdays_named(c.sentence.low) > 1 and len(find_numbers(c.sentence.text, c.sentence.low)) > 1


def resolve(candidates: list[Candidate]) -> list[Figure]:
    """One figure per (kind, side, value); totals beat their parts and finished exchanges their stages."""
    seen: dict[tuple[str, str | None, int], Candidate] = {}
    for c in candidates:
        key = (c.kind, c.side, c.value)
        if key not in seen:
            seen[key] = c
    _exchange_totals_back(seen)
    _both_sides_sums(seen)
    _breakdowns(seen)
    _days_summed(seen)
    totals = {(c.side, c.value) for c in seen.values() if c.kind == "total_returned"}
    keep = []
    by_group: dict[tuple[str, str | None], list[Candidate]] = {}
    for c in seen.values():
        if c.kind == "returned" and (c.side, c.value) in totals:
            continue  # a headline quoting the running total
        by_group.setdefault((c.kind, c.side), []).append(c)
    for (kind, _), group in by_group.items():
        if kind in ("returned", "bodies_returned") and len(group) > 1:
            parts = _drop_parts([c.value for c in group])
            biggest_plain = max((c.value for c in group if not _staged(c) or _TOTALLED.search(c.sentence.low)),
                                default=0)
            group = [c for c in group if c.value not in parts and not (_staged(c) and c.value < biggest_plain)]
        keep.extend(group)
    restated = restatements(keep)
    roles = ["restatement" if i in restated else role_of(c) for i, c in enumerate(keep)]
    return _one_exchange([
        Figure(c.kind, c.side, c.value, c.approx, c.sentence.text, (c.sentence.start, c.sentence.end), role, p)
        for c, role, p in zip(keep, roles, confidences(keep, roles), strict=True)
        if p >= MIN_CONFIDENCE
    ])


def _one_exchange(figures: list[Figure]) -> list[Figure]:
    """Keep, of each side's handover counts, those that may be the count of the exchange the article reports.

    The confidence already weighs where a count stands (headline, lede, late background), its hedge, role and
    rivals; a count far below its side's best is dropped only then, so two close readings ("230" and "173"
    from two sources) both stay, as before."""
    # the best of each side's handover counts, people and bodies apart: a repatriation of bodies is one transfer
    # too, and a far weaker second count of it is a cumulative tally, an earlier transfer or a stray number
    best: dict[tuple[str, str | None], float] = {}
    for f in figures:
        if f.kind in HANDOVER:
            best[(f.kind, f.side)] = max(best.get((f.kind, f.side), 0.0), f.confidence)
    # the other side's same count in the same sentence ("82 for 82") makes a count one side's own reading of a
    # whole swap; the same number told of the other side elsewhere is no formula and shields nothing
    paired = {(f.kind, f.value) for f in figures for g in figures
              if f.kind == g.kind and f.value == g.value and f.side != g.side and f.span == g.span}
    return [f for f in figures
            if f.kind not in HANDOVER or (f.kind, f.value) in paired or _BESIDES.search(f.evidence.lower())
            or (f.kind == "bodies_returned" and _ADDED.search(f.evidence.lower()))
            or round(best[(f.kind, f.side)] - f.confidence, 2) < RIVAL_GAP]
