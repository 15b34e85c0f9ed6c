"""Helpers for the crawler tests: a config for a local site, and a crawl in a fresh process.

Scrapy's reactor starts once per process, so every crawl runs as `python -m swapwatch.cli … crawl`,
exactly as a user runs it; the local news site keeps running in the test process and logs every request.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from storage import Database, Source

REPO = Path(__file__).resolve().parents[1]
CONTACT = "https://example.org/swapwatch-tests"


def toml_value(value) -> str:
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    return json.dumps(value)


def write_config(path: Path, db_url: str, sources: list[dict], **crawl) -> Path:
    # the local site needs no politeness pause: at Scrapy's 1 s start delay, a redirect or an error (after which
    # AutoThrottle does not shorten it) cost a second each, most of a crawl test's time
    crawl = {"contact": CONTACT, "concurrency_per_domain": 8, "retries": 1, "download_timeout": "2s",
             "start_delay": "0.1s", **crawl}
    lines = ["[storage]", f"url = {toml_value(db_url)}", "", "[crawl]"]
    lines += [f"{k} = {toml_value(v)}" for k, v in crawl.items()]
    for source in sources:
        lines += ["", "[[sources]]", *(f"{k} = {toml_value(v)}" for k, v in source.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _env() -> dict:
    env = {**os.environ, "SWAPWATCH_WORKERS": "1", "COLUMNS": "200"}
    env.pop("SWAPWATCH_DATABASE_URL", None)
    return env


def run_swapwatch(config: Path, *args: str, timeout: float = 90) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "swapwatch.cli", "--config", str(config), *args],
        capture_output=True, text=True, timeout=timeout, env=_env(), cwd=REPO,
    )


def start_swapwatch(config: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "swapwatch.cli", "--config", str(config), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), cwd=REPO,
    )


def finish(proc: subprocess.Popen, timeout: float = 120) -> dict:
    """Wait for a `crawl --format json` started with start_swapwatch; its summary."""
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, f"crawl exited {proc.returncode}:\n{err[-3000:]}"
    return json.loads(out)


def crawl(config: Path, *args: str, expect: int = 0) -> dict:
    """One `swapwatch crawl --format json`; returns its summary (and fails loudly with its stderr).

    ``expect``: the exit code (1 when every source crawled failed)."""
    done = run_swapwatch(config, "crawl", "--format", "json", *args)
    assert done.returncode == expect, f"crawl exited {done.returncode}:\n{done.stderr[-3000:]}"
    return json.loads(done.stdout)


def row(summary: dict, name: str) -> dict:
    return next(r for r in summary["sources"] if r["name"] == name)


def source_row(db: Database, name: str) -> Source:
    with db.session() as s:
        return s.scalar(select(Source).where(Source.name == name))


def article_paths(site) -> list[str]:
    return [r.path for r in site.requests if r.path.startswith("/news/") and r.path.endswith(".html")]
