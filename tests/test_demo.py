"""`swapwatch demo` runs offline on the bundled site, shows the events and alerts, then only the new one."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from service_support import Hook
from sqlalchemy import select

from storage import Alert, Article, Database
from swapwatch.demo_tour import MARKER

pytestmark = pytest.mark.slow


def test_demo_shows_events_alerts_and_then_only_the_new_exchange(tmp_path) -> None:
    hook = Hook().start()
    env = {**os.environ, "COLUMNS": "200", "SWAPWATCH_DATABASE_URL": "postgresql://nobody@127.0.0.1:1/not-this"}
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "swapwatch.cli", "demo", "--dir", str(tmp_path / "demo"), "--notify", hook.url],
            capture_output=True, text=True, timeout=150, env=env, cwd=tmp_path,
        )
    finally:
        hook.stop()
    out = proc.stdout
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "ignoring SWAPWATCH_DATABASE_URL" in out  # the demo never touches the user's real database
    first, second = out.split("6. A new report appears", 1)
    # the events table: figures and the reports behind them, across languages
    assert re.search(r"2024-01-03 .*returned RU 248, returned UA 230", first)
    assert "dev-ru-001.html" in first and "dev-en-001.html" in first
    headline = re.search(r"▸ Prisoner exchange 3 January 2024: (.*)", first).group(1)
    assert "230 returned to Ukraine" in headline and "248" in headline
    sent_first = int(re.search(r"built-in inbox .*: (\d+)", first).group(1))
    assert sent_first >= 10
    # the second crawl: exactly the new exchange, nothing re-sent
    assert "Only the news alerts: 1 alert(s) for 1 new or changed event(s)" in second
    assert re.search(r"▸ Prisoner exchange 25 May 2025: 1,000 returned to", second) and "dev-de-001.html" in second
    assert second.count("▸ ") == 1
    assert len(hook.received) == sent_first + 1  # --notify got the same alerts as the built-in inbox
    assert "swapwatch --config" in second and " events" in second and " search " in second and " export" in second
    # the folder stays for the next commands
    config = tmp_path / "demo" / "swapwatch.toml"
    assert MARKER in config.read_text()
    events = subprocess.run([sys.executable, "-m", "swapwatch.cli", "--config", str(config), "events", "--format",
                             "json"], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert events.returncode == 0, events.stderr  # the first next command works on what the demo left
    assert any(e["event_date"] == "2025-05-25" for e in json.loads(events.stdout))
    db = Database(f"sqlite:///{tmp_path / 'demo' / 'swapwatch.db'}")
    with db.session() as s:
        assert len(s.scalars(select(Article.url)).all()) >= 20
        assert set(s.scalars(select(Alert.status))) == {"sent"}
    db.dispose()


def test_demo_refuses_a_folder_it_did_not_write(tmp_path) -> None:
    (tmp_path / "swapwatch.toml").write_text("[storage]\n")
    proc = subprocess.run([sys.executable, "-m", "swapwatch.cli", "demo", "--dir", str(tmp_path)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "was not written by the demo" in proc.stderr
    assert (tmp_path / "swapwatch.toml").read_text() == "[storage]\n"
