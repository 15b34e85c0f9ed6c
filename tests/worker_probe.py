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
