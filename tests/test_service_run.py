"""The real `swapwatch run` in a subprocess against the local news site, with intervals of seconds.

Crawls happen on schedule, an article published mid-run produces its alert, SIGHUP adds a source,
a second instance is refused, SIGTERM exits 0 promptly, and `kill -9` mid-crawl followed by a restart
duplicates no article, event or alert while the alerts still pending get delivered.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from service_support import Hook, ServiceProcess, count, service_config, wait_for
from sqlalchemy import select

from storage import Alert, Article, CrawlRun, Database, ExchangeEvent
from swapwatch.demo.site import NewsSite, load_records

pytestmark = pytest.mark.slow

FIRST = ["dev-en-001", "dev-ru-001", "dev-en-004", "dev-en-021", "dev-es-001"]
LATE, LATER = "dev-de-001", "dev-en-006"


def records(*ids: str) -> list[dict]:
    by_id = {r["id"]: r for r in load_records()}
    return [by_id[i] for i in ids]


@pytest.fixture
def site():
    with NewsSite(records(*FIRST), slow_seconds=60) as news:
        yield news


def ok_runs(db: Database) -> int:
    return count(db, CrawlRun, CrawlRun.status == "ok")


def test_the_service_crawls_on_schedule_alerts_new_articles_and_stops_cleanly(db_url, site, tmp_path) -> None:
    hook = Hook().start()
    config = tmp_path / "sw.toml"
    config.write_text(service_config(db_url, site.url, hook.url))
    db = Database(db_url)
    service = ServiceProcess(config, tmp_path / "service.log", "--log-format", "json").start()
    try:
        wait_for(lambda: ok_runs(db) >= 2, 90, "two scheduled crawls")
        wait_for(lambda: hook.received, 30, "the first alerts")
        before = len(hook.received)
        events = count(db, ExchangeEvent)
        # a second instance is refused; started beside the next step rather than before it (its start-up is seconds)
        second = subprocess.Popen([sys.executable, "-m", "swapwatch.cli", "--config", str(config), "run"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            site.publish(records(LATE)[0])
            wait_for(lambda: len(hook.received) > before, 60, "the alert of the article published mid-run")
            _, refused = second.communicate(timeout=60)
        finally:
            second.kill()  # a no-op once it has exited; a second service that was not refused must not outlive the test
            second.wait()
        assert second.returncode == 2 and "already runs on this database" in refused
        assert count(db, ExchangeEvent) == events + 1
        if db.backend == "sqlite":  # the reload does not depend on the backend; one run saves a crawl cycle
            _add_telegram_source_by_sighup(service, config, db_url, site, hook)
        started = time.monotonic()
        service.signal(signal.SIGTERM)
        assert service.wait(30) == 0
        assert time.monotonic() - started < 15
    finally:
        service.stop()
        hook.stop()
    lines = [json.loads(line) for line in service.output().splitlines()]  # every log line is JSON
    crawls = [r["message"] for r in lines if r["logger"] == "scheduler.jobs"]
    assert any(m.startswith("crawl 'Sample Wire': ok fetched=") for m in crawls)  # one line per crawl, with counts
    assert not any("Traceback" in r["message"] or r["level"] == "error" for r in lines)
    assert len(hook.received) == count(db, Alert, Alert.status == "sent")  # each alert once
    assert count(db, Article) == len({a for a in _urls(db)})
    db.dispose()


def _add_telegram_source_by_sighup(service, config, db_url, site, hook) -> None:
    # a preview without any post is reported as a broken preview, so the channel gets one (off-topic: no alert)
    site.publish({"id": "tg-hello", "where": "telegram", "title": "Channel opened", "text": "Welcome: news follows."})
    config.write_text(service_config(db_url, site.url, hook.url, extra=(
        f'[[sources]]\nname = "Sample Telegram"\nurl = "{site.url}/s/{site.channel}"\ntype = "telegram"\n'
        'max_age = "36500d"\n')))
    service.signal(signal.SIGHUP)
    wait_for(lambda: "source 'Sample Telegram'" in service.output(), 30, "the reload")
    wait_for(lambda: "crawl 'Sample Telegram': ok" in service.output(), 60, "a crawl of the added source")


def _urls(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Article.url)))


def test_kill_9_mid_crawl_then_restart_duplicates_nothing_and_delivers_what_was_pending(
    sqlite_url, site, tmp_path
) -> None:
    hook = Hook()  # not started: the alert target is down during the first run
    config = tmp_path / "sw.toml"
    config.write_text(service_config(sqlite_url, site.url, hook.url, interval="3s"))
    db = Database(sqlite_url)
    first = ServiceProcess(config, tmp_path / "first.log").start()
    try:
        wait_for(lambda: count(db, Alert, Alert.status.in_(["pending", "failed"])) >= 1, 90, "undelivered alerts")
        # two new articles; one hangs, so the next crawl is caught mid-way
        late, later = records(LATE, LATER)
        site.set_fault(f"/news/{LATE}.html", "slow")
        site.publish(late)
        site.publish(later)
        runs = ok_runs(db)
        # the other new article is stored while the slow one keeps the crawl from finishing
        wait_for(lambda: count(db, Article, Article.url.like(f"%{LATER}%")) == 1, 60, "the crawl to be mid-way")
        assert ok_runs(db) == runs
        groups = _crawl_children(first.proc.pid)
        assert groups, "no crawl is running"
        first.signal(signal.SIGKILL)
        first.wait(10)
        # the crawl and everything it started (extraction workers) die with the service
        wait_for(lambda: not _group_members(groups), 10, "the orphaned crawl's process group to die")
    finally:
        first.stop()
    pending = count(db, Alert, Alert.status != "sent")
    assert pending >= 1 and not hook.received
    site.set_fault(f"/news/{LATE}.html", None)
    hook.start()
    second = ServiceProcess(config, tmp_path / "second.log").start()
    try:
        wait_for(lambda: count(db, Article, Article.url.like(f"%{LATE}%")) == 1, 90, "the hung article, stored")
        wait_for(lambda: count(db, Alert, Alert.status != "sent") == 0 and count(db, Alert) > pending, 60,
                 "every alert delivered")
        second.signal(signal.SIGTERM)
        assert second.wait(30) == 0
    finally:
        second.stop()
        hook.stop()
    urls = _urls(db)
    assert len(urls) == len(set(urls)) and sum(LATER in u for u in urls) == 1
    with db.session() as s:
        keys = [(e.conflict, e.event_date) for e in s.scalars(select(ExchangeEvent))]
        assert len(keys) == len(set(keys)), "an exchange event was created twice"
        sent = list(s.scalars(select(Alert.idempotency_key)))
    assert len(hook.received) == len(sent) == len(set(sent)), "an alert was delivered twice"
    db.dispose()


def _proc_stat(pid: str) -> list[str]:
    with open(f"/proc/{pid}/stat") as fh:
        return fh.read().rsplit(")", 1)[-1].split()  # [state, ppid, pgrp, ...]


def _group_members(groups: list[int]) -> list[int]:
    members = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            state, _ppid, pgrp = _proc_stat(pid)[:3]
        except OSError:
            continue
        if int(pgrp) in groups and state != "Z":
            members.append(int(pid))
    return members


def _crawl_children(parent: int) -> list[int]:
    """Live `swapwatch … crawl-child` processes started by the service ``parent``."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                cmd = fh.read().split(b"\0")
            with open(f"/proc/{pid}/stat") as fh:
                state = fh.read().split(")")[-1].split()[0]
        except OSError:
            continue
        if b"crawl-child" in cmd and str(parent).encode() in cmd and state != "Z":
            found.append(int(pid))
    return found
