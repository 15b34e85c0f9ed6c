"""Running one crawl in a child process with a wall-clock limit.

Scrapy's reactor starts once per process, and a leak or crash in one crawl must not take the service
down, so every crawl is a fresh process. The child prints its ``CrawlSummary.as_dict()`` as one JSON line
on stdout (``core.records.CrawlSummary.from_json`` reads it back); its logs go to the service's stderr.
It runs in its own process group (a Ctrl-C on the terminal reaches only the service, which decides) and
is killed with its whole group when it overruns.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import re
import signal
import subprocess
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from core.records import COUNTS, CrawlSummary

log = logging.getLogger(__name__)

# after SIGTERM a crawl gets this long to close cleanly before SIGKILL
TERMINATE_GRACE = 5.0
POLL = 0.25


@dataclass
class CrawlOutcome:
    """What became of one crawl: ``ok``/``failed``/``blocked`` (from its summary) or ``killed``/``crashed``."""

    source: str
    status: str
    seconds: float
    summary: CrawlSummary = field(default_factory=CrawlSummary)
    error: str | None = None

    @classmethod
    def of(cls, source: str, summary: CrawlSummary) -> CrawlOutcome:
        """The outcome of a crawl that printed (or returned) its summary."""
        errors = "; ".join(row.error for row in summary.sources if row.error)
        return cls(source, _status_of(summary), summary.seconds, summary, errors or None)

    def total(self, key: str) -> int:
        return self.summary.total(key)

    def log_line(self) -> str:
        counts = " ".join(f"{k}={self.total(k)}" for k in COUNTS)
        tail = f" error={self.error}" if self.error else ""
        return f"crawl {self.source!r}: {self.status} {counts} seconds={self.seconds:.1f}{tail}"


def _status_of(summary: CrawlSummary) -> str:
    statuses = {row.status for row in summary.sources}
    return next((worst for worst in ("failed", "blocked") if worst in statuses), "ok")


def parse_output(source: str, returncode: int, stdout: str, seconds: float, stderr_tail: str = "") -> CrawlOutcome:
    """Turn a finished child's exit code and stdout into an outcome (a crash is an outcome, not an exception)."""
    line = next((ln for ln in reversed(stdout.strip().splitlines()) if ln.strip().startswith("{")), "")
    try:
        summary = CrawlSummary.from_json(line) if line else None
    except ValueError as exc:
        log.warning("crawl %r: %s", source, exc)
        summary = None
    if returncode != 0:
        why = stderr_tail.strip().splitlines()[-1] if stderr_tail.strip() else f"exit code {returncode}"
        return CrawlOutcome(source, "crashed", seconds, summary or CrawlSummary(), why[:500])
    if summary is None or not summary.sources:
        return CrawlOutcome(source, "crashed", seconds, CrawlSummary(), "the crawl printed no summary")
    outcome = CrawlOutcome.of(source, summary)
    outcome.seconds = seconds
    return outcome


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


def communicate_until(proc: subprocess.Popen, stop_reason: Callable[[], str | None]) -> tuple[str, str, str | None]:
    """Wait for the child's stdout and stderr, asking ``stop_reason()`` every ``POLL`` seconds; once it names a
    reason, the child's group is stopped. (stdout, stderr, the reason or None)."""
    while True:
        try:
            out, err = proc.communicate(timeout=POLL)
            return out or "", err or "", None
        except subprocess.TimeoutExpired:
            reason = stop_reason()
            if reason:
                stop_process(proc)
                out, err = proc.communicate()
                return out or "", err or "", reason


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

    def stop_reason() -> str | None:
        if time.monotonic() - started > timeout:
            return f"killed after the {timeout:.0f}s wall-clock limit"
        return "aborted: the service is stopping" if should_abort() else None

    out, err, reason = communicate_until(proc, stop_reason)
    return _finish(source, proc, started, out, err, reason)


def _finish(
    source: str, proc: subprocess.Popen, started: float, out: str, err: str, reason: str | None
) -> CrawlOutcome:
    # whatever the crawl left behind in its group (e.g. extraction workers of a crashed crawl) goes too
    _kill_group(proc, signal.SIGKILL)
    seconds = time.monotonic() - started
    _forward_stderr(source, err)
    if reason:
        return CrawlOutcome(source, "killed", seconds, CrawlSummary(), reason)
    return parse_output(source, proc.returncode, out, seconds, err)


def _pump(stream: Iterable[str], put: Callable[[str | None], None]) -> None:
    """Hand over each line of ``stream`` as it comes, then None at its end."""
    try:
        for line in stream:
            put(line)
    finally:
        put(None)


def run_streaming_child(
    label: str,
    argv: list[str],
    timeout: float,
    on_line: Callable[[str], None],
    should_abort: Callable[[], bool] = lambda: False,
) -> CrawlOutcome:
    """``run_child`` for a batch of sources: each line the child prints goes to ``on_line`` at once, so the caller
    can settle each source as it finishes rather than when the whole batch has (a worker killed mid-batch then
    loses only the unfinished sources). Lines printed before a kill are still handed over."""
    started = time.monotonic()
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True, bufsize=1, env=None
    )
    lines: queue.Queue[str | None] = queue.Queue()
    err_tail: deque[str] = deque(maxlen=200)  # the child's log: only its end is forwarded
    threading.Thread(target=_pump, args=(proc.stdout, lines.put), daemon=True).start()
    err_reader = threading.Thread(target=_pump, args=(proc.stderr, err_tail.append), daemon=True)
    err_reader.start()
    out: list[str] = []
    reason: str | None = None
    while True:
        try:
            line = lines.get(timeout=POLL)
        except queue.Empty:
            line = ""
            if proc.poll() is not None:  # ended, but something left in its group may still hold the pipe open
                _kill_group(proc, signal.SIGKILL)
        if line is None:  # the child closed its stdout: it has ended (or been killed)
            break
        if line:
            out.append(line)
            on_line(line)
        if reason is None:
            if time.monotonic() - started > timeout:
                reason = f"killed after the {timeout:.0f}s wall-clock limit of the batch"
            elif should_abort():
                reason = "aborted: the worker is stopping"
            if reason:
                stop_process(proc)
    proc.wait()
    err_reader.join(5)
    return _finish(label, proc, started, "".join(out), "".join(s for s in err_tail if s), reason)


def _forward_stderr(source: str, err: str) -> None:
    """The child's own log output, passed on as one record (one JSON line with --log-format json)."""
    lines = [line for line in err.strip().splitlines() if line.strip()][-50:]
    if not lines:
        return
    text = "\n".join(lines)[-5000:]
    level = logging.WARNING if re.search(r"\b(ERROR|WARNING|CRITICAL|Traceback)\b", text) else logging.INFO
    log.log(level, "crawl %r said:\n%s", source, text)
