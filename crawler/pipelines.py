"""Item pipelines, one job each: archive check → HTML to text → dedup → extractor → storage.

CPU-heavy steps are awaited from a process pool and database calls from one writer thread, so the
event loop keeps downloading while pages are being read.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from scrapy.exceptions import DropItem
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from crawler import edits, store, work
from crawler.components import RuntimeComponent
from crawler.dedup import NearDuplicateIndex
from crawler.errors import STORAGE_ERRORS_BEFORE_STOP, storage_cause
from crawler.items import ArticleItem
from crawler.urls import canonical_url
from storage import utcnow

log = logging.getLogger(__name__)
NEAR_DUPLICATE_WINDOW = timedelta(days=30)


class BadArticle(DropItem):
    """An article page that could not be read; counted as an error of its source."""


class StorageFailure(DropItem):
    """The database refused a write (disk full, read-only, connection lost): the crawl's failure, not the page's."""

    def __init__(self, cause: str) -> None:
        super().__init__(f"storage error: {cause}")
        self.cause = cause


class _Pipeline(RuntimeComponent):
    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        self.db = self.runtime.db

    async def in_db(self, fn, *args: Any) -> Any:
        try:
            return await self.runtime.in_db_thread(fn, self.db, *args)
        except IntegrityError:
            raise
        except (SQLAlchemyError, OSError) as exc:
            raise StorageFailure(self.runtime.storage_fault(storage_cause(exc), STORAGE_ERRORS_BEFORE_STOP)) from None


class ArchiveCheckPipeline(_Pipeline):
    """Drops articles already archived or already taken by another source in this crawl."""

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        # URLs claimed in this crawl were checked against the archive before they were requested
        unchecked = {item.url, *item.aliases} - self.runtime.claimed
        if unchecked and await self.in_db(store.known_urls, unchecked):
            # a channel's post is read again on every crawl: a new text at a known URL is an edit
            item.revision_of = await self.in_db(edits.edited_article, item.url, item.text) if item.revisable else None
            if item.revision_of is None:
                raise DropItem(f"already archived: {item.url}")
        if item.text is not None and not self.runtime.claim(item.url):  # a Telegram post: no request to filter
            raise DropItem(f"already taken in this crawl: {item.url}")
        return item


class HtmlTextPipeline(_Pipeline):
    """Page → title, text, date, language; follows ``rel=canonical``."""

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        if item.text is not None:  # already text (Telegram)
            facts = await work.run_in_pool(work.post_facts, item.text, item.title, item.published, item.lang)
            item.content_hash, item.fingerprint = facts.content_hash, facts.fingerprint
            item.precomputed = facts
            return item
        hints = {"title": item.title, "published": item.published, "lang": item.lang}
        try:
            # handed over, not copied: the worker frees its copy before the parse, and the item keeps none
            body, item.body = work.PageBody(item.body), b""
            page = await work.run_in_pool(work.read_article, body, item.url, item.encoding, hints)
        except Exception as exc:  # noqa: BLE001 - one unreadable page must not stop the crawl
            raise BadArticle(f"cannot read the page at {item.url}: {type(exc).__name__}: {exc}") from exc
        if page.note:
            item.notes.append(f"{page.note} ({item.url})")
        if not page.text.strip():
            raise BadArticle(f"no article text found at {item.url}")
        item.text, item.title = page.text, page.title or item.title
        item.published, item.lang = page.published or item.published, item.lang or page.lang
        item.content_hash, item.fingerprint = page.content_hash, page.fingerprint
        item.raw_html = page.raw_html  # the compressed copy is all that is kept
        item.precomputed = page
        await self._follow_canonical(item, page.canonical_url)
        return item

    async def _follow_canonical(self, item: ArticleItem, declared: str | None) -> None:
        if not declared or declared == item.url:  # most pages name themselves, and item.url is canonical already
            return
        canonical = canonical_url(declared, item.url)
        if canonical == item.url or not canonical.startswith("http"):
            return
        item.aliases.append(item.url)
        item.url = canonical
        if await self.in_db(store.known_urls, [canonical]):
            raise DropItem(f"already archived as {canonical}")


class DedupPipeline(_Pipeline):
    """Identical text → dropped (its URL remembered); near-copies → linked to the original."""

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem) or not item.content_hash or item.revision_of is not None:
            return item  # an edit replaces its own article's text, whatever other articles say
        # the check against the archive is made by the storage pipeline, in the save's own transaction (one trip to
        # the database per page); only a copy of a text already seen in this crawl (rare) asks the archive here
        if not self.runtime.claim_hash(item.content_hash):
            original = await self.in_db(store.article_with_hash, item.content_hash)
            if original is not None:
                await self.in_db(store.remember_alias, [item.url, *item.aliases], original)
                raise DropItem(f"same text as article #{original}: {item.url}")
            raise DropItem(f"same text as another article of this crawl: {item.url}")
        index = await self._index()
        item.duplicate_of_id = index.original_of(item.fingerprint)
        return item

    async def _index(self) -> NearDuplicateIndex:
        if self.runtime.near_duplicates is None:
            recent = await self.in_db(store.recent_fingerprints, utcnow() - NEAR_DUPLICATE_WINDOW)
            self.runtime.near_duplicates = NearDuplicateIndex(recent)
        return self.runtime.near_duplicates


class ExtractPipeline(_Pipeline):
    """Relevance, conflict, event date and figures from the extractor.

    The worker that read the page already ran the extractor on its text (one pool trip per page, see
    ``work.read_article``); this pipeline takes that result, and runs the extractor itself only for an item that
    arrives without one (an item from another pipeline or spider).
    """

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        done, item.precomputed = item.precomputed, None
        if done is not None and done.extraction_error:
            raise BadArticle(f"extractor failed on {item.url}: {done.extraction_error}")
        if done is not None and done.extraction is not None:
            item.extraction = done.extraction
            return item
        try:
            item.extraction = await work.run_in_pool(
                work.extract_figures, item.text, item.title, item.published, item.lang
            )
        except Exception as exc:  # noqa: BLE001 - an extractor bug costs one article, not the crawl
            raise BadArticle(f"extractor failed on {item.url}: {type(exc).__name__}: {exc}") from exc
        return item


class StoragePipeline(_Pipeline):
    """The check for the same text in the archive, the row, its figures and its other URLs, in one transaction with
    the other pages saved within ``runtime.BATCH_WAIT`` (``store.save_new_articles``). A crash loses at most the
    batch in flight, whose pages the next crawl fetches again, as nothing of them was stored."""

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        if item.revision_of is not None:
            return await self._save_edit(item)
        source_id = self.crawler.spider.spec.source_id
        if self.runtime.storage_failed:  # the crawl is stopping: no point trying the next save
            raise StorageFailure(self.runtime.storage_failed)
        try:
            saved = await self.runtime.in_db_batch(store.save_new_articles, self.db, (source_id, item))
        except IntegrityError as exc:
            raise DropItem(f"stored meanwhile by another source: {item.url}") from exc
        except (SQLAlchemyError, OSError) as exc:
            raise StorageFailure(self.runtime.storage_fault(storage_cause(exc), STORAGE_ERRORS_BEFORE_STOP)) from None
        if isinstance(saved, int):  # the archive already held this text: the item's URLs were remembered as its
            raise DropItem(f"same text as article #{saved}: {item.url}")
        stats = self.crawler.stats
        stats.inc_value("swapwatch/new")
        stats.inc_value("swapwatch/relevant", int(saved.relevant))
        stats.inc_value("swapwatch/figures", saved.figures)
        if self.runtime.near_duplicates is not None and item.duplicate_of_id is None:
            self.runtime.near_duplicates.add(saved.article_id, item.fingerprint)
        self.runtime.report(
            "article", {"source": item.source, "url": item.url, "relevant": saved.relevant, "figures": saved.figures}
        )
        return item

    async def _save_edit(self, item: ArticleItem) -> ArticleItem:
        saved = await self.runtime.in_db_batch(edits.save_edits, self.db, item)
        self.crawler.stats.inc_value("swapwatch/edited")
        self.runtime.report("article", {"source": item.source, "url": item.url, "relevant": saved.relevant,
                                        "figures": saved.figures, "edited": True})
        return item
