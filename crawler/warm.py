"""Imported once, by the extraction workers' forkserver (``crawler.work.pool``): everything a page needs is imported,
loaded and warmed up there, then frozen, so every worker forked from it shares one copy instead of building its own.

The forkserver is a fresh interpreter that never imports Scrapy, Twisted or SQLAlchemy, so neither do the workers.
"""

from __future__ import annotations

import contextlib
import gc
import logging

from crawler import work, workers

_WARM_PAGE = (
    b"<html lang='en'><head><title>Warm-up</title><meta property='article:published_time' content='2024-05-01'>"
    b"</head><body><article><h1>Warm-up</h1>" + b"<p>Ukraine and Russia exchanged 95 prisoners of war each.</p>" * 30
    + b"</article></body></html>"
)


def warm_up() -> None:
    """Import and warm up everything a page needs: trafilatura, htmldate, the language model (~50 MB), the MinHash
    permutations and the extractor's rules, about two seconds of CPU that would otherwise hold up the first pages.
    Run once, as this module is imported by the workers' forkserver, whose forked workers share all of it."""
    from trafilatura.deduplication import LRU_TEST

    work.read_article(_WARM_PAGE, "http://localhost/warm-up", "utf-8", {})
    # the language model is used only where script and function words cannot tell: load it here all the same
    from extractor.lang import _identifier

    with contextlib.suppress(Exception):  # as in detect_lang: a model that cannot load leaves the rules to decide
        _identifier()
    _warm_justext()
    # trafilatura's ``deduplicate`` counts paragraphs across pages: the warm-up page must not count against a real one.
    # Only that counter is cleared: ``trafilatura.meta.reset_caches`` also clears charset-normalizer internals that
    # recent versions no longer cache, and logs two ERROR lines per worker saying so.
    LRU_TEST.clear()
    work.release_memory()


def _warm_justext() -> None:
    """trafilatura's last fallback (justext) builds one stop-word set of all its languages on first use, ~25 MB; the
    warm-up page is read without it, so it is built here, once, rather than by each worker on its first hard page."""
    with contextlib.suppress(ImportError, AttributeError):  # a trafilatura without it: each worker builds its own
        from justext.core import define_stoplist
        from trafilatura import external

        define_stoplist(external.JT_STOPLIST or external.jt_stoplist_init())


workers.give_back_big_blocks()  # inherited by every worker
try:
    warm_up()
except Exception as exc:  # noqa: BLE001 - a failed warm-up costs the first pages time, never the crawl
    logging.getLogger(__name__).debug("extraction warm-up failed: %s", exc)
# what is loaded by now lives as long as the process: out of the collector's sight, a worker's collections skip it,
# and its pages stay shared with the other workers instead of being copied as they are scanned
gc.freeze()
