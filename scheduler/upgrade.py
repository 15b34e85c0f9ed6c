"""After an extractor upgrade: how many archived articles an older version read, and re-reading them in a
child process that the service can stop."""

from __future__ import annotations

import json
import logging
import subprocess
from collections.abc import Callable

from sqlalchemy import func, or_, select

from scheduler.child import communicate_until
from storage import Article, Database

log = logging.getLogger(__name__)


def stale_articles(db: Database) -> int:
    """Articles with something to re-read whose stored extractor version is older than the running one."""
    from crawler.reextract import is_stale
    from extractor import EXTRACTOR_VERSION

    current = str(EXTRACTOR_VERSION)
    readable = or_(Article.raw_html.is_not(None), Article.text.is_not(None), Article.kept_text.is_not(None))
    with db.session() as s:
        rows = s.execute(
            select(Article.extractor_version, func.count())
            .where(readable, or_(Article.extractor_version.is_(None), Article.extractor_version != current))
            .group_by(Article.extractor_version)
        ).all()
    return sum(count for version, count in rows if is_stale(version, current))


def run_reextract_child(argv: list[str], should_abort: Callable[[], bool]) -> dict | None:
    """Run ``swapwatch reextract --stale`` as a child; stopped when the service stops. Its summary, or None."""
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    out, err, stopped = communicate_until(proc, lambda: "stopping" if should_abort() else None)
    if stopped:
        log.info("background re-extraction stopped with the service; the next start resumes it")
        return None
    if proc.returncode != 0:
        log.warning("background re-extraction failed (exit %s): %s", proc.returncode,
                    err.strip().splitlines()[-1:] or "no output")
        return None
    try:
        summary = json.loads(out)
    except json.JSONDecodeError:
        log.warning("background re-extraction printed no summary")
        return None
    log.info("background re-extraction done: %s", summary)
    return summary
