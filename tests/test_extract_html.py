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


JSON_LD_PAGE = """<html><head><script type="application/ld+json">{"@context": "https://schema.org",
"@type": "NewsArticle", "headline": "Ukraine &amp; Russia swap   150 prisoners", "datePublished": "2024-03-12"}</script>
</head><body><nav><a href="/">Home</a></nav><div class="story"><p>Ukraine and Russia exchanged 150 prisoners
of war each on Tuesday, officials said. It was the 50th exchange since the start of the war.</p></div></body></html>"""
H1_PAGE = """<html><body><h1>Prisoner exchange at the border</h1><p>Ukraine and Russia exchanged 60 prisoners of war
each on Friday, officials said, in the second swap this month. Families waited at the border.</p></body></html>"""


def test_the_title_is_the_one_trafilatura_s_metadata_step_picks() -> None:
    """The HTML path runs only the title part of trafilatura's metadata step (the rest cost ~2 ms a page): on
    meta-tag, JSON-LD and <h1>-only pages it must pick what the whole step picks, in the installed trafilatura."""
    import trafilatura

    from extractor.html import _parsed, _title

    for page in (PAGE, JSON_LD_PAGE, H1_PAGE):
        expected = trafilatura.extract_metadata(_parsed(page)).title
        assert expected, "each page names its title somewhere"
        assert _title(_parsed(page)) == expected
        assert page_from_html(page).title == expected


def test_a_page_that_reads_as_a_url_is_never_fetched() -> None:
    """Given a string that starts with http and has no space, htmldate would download it; the HTML path hands it a
    parsed tree instead, so a hostile page cannot make a worker request an address of its choosing."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    requested: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server hook's name
            requested.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<html><body><p>Published 2020-01-01</p></body></html>")

        def log_message(self, *args) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page_from_html(f"http://127.0.0.1:{server.server_port}/internal<p>2024-05-01</p>")
    finally:
        server.shutdown()
        server.server_close()
    assert requested == []
