"""One service per database: the lock refuses a second holder and is released when the holder dies."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time

import pytest

from scheduler.lock import AlreadyRunning, InstanceLock

HOLD = """
import sys, time
from scheduler.lock import InstanceLock
lock = InstanceLock(sys.argv[1]); lock.acquire()
print("locked", flush=True)
time.sleep(60)
"""


def test_a_second_holder_is_refused_until_the_first_releases(db_url) -> None:
    first = InstanceLock(db_url)
    first.acquire()
    try:
        with pytest.raises(AlreadyRunning, match="already runs on this database"):
            InstanceLock(db_url).acquire()
        assert InstanceLock(db_url).holder() is not None
    finally:
        first.release()
    assert InstanceLock(db_url).holder() is None
    with InstanceLock(db_url):
        pass


def test_the_lock_dies_with_its_holder(db_url) -> None:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, db_url], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        holder = InstanceLock(db_url).holder()
        assert holder and f"pid {proc.pid}" in holder
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    deadline = time.monotonic() + 10  # PostgreSQL notices the closed connection quickly, not instantly
    while InstanceLock(db_url).holder() is not None:
        assert time.monotonic() < deadline, "the lock outlived its holder"
        time.sleep(0.1)
    with InstanceLock(db_url):
        pass


def test_a_second_swapwatch_run_refuses_with_a_clear_message(db_url, tmp_path) -> None:
    (tmp_path / "sw.toml").write_text(f'[storage]\nurl = "{db_url}"\n')
    with InstanceLock(db_url):
        proc = subprocess.run(
            [sys.executable, "-m", "swapwatch.cli", "--config", str(tmp_path / "sw.toml"), "run"],
            capture_output=True, text=True, timeout=60,
        )
    assert proc.returncode == 2
    assert "another swapwatch service already runs on this database" in proc.stderr
    assert f"pid {os.getpid()}" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.postgres
def test_a_dropped_postgresql_session_is_noticed(pg_url) -> None:
    from sqlalchemy import create_engine, text

    lock = InstanceLock(pg_url)
    lock.acquire()
    assert lock.held()
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE :me"),
                     {"me": f"swapwatch run pid {os.getpid()} %"})
    admin.dispose()
    assert not lock.held()  # the service stops (exit 75) and systemd restarts it, which retakes the lock
    with InstanceLock(pg_url):
        pass
    with contextlib.suppress(Exception):
        lock.release()
