"""Child crawls: the summary is read back, a runaway is killed and recorded, a crash is an outcome."""

from __future__ import annotations

import json
import os
import sys
import time

from sqlalchemy import select

from scheduler import child
from scheduler.child import parse_output, run_child
from scheduler.records import close_interrupted_runs, record_failed_crawl
from storage import CrawlRun, Source, utcnow

ROW = {"name": "Wire", "fetched": 4, "new": 2, "relevant": 1, "figures": 3, "errors": 0, "seconds": 0.5,
       "status": "ok", "error": None}


def _py(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def test_a_finished_crawl_reports_its_counts() -> None:
    outcome = run_child("Wire", _py(f"print('noise'); print({json.dumps(json.dumps({'sources': [ROW]}))})"), 30)
    assert outcome.status == "ok" and outcome.total("figures") == 3 and outcome.total("new") == 2
    assert "crawl 'Wire': ok fetched=4 new=2 relevant=1 figures=3 errors=0" in outcome.log_line()


def test_a_failed_source_row_makes_a_failed_outcome() -> None:
    bad = {**ROW, "status": "failed", "error": "HTTP 503"}
    outcome = parse_output("Wire", 0, json.dumps({"sources": [bad]}), 1.0)
    assert outcome.status == "failed" and outcome.error == "HTTP 503"


def test_a_crash_is_an_outcome_with_the_last_error_line() -> None:
    outcome = run_child("Wire", _py("import sys; sys.stderr.write('boom: disk full\\n'); sys.exit(3)"), 30)
    assert outcome.status == "crashed" and outcome.error == "boom: disk full"


def test_a_runaway_crawl_and_its_children_are_killed(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(child, "TERMINATE_GRACE", 0.5)
    pidfile = tmp_path / "grandchild.pid"
    # ignores SIGTERM and starts a grandchild: only SIGKILL of the whole group stops both
    code = (
        "import signal, subprocess, sys, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
        f"p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']); "
        f"open({str(pidfile)!r}, 'w').write(str(p.pid)); time.sleep(60)"
    )
    started = time.monotonic()
    outcome = run_child("Wire", _py(code), timeout=1.0)
    assert outcome.status == "killed" and "wall-clock limit" in outcome.error
    assert time.monotonic() - started < 10
    grandchild = int(pidfile.read_text())
    deadline = time.monotonic() + 5
    while _alive(grandchild):
        assert time.monotonic() < deadline, "the crawl's own child survived"
        time.sleep(0.05)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie (killed, not yet reaped by init) counts as dead
    with open(f"/proc/{pid}/stat") as fh:
        return fh.read().split(")")[-1].split()[0] != "Z"


def test_abort_stops_a_crawl_early() -> None:
    started = time.monotonic()
    outcome = run_child("Wire", _py("import time; time.sleep(60)"), 60, should_abort=lambda: True)
    assert outcome.status == "killed" and "stopping" in outcome.error
    assert time.monotonic() - started < 8


def test_a_killed_crawl_is_recorded_and_counts_as_a_failure(db) -> None:
    started = utcnow()
    with db.session() as s:
        src = Source(name="Wire", url="http://127.0.0.1/rss", consecutive_failures=2, health="ok")
        s.add(src)
        s.flush()
        s.add(CrawlRun(source_id=src.id, started_at=started, status="running"))
    record_failed_crawl(db, "Wire", None, started, "killed", "killed after the 5s wall-clock limit", failing_after=3)
    record_failed_crawl(db, "New", "http://127.0.0.1/new", started, "crashed", "exit code 1")
    with db.session() as s:
        names = {src.id: src.name for src in s.scalars(select(Source))}
        runs = {(names.get(r.source_id), r.status) for r in s.scalars(select(CrawlRun))}
        wire = s.scalars(select(Source).where(Source.name == "Wire")).one()
        assert wire.consecutive_failures == 3 and wire.health == "failing" and "wall-clock" in wire.last_error
    assert runs == {("Wire", "killed"), ("New", "crashed")}  # the running row was closed, not duplicated


def test_runs_left_running_by_a_dead_service_are_closed(db) -> None:
    with db.session() as s:
        s.add(CrawlRun(status="running"))
        s.add(CrawlRun(status="ok"))
    assert close_interrupted_runs(db) == 1
    with db.session() as s:
        assert sorted(r.status for r in s.scalars(select(CrawlRun))) == ["killed", "ok"]


def test_a_background_reextraction_stops_with_the_service() -> None:
    from scheduler.upgrade import run_reextract_child

    # left to finish, the child would print a summary and be read back as one
    argv = _py("import time; time.sleep(5); print('{\"articles\": 1}')")
    assert run_reextract_child(argv, should_abort=lambda: True) is None
    assert run_reextract_child(_py("print('{\"articles\": 1}')"), should_abort=lambda: False) == {"articles": 1}
