"""page_from_html: main text without boilerplate, title, original date, language and canonical URL."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor
from datetime import date

from extractor import ArticleText, extract, page_from_html

PAGE = """<!doctype html><html lang="uk"><head><meta charset="utf-8">
<title>Обмін полоненими: додому повернулися 95 захисників | Новини</title>
<meta property="og:url" content="https://news.example.ua/og/obmin-95">
<link rel="canonical" href="https://news.example.ua/obmin-95">
<meta property="article:published_time" content="2024-07-17T10:00:00+03:00">
<meta property="article:modified_time" content="2024-07-19T08:00:00+03:00"></head>
<body><header><nav><a href="/">Головна</a> <a href="/war">Війна</a>
<a href="/eco">Економіка: 1 234 пункти</a></nav></header>
<div class="ticker">Курс долара 41,25 · 300 загиблих у повені · Обмін 500 на 500 у Перу</div>
<main><article><h1>Обмін полоненими: додому повернулися 95 захисників</h1>
<p>У середу з російського полону повернулися 95 українських військових, повідомив Координаційний штаб з питань
поводження з військовополоненими. Серед звільнених — бійці морської піхоти та прикордонники.</p>
<p>Російська сторона отримала стільки ж своїх військових. Це 54-й обмін від початку повномасштабного вторгнення.
Загалом із полону вдалося повернути 3 395 українців, нагадали у штабі.</p></article></main>
<aside class="most-read"><h3>Найпопулярніше</h3><ol><li>Повернули 200 українців під час обміну</li></ol></aside>
<footer>© 2024 Новини. Гаряча лінія 0 800 500 225. Нас читають 1 000 000 людей.</footer></body></html>"""


def test_main_text_title_date_language_and_canonical() -> None:
    page = page_from_html(PAGE.encode("utf-8"), url="https://news.example.ua/obmin-95?utm=x")
    assert isinstance(page, ArticleText)
    assert page.title and "95 захисників" in page.title
    assert "повернулися 95 українських військових" in page.text
    for boilerplate in ("Курс долара", "Найпопулярніше", "Гаряча лінія", "Головна"):
        assert boilerplate not in page.text
    assert page.published == date(2024, 7, 17)  # the original date, not the update
    assert page.lang == "uk"
    assert page.canonical_url == "https://news.example.ua/obmin-95"
    result = extract(page.text, title=page.title, published=page.published, lang=page.lang)
    assert {(f.kind, f.side, f.value) for f in result.figures} == {
        ("returned", "UA", 95), ("total_exchanges", None, 54), ("total_returned", "UA", 3395)}
    assert result.event_date == date(2024, 7, 17)


def test_og_url_when_there_is_no_canonical_link() -> None:
    page = page_from_html(PAGE.replace('<link rel="canonical" href="https://news.example.ua/obmin-95">', ""))
    assert page.canonical_url == "https://news.example.ua/og/obmin-95"


def test_page_from_html_runs_in_a_process_pool() -> None:
    # the crawler calls it from worker processes: it must pickle as a plain top-level function
    assert pickle.loads(pickle.dumps(page_from_html)) is page_from_html
    with ProcessPoolExecutor(max_workers=1) as pool:
        page = pool.submit(page_from_html, PAGE).result(timeout=60)
    assert page.canonical_url == "https://news.example.ua/obmin-95"
    assert pickle.loads(pickle.dumps(page)) == page


def test_a_page_reads_the_same_whatever_was_read_before() -> None:
    """A pure function: a syndicated copy read after its original keeps every paragraph (same text, same hash)."""
    alone = page_from_html(PAGE.replace("<html", "<html data-copy='1'"))
    page_from_html(PAGE)  # the original, read first in the same process
    copy = page_from_html(PAGE.replace("<html", "<html data-copy='1'"))
    assert copy.text == alone.text and "3 395" in copy.text and "95 українських" in copy.text
