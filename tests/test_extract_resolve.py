"""The one-exchange step on figures built by hand: which rival counts of a side survive."""

from __future__ import annotations

from extractor.model import Figure
from extractor.resolve import _one_exchange


def fig(side: str, value: int, span: tuple[int, int], confidence: float, kind: str = "returned") -> Figure:
    return Figure(kind, side, value, False, "evidence", span, "reported", confidence)


def test_an_n_for_n_pair_in_one_sentence_keeps_a_weak_half() -> None:
    # "82 for 82" read from one sentence: each side's own reading of the whole swap, however weak beside a rival
    kept = _one_exchange([fig("UA", 90, (0, 40), 0.9), fig("UA", 82, (50, 80), 0.5), fig("RU", 82, (50, 80), 0.5)])
    assert {(f.side, f.value) for f in kept} == {("UA", 90), ("UA", 82), ("RU", 82)}


def test_the_same_count_for_the_other_side_in_another_sentence_does_not_shield_a_weak_rival() -> None:
    # the other side's 82 stands in its own sentence: no formula, so a weak second UA count is dropped as a rival
    kept = _one_exchange([fig("UA", 90, (0, 40), 0.9), fig("UA", 82, (50, 80), 0.5), fig("RU", 82, (90, 120), 0.8)])
    assert {(f.side, f.value) for f in kept} == {("UA", 90), ("RU", 82)}


def test_a_far_weaker_second_bodies_count_is_dropped_but_an_added_one_stays() -> None:
    far = fig("UA", 212, (50, 80), 0.45, kind="bodies_returned")
    added = Figure("bodies_returned", "RU", 1, False, "Another body was handed over", (90, 120), "reported", 0.3)
    kept = _one_exchange([fig("UA", 1000, (0, 40), 0.85, kind="bodies_returned"), far,
                          fig("RU", 27, (0, 40), 0.8, kind="bodies_returned"), added])
    assert {(f.side, f.value) for f in kept} == {("UA", 1000), ("RU", 27), ("RU", 1)}
