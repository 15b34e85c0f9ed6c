"""A newcomer's first hour (issue #14): where data goes, quiet logs, honest exit codes, readable output."""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import subprocess
import sys
import urllib.request
from datetime import date, timedelta
from pathlib import Path

import pytest
from query_support import seed_archive
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from typer.testing import CliRunner

from alerts import AlertCycleReport, EventChange
from core.config import ConfigError, parse_config
from storage import Alert, Database, DatabaseError, TimelinePoint, make_engine
from swapwatch.cli import _register, app
from swapwatch.output import write_rows

_register()
runner = CliRunner()


@pytest.fixture(autouse=True)
def _no_env(monkeypatch, tmp_path):
    for name in ("SWAPWATCH_CONFIG", "SWAPWATCH_DATABASE_URL", "SWAPWATCH_ALERT_URLS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def invoke(*args: str):
    return runner.invoke(app, list(args))


# 1 -------------------------------------------------------------------------------------------------
def test_a_relative_sqlite_path_is_the_config_files_neighbour(tmp_path, monkeypatch) -> None:
    live, elsewhere = tmp_path / "live", tmp_path / "elsewhere"
    live.mkdir(), elsewhere.mkdir()
    (live / "swapwatch.toml").write_text('[storage]\nurl = "sqlite:///live.db"\n')
    monkeypatch.chdir(elsewhere)
    assert invoke("--config", "../live/swapwatch.toml", "db", "upgrade").exit_code == 0
    result = invoke("--config", "../live/swapwatch.toml", "status", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["database"] == str((live / "live.db").resolve())
    assert (live / "live.db").exists() and not (elsewhere / "live.db").exists()
    table = invoke("--config", "../live/swapwatch.toml", "status")
    assert f"database: {(live / 'live.db').resolve()}" in table.stdout


def test_without_a_config_a_writing_command_refuses_and_writes_nothing(tmp_path) -> None:
    for args in (["crawl"], ["db", "upgrade"], ["reextract"]):
        result = invoke(*args)
        assert result.exit_code == 2 and "no config file found" in result.output, (args, result.output)
    # a read-only command says what it would have read
    result = invoke("events")
    assert result.exit_code == 2 and "no database at" in result.output
    assert list(tmp_path.iterdir()) == []


# 3 -------------------------------------------------------------------------------------------------
def test_the_crawl_workers_warm_up_logs_no_error() -> None:
    # the forkserver's preload, in a process of its own: importing crawler.warm warms up (and freezes the collector)
    code = ("import logging; logging.basicConfig(level=logging.WARNING); import crawler.warm; "
            "crawler.warm.warm_up(); print('warm')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0 and done.stdout.strip() == "warm", done.stderr
    assert done.stderr == ""


def test_scrapys_repeated_download_errors_are_shown_from_v_on() -> None:
    from swapwatch.logs import setup_logging

    def shown(verbosity: int) -> bool:
        setup_logging(verbosity)
        handler = next(h for h in logging.getLogger().handlers if getattr(h, "_swapwatch", False))
        record = logging.LogRecord("scrapy.downloadermiddlewares.robotstxt", logging.ERROR, "", 0, "x", None, None)
        return bool(handler.filter(record))

    try:
        assert not shown(0) and shown(1)
    finally:
        setup_logging(0)


# 9 -------------------------------------------------------------------------------------------------
@pytest.fixture
def archive(tmp_path):
    config = tmp_path / "swapwatch.toml"
    config.write_text('[storage]\nurl = "sqlite:///archive.db"\n\n[[sources]]\nname = "Down"\n'
                      'url = "http://127.0.0.1:9/rss.xml"\ntype = "feed"\n\n'
                      '[crawl]\nretries = 0\nobey_robots = false\n')
    db = Database(f"sqlite:///{tmp_path / 'archive.db'}")
    seeded = seed_archive(db)
    db.dispose()
    return (lambda *args: invoke("--config", str(config), *args)), seeded


@pytest.mark.parametrize(("args", "message"), [
    (["events", "--since", "2024-09-01", "--until", "2024-06-01"], "is after --until"),
    (["timeline", "--since", "2024-09-01", "--until", "2024-06-01"], "is after --until"),
    (["figures", "--kind", "retuned"], "unknown kind 'retuned'"),
    (["articles", "--source", "Nobody"], "no source named 'Nobody'"),
    (["alerts", "retry", "--id", "999"], "no outbox row 999"),
    (["--log-format", "xml", "events"], "'xml' is not one of"),
])
def test_mistakes_exit_2_with_one_line(archive, args, message) -> None:
    run, _ = archive
    result = run(*args)
    assert result.exit_code == 2 and message in result.output, result.output


def test_status_check_exits_1_when_the_service_is_down(archive) -> None:
    run, _ = archive
    result = run("status", "--check")
    assert result.exit_code == 1 and "service: not running" in result.stdout


def test_a_crawl_in_which_every_source_failed_exits_1(archive) -> None:
    run, _ = archive
    result = run("crawl", "--no-alerts")
    assert result.exit_code == 1 and "all 1 source(s) failed" in result.output


def test_a_crawl_with_no_sources_exits_2(tmp_path) -> None:
    (tmp_path / "swapwatch.toml").write_text("")
    result = invoke("crawl")
    assert result.exit_code == 2 and "no enabled [[sources]]" in result.output


# 2 -------------------------------------------------------------------------------------------------
def test_the_chart_is_one_conflict_with_reported_totals_beside_the_archives_sum(tmp_path) -> None:
    from swapwatch.plot import plot_timeline

    points = [TimelinePoint(date(2024, 1, 3), 1, {"UA": 230, "RU": 248}, running={"UA": 230, "RU": 248},
                            reported={"UA": 2828}, conflicts={"RU-UA"}),
              TimelinePoint(date(2024, 5, 31), 1, {"UA": 75, "RU": 75}, running={"UA": 305, "RU": 323},
                            reported={"UA": 3210}, conflicts={"RU-UA"})]
    plot_timeline(points, tmp_path / "chart.svg", conflict="RU-UA")
    svg = (tmp_path / "chart.svg").read_text()
    assert "Russia" in svg and "3 Jan 2024 – 31 May 2024" in svg
    assert "total stated in the reports" in svg and "sum of the exchanges in this archive" in svg
    plot_timeline([], tmp_path / "empty.svg", conflict="RU-UA", since=date(2030, 1, 1))
    empty = (tmp_path / "empty.svg").read_text()
    assert "No exchange events match" in empty and "1970" not in empty


def test_timeline_plots_one_conflict_and_says_which(archive, tmp_path) -> None:
    run, _ = archive
    result = run("timeline", "--plot", str(tmp_path / "t.png"))
    assert result.exit_code == 0 and "chart: RU-UA (also in the archive: IL-PS" in result.output
    assert (tmp_path / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# 4 -------------------------------------------------------------------------------------------------
def test_tables_fit_80_columns_and_drop_empty_columns(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    out = io.StringIO()
    rows = [{"id": 12345, "date": date(2024, 1, 3), "IL": "", "UA": "230", "evidence": "word " * 40}]
    write_rows(rows, "table", ["id", "date", "IL", "UA", "evidence"], out=out)
    lines = out.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "IL" not in lines[0] and "12345" in out.getvalue() and "2024-01-03" in out.getvalue()
    wide = {f"column_{i}": f"value-{i}-{'x' * 10}" for i in range(8)}
    out = io.StringIO()
    write_rows([wide], "table", out=out)
    assert "-[ 1 ]" in out.getvalue() and "value-7-xxxxxxxxxx" in out.getvalue()  # one field a line, unbroken


# 5 -------------------------------------------------------------------------------------------------
def test_exports_and_the_feed_get_the_umasks_mode(archive, tmp_path) -> None:
    run, _ = archive
    old = os.umask(0o022)
    try:
        assert run("export", "-o", str(tmp_path / "e.csv")).exit_code == 0
        assert run("feed", "-o", str(tmp_path / "f.xml")).exit_code == 0
    finally:
        os.umask(old)
    assert (tmp_path / "e.csv").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "f.xml").stat().st_mode & 0o777 == 0o644


# 6 -------------------------------------------------------------------------------------------------
def test_event_csv_is_csv_with_true_false(archive) -> None:
    run, seeded = archive
    result = run("event", str(seeded.events["jan"]), "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 7 and {r["approx"] for r in rows} == {"true", "false"}


# 7 -------------------------------------------------------------------------------------------------
def test_the_summary_says_how_many_events_were_recorded_without_alerting_and_why() -> None:
    old = EventChange(1, "new_event", 1, date(2022, 9, 21), (), 0, too_old=True)
    new = EventChange(2, "new_event", 1, date.today(), (), 1)
    text = AlertCycleReport(changes=[old, new], max_event_age=timedelta(days=7)).summary()
    assert "1 event(s) recorded without alerting: dated before [alerts] max_event_age (7d)" in text
    assert "recorded without" not in AlertCycleReport(changes=[new]).summary()


# 8 -------------------------------------------------------------------------------------------------
def test_an_unusable_apprise_url_fails_config_loading_naming_the_key(tmp_path) -> None:
    from alerts.targets import check_targets

    good = parse_config('[alerts]\nurls = ["json://127.0.0.1:8080/hook"]\n', tmp_path / "sw.toml")
    assert check_targets(good) is good
    bad = parse_config('[alerts]\nadmin_urls = ["json://127.0.0.1/", "tgram://bad"]\n', tmp_path / "sw.toml")
    with pytest.raises(ConfigError, match=r"alerts\.admin_urls\[1\]: apprise cannot use"):
        check_targets(bad)
    (tmp_path / "swapwatch.toml").write_text('[alerts]\nurls = ["tgram://bad"]\n')
    result = invoke("status")
    assert result.exit_code == 2 and "alerts.urls[0]" in result.output


def test_alerts_discard_stops_retrying_rows_of_removed_targets(archive, tmp_path) -> None:
    run, _ = archive
    db = Database(f"sqlite:///{tmp_path / 'archive.db'}")
    with db.session() as s:
        s.add(Alert(idempotency_key="gone", kind="new_event", target="0" * 32, target_label="tgram://…",
                    title="t", body="b", status="failed", attempts=9))
    assert run("alerts", "discard").exit_code == 2
    result = run("alerts", "discard", "--removed")
    assert result.exit_code == 0 and "1 alert(s) discarded" in result.stdout
    with db.session() as s:
        assert s.scalars(text("SELECT status FROM alerts")).all() == ["discarded"]
    db.dispose()


def test_alerts_test_promises_admin_targets_only_operator_notices() -> None:
    from alerts import delivery
    from alerts.delivery import send_test
    from core.config import AlertsConfig

    sent: list[tuple[str, str]] = []
    original = delivery.send
    delivery.send = lambda url, title, body, cfg: (sent.append((url, body)), (True, None))[1]
    try:
        send_test(AlertsConfig(urls=["json://127.0.0.1:9/reader"], admin_urls=["json://127.0.0.1:9/admin"]))
    finally:
        delivery.send = original
    bodies = dict(sent)
    assert "exchange alerts" in bodies["json://127.0.0.1:9/reader"]
    assert "exchange alerts" not in bodies["json://127.0.0.1:9/admin"]
    assert "operator notices" in bodies["json://127.0.0.1:9/admin"]


# 11 ------------------------------------------------------------------------------------------------
def test_a_read_only_database_handle_cannot_write(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'ro.db'}"
    Database(url).dispose()
    db = Database(url, read_only=True)
    with pytest.raises(OperationalError), db.session() as s:
        s.execute(text("DELETE FROM sources"))
    db.dispose()


def test_a_database_folder_that_cannot_be_made_is_named(tmp_path) -> None:
    (tmp_path / "afile").write_text("")
    with pytest.raises(DatabaseError, match="afile"):
        make_engine(f"sqlite:///{tmp_path / 'afile' / 'sub' / 'x.db'}")


# 12 ------------------------------------------------------------------------------------------------
def test_help_imports_no_database_config_or_alert_libraries() -> None:
    code = ("import sys\nfrom swapwatch.cli import main\nsys.argv = ['swapwatch', '--help']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print([m for m in ('sqlalchemy', 'pydantic', 'apprise', 'scrapy', 'alembic') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "Commands:" in out and out.strip().endswith("[]")


def test_the_help_index_matches_the_command_modules() -> None:
    import typer

    from swapwatch.commands import INDEX, register_all

    full = typer.Typer()
    register_all(full)
    group = typer.main.get_group(full)
    assert set(group.commands) == set(INDEX)
    for name, command in group.commands.items():
        first = " ".join((command.help or "").split("\n\n")[0].split())
        assert INDEX[name].help == first, name
        assert INDEX[name].hidden == command.hidden, name


# 13 ------------------------------------------------------------------------------------------------
def test_the_sample_site_takes_a_port_and_answers_head(tmp_path) -> None:
    from alerts_support import free_port

    from swapwatch.demo.site import NewsSite

    port = free_port()
    with NewsSite.bundled().start(port=port) as site:
        assert site.url == f"http://127.0.0.1:{port}"
        request = urllib.request.Request(f"{site.url}/rss.xml", method="HEAD")
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200 and int(response.headers["Content-Length"]) > 0
            assert response.read() == b""


def test_relative_urls_of_the_environment_stay_the_callers(tmp_path, monkeypatch) -> None:
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "sw.toml").write_text("")
    monkeypatch.setenv("SWAPWATCH_DATABASE_URL", "sqlite:///here.db")
    from core.config import load_config

    assert load_config(tmp_path / "conf" / "sw.toml").storage.url == "sqlite:///here.db"
    assert Path("here.db").exists() is False
