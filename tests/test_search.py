"""Full-text search on SQLite FTS5 and PostgreSQL: languages, ranking, snippets, syntax, bad input."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from query_support import seed_archive
from sqlalchemy import func, select, text

from storage import Article, Database, SearchQueryError, parse_query, search_articles
from storage.migrate import upgrade
from storage.search_syntax import to_fts5


@pytest.fixture
def archive(db: Database):
    return db, seed_archive(db)


def _search(db: Database, query: str, **kw) -> list[int]:
    with db.session() as s:
        return [h.article_id for h in search_articles(s, query, **kw).hits]


def test_english_search_is_ranked_with_highlighted_snippets(archive) -> None:
    db, seeded = archive
    with db.session() as s:
        page = search_articles(s, "prisoner exchange")
    ids = [h.article_id for h in page.hits]
    # the title and the text both say it, twice: best; the stock exchange has no prisoner at all
    assert ids[0] == seeded.articles["en_jan"]
    assert seeded.articles["en_stock"] not in ids
    assert "exchange**" in page.hits[0].snippet.lower()  # adjacent matched words form one span
    scores = [h.score for h in page.hits]
    assert scores == sorted(scores, reverse=True)
    top = page.hits[0]
    assert top.url == "https://news.example/en_jan" and top.source == "Kyiv Independent"
    assert top.published == date(2024, 1, 3) and top.lang == "en"


def test_phrase_queries_are_ranked_too(archive) -> None:
    db, seeded = archive
    with db.session() as s:
        page = search_articles(s, '"prisoner exchange" OR swap')
    assert {h.article_id for h in page.hits} == {
        seeded.articles[k] for k in ("en_jan", "en_may", "en_may_wire")}
    assert page.hits[0].article_id == seeded.articles["en_jan"]  # the phrase, in the title and the text
    assert "**prisoner exchange**" in page.hits[0].snippet.lower()


def test_a_match_past_the_ranked_part_of_a_long_text_is_still_found(sqlite_url, monkeypatch) -> None:
    db = Database(sqlite_url)
    try:
        seeded = seed_archive(db)
        monkeypatch.setattr("storage.search.RANK_CHARS", 10)
        with db.session() as s:
            page = search_articles(s, '"exchange of prisoners"')
        assert [h.article_id for h in page.hits] == [seeded.articles["en_accent"]]
        assert page.hits[0].score == 0.0 and "**exchange of prisoners**" in page.hits[0].snippet
    finally:
        db.dispose()


def test_ukrainian_search(archive) -> None:
    db, seeded = archive
    with db.session() as s:
        page = search_articles(s, "полонених")
    assert {h.article_id for h in page.hits} == {seeded.articles["uk_jan"], seeded.articles["ru_old"]}
    assert all("**полонених**" in h.snippet for h in page.hits)
    assert _search(db, "Азовсталі", lang="uk") == [seeded.articles["uk_jan"]]


def test_russian_search(archive) -> None:
    db, seeded = archive
    with db.session() as s:
        page = search_articles(s, "пленными")
    assert {h.article_id for h in page.hits} == {seeded.articles["ru_jan"], seeded.articles["ru_old"]}
    # the one that says it in the title and the text ranks first
    assert page.hits[0].article_id == seeded.articles["ru_old"]
    assert any("**пленными**" in h.snippet for h in page.hits)


def test_phrase_or_and_minus(archive) -> None:
    db, seeded = archive
    a = seeded.articles
    assert set(_search(db, '"prisoner exchange"')) == {a["en_jan"]}
    assert set(_search(db, "Azovstal OR Азовсталі")) == {a["en_jan"], a["uk_jan"]}
    assert set(_search(db, "exchange -stock -prisoners -hostages")) == {a["en_may_wire"]}
    assert a["en_stock"] in _search(db, "exchange")
    assert a["en_stock"] not in _search(db, "exchange -stock")
    assert set(_search(db, 'exchange -"exchange rate"')) == set(_search(db, "exchange")) - {a["en_stock"]}
    assert set(_search(db, "(Azovstal)")) == {a["en_jan"]}  # brackets are not syntax, just ignored


def test_language_and_date_filters(archive) -> None:
    db, seeded = archive
    a = seeded.articles
    assert set(_search(db, "exchange", lang="en", since=date(2024, 5, 1))) == {
        a["en_may"], a["en_may_wire"], a["en_gaza"]}
    assert _search(db, "exchange", lang="uk") == []
    assert _search(db, "обмен", since=date(2024, 1, 1)) == [a["ru_jan"]]


def test_paging_goes_to_older_matches_without_repeats(archive) -> None:
    db, _ = archive
    everything = set(_search(db, "exchange", limit=50))
    seen: list[int] = []
    before = None
    with db.session() as s:
        for _ in range(10):
            page = search_articles(s, "exchange", limit=2, window=2, before=before)
            seen += [h.article_id for h in page.hits]
            if page.next_before is None:
                break
            before = page.next_before
    assert len(seen) == len(set(seen)) and set(seen) == everything


def test_filtered_search_stops_scanning_and_pages_on(archive, monkeypatch) -> None:
    """A filter few matches pass must not walk every match: the page ends early, the next one continues."""
    db, seeded = archive
    english = set(_search(db, "exchange", lang="en", window=50))
    assert len(english) == 6
    monkeypatch.setattr("storage.search.SCAN_LIMIT", 2)  # SQLite: matches per page
    monkeypatch.setattr("storage.search.PG_FIRST_SPAN", 2)  # PostgreSQL: ids per page
    monkeypatch.setattr("storage.search.PG_SCAN_ROWS", 2)
    found, before, pages = [], None, 0
    with db.session() as s:
        while pages < 20:
            page = search_articles(s, "exchange", lang="en", before=before, window=50)
            found += [h.article_id for h in page.hits]
            pages += 1
            if page.next_before is None:
                break
            before = page.next_before
    assert len(found) == len(set(found)) and set(found) == english
    assert pages > 3  # every page stopped early and the next one went on


def test_rare_words_widen_the_span_until_the_archive_is_covered(archive, monkeypatch) -> None:
    db, seeded = archive
    monkeypatch.setattr("storage.search.PG_FIRST_SPAN", 1)
    with db.session() as s:
        page = search_articles(s, "Azovstal OR Азовсталі")
    assert {h.article_id for h in page.hits} == {seeded.articles["en_jan"], seeded.articles["uk_jan"]}
    assert page.next_before is None


def test_index_follows_inserts_updates_and_deletes(archive) -> None:
    db, seeded = archive
    with db.session() as s:
        s.add(Article(url="https://news.example/new", title="Kherson", text="A brand new zaporizhzhia report."))
    assert len(_search(db, "zaporizhzhia")) == 1
    with db.session() as s:
        s.get(Article, seeded.articles["en_stock"]).text = "Now about mykolaiv instead."
    assert _search(db, "mykolaiv") == [seeded.articles["en_stock"]]
    assert seeded.articles["en_stock"] not in _search(db, "rate")
    with db.session() as s:
        s.delete(s.get(Article, seeded.articles["en_stock"]))
    assert _search(db, "mykolaiv") == []


def test_diacritics_are_folded_on_sqlite(sqlite_url) -> None:
    db = Database(sqlite_url)
    try:
        seeded = seed_archive(db)
        assert _search(db, "Rzeszow") == [seeded.articles["en_accent"]]
        assert _search(db, "RZESZÓW") == [seeded.articles["en_accent"]]
    finally:
        db.dispose()


def test_articles_stored_before_the_search_migration_are_indexed(sqlite_url) -> None:
    db = Database(sqlite_url, migrate=False)
    try:
        upgrade(db.engine, "0001")
        with db.engine.begin() as conn:
            conn.execute(text("INSERT INTO articles (url, title, text, fetched_at, relevant) VALUES "
                              "('https://old.example/1', 'Old', 'An old kupiansk story', '2023-01-01', 1)"))
        db.upgrade()
        assert len(_search(db, "kupiansk")) == 1
    finally:
        db.dispose()


MALFORMED = [
    ('"unbalanced phrase', "unbalanced quote"),
    ("-", "lone '-'"),
    ("-exchange", "only excludes"),
    ("", "is empty"),
    ("   ", "is empty"),
    ("!!! ???", "is empty"),
    ("OR", "OR needs"),
    ("exchange OR", "OR needs"),
    ("OR exchange", "OR needs"),
    ("exchange OR OR swap", "OR needs"),
    ("exchange OR -swap", "OR cannot join"),
]


@pytest.mark.parametrize(("query", "message"), MALFORMED)
def test_malformed_queries_give_a_clear_message(query, message) -> None:
    with pytest.raises(SearchQueryError, match=message):
        parse_query(query)


def test_malformed_queries_never_reach_the_database(archive) -> None:
    db, _ = archive
    with db.session() as s:
        for query, message in MALFORMED:
            with pytest.raises(SearchQueryError, match=message):
                search_articles(s, query)


OPERATORS = ["NEAR(exchange prisoner)", "title:exchange", "exchange*", "^exchange", "exchange AND NOT stock",
             "'; DROP TABLE articles; --", 'exchange" OR "x', "{title text}:swap", "a + b", "\x00exchange",
             "exchange NOT stock", "ex'change", "col:'x' OR 1=1"]


def test_operators_in_user_input_are_just_words(archive) -> None:
    db, seeded = archive
    with db.session() as s:
        for query in OPERATORS:
            with contextlib.suppress(SearchQueryError):  # a clear refusal is fine; an SQL error is not
                search_articles(s, query)
        assert s.scalar(select(func.count()).select_from(Article)) == len(seeded.articles)
        # "NOT" and "AND" are searched as words, so nothing has both "exchange" and "not"
        assert search_articles(s, "exchange NOT stock").hits == []
        assert [h.article_id for h in search_articles(s, "title:exchange").hits] == []


def test_fts5_expression_quotes_every_term() -> None:
    parsed = parse_query('Azovstal OR "prisoner swap" exchange -stock -"exchange rate"')
    assert to_fts5(parsed) == (
        '(("Azovstal" OR "prisoner swap") AND "exchange") NOT ("stock" OR "exchange rate")')
    assert to_fts5(parse_query("NEAR(a* b)")) == '"NEAR a" AND "b"'  # joined by punctuation: a phrase
    assert to_fts5(parse_query("п'ятьсот")) == '"п ятьсот"'


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory):
    db = Database(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'swapwatch.db'}")
    seed_archive(db)
    yield db
    db.dispose()


@settings(max_examples=80, deadline=None)
@given(query=st.text(alphabet=st.sampled_from(list('ab "-()*:^OR\'\\;NEARобмінé')), max_size=24))
def test_any_input_gives_hits_or_a_clear_message(fuzz_db, query) -> None:
    with fuzz_db.session() as s:
        try:
            page = search_articles(s, query)
        except SearchQueryError as exc:
            assert str(exc)
        else:
            assert page.hits == [] or page.hits[0].url
