"""Consolidating an event's claims: exact beats approximate, disagreements stay visible."""

from __future__ import annotations

from core.events import Claim, consolidate, signature


def test_exact_figure_replaces_an_approximation() -> None:
    figures = consolidate([Claim("returned", "UA", 200, approx=True), Claim("returned", "UA", 207)])
    assert [(f.value, f.approx, f.disputed) for f in figures] == [(207, False, False)]


def test_conflicting_claims_are_both_kept() -> None:
    (figure,) = consolidate([
        Claim("returned", "UA", 207, outlet="Kyiv"),
        Claim("returned", "UA", 207, outlet="Wire"),
        Claim("returned", "UA", 195, outlet="Moscow"),
    ])
    assert figure.value == 207 and figure.alternatives == (195,) and figure.disputed
    assert {c.outlet for c in figure.claims} == {"Kyiv", "Wire", "Moscow"}
    assert figure.as_dict() == {"kind": "returned", "side": "UA", "value": 207, "approx": False, "alternatives": [195],
                                # added with issue #12: how sure, how many outlets back the value, whether held
                                "role": "reported", "confidence": 1.0, "outlets_count": 2, "held": False}


def test_sides_and_kinds_are_kept_apart_in_a_stable_order() -> None:
    figures = consolidate([
        Claim("bodies_returned", "UA", 909),
        Claim("returned", "RU", 150),
        Claim("returned", "UA", 150),
        Claim("total_exchanges", None, 64),
    ])
    assert [(f.kind, f.side) for f in figures] == [
        ("returned", "RU"), ("returned", "UA"), ("bodies_returned", "UA"), ("total_exchanges", None)]


def test_signature_changes_only_when_the_figures_do() -> None:
    a = signature(consolidate([Claim("returned", "UA", 200, approx=True)]))
    b = signature(consolidate([Claim("returned", "UA", 200, approx=True), Claim("returned", "UA", 200, True)]))
    c = signature(consolidate([Claim("returned", "UA", 207)]))
    assert a == b and a != c
