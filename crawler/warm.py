"""Imported once, by the extraction workers' forkserver (``crawler.work.pool``): everything a page needs is imported,
loaded and warmed up there, then frozen, so every worker forked from it shares one copy instead of building its own.

The forkserver is a fresh interpreter that never imports Scrapy, Twisted or SQLAlchemy, so neither do the workers.
"""

from __future__ import annotations

import gc
import logging

from crawler import work, workers

workers.give_back_big_blocks()  # inherited by every worker
try:
    work.warm_up()
except Exception as exc:  # noqa: BLE001 - a failed warm-up costs the first pages time, never the crawl
    logging.getLogger(__name__).debug("extraction warm-up failed: %s", exc)
# what is loaded by now lives as long as the process: out of the collector's sight, a worker's collections skip it,
# and its pages stay shared with the other workers instead of being copied as they are scanned
gc.freeze()
