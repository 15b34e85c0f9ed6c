"""The crawl's writes: pages saved in batches, one transaction each, with each page's own outcome."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from core.records import ExtractedFigure, Extraction
from crawler import runtime as runtime_module
from crawler import store
from crawler.items import ArticleItem
from crawler.runtime import Runtime
from storage import Article, ArticleUrl, Database, Figure


def _item(url: str, content_hash: str, *, relevant: bool = False, aliases: tuple[str, ...] = ()) -> ArticleItem:
    figures = (ExtractedFigure("returned", "UA", 95, evidence="95 came home"),) if relevant else ()
    return ArticleItem(
        url=url, source="wire", title=f"title of {url}", text=f"text of {url}", content_hash=content_hash,
        aliases=list(aliases), extraction=Extraction(version="t", relevant=relevant, figures=figures),
    )


def test_a_batch_is_saved_together_and_each_page_gets_its_own_outcome(db: Database) -> None:
    archived = store.save_new_article(db, None, _item("http://w.test/old", "h-old"))
    batch = [
        (None, _item("http://w.test/swap", "h-swap", relevant=True, aliases=("http://w.test/swap?from=feed",))),
        (None, _item("http://w.test/copy", "h-old")),  # the same text as an archived article
        (None, _item("http://w.test/old", "h-other")),  # its URL is archived already: only this page fails
        (None, _item("http://w.test/sport", "h-sport")),
    ]
    swap, copy, clash, sport = store.save_new_articles(db, batch)
    assert swap.relevant and swap.figures == 1
    assert copy == archived.article_id
    assert isinstance(clash, IntegrityError)
    assert not sport.relevant and sport.figures == 0
    with db.session() as s:
        rows = dict(s.execute(select(Article.url, Article.id)).all())
        assert rows == {"http://w.test/old": archived.article_id, "http://w.test/swap": swap.article_id,
                        "http://w.test/sport": sport.article_id}
        assert s.scalar(select(Article.text).where(Article.id == swap.article_id)) == "text of http://w.test/swap"
        assert s.scalar(select(func.count()).select_from(Figure).where(Figure.article_id == swap.article_id)) == 1
        aliases = dict(s.execute(select(ArticleUrl.url, ArticleUrl.article_id)).all())
        assert aliases == {"http://w.test/swap?from=feed": swap.article_id, "http://w.test/copy": archived.article_id}


def test_a_batch_without_clashes_is_one_transaction_with_each_pages_rows(db: Database) -> None:
    from sqlalchemy import event

    commits: list[int] = []
    event.listen(db.engine, "commit", lambda _conn: commits.append(1))
    batch = [(None, _item(f"http://w.test/{i}", f"h{i}", relevant=i % 5 == 0, aliases=(f"http://w.test/{i}?p=1",)))
             for i in range(20)]
    outcomes = store.save_new_articles(db, batch)
    assert len(commits) == 1
    assert [o.article_id for o in outcomes] == sorted(o.article_id for o in outcomes)  # ids in the batch's order
    assert [o.figures for o in outcomes] == [int(i % 5 == 0) for i in range(20)]
    with db.session() as s:
        urls = dict(s.execute(select(Article.id, Article.url)).all())
        assert [urls[o.article_id] for o in outcomes] == [f"http://w.test/{i}" for i in range(20)]
        figures = s.scalars(select(Figure.article_id)).all()
        assert sorted(figures) == [o.article_id for o in outcomes if o.figures]
        aliases = dict(s.execute(select(ArticleUrl.url, ArticleUrl.article_id)).all())
        assert aliases == {f"http://w.test/{i}?p=1": o.article_id for i, o in enumerate(outcomes)}


def test_saves_queued_together_go_to_the_writer_in_one_call(sqlite_url: str, monkeypatch) -> None:
    calls: list[list[int]] = []

    def doubled(_db: Database, entries: list[int]) -> list[int | Exception]:
        calls.append(entries)
        return [ValueError(f"bad {e}") if e < 0 else 2 * e for e in entries]

    async def save_all(runtime: Runtime) -> list:
        saves = [runtime.in_db_batch(doubled, runtime.db, e) for e in (1, 2, -3, 4)]
        return await asyncio.gather(*saves, return_exceptions=True)

    monkeypatch.setattr(runtime_module, "BATCH_WAIT", 0.2)
    db = Database(sqlite_url)
    runtime = Runtime(db=db, crawl=None)
    try:
        first = asyncio.run(save_all(runtime))
        monkeypatch.setattr(runtime_module, "BATCH_MAX", 2)  # a full batch goes without waiting
        second = asyncio.run(save_all(runtime))
    finally:
        runtime.close()
        db.dispose()
    assert first[:2] == [2, 4] and first[3] == 8 and str(first[2]) == "bad -3"
    assert second[:2] == [2, 4] and second[3] == 8 and isinstance(second[2], ValueError)
    assert calls == [[1, 2, -3, 4], [1, 2], [-3, 4]]
