"""One event, read everywhere: the alert, `events` and `event` JSON, the CSV export, the Atom entry and `status`
agree on its figures and on who reported it, on SQLite and PostgreSQL.

The event has a conflicting claim (Moscow's number for Russia differs) and a syndicated copy of one report.
The copy repeats a number; counted, it would outvote the other outlet and change the headline figure, so every
view that consolidated every claim used to show a different figure than the alert announced.
"""

from __future__ import annotations

import csv
import io
import json

import feedparser
from alerts_support import alerts_config, at, seed_article
from typer.testing import CliRunner

from alerts import run_alert_cycle
from core.config import Config
from scheduler import service_status
from storage import Database
from swapwatch.cli import _register, app

_register()
SAT = "2025-05-24"


def _seed(db: Database) -> None:
    reuters = seed_article(db, "https://reuters.example/swap", "Reuters",
                           [("returned", "UA", 207, False), ("returned", "RU", 207, False)], published=SAT,
                           event_date=SAT)
    seed_article(db, "https://tass.example/swap", "TASS", [("returned", "UA", 207, False),
                 ("returned", "RU", 215, False, "215 Russian servicemen came home.")], published=SAT, event_date=SAT)
    # the same Reuters text on a portal: a repeat, not a confirmation
    seed_article(db, "https://portal.example/reuters-swap", "Portal", [("returned", "UA", 207, False),
                 ("returned", "RU", 207, False)], published=SAT, event_date=SAT, duplicate_of=reuters)


def _cli(db_url: str, tmp_path, monkeypatch):
    config = tmp_path / "swapwatch.toml"
    config.write_text("")
    monkeypatch.setenv("SWAPWATCH_DATABASE_URL", db_url)
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(app, ["--config", str(config), *args])
        assert result.exit_code == 0, result.output
        return result.output

    return run


def test_the_alert_and_every_view_agree_on_an_event(db, db_url, hook, tmp_path, monkeypatch) -> None:
    _seed(db)
    report = run_alert_cycle(db, alerts_config(urls=[hook.url]), now=at(f"{SAT} 18:00"))
    assert report.delivery.sent == 1, report.summary()
    (alert,) = hook.received
    # the alert: Moscow's 215 and Reuters' 207 tie (the copy does not count), so the larger leads
    assert alert["title"] == "Prisoner exchange 24 May 2025: 207 returned to Ukraine, 215 to Russia"
    assert "215 (TASS); 207 according to Reuters" in alert["message"]
    assert "reported by 2 outlets" in alert["message"] and "(syndicated copy)" in alert["message"]

    run = _cli(db.url, tmp_path, monkeypatch)
    (listed,) = json.loads(run("events", "--format", "json"))
    ru = {"kind": "returned", "side": "RU", "value": 215, "approx": False, "alternatives": [207]}
    ua = {"kind": "returned", "side": "UA", "value": 207, "approx": False}
    # role, confidence, outlets_count and held were added later (additive): compare the original keys
    figures = sorted(listed["figures"], key=lambda f: f["side"])
    assert [{k: f[k] for k in want} for f, want in zip(figures, [ru, ua], strict=True)] == [ru, ua]
    assert all(f["held"] is False and f["confidence"] == 1.0 for f in figures)
    assert (listed["outlets_count"], listed["articles_count"]) == (2, 3)
    assert listed["sources"] == ["Reuters", "TASS"]

    one = json.loads(run("event", str(listed["id"]), "--format", "json"))
    assert one["figures"] == listed["figures"] and one["outlets_count"] == 2
    copies = [c for c in one["claims"] if c["duplicate"]]
    assert len(one["claims"]) == 6 and len(copies) == 2 and not any(c["chosen"] for c in copies)

    (row,) = csv.DictReader(io.StringIO(run("export", "--format", "csv", "--what", "events")))
    assert (row["returned_RU"], row["returned_UA"], row["disputed"]) == ("215", "207", "returned_RU=207")
    assert (row["outlets_count"], row["articles_count"]) == ("2", "3")

    feed = tmp_path / "events.xml"
    run("feed", "-o", str(feed))
    (entry,) = feedparser.parse(feed.read_bytes()).entries
    assert "RU 215" in entry.title and "UA 207" in entry.title
    content = entry.content[0].value
    assert "returned to RU: 215 (other reports: 207)" in content
    assert "Reported by 2 outlet(s) in 3 article(s): Reuters, TASS." in content

    status = service_status(db, Config())
    (latest,) = status["latest_events"]
    assert latest["figures"] == listed["figures"] and latest["outlets_count"] == 2
