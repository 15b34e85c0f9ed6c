"""Re-running the extractor over the archive: figures (and so events) updated without refetching.

``stale=True`` re-reads only articles whose stored extractor version is older than the running one; articles
judged irrelevant are read from their compressed ``kept_text``, so a better extractor can rescue them.
"""

from __future__ import annotations

import logging
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import or_, select

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
    figures_added: int = 0
    figures_removed: int = 0
    rescued: int = 0  # articles judged irrelevant before, relevant now
    events_changed: int = 0  # filled in by whoever rebuilds the events afterwards

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def version_key(version: str | None) -> tuple[int, ...]:
    """``"2.0.10"`` → ``(2, 0, 10)``; missing or unreadable versions sort as the oldest."""
    parts = []
    for part in (version or "").split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def is_stale(stored: str | None, current: str) -> bool:
    """Whether an article read by extractor ``stored`` should be read again by ``current``."""
    return stored is None or version_key(stored) < version_key(current)


def _query(last: int, since: date | None, current: str | None):
    readable = or_(Article.raw_html.is_not(None), Article.text.is_not(None), Article.kept_text.is_not(None))
    q = select(Article).where(Article.id > last, readable)
    if current is not None:  # stale only: anything not read by the running version (refined in Python)
        q = q.where(or_(Article.extractor_version.is_(None), Article.extractor_version != current))
    if since is not None:
        fetched_since = datetime.combine(since, time.min, tzinfo=UTC)
        undated = Article.published.is_(None) & (Article.fetched_at >= fetched_since)
        q = q.where((Article.published >= since) | undated)
    return q.order_by(Article.id).limit(BATCH)


def _stored(db: Database, since: date | None, current: str | None = None) -> Iterator[tuple[int, dict]]:
    """Archived articles to re-read, in id order, a batch at a time (bounded memory)."""
    last = 0
    while True:
        with db.session() as s:
            rows = s.scalars(_query(last, since, current)).all()
            ids = [a.id for a in rows]
            batch = [(a.id, _before(a)) for a in rows if current is None or is_stale(a.extractor_version, current)]
        if not ids:
            return
        yield from batch
        last = ids[-1]


def _before(article: Article) -> dict:
    figures = sorted((f.kind, f.side, f.value, f.approx) for f in article.figures)
    kept = zlib.decompress(article.kept_text).decode("utf-8") if article.kept_text else None
    return {"relevant": article.relevant, "figures": figures, "title": article.title, "text": article.text or kept,
            "raw_html": article.raw_html, "published": article.published, "lang": article.lang, "url": article.url}


def _reextract_one(text: str | None, raw_html: bytes | None, title, published, lang, url) -> tuple[Extraction, str]:
    """In a worker: HTML (if kept) → text → extractor; the text read comes back with the verdict."""
    if raw_html:
        page = work.html_to_text(zlib.decompress(raw_html), url, None)
        text, title = page.text, title or page.title
    return work.extract_figures(text or "", title, published, lang), text or ""


def reextract(
    db: Database,
    *,
    since: date | None = None,
    stale: bool = False,
    executor: Executor | None = None,
    progress: Callable[[int], None] | None = None,
) -> ReextractSummary:
    """Re-run the extractor over stored articles (published on or after ``since``; with ``stale`` only those
    read by an older extractor version) and replace their figures. ``progress`` gets each article done."""
    from extractor import EXTRACTOR_VERSION

    summary = ReextractSummary(extractor_version=str(EXTRACTOR_VERSION))
    if executor is None:
        work.start_pool()
    pool = executor or work.pool()
    try:
        pending = []
        for art_id, before in _stored(db, since, str(EXTRACTOR_VERSION) if stale else None):
            args = (before["text"], before["raw_html"], before["title"], before["published"], before["lang"],
                    before["url"])
            pending.append((art_id, before["relevant"], before["figures"], pool.submit(_reextract_one, *args)))
            if len(pending) >= BATCH:
                _collect(db, pending, summary, progress)
                pending = []
        _collect(db, pending, summary, progress)
    finally:
        if executor is None:
            work.shutdown_pool()
    return summary


def _collect(db: Database, pending: list, summary: ReextractSummary, progress) -> None:
    for art_id, was_relevant, figures_before, future in pending:
        summary.articles += 1
        if progress is not None:
            progress(summary.articles)
        try:
            extraction, text = future.result()
        except Exception as exc:  # noqa: BLE001 - one bad article is counted, the rest go on
            summary.errors += 1
            log.warning("re-extraction of article #%s failed: %s", art_id, exc)
            continue
        count = store.replace_figures(db, art_id, extraction, text)
        summary.relevant += int(extraction.relevant)
        summary.figures += count
        after = extraction.figure_keys() if extraction.relevant else []
        before, now = Counter(figures_before), Counter(after)
        summary.figures_added += sum((now - before).values())
        summary.figures_removed += sum((before - now).values())
        summary.rescued += int(extraction.relevant and not was_relevant)
        if extraction.relevant != was_relevant or after != figures_before:
            summary.changed += 1
