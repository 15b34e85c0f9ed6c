"""The planner's side of the [cluster] mode: due sources go to the workers in batches, one message per batch.

The source jobs of ``swapwatch run`` only hand their source to ``CrawlBatcher.add``; a thread of its own sends what
has gathered once ``batch_size`` sources wait or ``batch_wait`` has passed since the first one. A batch costs one
transaction for the "queued" flags, one confirmed publish per ``batch_size`` sources and one transaction for the
plan (the ``on_sent`` callback), where one message per source cost all three per source and held the planner to
~100 sources a second on a busy core.

Why batch on the planner rather than on the workers: a worker that groups single-source messages must hold many
unacknowledged messages (a prefetch of ~100) and ack them one by one; a batch message is acknowledged once, after
its crawl, so late ack and redelivery keep working as for one source. The workers then crawl the batch in one child
process (``scheduler.batch``).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from scheduler import cluster, cluster_marks
from storage import Database

log = logging.getLogger(__name__)
RETRY = 5.0  # seconds between tries while the broker is down


class CrawlBatcher:
    """Gathers due sources and sends them to the workers in batches (thread-safe ``add``; ``start``/``stop``)."""

    def __init__(self, app: Any, cluster_config: Any, db: Database,
                 on_sent: Callable[[list[str]], None] = lambda names: None) -> None:
        self.app, self.cluster, self.db = app, cluster_config, db
        # the sources whose turn was taken (sent, or still queued from their last turn): the plan moves on for them
        self.on_sent = on_sent
        self.batch_size = cluster_config.batch_size
        self.wait = cluster_config.batch_wait.total_seconds()
        self._pending: dict[str, float] = {}  # source → seconds after which its "queued" flag is taken as lost
        self._first = 0.0  # when the oldest pending source arrived (monotonic)
        self._cond = threading.Condition()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def add(self, name: str, stale_after: float) -> None:
        """The source is due: it goes out with the next batch."""
        with self._cond:
            if not self._pending:
                self._first = time.monotonic()
            self._pending[name] = stale_after
            if len(self._pending) in (1, self.batch_size):  # the first starts the batch's clock; a full one goes now
                self._cond.notify()

    def start(self) -> CrawlBatcher:
        self._thread = threading.Thread(target=self._run, name="crawl-batcher", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Send what is pending (one try), then stop; what could not be sent is due again after a restart."""
        self._stop.set()
        with self._cond:
            self._cond.notify()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._stop.is_set() and not self._ready():
                    self._cond.wait(self._time_left())
                batch, self._pending = self._pending, {}
            if batch:
                failed = self._send(batch)
                if failed:
                    self._requeue(failed)
                    if not self._stop.is_set():
                        self._stop.wait(RETRY)
            if self._stop.is_set():
                return

    def _ready(self) -> bool:
        return bool(self._pending) and (len(self._pending) >= self.batch_size or self._time_left() <= 0)

    def _time_left(self) -> float | None:
        return max(0.0, self._first + self.wait - time.monotonic()) if self._pending else None

    def _requeue(self, failed: dict[str, float]) -> None:
        with self._cond:
            if not self._pending:
                self._first = time.monotonic()
            self._pending = {**failed, **self._pending}

    def flush(self) -> dict[str, float]:
        """Send everything pending now; the sources that could not be sent (for tests and shutdown)."""
        with self._cond:
            batch, self._pending = self._pending, {}
        return self._send(batch) if batch else {}

    def _send(self, batch: dict[str, float]) -> dict[str, float]:
        """Raise the flags, publish, lower the flags of what did not go out; the sources left to send again."""
        try:
            raised = self._raise(batch)
        except Exception as exc:  # noqa: BLE001 - the database is away: every source waits for the next try
            log.error("could not mark %d due source(s) as queued (%s); trying again in %.0fs", len(batch), exc, RETRY)
            return batch
        unsent: list[str] = []
        for i in range(0, len(raised), self.batch_size):
            chunk = raised[i:i + self.batch_size]
            try:
                if unsent:
                    raise RuntimeError("the broker refused an earlier batch")
                cluster.send_batch(self.app, self.cluster, chunk)
            except Exception as exc:  # noqa: BLE001 - a broker restart must not stop the planning
                if not unsent:
                    log.error("could not enqueue %d crawl(s) (%s); trying again in %.0fs", len(raised) - i, exc, RETRY)
                unsent.extend(chunk)
        if unsent:
            self._lower(unsent)  # not sent: the next try must not find their flags up
        sent = [n for n in batch if n not in set(unsent)]
        if raised:
            log.info("%d crawl(s) enqueued in %d batch(es)", len(raised) - len(unsent),
                     -(-(len(raised) - len(unsent)) // self.batch_size))
        try:
            self.on_sent(sent)
        except Exception:  # noqa: BLE001 - the plan is soft state: the next turn writes it again
            log.exception("could not save the plan of %d source(s)", len(sent))
        return {n: batch[n] for n in unsent}

    def _raise(self, batch: dict[str, float]) -> list[str]:
        by_staleness: dict[float, list[str]] = {}
        for name, stale in batch.items():
            by_staleness.setdefault(stale, []).append(name)
        raised = [n for stale, names in by_staleness.items()
                  for n in cluster_marks.raise_flags(self.db.engine, names, stale)]
        skipped = len(batch) - len(raised)
        if skipped:
            log.debug("%d due source(s) not enqueued: their last crawl has not finished yet", skipped)
        return raised

    def _lower(self, names: list[str]) -> None:
        try:
            cluster_marks.lower_flags(self.db.engine, names)
        except Exception:  # noqa: BLE001 - the flags lapse after their staleness limit
            log.exception("could not lower the flags of %d unsent source(s)", len(names))
