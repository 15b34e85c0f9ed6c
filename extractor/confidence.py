"""How sure the extractor is of each figure it emits: its ``role`` and a ``confidence`` in [0, 1].

The confidence is a small logistic model over traits of the figure and its article (kind, role, hedge,
headline-only, size, how many rival counts of the same kind and side, where in the article). It is trained
by ``bench/train_confidence.py`` on the repo's real-style labelled reports (the design part of dev_real.jsonl)
to predict "this figure is in the gold labels", so it reads as a precision: on the set-aside part, of figures
scored 0.6-0.8 about 1 in 2 were right, 0.8-1.0 about 6 in 7 (it still runs a little high on unseen text).
The weights are data (``confidence_model.json``); without them every figure scores its kind's base rate.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from extractor.candidate import Candidate

MODEL_FILE = Path(__file__).with_name("confidence_model.json")
KIND_ORDER = ("returned", "bodies_returned", "total_returned", "total_exchanges", "held_captive", "missing",
              "died_in_captivity")
FEATURES = (
    "bias", *(f"kind={k}" for k in KIND_ORDER), "role=stage", "role=restatement", "approx", "in_title",
    "log_value", "small_value", "rivals", "below_top", "paired", "late", "many_figures", "crowded_sentence",
    "other_conflict",
)
_CAPTIVITY = frozenset({"held_captive", "missing", "died_in_captivity"})
_sink: list[tuple[tuple[str, str | None, int], list[float]]] | None = None


def _load() -> dict[str, float]:
    try:
        return json.loads(MODEL_FILE.read_text(encoding="utf-8"))["weights"]
    except (OSError, ValueError, KeyError):
        return {}


_WEIGHTS = _load()
_VECTOR = tuple(_WEIGHTS.get(name, 0.0) for name in FEATURES)


@contextmanager
def recording() -> Iterator[list[tuple[tuple[str, str | None, int], list[float]]]]:
    """Collect ((kind, side, value), features) of every figure scored inside the block (before the threshold)."""
    global _sink
    saved, _sink = _sink, []
    try:
        yield _sink
    finally:
        _sink = saved


def role_of(c: Candidate) -> str:
    """The role of a kept candidate (dropped ones never reach here)."""
    if c.kind in ("total_returned", "total_exchanges"):
        return "total"
    if c.kind in _CAPTIVITY:
        return "status"
    return "stage" if c.stage else "reported"


def restatements(kept: list[Candidate]) -> set[int]:
    """Indexes of hedged figures that round an exact one of the same kind and side ("over 100" beside 116)."""
    exact = [(c.kind, c.side, c.value) for c in kept if not c.approx]
    out = set()
    for i, c in enumerate(kept):
        if c.approx and any(k == c.kind and s == c.side and v != c.value and abs(v - c.value) <= 0.2 * v
                            for k, s, v in exact):
            out.add(i)
    return out


def features(kept: list[Candidate], roles: list[str]) -> list[list[float]]:
    """One vector (in ``FEATURES`` order) per kept figure of one article."""
    end = max((c.sentence.end for c in kept), default=1) or 1
    top: dict[tuple[str, str | None], int] = {}
    count: dict[tuple[str, str | None], int] = {}
    per_sentence: dict[int, int] = {}
    for c in kept:
        key = (c.kind, c.side)
        top[key] = max(top.get(key, 0), c.value)
        count[key] = count.get(key, 0) + 1
        per_sentence[c.sentence.start] = per_sentence.get(c.sentence.start, 0) + 1
    values = {(c.kind, c.value, c.side) for c in kept}
    out = []
    for c, role in zip(kept, roles, strict=True):
        title = c.sentence.start == c.sentence.end == 0
        paired = any(k == c.kind and v == c.value and s != c.side for k, v, s in values)
        out.append([
            1.0, *(float(c.kind == k) for k in KIND_ORDER), float(role == "stage"), float(role == "restatement"),
            float(c.approx), float(title), min(math.log10(max(c.value, 1)), 5.0) / 5, float(c.value < 10),
            min(count[(c.kind, c.side)] - 1, 3) / 3, 1.0 - c.value / top[(c.kind, c.side)], float(paired),
            0.0 if title else c.sentence.start / end, min(len(kept), 12) / 12,
            float(per_sentence[c.sentence.start] > 2), float(c.side not in (None, "UA", "RU")),
        ])
    return out


def confidences(kept: list[Candidate], roles: list[str]) -> list[float]:
    """The calibrated-ish probability that each kept figure is right."""
    vectors = features(kept, roles)
    if _sink is not None:
        _sink.extend(((c.kind, c.side, c.value), v) for c, v in zip(kept, vectors, strict=True))
    return [round(1 / (1 + math.exp(-sum(w * x for w, x in zip(_VECTOR, v, strict=True)))), 2) for v in vectors]
