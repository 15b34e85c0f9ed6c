"""The crawler's reads and writes: known URLs, source rows and health, articles with their figures."""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from core.config import SourceConfig
from core.records import Extraction, SourceRow
from crawler.items import ArticleItem
from crawler.sources import SourceSpec
from storage import Article, ArticleUrl, CrawlRun, Database, Figure, Source, utcnow

log = logging.getLogger(__name__)


def ensure_sources(db: Database, configured: Sequence[SourceConfig]) -> list[SourceSpec]:
    """Create or update a ``sources`` row per configured source; specs carry their id and validators."""
    specs = []
    with db.session() as s:
        for cfg in configured:
            row = s.scalar(select(Source).where(Source.name == cfg.name))
            if row is None:
                row = Source(name=cfg.name, url=cfg.url, type=cfg.type, consecutive_failures=0, health="unknown")
                s.add(row)
                s.flush()
            elif row.url != cfg.url:
                # a moved feed: the old validators belong to the old URL
                row.url, row.etag, row.last_modified = cfg.url, None, None
            row.type = cfg.type
            specs.append(SourceSpec.from_config(cfg, row.id, row.etag, row.last_modified))
    return specs


def known_urls(db: Database, urls: Iterable[str]) -> set[str]:
    """Which of ``urls`` the archive already holds (as an article or as another URL of one)."""
    urls = list(set(urls))
    found: set[str] = set()
    with db.session() as s:
        for i in range(0, len(urls), 500):
            chunk = urls[i : i + 500]
            found.update(s.scalars(select(Article.url).where(Article.url.in_(chunk))))
            found.update(s.scalars(select(ArticleUrl.url).where(ArticleUrl.url.in_(chunk))))
    return found


def article_with_hash(db: Database, content_hash: str) -> int | None:
    with db.session() as s:
        return s.scalar(select(Article.id).where(Article.content_hash == content_hash).order_by(Article.id).limit(1))


def remember_alias(db: Database, urls: Iterable[str], article_id: int) -> None:
    """Record other URLs of an archived article; ones already known are skipped."""
    for url in set(urls) - known_urls(db, urls):
        try:
            with db.session() as s:
                s.add(ArticleUrl(url=url, article_id=article_id))
        except IntegrityError:  # another crawl remembered it meanwhile
            pass


def recent_fingerprints(db: Database, since: datetime) -> list[tuple[int, str]]:
    with db.session() as s:
        rows = s.execute(
            select(Article.id, Article.fingerprint).where(
                Article.fingerprint.is_not(None), Article.fetched_at >= since, Article.duplicate_of_id.is_(None)
            )
        )
        return [(r[0], r[1]) for r in rows]


@dataclass
class Saved:
    article_id: int
    relevant: bool
    figures: int


def _figure_rows(extraction: Extraction, article_id: int) -> list[dict]:
    return [
        {"article_id": article_id, "kind": f.kind, "side": f.side, "value": f.value, "approx": f.approx,
         "evidence": f.evidence, "span_start": f.span[0] if f.span else None,
         "span_end": f.span[1] if f.span else None, "event_date": extraction.event_date,
         "role": f.role, "confidence": f.confidence}
        for f in extraction.figures
    ]


def keep_compressed(text: str | None) -> bytes | None:
    """An irrelevant article's text, zlib-compressed, for a later extractor to revisit."""
    return zlib.compress(text.encode("utf-8"), 6) if text else None


def save_article(db: Database, source_id: int | None, item: ArticleItem) -> Saved:
    """One transaction: the article, its figures and its other URLs. Irrelevant ones keep their text
    compressed in ``kept_text`` (out of search), no HTML.

    Core inserts rather than ORM objects: the unit of work cost more of the crawl process's CPU than the
    inserts themselves, and the crawl saves thousands of rows a minute through this one call.
    """
    with db.engine.begin() as conn:
        return _insert_article(conn, source_id, item)


def save_new_article(db: Database, source_id: int | None, item: ArticleItem) -> Saved | int:
    """``save_article`` unless the archive already holds the same text: then the original's id, with the item's
    URLs remembered as its other URLs. The check and the save are one transaction (one trip to the database)."""
    outcome = _save_together(db, [(source_id, item)])[0]
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


def save_new_articles(db: Database, batch: Sequence[tuple[int | None, ArticleItem]]) -> list[Saved | int | Exception]:
    """``save_new_article`` for each ``(source_id, item)`` of a batch, in one transaction: one query for the texts
    the archive already holds, the new articles, their figures and other URLs inserted together, one commit.

    One outcome per entry: what ``save_new_article`` returns, or the exception it would raise. An error undoes the
    whole batch (an article stored meanwhile by another crawl, a full disk), and the batch is then saved entry by
    entry, so only the entry at fault fails and each gets the error its own save gives.
    """
    try:
        return _save_together(db, batch)
    except Exception as exc:  # noqa: BLE001 - each entry is tried alone and gets its own outcome
        if len(batch) == 1:
            return [exc]
        log.debug("a batch of %d articles failed (%s); saving them one by one", len(batch), type(exc).__name__)
        return [save_new_articles(db, [entry])[0] for entry in batch]


def _save_together(db: Database, batch: Sequence[tuple[int | None, ArticleItem]]) -> list[Saved | int | Exception]:
    with db.engine.begin() as conn:
        hashes = [item.content_hash for _, item in batch if item.content_hash]
        originals = dict(conn.execute(_FIRST_WITH_TEXT, {"hashes": hashes}).all()) if hashes else {}
        fresh = [(source_id, item) for source_id, item in batch if item.content_hash not in originals]
        saved = iter(_insert_articles(conn, fresh) if fresh else [])
    outcomes: list[Saved | int | Exception] = []
    for _, item in batch:
        original = originals.get(item.content_hash)
        if original is None:
            outcomes.append(next(saved))
            continue
        try:
            remember_alias(db, [item.url, *item.aliases], original)
            outcomes.append(original)
        except Exception as exc:  # noqa: BLE001 - this entry's error, not the batch's
            outcomes.append(exc)
    return outcomes


# Built once, on the tables rather than the ORM classes: a statement with its values built per article went through
# the ORM's bulk-insert layer and a fresh cache key of all 17 values each time (writer thread 2.7 → 1.8 ms an article)
_ARTICLE_INSERT = insert(Article.__table__)
# a batch's articles in one statement (INSERT … VALUES …, … RETURNING id), their ids in the order of the rows
_ARTICLES_INSERT = insert(Article.__table__).returning(Article.__table__.c.id, sort_by_parameter_order=True)
_FIGURE_INSERT = insert(Figure.__table__)
_URL_INSERT = insert(ArticleUrl.__table__)
# the archive's first article with each of a batch's texts, built once for the same reason (a select built per
# article cost a quarter of the save's CPU in building and keying the statement)
_FIRST_WITH_TEXT = (
    select(Article.content_hash, func.min(Article.id))
    .where(Article.content_hash.in_(bindparam("hashes", expanding=True)))
    .group_by(Article.content_hash)
)


def _article_row(source_id: int | None, item: ArticleItem) -> dict:
    ex: Extraction = item.extraction
    relevant = ex.relevant
    return {
        "source_id": source_id, "url": item.url, "title": item.title, "published": item.published,
        "lang": ex.lang or item.lang, "content_hash": item.content_hash, "fingerprint": item.fingerprint,
        "relevant": relevant, "conflict": ex.conflict, "event_date": ex.event_date,
        "duplicate_of_id": item.duplicate_of_id, "extracted_at": utcnow(), "extractor_version": ex.version,
        "text": item.text if relevant else None,
        "raw_html": item.raw_html if relevant else None,
        "kept_text": None if relevant else keep_compressed(item.text),
    }


def _insert_article(conn: Connection, source_id: int | None, item: ArticleItem) -> Saved:
    article_id = conn.execute(_ARTICLE_INSERT, _article_row(source_id, item)).inserted_primary_key[0]
    figures = _figure_rows(item.extraction, article_id) if item.extraction.relevant else []
    if figures:
        conn.execute(_FIGURE_INSERT, figures)
    aliases = _alias_rows(item, article_id)
    if aliases:
        conn.execute(_URL_INSERT, aliases)
    return Saved(article_id, item.extraction.relevant, len(figures))


def _insert_articles(conn: Connection, batch: Sequence[tuple[int | None, ArticleItem]]) -> list[Saved]:
    """``_insert_article`` for many: one statement per table."""
    if len(batch) == 1:  # a lone save (a quiet crawl): the one-row insert costs less than the many-rows statement
        return [_insert_article(conn, *batch[0])]
    ids = conn.execute(_ARTICLES_INSERT, [_article_row(source_id, item) for source_id, item in batch]).scalars().all()
    saved, figures, aliases = [], [], []
    for article_id, (_, item) in zip(ids, batch, strict=True):
        found = _figure_rows(item.extraction, article_id) if item.extraction.relevant else []
        figures += found
        aliases += _alias_rows(item, article_id)
        saved.append(Saved(article_id, item.extraction.relevant, len(found)))
    if figures:
        conn.execute(_FIGURE_INSERT, figures)
    if aliases:
        conn.execute(_URL_INSERT, aliases)
    return saved


def _alias_rows(item: ArticleItem, article_id: int) -> list[dict]:
    return [{"url": url, "article_id": article_id} for url in set(item.aliases) - {item.url}]


def replace_figures(db: Database, article_id: int, extraction: Extraction, text: str | None = None) -> int:
    """Re-extraction: the article's figures and verdict replaced in one transaction.

    ``text`` is what was re-read: an article rescued from irrelevance gets it back as searchable text; one
    now judged irrelevant keeps it compressed instead (nothing read is ever thrown away here).
    """
    values: dict = {"relevant": extraction.relevant, "conflict": extraction.conflict,
                    "event_date": extraction.event_date, "extracted_at": utcnow(),
                    "extractor_version": extraction.version}
    if text and extraction.relevant:
        values |= {"text": text, "kept_text": None}
    elif text:
        values |= {"text": None, "kept_text": keep_compressed(text)}
    with db.engine.begin() as conn:
        conn.execute(delete(Figure).where(Figure.article_id == article_id))
        conn.execute(update(Article).where(Article.id == article_id).values(**values))
        figures = _figure_rows(extraction, article_id) if extraction.relevant else []
        if figures:
            conn.execute(insert(Figure), figures)
        return len(figures)


def record_run(
    db: Database, row: SourceRow, *, failing_after: int, etag: str | None, last_modified: str | None
) -> None:
    """The source's health and validators, and one crawl_runs row, in one transaction."""
    now = utcnow()
    with db.session() as s:
        source = s.get(Source, row.source_id) if row.source_id else None
        started = now if row.started_at is None else row.started_at
        s.add(CrawlRun(
            source_id=row.source_id, started_at=started, finished_at=now, status=row.status, fetched=row.fetched,
            new=row.new, relevant=row.relevant, figures=row.figures, errors=row.errors, error=row.error,
        ))
        if source is None:
            return
        if row.status == "ok":
            source.record_success(now)
            source.etag, source.last_modified = etag, last_modified
        else:
            source.record_failure(row.error, now, failing_after=failing_after, blocked=row.status == "blocked")
