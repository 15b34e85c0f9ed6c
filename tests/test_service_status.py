"""`swapwatch status`: sources with their last crawl and plan, the outbox, latest events, size, who runs."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from typer.testing import CliRunner

from core.config import short_interval
from scheduler import InstanceLock
from storage import Alert, Article, CrawlRun, EventArticle, EventFigure, ExchangeEvent, Figure, Source, utcnow
from storage.schedule import save_next_run, source_job_id
from swapwatch.cli import _register, app

_register()
runner = CliRunner()


def _seed(db) -> None:
    with db.session() as s:
        wire = Source(name="Wire", url="http://127.0.0.1:9/rss.xml", consecutive_failures=0, health="ok")
        old = Source(name="Gone", url="http://127.0.0.1:9/old", consecutive_failures=4, health="failing",
                     last_error="HTTP 503")
        s.add_all([wire, old])
        s.flush()
        s.add(CrawlRun(source_id=wire.id, status="failed", started_at=utcnow() - timedelta(hours=2)))
        s.add(CrawlRun(source_id=wire.id, status="ok", new=3, figures=4, started_at=utcnow() - timedelta(minutes=5)))
        article = Article(url="http://127.0.0.1:9/news/1.html", relevant=True, source_id=wire.id)
        s.add(article)
        s.flush()
        event = ExchangeEvent(conflict="RU-UA", event_date=date(2024, 1, 3))
        s.add(event)
        s.flush()
        for side, value in (("UA", 230), ("RU", 248)):
            fig = Figure(article_id=article.id, kind="returned", side=side, value=value)
            s.add(fig)
            s.flush()
            s.add(EventFigure(event_id=event.id, figure_id=fig.id))
        s.add(EventArticle(event_id=event.id, article_id=article.id))
        for i, status in enumerate(["pending", "failed", "sent", "sent"]):
            s.add(Alert(idempotency_key=f"k{i}", kind="new_event", target="t", target_label="json://…",
                        title="t", body="b", status=status))
    save_next_run(db.engine, source_job_id("Wire"), datetime(2030, 1, 1, tzinfo=UTC))


def test_status_json_reports_sources_outbox_events_and_size(db, tmp_path) -> None:
    _seed(db)
    config = tmp_path / "sw.toml"
    config.write_text(f'[storage]\nurl = "{db.url}"\n[[sources]]\nname = "Wire"\nurl = "http://127.0.0.1:9/rss.xml"\n'
                      'interval = "15m"\n')
    with InstanceLock(db.url):
        result = runner.invoke(app, ["--config", str(config), "status", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert "pid" in data["service"]
    wire, gone = data["sources"]
    assert wire["source"] == "Wire" and wire["result"] == "ok" and wire["new"] == 3 and wire["interval"] == "15m"
    assert wire["next_run"].startswith("2030-01-01") and wire["health"] == "ok"
    assert gone["source"] == "Gone" and not gone["enabled"] and gone["failures"] == 4 and gone["health"] == "failing"
    assert data["outbox"] == {"pending": 1, "sending": 0, "sent": 2, "failed": 1}
    (event,) = data["latest_events"]
    assert event["event_date"] == "2024-01-03" and {f["value"] for f in event["figures"]} == {230, 248}
    assert event["articles"] == ["http://127.0.0.1:9/news/1.html"]
    assert data["database_size"] > 0 and data["articles"] == 1 and data["events"] == 1


def test_status_table_says_when(db, tmp_path) -> None:
    _seed(db)
    config = tmp_path / "sw.toml"
    config.write_text(f'[storage]\nurl = "{db.url}"\n[[sources]]\nname = "Wire"\nurl = "http://127.0.0.1:9/rss.xml"\n')
    result = runner.invoke(app, ["--config", str(config), "status"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "service: not running" in result.output
    assert "(5m ago)" in result.output and "outbox: 1 pending, 0 sending, 1 failed, 2 sent" in result.output
    assert "returned UA 230" in result.output and "database:" in result.output


def test_short_interval() -> None:
    assert short_interval(timedelta(minutes=90)) == "1h30m"
    assert short_interval(timedelta(seconds=45)) == "45s"
    assert short_interval(timedelta(days=2)) == "2d"
