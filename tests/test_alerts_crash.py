"""A real process killed (SIGKILL) at each point of the alert cycle, then restarted: nothing lost.

The documented policy (alerts/delivery.py): a row found in `sending` after its lease expired is sent
again, so the one window — the target accepted the message, the process died before marking it — yields
a second copy, never a lost alert. Every other crash point yields exactly one delivery.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from alerts_support import SmtpSink, at, outbox, seed_article

from alerts import run_alert_cycle
from swapwatch.config import AlertsConfig

CHILD = Path(__file__).with_name("alerts_crash_child.py")
NOW = at("2025-05-25 14:00")
LEASE = timedelta(minutes=10)  # AlertsConfig.send_lease default


def child(db, urls: list[str], now, point: str = "none") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(CHILD), db.url, json.dumps(urls), now.isoformat(), point],
                          capture_output=True, text=True, timeout=60)


def again(db, urls: list[str], now) -> None:
    """Later cycles, in this process: nothing more may arrive."""
    run_alert_cycle(db, AlertsConfig(urls=urls), now=now)


def killed(result: subprocess.CompletedProcess) -> bool:
    return result.returncode == -signal.SIGKILL


def seed(db) -> None:
    seed_article(db, "https://reuters.example/k", "Reuters", [("returned", "UA", 1000, False),
                 ("returned", "RU", 1000, False)], published="2025-05-25", event_date="2025-05-25")


def test_killed_between_commit_and_send_then_restarted_delivers_exactly_once(db, hook) -> None:
    smtp = SmtpSink()
    smtp.start()
    try:
        urls = [smtp.url, hook.url]
        seed(db)
        assert killed(child(db, urls, NOW, "after_commit"))
        assert [r.status for r in outbox(db)] == ["pending", "pending"] and hook.received == [] and smtp.raw == []
        restarted = child(db, urls, NOW + timedelta(seconds=5))
        assert restarted.returncode == 0, restarted.stderr
        again(db, urls, NOW + timedelta(minutes=30))
        assert len(hook.received) == 1 and len(smtp.raw) == 1
        assert [r.status for r in outbox(db)] == ["sent", "sent"]
    finally:
        smtp.stop()


def test_killed_after_claiming_before_sending_delivers_once_after_the_lease(db, hook) -> None:
    seed(db)
    assert killed(child(db, [hook.url], NOW, "before_send"))
    (row,) = outbox(db)
    assert row.status == "sending" and row.attempts == 1 and hook.received == []
    # still within the lease: the row might be in flight in another process, so it is left alone
    again(db, [hook.url], NOW + timedelta(minutes=1))
    assert hook.received == []
    assert child(db, [hook.url], NOW + LEASE).returncode == 0
    again(db, [hook.url], NOW + LEASE * 3)
    (row,) = outbox(db)
    assert len(hook.received) == 1 and row.status == "sent" and row.attempts == 2


def test_killed_after_the_send_before_the_mark_is_the_documented_second_copy(db, hook) -> None:
    seed(db)
    assert killed(child(db, [hook.url], NOW, "after_send"))
    (row,) = outbox(db)
    assert row.status == "sending" and len(hook.received) == 1
    assert child(db, [hook.url], NOW + LEASE).returncode == 0
    again(db, [hook.url], NOW + LEASE * 3)
    (row,) = outbox(db)
    # at-least-once: the alert is never lost; this one window sends it twice, and never more
    assert row.status == "sent" and len(hook.received) == 2 and hook.received[0] == hook.received[1]
