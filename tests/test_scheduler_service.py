"""The service in-process with a stand-in crawl command (a real child process that prints a summary):
the persisted plan across restarts, due sources run promptly, reload, and a bounded stop mid-crawl."""

from __future__ import annotations

import json
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from scheduler import Service, ServiceOptions
from storage import CrawlRun, Database, utcnow
from storage.schedule import load_next_runs, save_next_run, source_job_id
from swapwatch.config import load_config

CHILD = """
import json, sys, time
name, log, pause = sys.argv[1], sys.argv[2], float(sys.argv[3])
with open(log, "a") as fh:
    fh.write(name + "\\n")
time.sleep(pause)
print(json.dumps({"sources": [{"name": name, "fetched": 1, "new": 0, "relevant": 0, "figures": 0, "errors": 0,
                               "seconds": pause, "status": "ok", "error": None}]}))
"""


def write_config(path: Path, url: str, sources: dict[str, str], disabled: tuple[str, ...] = ()) -> None:
    lines = [f'[storage]\nurl = "{url}"\n[schedule]\ninterval = "1h"\njitter = "1s"\ncrawl_timeout = "30s"\n']
    for name, interval in sources.items():
        lines.append(f'[[sources]]\nname = "{name}"\nurl = "http://127.0.0.1:9/{name}"\ninterval = "{interval}"\n'
                     f"enabled = {'false' if name in disabled else 'true'}\n")
    path.write_text("\n".join(lines))


class Harness:
    def __init__(self, tmp_path: Path, url: str, pause: float = 0.0) -> None:
        self.config_path = tmp_path / "sw.toml"
        self.log = tmp_path / "crawls.log"
        self.log.touch()
        self.url, self.pause = url, pause

    def service(self, db: Database, stop_timeout: float = 5.0) -> Service:
        config = load_config(self.config_path)
        return Service(
            config, db, lambda: load_config(self.config_path),
            lambda name: [sys.executable, "-c", CHILD, name, str(self.log), str(self.pause)],
            ServiceOptions(stop_timeout=stop_timeout, watch_interval=0.3),
        )

    def crawled(self) -> list[str]:
        return self.log.read_text().split()


def wait_for(predicate, timeout: float = 20.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


@pytest.fixture
def harness(tmp_path, db_url) -> Harness:
    return Harness(tmp_path, db_url)


def test_restart_keeps_the_plan_and_runs_what_was_due(harness, db) -> None:
    write_config(harness.config_path, harness.url, {"Later": "1h", "Due": "1h", "Off": "1h"}, disabled=("Off",))
    later = (utcnow() + timedelta(minutes=20)).replace(microsecond=0)
    save_next_run(db.engine, source_job_id("Later"), later)
    save_next_run(db.engine, source_job_id("Due"), utcnow() - timedelta(hours=3))
    service = harness.service(db)
    service.start()
    try:
        assert service.scheduler.get_job(source_job_id("Off")) is None
        assert service.scheduler.get_job(source_job_id("Later")).next_run_time == later
        wait_for(lambda: harness.crawled() == ["Due"] and load_next_runs(db.engine)["Due"] > utcnow(), what="Due")
    finally:
        service.shutdown()
    plan = load_next_runs(db.engine)
    assert plan["Later"] == later
    # the due source ran once and is now planned about one interval ahead
    assert timedelta(minutes=55) < plan["Due"] - utcnow() <= timedelta(hours=1, seconds=2)
    again = harness.service(db)
    again.start()
    try:
        assert again.scheduler.get_job(source_job_id("Due")).next_run_time == plan["Due"]
        assert again.scheduler.get_job(source_job_id("Later")).next_run_time == later
    finally:
        again.shutdown()
    assert harness.crawled() == ["Due"]


def test_short_intervals_run_on_schedule(harness, db) -> None:
    write_config(harness.config_path, harness.url, {"Fast": "1s"})
    service = harness.service(db)
    service.start()
    try:
        wait_for(lambda: len(harness.crawled()) >= 3, what="three crawls")
    finally:
        service.shutdown()
    with db.session() as s:
        assert not s.scalars(select(CrawlRun).where(CrawlRun.status == "killed")).all()


def test_an_edited_config_reschedules_without_a_restart(harness, db) -> None:
    write_config(harness.config_path, harness.url, {"Keep": "1h", "Drop": "1h"})
    save_next_run(db.engine, source_job_id("Keep"), utcnow() + timedelta(minutes=30))
    save_next_run(db.engine, source_job_id("Drop"), utcnow() + timedelta(minutes=30))
    service = harness.service(db)
    service.start()
    runner = __import__("threading").Thread(target=lambda: _loop(service), daemon=True)
    runner.start()
    try:
        # a later mtime even on coarse-grained file systems
        write_config(harness.config_path, harness.url, {"Keep": "10m", "Added": "1h"})
        bump = time.time() + 2
        __import__("os").utime(harness.config_path, (bump, bump))
        wait_for(lambda: service.scheduler.get_job(source_job_id("Added")) is not None, what="reload")
        assert service.scheduler.get_job(source_job_id("Drop")) is None
        keep = service.scheduler.get_job(source_job_id("Keep"))
        assert keep.trigger.interval == timedelta(minutes=10)
        assert keep.next_run_time - utcnow() <= timedelta(minutes=10, seconds=1)  # was 30 min away
        assert "Drop" not in load_next_runs(db.engine)
        # a broken edit keeps the running configuration
        harness.config_path.write_text("[schedule]\ninterval = 'soon'\n")
        service.reload()
        assert service.scheduler.get_job(source_job_id("Added")) is not None
        assert service.config.source("Added")
    finally:
        service.request_stop()
        runner.join(timeout=30)


def _loop(service: Service) -> None:
    # run_until_stopped without start(): the test started the service itself
    while not service._stop.wait(0.1):
        if service._reload.is_set():
            service._reload.clear()
            service.reload()
    service.shutdown()


def test_stop_mid_crawl_is_bounded_and_leaves_the_source_due(tmp_path, db_url, db) -> None:
    harness = Harness(tmp_path, db_url, pause=60)
    write_config(harness.config_path, harness.url, {"Slow": "1h"})
    save_next_run(db.engine, source_job_id("Slow"), utcnow() - timedelta(minutes=1))
    service = harness.service(db, stop_timeout=0.5)
    service.start()
    wait_for(lambda: harness.crawled() == ["Slow"], what="the crawl to start")
    started = time.monotonic()
    service.shutdown()
    assert time.monotonic() - started < 10
    with db.session() as s:
        runs = s.scalars(select(CrawlRun)).all()
    assert [r.status for r in runs] == ["killed"] and "stopping" in runs[0].error
    assert load_next_runs(db.engine)["Slow"] <= utcnow()  # still due: the restart will crawl it


def test_stand_in_child_prints_a_summary(tmp_path) -> None:
    # guards the stand-in itself, so the tests above test the service and not a broken fake
    import subprocess

    out = subprocess.run([sys.executable, "-c", CHILD, "X", str(tmp_path / "l"), "0"], capture_output=True,
                         text=True, check=True).stdout
    assert json.loads(out)["sources"][0]["name"] == "X"


def test_a_runaway_crawl_is_killed_recorded_and_the_service_goes_on(tmp_path, db_url, db) -> None:
    harness = Harness(tmp_path, db_url, pause=60)
    write_config(harness.config_path, harness.url, {"Stuck": "1s"})
    text = harness.config_path.read_text().replace('crawl_timeout = "30s"', 'crawl_timeout = "1s"')
    harness.config_path.write_text(text)
    service = harness.service(db)
    service.start()
    try:
        # killed at the wall-clock limit, recorded, and crawled again at the next interval
        wait_for(lambda: len(harness.crawled()) >= 2 and _killed(db) >= 1, 40, "a second crawl after a kill")
    finally:
        service.shutdown()
    with db.session() as s:
        run = s.scalars(select(CrawlRun).where(CrawlRun.status == "killed")).first()
    assert "wall-clock limit" in run.error


def _killed(db: Database) -> int:
    with db.session() as s:
        return len(s.scalars(select(CrawlRun).where(CrawlRun.status == "killed")).all())


def test_digest_and_delivery_jobs_are_scheduled(harness, db) -> None:
    write_config(harness.config_path, harness.url, {})
    text = harness.config_path.read_text() + '\n[alerts]\ndigest = "08:30"\ntimezone = "Europe/Kyiv"\n'
    harness.config_path.write_text(text.replace("[schedule]", '[schedule]\ndelivery_interval = "45s"'))
    service = harness.service(db)
    service.start()
    try:
        digest = service.scheduler.get_job("digest")
        assert (digest.trigger.fields[5].expressions[0].first, digest.trigger.fields[6].expressions[0].first) == (8, 30)
        assert str(digest.trigger.timezone) == "Europe/Kyiv"
        assert service.scheduler.get_job("delivery").trigger.interval == timedelta(seconds=45)
        harness.config_path.write_text(text.replace('digest = "08:30"\n', ""))
        service.reload()
        assert service.scheduler.get_job("digest") is None  # a reload drops a digest no longer configured
    finally:
        service.shutdown()


def test_a_second_stop_request_aborts_the_crawl_at_once(tmp_path, db_url, db) -> None:
    harness = Harness(tmp_path, db_url, pause=60)
    write_config(harness.config_path, harness.url, {"Slow": "1h"})
    save_next_run(db.engine, source_job_id("Slow"), utcnow() - timedelta(minutes=1))
    service = harness.service(db, stop_timeout=600)  # the first signal alone would wait ten minutes
    service.start()
    wait_for(lambda: harness.crawled() == ["Slow"], what="the crawl to start")
    started = time.monotonic()
    stopper = __import__("threading").Thread(target=service.shutdown)
    service.request_stop()
    stopper.start()
    wait_for(lambda: service._abort_at is not None, what="the stop to begin")
    service.request_stop()  # as a second Ctrl-C would
    stopper.join(timeout=20)
    assert not stopper.is_alive() and time.monotonic() - started < 15
