"""Running one crawl in a child process with a wall-clock limit.

Scrapy's reactor starts once per process, and a leak or crash in one crawl must not take the service
down, so every crawl is a fresh process. The child prints its ``CrawlSummary.as_dict()`` as JSON on
stdout; its logs go to the service's stderr. It runs in its own process group (a Ctrl-C on the
terminal reaches only the service, which decides) and is killed with its whole group when it overruns.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

# after SIGTERM a crawl gets this long to close cleanly before SIGKILL
TERMINATE_GRACE = 5.0
POLL = 0.25

COUNTS = ("fetched", "new", "relevant", "figures", "errors")


@dataclass
class CrawlOutcome:
    """What became of one child crawl: ``ok``/``failed``/``blocked`` (from the child) or ``killed``/``crashed``."""

    source: str
    status: str
    seconds: float
    rows: list[dict] = field(default_factory=list)
    error: str | None = None

    def total(self, key: str) -> int:
        return sum(int(row.get(key) or 0) for row in self.rows)

    def log_line(self) -> str:
        counts = " ".join(f"{k}={self.total(k)}" for k in COUNTS)
        tail = f" error={self.error}" if self.error else ""
        return f"crawl {self.source!r}: {self.status} {counts} seconds={self.seconds:.1f}{tail}"


def summary_rows(data: object) -> list[dict]:
    """Per-source rows of a CrawlSummary.as_dict(), whatever its outer shape (list or {"sources": [...]})."""
    if isinstance(data, list):
        return [r for r in data if isinstance(r, dict)]
    if isinstance(data, dict):
        for key in ("sources", "rows", "results"):
            if isinstance(data.get(key), list):
                return [r for r in data[key] if isinstance(r, dict)]
        if "name" in data:
            return [data]
    return []


def _status_of(rows: list[dict]) -> str:
    statuses = {str(r.get("status") or "ok") for r in rows}
    for worst in ("failed", "blocked", "error"):
        if worst in statuses:
            return "failed" if worst == "error" else worst
    return "ok"


def parse_output(source: str, returncode: int, stdout: str, seconds: float, stderr_tail: str = "") -> CrawlOutcome:
    """Turn a finished child's exit code and stdout into an outcome (a crash is an outcome, not an exception)."""
    rows: list[dict] = []
    line = next((ln for ln in reversed(stdout.strip().splitlines()) if ln.strip().startswith(("{", "["))), "")
    try:
        rows = summary_rows(json.loads(line)) if line else []
    except ValueError:
        rows = []
    if returncode != 0:
        why = stderr_tail.strip().splitlines()[-1] if stderr_tail.strip() else f"exit code {returncode}"
        return CrawlOutcome(source, "crashed", seconds, rows, why[:500])
    if not rows:
        return CrawlOutcome(source, "crashed", seconds, [], "the crawl printed no summary")
    errors = "; ".join(str(r["error"]) for r in rows if r.get("error"))
    return CrawlOutcome(source, _status_of(rows), seconds, rows, errors or None)


def _kill_group(proc: subprocess.Popen, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, sig)


def stop_process(proc: subprocess.Popen, grace: float | None = None) -> None:
    """SIGTERM the child's group, then SIGKILL it if it has not exited within ``grace`` seconds."""
    grace = TERMINATE_GRACE if grace is None else grace
    _kill_group(proc, signal.SIGTERM)
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        _kill_group(proc, signal.SIGKILL)
        proc.wait()


def run_child(
    source: str,
    argv: list[str],
    timeout: float,
    should_abort: Callable[[], bool] = lambda: False,
    env: dict[str, str] | None = None,
) -> CrawlOutcome:
    """Run ``argv`` and wait for it; kill it past ``timeout`` seconds or when ``should_abort()`` turns true."""
    started = time.monotonic()
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True, env=env
    )
    out_parts: list[str] = []
    reason = None
    while True:
        try:
            out, err = proc.communicate(timeout=POLL)
            break
        except subprocess.TimeoutExpired:
            elapsed = time.monotonic() - started
            if elapsed > timeout:
                reason = f"killed after the {timeout:.0f}s wall-clock limit"
            elif should_abort():
                reason = "aborted: the service is stopping"
            if reason:
                stop_process(proc)
                out, err = proc.communicate()
                break
    out_parts.append(out or "")
    # whatever the crawl left behind in its group (e.g. extraction workers of a crashed crawl) goes too
    _kill_group(proc, signal.SIGKILL)
    seconds = time.monotonic() - started
    _forward_stderr(source, err or "")
    if reason:
        return CrawlOutcome(source, "killed", seconds, [], reason)
    return parse_output(source, proc.returncode, "".join(out_parts), seconds, err or "")


def _forward_stderr(source: str, err: str) -> None:
    """The child's own log output, passed on as one record (one JSON line with --log-format json)."""
    lines = [line for line in err.strip().splitlines() if line.strip()][-50:]
    if not lines:
        return
    text = "\n".join(lines)[-5000:]
    level = logging.WARNING if re.search(r"\b(ERROR|WARNING|CRITICAL|Traceback)\b", text) else logging.INFO
    log.log(level, "crawl %r said:\n%s", source, text)
