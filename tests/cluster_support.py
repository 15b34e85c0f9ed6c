"""Helpers for the cluster tests: the real RabbitMQ broker, `swapwatch worker` processes, broker restarts.

The broker is the machine's RabbitMQ (``SWAPWATCH_TEST_BROKER``, default amqp://guest:guest@127.0.0.1:5672//); each
test uses its own queue, deleted afterwards. In CI (``.ci/run`` starts RabbitMQ) an unreachable broker fails the
tests; elsewhere they skip with the reason.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

BROKER_ENV = "SWAPWATCH_TEST_BROKER"
BROKER = os.environ.get(BROKER_ENV, "amqp://guest:guest@127.0.0.1:5672//")


def broker_reachable(timeout: float = 1.0) -> bool:
    parts = urlsplit(BROKER)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 5672), timeout=timeout):
            return True
    except OSError:
        return False


def require_broker() -> None:
    if broker_reachable():
        return
    if os.environ.get("CI") or os.environ.get(BROKER_ENV):
        pytest.fail(f"the RabbitMQ broker at {BROKER} is unreachable (.ci/run starts it)")
    pytest.skip(f"no RabbitMQ broker at {BROKER} (set {BROKER_ENV} to require one)")


def delete_queue(queue: str) -> None:
    from kombu import Connection

    with Connection(BROKER, connect_timeout=5) as conn:
        conn.default_channel.queue_delete(queue)


def restart_broker(down_seconds: float = 1.0) -> None:
    """Stop and start the RabbitMQ application (every connection drops; durable queues and messages stay)."""
    ctl = shutil.which("rabbitmqctl")
    if ctl is None:
        pytest.skip("rabbitmqctl is not installed: cannot restart the broker")
    subprocess.run([ctl, "-q", "stop_app"], check=True, capture_output=True, timeout=120)
    time.sleep(down_seconds)
    subprocess.run([ctl, "-q", "start_app"], check=True, capture_output=True, timeout=120)
    deadline = time.monotonic() + 60
    while not broker_reachable():
        assert time.monotonic() < deadline, "the broker did not come back"
        time.sleep(0.5)


def cluster_section(queue: str, extra: str = "") -> str:
    return f'\n[cluster]\nbroker = "{BROKER}"\nqueue = "{queue}"\nsource_lock_wait = "3s"\nalert_batch = "1s"\n{extra}'


class WorkerProcess:
    def __init__(self, config: Path, log: Path, name: str) -> None:
        self.config, self.log, self.name = config, log, name
        self.proc: subprocess.Popen | None = None

    def start(self) -> WorkerProcess:
        self._fh = open(self.log, "a")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "swapwatch.cli", "--config", str(self.config), "-v", "worker", "-n", self.name],
            stdout=self._fh, stderr=subprocess.STDOUT,
        )
        return self

    def crawling(self) -> list[str]:
        """Names of the sources this worker's crawl children are crawling right now."""
        out = []
        for child in _children(self.proc.pid):
            args = _cmdline(child)
            if "crawl-child" in args:  # a batch: --source NAME once per source
                out.extend(args[i + 1] for i, arg in enumerate(args[:-1]) if arg == "--source")
        return out

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=10)

    def stop(self, timeout: float = 30.0) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._fh.close()


def _cmdline(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
    except OSError:
        return []


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found
