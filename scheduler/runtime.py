"""What the tasks of one ``swapwatch worker`` process share (``WorkerRuntime``): a module of its own, so that the
batch crawl (``scheduler.batch``) and the task registry (``scheduler.tasks``) both use it without importing each other.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from core.config import Config, SourceConfig
from storage import Database

log = logging.getLogger(__name__)


@dataclass
class WorkerRuntime:
    """What the tasks of one worker process share: the config, the database, the batch child's command line."""

    config: Config
    db: Database
    # the command line of a batch's child: (source names, each source's time limit in seconds) → argv
    batch_argv: Callable[[list[str], float], list[str]]
    stopping: threading.Event = field(default_factory=threading.Event)
    # re-reads the config file: a source added since this worker started is crawled without a restart
    reload: Callable[[], Config] | None = None
    # called as each source's crawl ends: its results wait for an alert cycle
    alerts_wanted: Callable[[], None] = lambda: None
    _by_name: dict[str, SourceConfig] = field(default_factory=dict, repr=False)
    _indexed: Config | None = field(default=None, repr=False)

    def source(self, name: str) -> SourceConfig | None:
        found = self._index().get(name)
        if found is None and self.reload is not None:
            try:
                self.config = self.reload()
            except Exception as exc:  # noqa: BLE001 - a broken edit keeps the running configuration
                log.error("config reload failed, keeping the running configuration: %s", exc)
                return None
            found = self._index().get(name)
        return found

    def _index(self) -> dict[str, SourceConfig]:
        """Enabled sources by name, rebuilt when the config changed (a batch looks up 50 names among 100,000)."""
        if self._indexed is not self.config:
            self._by_name = {s.name: s for s in self.config.sources if s.enabled}
            self._indexed = self.config
        return self._by_name
