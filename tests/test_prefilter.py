"""The cheap path for irrelevant pages: it must never skip a page that is about captives (goal and gate: zero)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.prefilter import may_be_relevant
from crawler.work import read_article
from swapwatch.demo.pages import Record, article_page

CORPUS = Path(__file__).parent / "data" / "corpus"
BASE = "http://127.0.0.1:8000"


def _records(name: str) -> list[dict]:
    return [json.loads(line) for line in (CORPUS / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _page(text: str, title: str = "Markets today", others: list[Record] = (), lang: str = "en") -> str:
    rec = Record(id="x1", lang=lang, published=Record.from_dict({"id": "x"}).published, title=title, text=text)
    return article_page(BASE, rec, list(others))


@pytest.mark.parametrize("corpus", ["dev.jsonl", "dev_real.jsonl"])
def test_no_relevant_page_of_the_dev_corpora_is_skipped(corpus: str) -> None:
    rows = _records(corpus)
    records = [Record.from_dict(r) for r in rows]
    skipped = []
    for i, (row, rec) in enumerate(zip(rows, records, strict=True)):
        # the "most read" list names other records, as on a real site
        page = article_page(BASE, rec, [records[(i + k) % len(records)] for k in range(1, 6)])
        if row["relevant"] and not may_be_relevant(page):
            skipped.append(row["id"])
    assert skipped == []


def test_an_off_topic_page_is_skipped_even_when_its_sidebar_names_a_swap() -> None:
    swap = Record.from_dict({"id": "s1", "title": "Ukraine and Russia swap 95 prisoners of war each", "text": "x"})
    page = _page("The central bank kept its key rate at 15 per cent. Shares rose 2 per cent.", others=[swap])
    assert "prisoners of war" in page  # in the "most read" list
    assert may_be_relevant(page) is False


def test_captivity_words_are_found_through_entities_markup_and_other_scripts() -> None:
    encoded = "".join(f"&#{ord(c)};" for c in "обмін полоненими")
    assert may_be_relevant(f"<html><body><p>Сьогодні відбувся {encoded}.</p></body></html>") is True
    assert may_be_relevant("<html><body><p>Kyiv said 95 <b>POW</b>s came home.</p></body></html>") is True
    assert may_be_relevant("<p>Gli ostaggi rilasciati</p>") is True
    # a word only inside a script or a style is not the article's
    assert may_be_relevant("<p>Weather: sunny.</p><script>var t='prisoner swap';</script>") is False
    # the listing's title hint counts as the page's
    assert may_be_relevant("<p>Photo gallery</p>", title="Freed POWs arrive in Chernihiv") is True
    assert may_be_relevant("<p>The power grid held up well.</p>") is False
    # everyday words of exchange and return count only beside a word of war or of the parties
    assert may_be_relevant("<p>The stock exchange closed higher; the company released its results.</p>") is False
    assert may_be_relevant("<p>Russia and Ukraine swapped 95 soldiers each.</p>") is True
    assert may_be_relevant("<p>Both sides freed 40 people in the war's first swap.</p>") is True
    assert may_be_relevant("<p>The software award was released.</p>") is False


def test_a_skipped_page_keeps_title_and_hash_and_is_not_relevant(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page("Shares of the steelmaker rose after the results.", title="Steel & iron results").encode()
    out = read_article(page, f"{BASE}/news/x1.html", "utf-8", {"published": None})
    assert out.skimmed is True
    assert out.extraction.relevant is False and out.extraction.figures == ()
    assert out.title == "Steel & iron results | Daily Frontline"
    assert out.raw_html is None and len(out.content_hash) == 64
    assert out.published.isoformat() == "2024-01-01"  # from <meta property="article:published_time">
    monkeypatch.setenv("SWAPWATCH_PREFILTER", "0")  # the full path for comparison: same verdict, text read in full
    full = read_article(page, f"{BASE}/news/x1.html", "utf-8", {"published": None})
    assert not full.skimmed and full.extraction.relevant is False
    assert "steelmaker" in full.text
