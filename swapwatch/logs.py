"""Logging set-up for the CLI and the service: levels, text or JSON lines, secrets masked."""

from __future__ import annotations

import json
import logging
import sys


class MaskSecrets(logging.Filter):
    """Rewrites every record so that no apprise URL or password reaches a log line."""

    def __init__(self, secrets: list[str] | tuple[str, ...] = ()) -> None:
        super().__init__()
        self.secrets = tuple(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        from alerts.masking import mask_text  # imported by setup_logging already: a dictionary lookup here

        message = record.getMessage()
        masked = mask_text(message, self.secrets)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_text(record.exc_text, self.secrets)
        record.msg, record.args = masked, None
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line. Kept by hand: a dozen lines of stdlib ``json``, where a library
    (python-json-logger) would be one more dependency for the same four fields."""

    def format(self, record: logging.LogRecord) -> str:
        data = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_text:
            data["exception"] = record.exc_text
        return json.dumps(data, ensure_ascii=False)


def setup_logging(verbosity: int = 0, fmt: str = "text", secrets: list[str] | tuple[str, ...] = ()) -> None:
    """verbosity: -1 quiet (errors), 0 warnings, 1 info, 2+ debug."""
    # imported now, not at the top (`swapwatch --help` needs no alerts) and not first inside a log call, where
    # importing the alerts package (alembic, which logs while it loads) would re-enter logging
    import alerts.masking  # noqa: F401

    level = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(MaskSecrets(secrets))
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_swapwatch", False):
            root.removeHandler(old)
    handler._swapwatch = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    # Scrapy and friends are chatty at INFO; keep them a notch quieter than ours
    for noisy in ("scrapy", "twisted", "filelock", "trafilatura", "htmldate", "urllib3", "apprise"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING) if verbosity < 2 else logging.DEBUG)
    if verbosity < 1:
        handler.addFilter(_drop_repeated_download_errors)


# Each failed request, robots.txt included, is logged by Scrapy at ERROR with a traceback, and then once more as
# the source's problem (crawler.health, the summary, `status`): an offline crawl printed hundreds of lines.
# Scrapy's copies are shown from -v on. A filter, not a level: Scrapy resets its loggers' levels when it starts.
_REPEATED = ("scrapy.downloadermiddlewares.retry", "scrapy.downloadermiddlewares.robotstxt")


def _drop_repeated_download_errors(record: logging.LogRecord) -> bool:
    return not record.name.startswith(_REPEATED)
