"""Run inside an extraction worker by tests/test_crawler_parts.py; imports nothing itself, so what it sees is the
worker's own doing."""

from __future__ import annotations

import logging
import sys

WATCHED = ("_pytest", "extractor", "scrapy", "sqlalchemy", "trafilatura", "twisted", "typer")


def look_around(message: str) -> list[str]:
    """Logs ``message`` at WARNING and returns which of the watched packages this process has imported."""
    logging.getLogger("crawler.work").warning(message)
    logging.getLogger("crawler.work").debug("below the crawl's level: never shown")
    return [name for name in WATCHED if name in sys.modules]


def setting_and_parent(name: str) -> tuple[str | None, int]:
    """The worker's value of the environment variable ``name`` and its parent's pid (the forkserver it came from)."""
    import os

    return os.environ.get(name), os.getppid()


def hang_mid_page(pid_file: str) -> None:
    """A page that never ends (a C parser stuck on hostile markup): writes this worker's pid, then blocks."""
    import os
    import threading

    with open(pid_file + ".tmp", "w") as fh:
        fh.write(str(os.getpid()))
    os.replace(pid_file + ".tmp", pid_file)
    threading.Event().wait()
