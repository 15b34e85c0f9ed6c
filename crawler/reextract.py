"""Re-running the extractor over the archive: figures (and so events) updated without refetching."""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from concurrent.futures import Executor
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select

from core.records import Extraction
from crawler import store, work
from storage import Article, Database

log = logging.getLogger(__name__)
BATCH = 200


@dataclass
class ReextractSummary:
    articles: int = 0
    relevant: int = 0
    figures: int = 0
    changed: int = 0  # articles whose verdict or figures changed
    errors: int = 0
    extractor_version: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _stored(db: Database, since: date | None) -> Iterator[tuple[int, str | None, bytes | None, dict]]:
    """Archived articles with text or HTML, in id order, a batch at a time (bounded memory)."""
    last = 0
    while True:
        with db.session() as s:
            q = select(Article).where(Article.id > last, (Article.raw_html.is_not(None)) | (Article.text.is_not(None)))
            if since is not None:
                fetched_since = datetime.combine(since, time.min, tzinfo=UTC)
                undated = Article.published.is_(None) & (Article.fetched_at >= fetched_since)
                q = q.where((Article.published >= since) | undated)
            rows = s.scalars(q.order_by(Article.id).limit(BATCH)).all()
            batch = [(a.id, a.text, a.raw_html, _before(a)) for a in rows]
        if not batch:
            return
        yield from batch
        last = batch[-1][0]


def _before(article: Article) -> dict:
    figures = sorted((f.kind, f.side, f.value, f.approx) for f in article.figures)
    return {"relevant": article.relevant, "figures": figures, "title": article.title,
            "published": article.published, "lang": article.lang, "url": article.url}


def _reextract_one(text: str | None, raw_html: bytes | None, title, published, lang, url) -> Extraction:
    """In a worker: HTML (if kept) → text → extractor."""
    if raw_html:
        page = work.html_to_text(zlib.decompress(raw_html), url, None)
        text, title = page.text, title or page.title
    return work.extract_figures(text or "", title, published, lang)


def reextract(db: Database, *, since: date | None = None, executor: Executor | None = None) -> ReextractSummary:
    """Re-run the extractor over stored articles (published on or after ``since``) and replace their figures."""
    from extractor import EXTRACTOR_VERSION

    summary = ReextractSummary(extractor_version=str(EXTRACTOR_VERSION))
    if executor is None:
        work.start_pool()
    pool = executor or work.pool()
    try:
        pending = []
        for art_id, text, raw, before in _stored(db, since):
            args = (text, raw, before["title"], before["published"], before["lang"], before["url"])
            pending.append((art_id, before, pool.submit(_reextract_one, *args)))
            if len(pending) >= BATCH:
                _collect(db, pending, summary)
                pending = []
        _collect(db, pending, summary)
    finally:
        if executor is None:
            work.shutdown_pool()
    return summary


def _collect(db: Database, pending: list, summary: ReextractSummary) -> None:
    for art_id, before, future in pending:
        summary.articles += 1
        try:
            extraction = future.result()
        except Exception as exc:  # noqa: BLE001 - one bad article is counted, the rest go on
            summary.errors += 1
            log.warning("re-extraction of article #%s failed: %s", art_id, exc)
            continue
        count = store.replace_figures(db, art_id, extraction)
        summary.relevant += int(extraction.relevant)
        summary.figures += count
        after = extraction.figure_keys()
        if extraction.relevant != before["relevant"] or (extraction.relevant and after != before["figures"]):
            summary.changed += 1
