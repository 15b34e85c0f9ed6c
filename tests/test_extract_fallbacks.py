"""The guard in front of trafilatura's fallback extractors: the same text as without it, readability skipped only
where its rules could not pick readability's text or justext's."""

from __future__ import annotations

import pytest
import trafilatura.core

from extractor import fallbacks, page_from_html

ARTICLE = """<html><head><title>Swap at the border</title></head><body><nav><a href="/">Home</a></nav>
<article><h1>Swap at the border</h1>{paragraphs}</article>{aside}<footer>Contact us</footer></body></html>"""
PARAGRAPH = ("<p>Both sides handed over {n} captured soldiers on a bridge near the border on Tuesday, the mediators "
             "said, and the wounded among them were taken to a hospital in the nearest town for treatment.</p>")
# mostly menus and link lists: the page's text is many times the article's, so readability must run
MENUS = "".join(f"<div class='menu'><span>Section {i} of the site with its own long headline</span></div>"
                for i in range(60))
SHORT = "<html><body><div><p>Forty came home.</p></div></body></html>"
DIVS_ONLY = "<html><body>" + "".join(
    f"<div>Line {i}: the soldiers came home after two years in captivity, their families waiting at the border.</div>"
    for i in range(12)) + "</body></html>"
PAGES = {
    "article": ARTICLE.format(paragraphs="".join(PARAGRAPH.format(n=n) for n in range(10, 16)), aside=""),
    "menus": ARTICLE.format(paragraphs=PARAGRAPH.format(n=7) * 3, aside=MENUS),
    "short": SHORT,
    "divs": DIVS_ONLY,
    "table": ARTICLE.format(paragraphs="<table>" + "".join(f"<tr><td>{PARAGRAPH.format(n=n)}</td></tr>"
                                                           for n in range(5)) + "</table>", aside=""),
}


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The guard installed, with each run of the original compare_extraction recorded."""
    assert fallbacks.install(), "trafilatura's compare_extraction is not the one the guard was written for"
    guard = trafilatura.core.compare_extraction
    real, runs = guard.original, []

    def original(*args):
        runs.append("original")
        return real(*args)

    monkeypatch.setattr(guard, "original", original)
    return runs


def _without_guard(monkeypatch: pytest.MonkeyPatch, page: str) -> str:
    with monkeypatch.context() as m:
        m.setattr(trafilatura.core, "compare_extraction", trafilatura.core.compare_extraction.original)
        return page_from_html(page).text


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_text_is_the_same_with_and_without_the_guard(name: str, counted: list[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    with_guard = page_from_html(PAGES[name]).text
    assert with_guard == _without_guard(monkeypatch, PAGES[name])


def test_readability_is_skipped_on_an_article_and_runs_where_it_could_win(counted: list[str]) -> None:
    assert "handed over 10 captured soldiers" in page_from_html(PAGES["article"]).text
    assert counted == []  # the own extraction holds most of the page: readability cannot be much longer
    for name in ("menus", "short"):
        page_from_html(PAGES[name])
        assert counted, name  # a short extraction, or a page with far more text than it: the fallbacks run
        counted.clear()
