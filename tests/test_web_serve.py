"""`swapwatch run --serve` serves beside the scheduler; `swapwatch demo --serve` keeps the demo archive served."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from hook_support import free_port
from service_support import Hook, service_config
from web_support import REPO, request

from swapwatch.demo.site import NewsSite, load_records

pytestmark = pytest.mark.slow


def _wait_json(url: str, ready, seconds: float, proc: subprocess.Popen):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the process ended early"
        try:
            status, _, body = request(url)
            if status == 200 and ready(json.loads(body)):
                return json.loads(body)
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} never answered as expected within {seconds}s")


def _env() -> dict:
    return {k: v for k, v in os.environ.items() if not k.startswith("SWAPWATCH_")} | {"COLUMNS": "200"}


def test_run_serve_shows_the_crawls_of_the_scheduler_it_runs_beside(tmp_path, sqlite_url) -> None:
    hook = Hook().start()
    port = free_port()
    by_id = {r["id"]: r for r in load_records()}
    with NewsSite([by_id["dev-en-001"], by_id["dev-ru-001"]]) as site:
        config = tmp_path / "sw.toml"
        config.write_text(service_config(sqlite_url, site.url, hook.url, interval="1h"))
        proc = subprocess.Popen([sys.executable, "-m", "swapwatch.cli", "--config", str(config), "run", "--serve",
                                 "--port", str(port), "--stop-timeout", "3s"], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=_env(), cwd=REPO)
        try:
            page = _wait_json(f"http://127.0.0.1:{port}/api/v1/events", lambda p: p["items"], 90, proc)
            assert page["items"][0]["event_date"] == "2024-01-03"
            status, _, body = request(f"http://127.0.0.1:{port}/sources")
            assert status == 200 and b"Sample Wire" in body
        finally:
            proc.send_signal(signal.SIGTERM)
            _, err = proc.communicate(timeout=30)
            hook.stop()
    assert proc.returncode == 0, err[-2000:]
    assert f"dashboard: http://127.0.0.1:{port}/" in err


def test_demo_serve_keeps_the_demo_archive_served_until_ctrl_c(tmp_path) -> None:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "swapwatch.cli", "demo", "--dir", str(tmp_path / "demo"),
                             "--serve", "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=_env(), cwd=tmp_path)
    try:
        page = _wait_json(f"http://127.0.0.1:{port}/api/v1/events?limit=100",
                          lambda p: len(p["items"]) >= 10, 180, proc)
        assert any(e["event_date"] == "2025-05-25" for e in page["items"])  # the second round's exchange too
        status, _, body = request(f"http://127.0.0.1:{port}/")
        assert status == 200 and b"1,000" in body
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl-C
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err[-2000:]
    assert "serve   # the dashboard: open http://127.0.0.1:8080/" in out  # what `make demo` ends with
    assert "Serving the dashboard until Ctrl-C" in out and f"http://127.0.0.1:{port}/" in err
