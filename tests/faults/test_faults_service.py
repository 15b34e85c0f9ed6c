"""The real `swapwatch run` under faults: its PostgreSQL sessions terminated mid-run (it loses its lock, stops
sending at once, says so in one line and exits 75 for systemd to restart it; the restarted one delivers the
rest), and `kill -9` while an alert is being delivered (the outbox afterwards: 0 lost, at most 1 duplicate).
"""

from __future__ import annotations

import signal

import pytest
from service_support import Hook, ServiceProcess, count, service_config, wait_for
from sqlalchemy import create_engine, select, text

from alerts.messages import Message
from alerts.outbox import enqueue
from scheduler.service import LOCK_LOST_EXIT
from storage import Alert, Database, utcnow

pytestmark = pytest.mark.slow


def config_for(db_url: str, hook_url: str) -> str:
    """The service with no source: these faults are about delivery, so no crawl has to run first."""
    return service_config(db_url, "http://127.0.0.1:9", hook_url).split("[[sources]]")[0]


def queue(db: Database, url: str, names: list[str]) -> None:
    """Outbox rows as an alert cycle writes them, one per name, due now."""
    with db.session() as session:
        for name in names:
            enqueue(session, key=f"fault:{name}", kind="new_event", urls=[url], now=utcnow(),
                    render=lambda fmt, n=name: Message(f"exchange {n}", f"body of {n}\n", fmt))


def sent(db: Database) -> int:
    return count(db, Alert, Alert.status == "sent")


@pytest.mark.postgres
def test_a_service_whose_sessions_are_terminated_stops_sending_and_exits_for_a_restart(pg_url, tmp_path):
    hook = Hook().start()
    config = tmp_path / "sw.toml"
    config.write_text(config_for(pg_url, hook.url))
    db = Database(pg_url)
    queue(db, hook.url, ["a", "b"])
    first = ServiceProcess(config, tmp_path / "first.log").start()
    try:
        wait_for(lambda: sent(db) == 2, 60, "the first alerts")
        admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:  # every session of the service: its lock's and its pool's
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
        admin.dispose()
        queue(db, hook.url, ["c", "d", "e"])  # due at once: only a service that holds the lock may send them
        assert first.wait(30) == LOCK_LOST_EXIT
    finally:
        first.stop()
    log = first.output()
    assert log.count("lost the instance lock") == 1 and "Traceback" not in log, log[-3000:]
    assert sorted(h["title"] for h in hook.received) == ["exchange a", "exchange b"]  # nothing after the loss
    second = ServiceProcess(config, tmp_path / "second.log").start()
    try:
        wait_for(lambda: sent(db) == 5, 60, "the restarted service to send the rest")
        second.signal(signal.SIGTERM)
        assert second.wait(30) == 0
    finally:
        second.stop()
        hook.stop()
    assert sorted(h["title"] for h in hook.received) == [f"exchange {n}" for n in "abcde"]  # each exactly once
    db.dispose()


def test_kill_9_mid_delivery_loses_nothing_and_duplicates_at_most_the_message_in_flight(sqlite_url, tmp_path):
    hook = Hook(delay=1.5).start()
    config = tmp_path / "sw.toml"
    config.write_text(config_for(sqlite_url, hook.url))
    db = Database(sqlite_url)
    queue(db, hook.url, ["a", "b"])
    first = ServiceProcess(config, tmp_path / "first.log").start()
    try:
        assert hook.arrived.wait(60), "no delivery started"
        assert count(db, Alert, Alert.status == "sending") >= 1  # the message is in flight
        first.signal(signal.SIGKILL)
        first.wait(10)
    finally:
        first.stop()
    in_flight = len(hook.received)
    rows = count(db, Alert)
    assert rows >= 1 and sent(db) < rows
    second = ServiceProcess(config, tmp_path / "second.log").start()  # send_lease is 5 s in this config
    try:
        wait_for(lambda: sent(db) == count(db, Alert) >= rows, 120, "every alert delivered after the restart")
        second.signal(signal.SIGTERM)
        assert second.wait(30) == 0
    finally:
        second.stop()
        hook.stop()
    with db.session() as s:
        titles = list(s.scalars(select(Alert.title)))
    received = [r["title"] for r in hook.received]
    assert set(titles) == set(received)  # 0 lost
    duplicates = len(received) - len(titles)
    assert 0 <= duplicates <= 1 and in_flight >= 1  # at most the one message in flight when the process died
    db.dispose()
