"""Storage faults against the real CLI: a full disk (`ulimit -f` on the crawl), a read-only database (a process
without root's capabilities, so file permissions bind it), an unreachable server. Each is a failure, said in
one line, with a non-zero exit, and the archive keeps what it had.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from crawler_support import REPO, _env, write_config
from sqlalchemy import func, select

from storage import Article, Database
from swapwatch.demo.site import NewsSite

SETPRIV = shutil.which("setpriv")


@pytest.fixture(scope="module")
def site():
    with NewsSite.bundled() as news:
        yield news


def sources(site) -> list[dict]:
    return [{"name": "Sample Wire", "url": f"{site.url}/rss.xml", "type": "feed", "max_age": "36500d"}]


def swapwatch(config: Path, *args: str, limit_bytes: int | None = None, unprivileged: bool = False,
              timeout: float = 90) -> subprocess.CompletedProcess:
    """`swapwatch …` with its files capped at ``limit_bytes`` (the `ulimit -f` of a full disk), or as root
    without any capability (so a file it does not own is as read-only to it as to any user)."""
    argv = [sys.executable, "-m", "swapwatch.cli", "--config", str(config), *args]
    if unprivileged:
        argv = [SETPRIV, "--inh-caps=-all", "--bounding-set=-all", "--", *argv]

    def cap() -> None:
        if limit_bytes is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run(argv, capture_output=True, text=True, timeout=timeout, env=_env(), cwd=REPO,
                          preexec_fn=cap)


def migrated(url: str) -> None:
    Database(url).dispose()


def articles(url: str) -> int:
    db = Database(url, migrate=False)
    try:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(Article))
    finally:
        db.dispose()


def test_a_full_disk_fails_the_crawl_in_a_few_lines_and_keeps_the_archive(site, tmp_path) -> None:
    db_path = tmp_path / "sw.db"
    config = write_config(tmp_path / "sw.toml", f"sqlite:///{db_path}", sources(site))
    migrated(f"sqlite:///{db_path}")
    # room for the source rows and a few pages of the write-ahead log, not for 25 articles with their HTML
    done = swapwatch(config, "crawl", "--format", "json", limit_bytes=db_path.stat().st_size + 96 * 1024)
    assert done.returncode == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("swapwatch: crawl failed: storage error: ") and ("disk" in last or "full" in last), last
    assert done.stderr.count("storage error") <= 6  # each cause said once or twice, never once per article
    (row,) = json.loads(done.stdout)["sources"]
    assert row["status"] == "failed" and "storage error" in row["error"]
    assert json.loads(done.stdout)["storage_error"]
    stored = articles(f"sqlite:///{db_path}")
    assert stored < 25  # the crawl stopped; what was committed before the disk filled is all there, readable
    assert stored == row["new"]  # every article the crawl counted as stored is there


@pytest.fixture
def read_only_db(site, tmp_path) -> Path:
    """A migrated SQLite database owned by nobody (0644) in a folder of ours: readable, not writable, to a process
    that has no capability to override file permissions."""
    if os.geteuid() != 0 or SETPRIV is None:
        pytest.skip("needs root and setpriv to run a process that file permissions bind")
    db_path = tmp_path / "sw.db"
    config = write_config(tmp_path / "sw.toml", f"sqlite:///{db_path}", sources(site))
    migrated(f"sqlite:///{db_path}")
    os.chown(db_path, 65534, 65534)
    db_path.chmod(0o644)
    probe = subprocess.run([SETPRIV, "--inh-caps=-all", "--bounding-set=-all", "--", "sh", "-c", f": >> '{db_path}'"],
                           capture_output=True)
    if probe.returncode == 0:
        pytest.skip("this system lets a process without capabilities write another user's file")
    return config


def test_a_read_only_database_is_one_line_and_a_failure(read_only_db) -> None:
    crawl = swapwatch(read_only_db, "crawl", unprivileged=True)
    assert crawl.returncode == 2, crawl.stderr[-2000:]
    assert crawl.stderr.strip().splitlines() == ["swapwatch: storage error: attempt to write a readonly database"]
    run = swapwatch(read_only_db, "run", unprivileged=True, timeout=60)
    assert run.returncode == 2, run.stderr[-2000:]
    assert run.stderr.strip() == "swapwatch: the database does not accept writes: attempt to write a readonly database"


def test_run_on_an_unreachable_server_is_one_line(tmp_path) -> None:
    config = write_config(tmp_path / "sw.toml", "postgresql+psycopg://swapwatch@127.0.0.1:9/none", [])
    done = swapwatch(config, "run", timeout=60)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("swapwatch: ") and "Traceback" not in done.stderr
    assert "refused" in lines[0] or "connect" in lines[0]
