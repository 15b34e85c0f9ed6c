"""`swapwatch alerts test|list|retry` against a real webhook; no secret ever printed."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import pytest
from alerts_support import HOOK_TOKEN, at, outbox, seed_article
from typer.testing import CliRunner

from alerts import run_alert_cycle
from storage import Database
from swapwatch.cli import _register, app
from swapwatch.config import AlertsConfig

_register()
runner = CliRunner()


@pytest.fixture
def setup(tmp_path, hook, monkeypatch):
    """A config with a working webhook and a dead one, and an archive whose alert to the dead one failed."""
    monkeypatch.delenv("SWAPWATCH_ALERT_URLS", raising=False)
    monkeypatch.delenv("SWAPWATCH_DATABASE_URL", raising=False)
    dead = f"json://hook:{HOOK_TOKEN}@127.0.0.1:9/dead"
    db_url = f"sqlite:///{tmp_path / 'sw.db'}"
    config = tmp_path / "sw.toml"
    config.write_text(f'[storage]\nurl = "{db_url}"\n[alerts]\nurls = ["{hook.url}", "{dead}"]\n')
    db = Database(db_url)
    seed_article(db, "https://reuters.example/c", "Reuters", [("returned", "UA", 84, False)],
                 published="2025-05-25", event_date="2025-05-25")
    run_alert_cycle(db, AlertsConfig(urls=[hook.url, dead]), now=at("2025-05-25 14:00"))
    yield config, db, dead
    db.dispose()


def invoke(config, *args):
    return runner.invoke(app, ["--config", str(config), "alerts", *args])


def test_list_shows_sent_and_failed_rows_with_reasons_in_every_format(setup) -> None:
    config, _db, _dead = setup
    table = invoke(config, "list")
    assert table.exit_code == 0, table.output
    assert "sent" in table.output and "failed" in table.output and HOOK_TOKEN not in table.output
    rows = json.loads(invoke(config, "list", "--format", "json").output)
    assert sorted(r["status"] for r in rows) == ["failed", "sent"]
    failed = next(r for r in rows if r["status"] == "failed")
    assert failed["last_error"] and failed["attempts"] == 1 and "****" in failed["target"]
    only_failed = list(csv.DictReader(io.StringIO(invoke(config, "list", "--status", "failed", "-f", "csv").output)))
    assert [r["status"] for r in only_failed] == ["failed"] and HOOK_TOKEN not in str(only_failed)
    bad = invoke(config, "list", "--status", "lost")
    assert bad.exit_code == 2 and "--status must be one of" in bad.output


def test_retry_makes_failed_rows_due_now_and_delivers_them(setup, hook) -> None:
    config, db, dead = setup
    (failed,) = outbox(db, status="failed")
    assert failed.next_attempt_at == at("2025-05-25 14:01")
    # the dead target comes back: it now points at the live receiver's port
    live = dead.replace("127.0.0.1:9/", f"127.0.0.1:{hook.port}/")
    config.write_text(config.read_text().replace(dead, live))
    result = invoke(config, "retry", "--no-send")
    assert result.exit_code == 0 and "1 alert(s) due now" in result.output
    (row,) = outbox(db, status="pending")
    assert row.next_attempt_at > at("2025-05-25 14:01") + timedelta(days=1)  # i.e. the real now
    # the row's target is the old URL's id: not configured any more, so it fails visibly, not silently
    result = invoke(config, "retry")
    assert result.exit_code == 1 and "1 failed" in result.output and HOOK_TOKEN not in result.output
    assert "no longer configured" in outbox(db, status="failed")[0].last_error


def test_retry_sends_when_the_target_is_back(setup, hook, tmp_path) -> None:
    config, db, dead = setup
    assert len(hook.received) == 1
    result = invoke(config, "retry", "--id", str(outbox(db, status="failed")[0].id))
    assert "1 alert(s) due now" in result.output and result.exit_code == 1  # still dead
    assert len(hook.received) == 1 and HOOK_TOKEN not in result.output


def test_alerts_test_reports_per_target(setup, hook) -> None:
    config, _db, _dead = setup
    result = invoke(config, "test")
    assert result.exit_code == 1
    # (stderr log lines are mixed into the runner's output)
    lines = [ln for ln in result.output.splitlines() if ln.startswith(("ok", "FAIL"))]
    assert lines[0].startswith("ok") and lines[1].startswith("FAIL") and HOOK_TOKEN not in result.output
    assert hook.received[-1]["title"] == "swapwatch test alert"
