"""Helpers for running the real `swapwatch run` in a subprocess against the local news site.

- ``Hook``: a JSON webhook (the target of apprise ``json://``) on a fixed 127.0.0.1 port that can be
  started after the service, to play "the alert target was down".
- ``ServiceProcess``: the service as a child process, its stderr kept in a file for the assertions.
- ``wait_for``: bounded polling, never a bare sleep.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from hook_support import JsonHook
from sqlalchemy import func, select

from storage import Database


def wait_for(predicate, timeout: float = 60.0, what: str = "condition", interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        assert time.monotonic() < deadline, f"timed out after {timeout:.0f}s waiting for {what}"
        time.sleep(interval)


class Hook(JsonHook):
    """The alert target of a service under test: ``Hook()`` knows its URL before ``start()``."""

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self.port}/alerts"

    def titles(self) -> list[str]:
        return [r.get("title", "") for r in self.received]


def service_config(db_url: str, site_url: str, hook_url: str, interval: str = "2s", extra: str = "") -> str:
    return f"""
[storage]
url = "{db_url}"

[schedule]
interval = "{interval}"
jitter = "1s"
crawl_timeout = "60s"
delivery_interval = "1s"

[crawl]
contact = "https://example.org/tests"
download_timeout = "60s"
start_delay = "0.1s"

[alerts]
urls = ["{hook_url}"]
max_event_age = "36500d"
retry_base = "1s"
retry_max = "2s"
send_lease = "5s"

[[sources]]
name = "Sample Wire"
url = "{site_url}/rss.xml"
type = "feed"
max_age = "36500d"
{extra}
"""


class ServiceProcess:
    def __init__(self, config: Path, log: Path, *options: str) -> None:
        self.config, self.log, self.options = config, log, options
        self.proc: subprocess.Popen | None = None

    def start(self) -> ServiceProcess:
        self._fh = open(self.log, "a")  # noqa: SIM115 - closed in wait()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "swapwatch.cli", "--config", str(self.config), *self.options, "run",
             "--stop-timeout", "3s"],
            stdout=self._fh, stderr=subprocess.STDOUT,
        )
        return self

    def signal(self, sig: int = signal.SIGTERM) -> None:
        self.proc.send_signal(sig)

    def wait(self, timeout: float = 30.0) -> int:
        try:
            return self.proc.wait(timeout=timeout)
        finally:
            self._fh.close()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def output(self) -> str:
        return self.log.read_text(errors="replace")


def count(db: Database, model, *where) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0
