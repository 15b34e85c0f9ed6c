"""How the extraction workers start: forked from a warmed forkserver, logging through the crawl's handlers.

The workers are forked from a forkserver that imported and warmed up the extraction stack once (``crawler.warm``),
never from the crawl process: a fork of the crawl would carry its Scrapy, Twisted and SQLAlchemy into every worker,
and its threads, and every page the crawl's own work dirties afterwards would be copied into each worker.

A long-lived process (the service, a cluster worker, the test session) starts that forkserver once and shares it
with every crawl child it starts (``share_forkserver``): a child then forks its workers from it instead of warming
up its own. Such workers are the forkserver's children, not the crawl's, so each takes the crawl's own settings and
exits as soon as its crawl is gone.

Forked from the forkserver, they do not inherit the crawl's logging set-up (levels, format, secret masking): each
worker sends its records over a queue, at the levels the crawl process had set when the pool started, and a listener
thread in the crawl process hands them to its root handlers.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import io
import logging
import logging.handlers
import multiprocessing
import os
import threading
from multiprocessing import forkserver, popen_forkserver, resource_tracker, spawn, util
from multiprocessing.connection import wait
from multiprocessing.context import ForkServerContext, ForkServerProcess, reduction, set_spawning_popen
from typing import Any

log = logging.getLogger(__name__)
# set by ``share_forkserver`` in a long-lived process, inherited by the crawl children it starts
SHARED_ENV = "SWAPWATCH_FORKSERVER"
SHARED_KEY_ENV = "SWAPWATCH_FORKSERVER_KEY"
PRELOAD = ["crawler.warm"]

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


class _SharedForkServer(forkserver.ForkServer):
    """A warmed forkserver started by a long-lived ancestor (``share_forkserver``), found by its socket's address.

    It is not this process's child, so it is never started, waited for or stopped here; what each fork needs from
    this process (the resource tracker, an "alive" descriptor for the worker to hold) is this process's own.
    """

    def __init__(self, address: str, authkey: bytes | None) -> None:
        super().__init__()
        self._forkserver_address = address
        self._forkserver_authkey = authkey  # Python 3.14+ authenticates each connection; earlier ones ignore it
        self._forkserver_alive_fd = _unused_pipe_end()

    def ensure_running(self) -> None:
        resource_tracker.ensure_running()


@functools.cache
def _unused_pipe_end() -> int:
    # the forkserver hands each worker an "alive" descriptor to hold; a shared server's lifetime is its owner's
    return os.pipe()[1]


@functools.cache
def _shared_server(address: str, key: str) -> _SharedForkServer:
    return _SharedForkServer(address, bytes.fromhex(key) if key else None)


def _server() -> forkserver.ForkServer:
    """The forkserver a worker is forked from: a long-lived ancestor's when it shares one, else this process's own."""
    address = os.environ.get(SHARED_ENV)
    if address and os.path.exists(address):
        return _shared_server(address, os.environ.get(SHARED_KEY_ENV, ""))
    return forkserver._forkserver


class _LeanPopen(popen_forkserver.Popen):
    """A forkserver child that does not run the parent's ``__main__`` again (``swapwatch.cli``, pytest, a bench
    script): the workers run only functions of ``crawler.work``, and a second ``__main__`` in each of them costs
    memory and start-up time for nothing. It is forked from ``_server()``.

    ``popen_forkserver.Popen._launch`` with those two changes (the standard one always uses this process's own
    forkserver and sends the whole preparation data)."""

    def _launch(self, process_obj: Any) -> None:
        prepared = spawn.get_preparation_data(process_obj._name)
        prepared = {k: v for k, v in prepared.items() if not k.startswith("init_main_from")}
        buf = io.BytesIO()
        set_spawning_popen(self)
        try:
            reduction.dump(prepared, buf)
            reduction.dump(process_obj, buf)
        finally:
            set_spawning_popen(None)
        server = _server()
        try:
            self.sentinel, w = server.connect_to_new_process(self._fds)
        except OSError as exc:
            if server is forkserver._forkserver:
                raise
            # the ancestor that shared its forkserver is gone (restarted, killed): this crawl starts its own
            log.info("the shared extraction forkserver is gone (%s); starting this crawl's own", exc)
            os.environ.pop(SHARED_ENV, None)
            self.sentinel, w = forkserver._forkserver.connect_to_new_process(self._fds)
        # the child reads the end of this duplicate as its parent's death (``join``)
        _parent_w = os.dup(w)
        self.finalizer = util.Finalize(self, util.close_fds, (_parent_w, self.sentinel))
        with open(w, "wb", closefd=True) as f:
            f.write(buf.getbuffer())
        self.pid = forkserver.read_signed(self.sentinel)


class _WorkerProcess(ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: Any) -> _LeanPopen:
        return _LeanPopen(process_obj)


class _WorkerContext(ForkServerContext):
    Process = _WorkerProcess


def context() -> multiprocessing.context.BaseContext:
    """The start method of the extraction pool: the warmed forkserver."""
    ctx = _WorkerContext()
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def share_forkserver() -> None:
    """In a long-lived process (the service, a cluster worker, a test session): start the warmed forkserver now, in
    the background, and let every crawl child started from here on fork its extraction workers from it.

    Each crawl child would otherwise start and warm up a forkserver of its own, ~2 s of CPU before its first page:
    more than a small crawl's whole extraction. The children find it by its socket's address in the environment.
    """
    if os.environ.get(SHARED_ENV):  # this process's parent shares one already: its children use that one too
        return
    forkserver.set_forkserver_preload(PRELOAD)
    forkserver.ensure_running()  # spawns it and returns; the warm-up runs in it while this process goes on
    server = forkserver._forkserver
    os.environ[SHARED_ENV] = server._forkserver_address
    key = getattr(server, "_forkserver_authkey", None)  # Python 3.14+
    if key:
        os.environ[SHARED_KEY_ENV] = key.hex()

_listener: logging.handlers.QueueListener | None = None
_queue: Any = None


def bridge(ctx: multiprocessing.context.BaseContext) -> tuple[Any, dict[str, int], dict[str, str]]:
    """In the crawl process: the queue the workers log to (the listener started once), the levels to apply, and the
    crawl's own settings from the environment (``SWAPWATCH_*``): a shared forkserver has its owner's."""
    global _listener, _queue
    if _listener is None:
        _queue = ctx.Queue()
        _listener = logging.handlers.QueueListener(_queue, *logging.getLogger().handlers, respect_handler_level=True)
        _listener.start()
    levels = {name: logger.level for name, logger in logging.Logger.manager.loggerDict.items()
              if isinstance(logger, logging.Logger) and logger.level != logging.NOTSET}
    levels[""] = logging.getLogger().level
    settings = {k: v for k, v in os.environ.items() if k.startswith("SWAPWATCH_")}
    return _queue, levels, settings


def join(queue: Any, levels: dict[str, int], settings: dict[str, str] | None = None) -> None:
    """In a worker, at its start: the crawl process's ``SWAPWATCH_*`` settings, logging to ``queue`` at its levels,
    and an exit as soon as the crawl process is gone."""
    if settings is not None:
        for name in [k for k in os.environ if k.startswith("SWAPWATCH_")]:
            del os.environ[name]
        os.environ.update(settings)
    parent = multiprocessing.parent_process()
    if parent is not None and parent.sentinel is not None:
        # the worker is the forkserver's child, not the crawl's: a crawl killed mid-page (its time limit, kill -9)
        # would leave it running the page to its end, in a shared forkserver's tree rather than the crawl's
        threading.Thread(target=_exit_with, args=(parent.sentinel,), name="parent-watch", daemon=True).start()
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.addHandler(logging.handlers.QueueHandler(queue))
    for name, level in levels.items():
        logging.getLogger(name or None).setLevel(level)


def _exit_with(sentinel: int) -> None:
    wait([sentinel])
    os._exit(1)


def stop() -> None:
    """In the crawl process, once the pool is shut down: the records still queued are handled, the thread ends."""
    global _listener, _queue
    if _listener is not None:
        _listener.stop()
        _queue.close()
        _listener = _queue = None
