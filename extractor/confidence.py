"""How sure the extractor is of each figure it emits: its ``role`` and a ``confidence`` in [0, 1].

The confidence is an estimate of precision: the share of figures with the same traits that were right
on the labelled real-style reports (``tests/data/corpus/dev_real.jsonl``, design part). The table is
small on purpose so it stays readable; ``bench/confidence_buckets.py`` prints precision per bucket.
"""

from __future__ import annotations

from extractor.candidate import Candidate

# Precision per kind measured on dev_real (design part) with extractor 1.x; refined by role and traits below.
_BASE = {
    "returned": 0.55,
    "bodies_returned": 0.7,
    "total_returned": 0.4,
    "total_exchanges": 0.8,
    "held_captive": 0.45,
    "missing": 0.6,
    "died_in_captivity": 0.8,
}
_CAPTIVITY = frozenset({"held_captive", "missing", "died_in_captivity"})


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


def confidence_of(c: Candidate, role: str) -> float:
    """Calibrated-ish: the base precision of the kind, lowered for traits that were often wrong."""
    score = _BASE.get(c.kind, 0.5)
    if role == "restatement":
        score *= 0.6
    if c.sentence.start == c.sentence.end == 0:
        score *= 0.9  # headline-only figures are often rounded or older numbers
    return round(max(0.05, min(0.99, score)), 2)
