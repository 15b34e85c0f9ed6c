"""Edited posts: a revisable article (a Telegram channel's own post) seen again with a different text.

Ordinary articles are never fetched twice and identical texts are stored once; a Telegram post is read from
its channel's preview on every crawl, so its stored text can be compared cheaply. An edit replaces the
article's text, verdict and figures in one transaction and stamps ``extracted_at``, exactly like a
re-extraction, so the alert cycle regroups its figures and announces a changed figure as a revision.
"""

from __future__ import annotations

import logging

from sqlalchemy import delete, insert, select, update

from core.records import Extraction
from crawler.dedup import content_hash
from crawler.items import ArticleItem
from crawler.store import Saved, _figure_rows
from storage import Article, Database, Figure, utcnow

log = logging.getLogger(__name__)


def edited_article(db: Database, url: str, text: str) -> int | None:
    """The id of the article stored at ``url`` when its stored text differs from ``text``, else None."""
    with db.session() as s:
        row = s.execute(select(Article.id, Article.content_hash).where(Article.url == url)).first()
    if row is None or row.content_hash == content_hash(text):
        return None
    return row.id


def save_edit(db: Database, item: ArticleItem) -> Saved:
    """The edited text replaces the stored one: text, title, hashes, verdict and figures, in one transaction."""
    ex: Extraction = item.extraction
    article_id = item.revision_of
    with db.engine.begin() as conn:
        # the event links of the old figures go with them (ON DELETE CASCADE); the alert cycle regroups the new ones
        conn.execute(delete(Figure).where(Figure.article_id == article_id))
        conn.execute(update(Article).where(Article.id == article_id).values(
            title=item.title, text=item.text if ex.relevant else None, content_hash=item.content_hash,
            fingerprint=item.fingerprint, relevant=ex.relevant, conflict=ex.conflict, event_date=ex.event_date,
            lang=ex.lang or item.lang, extracted_at=utcnow(), extractor_version=ex.version,
        ))
        figures = _figure_rows(ex, article_id) if ex.relevant else []
        if figures:
            conn.execute(insert(Figure), figures)
    log.info("edited post %s: article #%s re-extracted, %d figure(s)", item.url, article_id, len(figures))
    return Saved(article_id, ex.relevant, len(figures))


def save_edits(db: Database, items: list[ArticleItem]) -> list[Saved | Exception]:
    """``save_edit`` for each item of a batch (``Runtime.in_db_batch``), each in its own transaction: edits are rare.
    One outcome per item, its ``Saved`` or the exception its save raised."""
    outcomes: list[Saved | Exception] = []
    for item in items:
        try:
            outcomes.append(save_edit(db, item))
        except Exception as exc:  # noqa: BLE001 - that item's caller gets it
            outcomes.append(exc)
    return outcomes
