"""How the extraction workers start: forked from a warmed forkserver, logging through the crawl's handlers.

The workers are forked from a forkserver that imported and warmed up the extraction stack once (``crawler.warm``),
never from the crawl process: a fork of the crawl would carry its Scrapy, Twisted and SQLAlchemy into every worker,
and its threads, and every page the crawl's own work dirties afterwards would be copied into each worker.

Forked from the forkserver, they do not inherit the crawl's logging set-up (levels, format, secret masking): each
worker sends its records over a queue, at the levels the crawl process had set when the pool started, and a listener
thread in the crawl process hands them to its root handlers.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import logging.handlers
import multiprocessing
import threading
from multiprocessing import popen_forkserver, spawn
from multiprocessing.context import ForkServerContext, ForkServerProcess
from typing import Any

_spawning = threading.Lock()
_M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter
BIG_BLOCK = 1 << 20


def give_back_big_blocks() -> None:
    """Every block over 1 MB (a page, its decoded text, a pickled page) is returned to the system when freed.

    glibc serves such blocks from mmap only until the first one is freed, then raises its threshold to that block's
    size: after that a big page's copies come from the heap, whose pages stay with the process once freed, and the
    next copy of the same page cannot always reuse them (a 10 MB page left a worker ~50 MB larger at its peak).
    A fixed threshold keeps big blocks on mmap; it costs one mmap call per big block, nothing per small one.
    """
    with contextlib.suppress(OSError, AttributeError):  # not glibc: its allocator keeps its own rules
        ctypes.CDLL(None).mallopt(_M_MMAP_THRESHOLD, BIG_BLOCK)


class _LeanPopen(popen_forkserver.Popen):
    """A forkserver child that does not run the parent's ``__main__`` again (``swapwatch.cli``, pytest, a bench
    script): the workers run only functions of ``crawler.work``, and a second ``__main__`` in each of them costs
    memory and start-up time for nothing."""

    def _launch(self, process_obj: Any) -> None:
        prepared = spawn.get_preparation_data

        def without_main(name: str) -> dict:
            return {k: v for k, v in prepared(name).items() if not k.startswith("init_main_from")}

        with _spawning:
            spawn.get_preparation_data = without_main
            try:
                super()._launch(process_obj)
            finally:
                spawn.get_preparation_data = prepared


class _WorkerProcess(ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: Any) -> _LeanPopen:
        return _LeanPopen(process_obj)


class _WorkerContext(ForkServerContext):
    Process = _WorkerProcess


def context() -> multiprocessing.context.BaseContext:
    """The start method of the extraction pool: the warmed forkserver."""
    ctx = _WorkerContext()
    ctx.set_forkserver_preload(["crawler.warm"])
    return ctx

_listener: logging.handlers.QueueListener | None = None
_queue: Any = None


def bridge(ctx: multiprocessing.context.BaseContext) -> tuple[Any, dict[str, int]]:
    """In the crawl process: the queue the workers log to (the listener started once) and the levels to apply."""
    global _listener, _queue
    if _listener is None:
        _queue = ctx.Queue()
        _listener = logging.handlers.QueueListener(_queue, *logging.getLogger().handlers, respect_handler_level=True)
        _listener.start()
    levels = {name: logger.level for name, logger in logging.Logger.manager.loggerDict.items()
              if isinstance(logger, logging.Logger) and logger.level != logging.NOTSET}
    levels[""] = logging.getLogger().level
    return _queue, levels


def join(queue: Any, levels: dict[str, int]) -> None:
    """In a worker, at its start: log to ``queue`` at the crawl process's levels."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.addHandler(logging.handlers.QueueHandler(queue))
    for name, level in levels.items():
        logging.getLogger(name or None).setLevel(level)


def stop() -> None:
    """In the crawl process, once the pool is shut down: the records still queued are handled, the thread ends."""
    global _listener, _queue
    if _listener is not None:
        _listener.stop()
        _queue.close()
        _listener = _queue = None
