"""Hostile input returns quickly with no figures: huge text, endless digits, binary and broken bytes."""

from __future__ import annotations

import os
import time

import pytest

from extractor import extract, page_from_html


def _timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - start


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("1" * 100_000, id="100k-digits"),
        pytest.param("1,000 " * 20_000, id="grouped-digits"),
        pytest.param(os.urandom(200_000).decode("utf-8", "replace"), id="binary-as-utf8"),
        pytest.param(b"\xff\xfe\xfa prisoner \xc3\x28 swap \xa0\xa1".decode("utf-8", "replace") * 1000, id="bad-utf8"),
        pytest.param("a" * 10_000_000, id="10MB"),
        pytest.param("((((((((((" * 100_000 + "1", id="parens"),
        pytest.param("1 " * 300_000, id="spaced-digits"),
    ],
)
def test_bad_text_is_irrelevant_without_figures_and_fast(text: str) -> None:
    result, seconds = _timed(extract, text, title=None)
    assert result.relevant is False and result.figures == ()
    assert seconds < 5, f"took {seconds:.1f}s"


def test_ten_megabytes_of_relevant_text_returns_fast() -> None:
    text = "Ukraine brought home 95 prisoners of war on Friday. " * 200_000  # ~10 MB
    result, seconds = _timed(extract, text)
    assert result.relevant and {(f.kind, f.side, f.value) for f in result.figures} == {("returned", "UA", 95)}
    assert seconds < 5


@pytest.mark.parametrize(
    "html",
    [
        b"",
        b"\x00\x01\x02" * 1000,
        os.urandom(50_000),
        "<html><body>" + "<div>" * 5000,
        "no markup at all",
        b"<p>\xff\xfe</p>",
    ],
)
def test_page_from_html_never_raises(html) -> None:
    page, seconds = _timed(page_from_html, html)
    assert isinstance(page.text, str)
    assert extract(page.text, title=page.title).figures == ()
    assert seconds < 10


def test_one_endless_relevant_sentence_stays_linear() -> None:
    # a relevant article whose "sentence" is a list of 10,000 counts: no quadratic scan may hide here
    text = "Prisoners of war were exchanged: " + ", ".join(f"{i} soldiers returned home" for i in range(10_000))
    result, seconds = _timed(extract, text, title="Prisoner exchange")
    assert result.relevant
    assert seconds < 5, f"took {seconds:.1f}s"
