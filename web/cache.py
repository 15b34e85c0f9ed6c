"""A small cache of what is costly to read (the whole-war timeline, pages of events), valid while the
archive's events are unchanged.

The alert cycle touches ``updated_at`` of every event it groups figures into, and new events add ids,
so (count, newest id, latest update) of the events table changes whenever any event's figures can have;
a time-to-live (ten minutes) bounds what any other writer could leave stale.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage import ExchangeEvent

T = TypeVar("T")


def archive_version(session: Session) -> tuple:
    e = ExchangeEvent
    return tuple(session.execute(select(func.count(), func.max(e.id), func.max(e.updated_at))).one())


class ArchiveCache:
    def __init__(self, size: int = 128, ttl: float = 600.0) -> None:
        self.size, self.ttl = size, ttl
        self._items: OrderedDict[Hashable, tuple[float, tuple, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, session: Session, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, or its earlier result when the archive has not changed since (and it is fresh)."""
        version = archive_version(session)
        now = time.monotonic()
        with self._lock:
            found = self._items.get(key)
            if found and found[1] == version and now - found[0] < self.ttl:
                self._items.move_to_end(key)
                self.hits += 1
                return found[2]
        value = compute()
        with self._lock:
            self.misses += 1
            self._items[key] = (now, version, value)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value
