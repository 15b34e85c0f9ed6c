"""Delivering the outbox with real apprise to a real local SMTP server (aiosmtpd) and a real webhook.

"now" is frozen per step (passed in); nothing here sleeps.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from alerts_support import (
    HOOK_TOKEN,
    SMTP_PASSWORD,
    SmtpSink,
    alerts_config,
    at,
    outbox,
    seed_article,
)

from alerts import deliver_pending, run_alert_cycle, send_test, update_events
from alerts.delivery import send
from storage.models import Source

DAY = "2025-05-25"
SECRETS = (SMTP_PASSWORD, HOOK_TOKEN)
EVIDENCE = "Russia and Ukraine each handed over 1,000 prisoners on Sunday, the largest swap of the war."


@pytest.fixture
def smtp():
    sink = SmtpSink()
    sink.start()
    yield sink
    sink.stop()


def report_exchange(db) -> None:
    """One exchange, three outlets, two languages."""
    seed_article(db, "https://reuters.example/world/swap-1000", "Reuters",
                 [("returned", "UA", 1000, False, EVIDENCE), ("returned", "RU", 1000, False, EVIDENCE),
                  ("total_exchanges", None, 64, False, "It was the 64th exchange.")],
                 published=DAY, event_date=DAY, title="Russia and Ukraine swap 1,000 prisoners each")
    seed_article(db, "https://ukrinform.example/obmin-1000", "Ukrinform",
                 [("returned", "UA", 1000, False, "Додому повернулися 1000 українців.")],
                 published=DAY, event_date=DAY, lang="uk")
    seed_article(db, "https://kyivindependent.example/swap", "Kyiv Independent",
                 [("returned", "UA", 1000, False), ("returned", "RU", 1000, False)], published="2025-05-26")


def no_secret(*texts: str) -> bool:
    return not any(secret in text for secret in SECRETS for text in texts)


def test_one_alert_per_target_then_one_follow_up_and_never_twice(db, smtp, hook, caplog) -> None:
    caplog.set_level(logging.INFO)
    cfg = alerts_config(urls=[smtp.url, hook.url])
    report_exchange(db)
    first = run_alert_cycle(db, cfg, now=at(f"{DAY} 14:00"))
    assert first.delivery.sent == 2 and len(smtp.raw) == 1 and len(hook.received) == 1
    assert run_alert_cycle(db, cfg, now=at(f"{DAY} 14:05")).queued == 0
    assert len(smtp.raw) == 1 and len(hook.received) == 1

    (mail,) = smtp.messages
    text = smtp.texts()[0]
    assert mail["subject"] == "Prisoner exchange 25 May 2025: 1,000 returned to Ukraine, 1,000 to Russia"
    for expected in ("Returned to Ukraine: 1,000", "Returned to Russia: 1,000", "Exchanges so far: 64",
                     "Reuters: https://reuters.example/world/swap-1000", "Ukrinform: https://ukrinform.example/obmin",
                     "Kyiv Independent: https://kyivindependent.example/swap", EVIDENCE,
                     "First seen 25 May 2025 14:00"):
        assert expected in text, expected
    payload = hook.received[0]
    assert payload["title"] == mail["subject"] and "Returned to Russia: 1,000" in payload["message"]
    assert hook.headers[0]["Authorization"].startswith("Basic ")  # the secret was used, just never shown

    # Moscow's count differs: one follow-up per target, attributed
    seed_article(db, "https://tass.example/obmen", "TASS", [("returned", "RU", 980, False)],
                 published=DAY, event_date=DAY, lang="ru")
    run_alert_cycle(db, cfg, now=at(f"{DAY} 16:00"))
    run_alert_cycle(db, cfg, now=at(f"{DAY} 16:10"))
    assert len(smtp.raw) == 2 and len(hook.received) == 2
    follow_up = hook.received[1]
    assert follow_up["title"].startswith("Update: Prisoner exchange 25 May 2025")
    assert "980 according to TASS" in follow_up["message"]
    rows = outbox(db)
    assert [r.status for r in rows] == ["sent"] * 4
    assert no_secret(*smtp.raw, str(hook.received), caplog.text,
                     *(f"{r.idempotency_key} {r.target} {r.target_label} {r.title} {r.body}" for r in rows))


def test_smtp_down_webhook_still_delivered_once_mail_once_smtp_is_back(db, smtp, hook) -> None:
    cfg = alerts_config(urls=[smtp.url, hook.url])
    smtp.stop()
    report_exchange(db)
    t0 = at(f"{DAY} 14:00")
    report = run_alert_cycle(db, cfg, now=t0)
    assert report.delivery.sent == 1 and report.delivery.failed == 1 and len(hook.received) == 1
    (mail_row,) = outbox(db, status="failed")
    assert mail_row.attempts == 1 and mail_row.next_attempt_at == t0 + timedelta(minutes=1)
    assert "127.0.0.1" in mail_row.last_error and no_secret(mail_row.last_error, mail_row.target_label)

    # not due yet: nothing is tried; due but still down: backoff doubles
    assert deliver_pending(db, cfg, now=t0 + timedelta(seconds=30)).failed == 0
    assert deliver_pending(db, cfg, now=t0 + timedelta(minutes=1)).failed == 1
    (mail_row,) = outbox(db, status="failed")
    assert mail_row.attempts == 2 and mail_row.next_attempt_at == t0 + timedelta(minutes=3)

    smtp.start()
    report = run_alert_cycle(db, cfg, now=t0 + timedelta(minutes=3))
    assert report.delivery.sent == 1 and len(smtp.raw) == 1 and len(hook.received) == 1
    run_alert_cycle(db, cfg, now=t0 + timedelta(hours=2))
    assert len(smtp.raw) == 1 and len(hook.received) == 1
    assert {r.status for r in outbox(db)} == {"sent"}


def test_backoff_is_capped_and_never_gives_up(db, hook) -> None:
    dead = "json://127.0.0.1:9/closed"
    cfg = alerts_config(urls=[dead], retry_base=timedelta(minutes=1), retry_max=timedelta(minutes=10))
    report_exchange(db)
    now = at(f"{DAY} 14:00")
    run_alert_cycle(db, cfg, now=now)
    for _ in range(6):
        (row,) = outbox(db)
        now = row.next_attempt_at
        deliver_pending(db, cfg, now=now)
    (row,) = outbox(db)
    assert row.status == "failed" and row.attempts == 7 and row.next_attempt_at - now == timedelta(minutes=10)


def test_quiet_hours_delay_revisions_not_new_exchanges(db, hook) -> None:
    cfg = alerts_config(urls=[hook.url], quiet_hours="22:00-07:00")
    seed_article(db, "https://reuters.example/q", "Reuters", [("returned", "UA", 200, True)],
                 published=DAY, event_date=DAY)
    run_alert_cycle(db, cfg, now=at(f"{DAY} 23:00"))
    assert len(hook.received) == 1  # a new exchange is urgent
    seed_article(db, "https://ukrinform.example/q", "Ukrinform", [("returned", "UA", 207, False)],
                 published=DAY, event_date=DAY)
    report = run_alert_cycle(db, cfg, now=at(f"{DAY} 23:30"))
    assert report.delivery.deferred == 1 and len(hook.received) == 1
    (held,) = outbox(db, kind="revision")
    assert held.status == "pending" and held.next_attempt_at == at("2025-05-26 07:00")
    assert deliver_pending(db, cfg, now=at("2025-05-26 06:59")).sent == 0
    assert deliver_pending(db, cfg, now=at("2025-05-26 07:00")).sent == 1
    assert "about 200 → 207" in hook.received[1]["message"]


def test_daily_digest_once_a_day_and_only_with_news(db, hook) -> None:
    cfg = alerts_config(urls=[hook.url], digest="08:00", digest_only=True)
    report_exchange(db)
    assert run_alert_cycle(db, cfg, now=at(f"{DAY} 14:00")).queued == 0
    assert run_alert_cycle(db, cfg, now=at("2025-05-26 07:59")).queued == 0 and hook.received == []
    assert run_alert_cycle(db, cfg, now=at("2025-05-26 08:00")).delivery.sent == 1
    assert run_alert_cycle(db, cfg, now=at("2025-05-26 09:00")).queued == 0
    assert run_alert_cycle(db, cfg, now=at("2025-05-27 08:00")).queued == 0  # a quiet day: no empty digest
    (digest,) = hook.received
    assert digest["title"] == "swapwatch daily digest 26 May 2025: 1 exchange event"
    assert "25 May 2025: 1,000 returned to Ukraine, 1,000 to Russia" in digest["message"]
    assert "https://reuters.example/world/swap-1000" in digest["message"]


def test_source_health_goes_to_admins_only_once_per_episode(db, hook) -> None:
    cfg = alerts_config(urls=[hook.url], admin_urls=[hook.url.replace("/hook", "/admin")])
    with db.session() as session:
        session.add(Source(name="Flaky Wire", url="https://flaky.example/rss", health="failing",
                           consecutive_failures=3, last_error="HTTP 503 from https://bot:pw-XYZ@flaky.example/rss",
                           last_success_at=at(f"{DAY} 01:00"), created_at=at("2025-01-01 00:00")))
        session.add(Source(name="Good Wire", url="https://good.example/rss", health="ok",
                           last_success_at=at(f"{DAY} 13:00"), created_at=at("2025-01-01 00:00")))
    run_alert_cycle(db, cfg, now=at(f"{DAY} 14:00"))
    run_alert_cycle(db, cfg, now=at(f"{DAY} 15:00"))
    assert hook.at_path("/hook") == [] and len(hook.at_path("/admin")) == 1
    alert = hook.at_path("/admin")[0]
    assert "Flaky Wire" in alert["title"] and "3 crawls in a row failed" in alert["message"]
    assert "pw-XYZ" not in alert["message"]


def test_each_target_gets_its_format_and_templates_can_be_overridden(db, smtp, hook, tmp_path) -> None:
    (tmp_path / "title.txt").write_text("[swap] ${prefix}${date}: ${headline}\n")
    markdown = hook.url + "?format=markdown"
    cfg = alerts_config(urls=[smtp.url, markdown], templates=tmp_path)
    report_exchange(db)
    run_alert_cycle(db, cfg, now=at(f"{DAY} 14:00"))
    assert hook.received[0]["title"] == "[swap] 25 May 2025: 1,000 returned to Ukraine, 1,000 to Russia"
    message = hook.received[0]["message"]
    assert "**Figures**" in message and "* Returned to Ukraine: 1,000" in message
    html = smtp.messages[0].get_body(("html",)).get_content()
    assert "<h3>Figures</h3>" in html and "<li>Returned to Ukraine: 1,000 (according to 3 outlets)</li>" in html


def test_long_bodies_are_split_or_trimmed_to_the_target_limit(hook) -> None:
    mattermost = f"mmost://127.0.0.1:{hook.port}/abcdefghijklmnopqrstuvwxyz"  # apprise caps it at 4,000 chars
    body = "\n".join(f"- Source {i}: https://outlet{i}.example/a-long-article-path" for i in range(200))
    assert send(mattermost, "long", body, alerts_config(urls=[mattermost], overflow="split")) == (True, None)
    parts = len(hook.received)
    assert parts >= 3 and all(len(p["text"]) <= 4000 for p in hook.received)
    send(mattermost, "long", body, alerts_config(urls=[mattermost], overflow="truncate"))
    assert len(hook.received) == parts + 1


def test_alerts_test_reports_each_target_and_masks_errors(smtp, hook) -> None:
    cfg = alerts_config(urls=[smtp.url, hook.url, "notascheme://x"])
    smtp.stop()
    results = send_test(cfg)
    assert [r.ok for r in results] == [False, True, False]
    assert "not a valid apprise URL" in results[2].error
    assert no_secret(*(f"{r.target} {r.error}" for r in results)) and "****" in results[0].target
    assert hook.received[0]["title"] == "swapwatch test alert"


def test_an_unknown_or_removed_target_fails_alone(db, hook) -> None:
    report_exchange(db)
    cfg = alerts_config(urls=[hook.url, "notascheme://x"])
    run_alert_cycle(db, cfg, now=at(f"{DAY} 14:00"))
    assert len(hook.received) == 1
    (bad,) = outbox(db, status="failed")
    assert "not a valid apprise URL" in bad.last_error
    # the webhook is removed from the config: its next alert waits, visibly, instead of vanishing
    seed_article(db, "https://tass.example/r", "TASS", [("returned", "RU", 990, False)], published=DAY, event_date=DAY)
    run_alert_cycle(db, alerts_config(urls=[]), now=at(f"{DAY} 15:00"))
    run_alert_cycle(db, alerts_config(urls=["notascheme://x"]), now=at(f"{DAY} 15:00"))
    assert len(hook.received) == 1


def test_a_failing_step_is_reported_and_never_holds_back_the_outbox(db, hook, tmp_path) -> None:
    report_exchange(db)
    update_events(db, alerts_config(urls=[hook.url]), now=at(f"{DAY} 14:00"))  # committed, not yet sent
    seed_article(db, "https://reuters.example/next", "Reuters", [("returned", "UA", 84, False)],
                 published="2025-06-10", event_date="2025-06-10")
    (tmp_path / "title.txt").write_bytes(b"\xff\xfe broken")  # a user template that cannot be read
    cfg = alerts_config(urls=[hook.url], templates=tmp_path)
    report = run_alert_cycle(db, cfg, now=at("2025-06-10 12:00"))
    assert report.errors and report.errors[0].startswith("events: UnicodeDecodeError")
    assert report.delivery.sent == 1 and len(hook.received) == 1 and len(outbox(db)) == 1
    (tmp_path / "title.txt").unlink()
    assert run_alert_cycle(db, cfg, now=at("2025-06-10 12:05")).delivery.sent == 1
    assert hook.received[1]["title"] == "Prisoner exchange 10 June 2025: 84 returned to Ukraine"


def test_blocked_and_silent_sources_are_reported_again_only_after_a_recovery(db, hook) -> None:
    admin = hook.url.replace("/hook", "/admin")
    cfg = alerts_config(admin_urls=[admin], silent_after=timedelta(hours=6))
    with db.session() as session:
        session.add(Source(name="Walled", url="https://walled.example/", health="blocked", last_error="HTTP 403",
                           created_at=at("2025-01-01 00:00")))
        session.add(Source(name="Quiet", url="https://quiet.example/", health="ok",
                           last_success_at=at(f"{DAY} 01:00"), created_at=at("2025-01-01 00:00")))
    run_alert_cycle(db, cfg, now=at(f"{DAY} 08:00"))
    run_alert_cycle(db, cfg, now=at(f"{DAY} 09:00"))
    titles = sorted(m["title"] for m in hook.at_path("/admin"))
    assert titles == ["swapwatch: source 'Quiet' is silent", "swapwatch: source 'Walled' is blocked"]
    with db.session() as session:  # Quiet recovers, then goes silent again: a new episode
        session.query(Source).filter_by(name="Quiet").update({"last_success_at": at(f"{DAY} 10:00")})
    run_alert_cycle(db, cfg, now=at(f"{DAY} 12:00"))
    assert len(hook.at_path("/admin")) == 2
    run_alert_cycle(db, cfg, now=at(f"{DAY} 17:00"))
    assert len(hook.at_path("/admin")) == 3


def test_two_deliverers_never_claim_the_same_row(db, hook) -> None:
    from alerts.delivery import claim

    cfg = alerts_config(urls=[hook.url])
    report_exchange(db)
    update_events(db, cfg, now=at(f"{DAY} 14:00"))
    (row,) = outbox(db)
    assert claim(db, row, at(f"{DAY} 14:00"), timedelta(minutes=10)) is True
    assert claim(db, row, at(f"{DAY} 14:00"), timedelta(minutes=10)) is False  # same stale view: refused
    assert deliver_pending(db, cfg, now=at(f"{DAY} 14:01")).sent == 0  # in flight, within its lease


def test_a_dead_target_costs_one_attempt_per_run_and_never_holds_up_the_others(db, hook) -> None:
    dead = "json://127.0.0.1:9/closed"
    cfg = alerts_config(urls=[dead, hook.url])
    for i, day in enumerate(("2025-05-20", "2025-05-22", "2025-05-24")):
        seed_article(db, f"https://reuters.example/{day}", "Reuters", [("returned", "UA", 10 + i, False)],
                     published=day, event_date=day)
    report = run_alert_cycle(db, cfg, now=at("2025-05-24 12:00"))
    assert report.delivery.sent == 3 and report.delivery.failed == 1 and len(hook.received) == 3
    tried = [r.attempts for r in outbox(db) if r.target_label == "json://127.0.0.1:9/closed"]
    assert sorted(tried) == [0, 0, 1]  # the other two wait, due, for the next run
    report = deliver_pending(db, cfg, now=at("2025-05-24 12:00"))
    assert report.failed == 1 and sorted(r.attempts for r in outbox(db, status="failed")) == [1, 1]


def test_a_hanging_target_does_not_hold_up_the_others(db, hook) -> None:
    import threading

    from alerts_support import HangingHttp, wait_for

    hanging = HangingHttp()
    try:
        cfg = alerts_config(urls=[f"json://127.0.0.1:{hanging.port}/slow", hook.url])  # the hanging one first
        report_exchange(db)
        update_events(db, cfg, now=at(f"{DAY} 14:00"))
        worker = threading.Thread(target=deliver_pending, args=(db, cfg), kwargs={"now": at(f"{DAY} 14:00")})
        worker.start()
        # the webhook gets its alert while the other target is still stuck mid-request
        assert wait_for(lambda: len(hook.received) == 1) and hanging.connected.is_set()
        assert not hanging.release.is_set()
    finally:
        hanging.close()
    worker.join(30)
    assert {r.status for r in outbox(db)} == {"sent"}
