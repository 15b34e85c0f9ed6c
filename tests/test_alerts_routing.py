"""Alert routes: three targets with their own rules, real apprise to a local SMTP server and two local webhooks.

The config is read from TOML by the real loader; "now" is frozen per step; every sink counts exactly.
"""

from __future__ import annotations

import json

import pytest
from alerts_support import HOOK_TOKEN, SMTP_PASSWORD, SmtpSink, WebhookSink, at, events, outbox, seed_article
from typer.testing import CliRunner

from alerts import run_alert_cycle
from alerts.explain import explain_event
from core.config import ConfigError, parse_config
from storage import Database
from swapwatch.cli import _register, app

_register()
runner = CliRunner()


@pytest.fixture
def sinks():
    smtp, bodies, daily = SmtpSink(), WebhookSink(), WebhookSink()
    smtp.start()
    yield smtp, bodies, daily
    smtp.stop()
    bodies.close()
    daily.close()


def routed_toml(smtp: SmtpSink, bodies: WebhookSink, daily: WebhookSink, desk_rules: str = "") -> str:
    return f"""
[alerts]
timezone = "UTC"

[[alerts.targets]]
name = "ukraine-desk"
url = "{smtp.url}"
conflicts = ["RU-UA"]
alerts = ["new_event"]
min_returned = 100
{desk_rules}

[[alerts.targets]]
name = "families"
url = "{bodies.url}"
figures = ["bodies_returned"]
alerts = ["new_event", "revision"]

[[alerts.targets]]
name = "research"
url = "{daily.url}"
conflicts = ["RU-UA"]
alerts = ["digest"]
digest = "20:00"
"""


def report_week(db) -> None:
    """A big RU-UA swap, a small one, a body repatriation and an IL-PS release, all fresh on 25 May."""
    seed_article(db, "https://reuters.example/swap-390", "Reuters",
                 [("returned", "UA", 390, False), ("returned", "RU", 390, False)],
                 published="2025-05-25", event_date="2025-05-25")
    seed_article(db, "https://ukrinform.example/small", "Ukrinform",
                 [("returned", "UA", 50, False), ("returned", "RU", 50, False)],
                 published="2025-05-23", event_date="2025-05-23", lang="uk")
    seed_article(db, "https://kyivindependent.example/bodies", "Kyiv Independent",
                 [("bodies_returned", "UA", 909, False, "The bodies of 909 fallen soldiers were returned.")],
                 published="2025-05-24", event_date="2025-05-24")
    seed_article(db, "https://toi.example/release", "Times of Israel",
                 [("returned", "IL", 3, False), ("returned", "PS", 183, False)],
                 published="2025-05-25", event_date="2025-05-25", conflict="IL-PS")


def subjects(smtp: SmtpSink) -> list[str]:
    return [m["subject"] for m in smtp.messages]


def test_each_target_gets_exactly_its_alerts_once(db, sinks) -> None:
    smtp, bodies, daily = sinks
    cfg = parse_config(routed_toml(smtp, bodies, daily)).alerts
    report_week(db)
    first = run_alert_cycle(db, cfg, now=at("2025-05-25 14:00"))
    assert not first.errors and len(first.changes) == 4
    assert subjects(smtp) == ["Prisoner exchange 25 May 2025: 390 returned to Ukraine, 390 to Russia"]
    assert [b["title"] for b in bodies.received] == [
        "Repatriation of bodies 24 May 2025: 909 bodies returned to Ukraine"]
    assert daily.received == []

    # a revision of the big swap: the desk takes new exchanges only, the families' figures did not change
    seed_article(db, "https://ap.example/swap-392", "AP",
                 [("returned", "UA", 392, False), ("returned", "RU", 390, False)],
                 published="2025-05-25", event_date="2025-05-25")
    seed_article(db, "https://bbc.example/swap-392", "BBC", [("returned", "UA", 392, False)],
                 published="2025-05-25", event_date="2025-05-25")
    second = run_alert_cycle(db, cfg, now=at("2025-05-25 16:00"))
    assert [c.kind for c in second.changes] == ["revision"] and second.queued == 0
    assert len(smtp.raw) == 1 and len(bodies.received) == 1 and daily.received == []

    # 20:00: the research digest covers the three RU-UA events of the day, not the IL-PS one
    evening = run_alert_cycle(db, cfg, now=at("2025-05-25 20:00"))
    assert evening.digest_rows == 1 and evening.delivery.sent == 1
    (digest,) = daily.received
    assert digest["title"].startswith("swapwatch daily digest 25 May 2025: 3 exchange events")
    assert "909" in digest["message"] and "392" in digest["message"] and "183" not in digest["message"]

    # the desk's rules change (renamed, a lower threshold): nothing already written is sent again
    changed = parse_config(routed_toml(smtp, bodies, daily).replace('"ukraine-desk"', '"desk"')
                           .replace("min_returned = 100", "min_returned = 10")).alerts
    again = run_alert_cycle(db, changed, now=at("2025-05-25 20:30"))
    assert again.queued == 0 and again.delivery.sent == 0
    assert (len(smtp.raw), len(bodies.received), len(daily.received)) == (1, 1, 1)
    assert len(outbox(db)) == 3 and {r.status for r in outbox(db)} == {"sent"}


def test_explain_names_the_receiving_targets_and_why_the_others_skip(db, sinks) -> None:
    smtp, bodies, daily = sinks
    cfg = parse_config(routed_toml(smtp, bodies, daily) + '[[alerts.targets]]\nurl = "json://127.0.0.1:9/x"\n'
                       'languages = ["uk"]\n').alerts
    report_week(db)
    run_alert_cycle(db, cfg, now=at("2025-05-25 14:00"))
    small = next(e for e in events(db) if str(e.event_date) == "2025-05-23")
    big = next(e for e in events(db) if str(e.event_date) == "2025-05-25" and e.conflict == "RU-UA")
    found = {t["name"]: t for t in explain_event(db, cfg, big.id)["targets"]}
    desk = found["ukraine-desk"]
    assert desk["receives"] == ["new_event"] and desk["outbox"] == ["new_event r1 sent"]
    assert "no bodies_returned figure" in found["families"]["skipped"]["new_event"]
    assert found["research"]["receives"] == ["digest"]
    assert found["target-4"]["skipped"]["new_event"] == "0 independent outlet(s) in uk, min_sources = 1"
    small_desk = {t["name"]: t for t in explain_event(db, cfg, small.id)["targets"]}["ukraine-desk"]
    assert small_desk["skipped"]["new_event"] == "largest returned figure 50 is below min_returned = 100"
    assert small_desk["outbox"] == []
    assert explain_event(db, cfg, 10_000) is None


@pytest.mark.parametrize(("rules", "message"), [
    ('figures = ["bones"]', "alerts.targets[0].figures: unknown figure kind 'bones'"),
    ('alerts = ["weekly"]', "alerts.targets[0].alerts[0]: Input should be"),
    ("min_returned = 0", "alerts.targets[0].min_returned: Input should be greater than or equal to 1"),
    ('conflicts = ["XX-YY"]', "alerts.targets[0].conflicts: unknown conflict 'XX-YY'"),
    ('quiet_hours = "late"', "alerts.targets[0].quiet_hours: invalid quiet_hours 'late'"),
    ('digest = "25:00"', "alerts.targets[0].digest: invalid time of day '25:00'"),
    ("colour = 1", "alerts.targets[0].colour: unknown key"),
    ('name = "a"\n[[alerts.targets]]\nurl = "json://y"\nname = "a"', "alerts.targets: two targets are named 'a'"),
])
def test_bad_target_rules_name_the_key(rules: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(f'[[alerts.targets]]\nurl = "json://x"\n{rules}\n')
    assert message in str(caught.value)


@pytest.fixture
def cli_setup(tmp_path, sinks, monkeypatch):
    monkeypatch.delenv("SWAPWATCH_ALERT_URLS", raising=False)
    monkeypatch.delenv("SWAPWATCH_DATABASE_URL", raising=False)
    smtp, bodies, daily = sinks
    db_url = f"sqlite:///{tmp_path / 'sw.db'}"
    config = tmp_path / "sw.toml"
    config.write_text(f'[storage]\nurl = "{db_url}"\n' + routed_toml(smtp, bodies, daily))
    db = Database(db_url)
    report_week(db)
    run_alert_cycle(db, parse_config(config.read_text()).alerts, now=at("2025-05-25 14:00"))
    yield config, db, sinks
    db.dispose()


def test_cli_test_one_target_and_explain(cli_setup) -> None:
    config, db, (smtp, bodies, daily) = cli_setup
    result = runner.invoke(app, ["--config", str(config), "alerts", "test", "--target", "families"])
    assert result.exit_code == 0, result.output
    assert len(bodies.received) == 2 and bodies.received[-1]["title"] == "swapwatch test alert"
    assert len(smtp.raw) == 1 and daily.received == []
    unknown = runner.invoke(app, ["--config", str(config), "alerts", "test", "--target", "nobody"])
    assert unknown.exit_code == 2 and "no alert target named 'nobody'" in unknown.output
    assert "ukraine-desk" in unknown.output

    big = next(e for e in events(db) if str(e.event_date) == "2025-05-25" and e.conflict == "RU-UA")
    table = runner.invoke(app, ["--config", str(config), "alerts", "explain", str(big.id)])
    assert table.exit_code == 0, table.output
    assert f"event #{big.id} · RU-UA · 2025-05-25" in table.output and "new_event r1 sent" in table.output
    assert SMTP_PASSWORD not in table.output and HOOK_TOKEN not in table.output
    as_json = runner.invoke(app, ["--config", str(config), "alerts", "explain", str(big.id), "-f", "json"])
    rows = json.loads(as_json.output)
    assert [r["name"] for r in rows] == ["ukraine-desk", "families", "research"]
    assert rows[1]["receives"] == [] and rows[2]["receives"] == ["digest"]
    assert rows[1]["why_not"] == "the alert has no bodies_returned figure (figures = ['bodies_returned'])"
    missing = runner.invoke(app, ["--config", str(config), "alerts", "explain", "999"])
    assert missing.exit_code == 2 and "no event with id 999" in missing.output


def test_a_target_hears_of_an_event_the_first_time_it_meets_its_rules(db, sinks) -> None:
    """More outlets in its languages, or a figure revised past its threshold: one new_event, then nothing."""
    smtp, bodies, daily = sinks
    toml = routed_toml(smtp, bodies, daily).replace('alerts = ["new_event", "revision"]',
                                                    'alerts = ["new_event", "revision"]\nlanguages = ["uk"]\n'
                                                    "min_sources = 2")
    cfg = parse_config(toml).alerts
    bodies_fig = [("bodies_returned", "UA", 909, False)]
    seed_article(db, "https://ukrinform.example/b", "Ukrinform", bodies_fig, published="2025-05-24",
                 event_date="2025-05-24", lang="uk")
    seed_article(db, "https://reuters.example/b", "Reuters", bodies_fig, published="2025-05-24",
                 event_date="2025-05-24")
    seed_article(db, "https://reuters.example/s", "Reuters", [("returned", "UA", 90, True)],
                 published="2025-05-25", event_date="2025-05-25")
    run_alert_cycle(db, cfg, now=at("2025-05-25 10:00"))
    assert bodies.received == [] and smtp.raw == []  # one Ukrainian outlet; about 90 is below 100

    seed_article(db, "https://suspilne.example/b", "Suspilne", bodies_fig, published="2025-05-25",
                 event_date="2025-05-24", lang="uk")
    seed_article(db, "https://ap.example/s", "AP", [("returned", "UA", 150, False)],
                 published="2025-05-25", event_date="2025-05-25")
    run_alert_cycle(db, cfg, now=at("2025-05-25 11:00"))
    assert [b["title"] for b in bodies.received] == [
        "Repatriation of bodies 24 May 2025: 909 bodies returned to Ukraine"]
    assert len(smtp.raw) == 1 and "150" in subjects(smtp)[0] and not subjects(smtp)[0].startswith("Update")

    seed_article(db, "https://lb.example/b", "LB", bodies_fig, published="2025-05-25", event_date="2025-05-24",
                 lang="uk")
    seed_article(db, "https://bbc.example/s", "BBC", [("returned", "UA", 150, False)],
                 published="2025-05-25", event_date="2025-05-25")
    run_alert_cycle(db, cfg, now=at("2025-05-25 12:00"))
    assert len(bodies.received) == 1 and len(smtp.raw) == 1


def test_quiet_hours_and_digest_time_are_read_in_each_targets_own_zone(db, sinks) -> None:
    smtp, bodies, daily = sinks
    toml = routed_toml(smtp, bodies, daily).replace('digest = "20:00"', 'digest = "20:00"\ntimezone = "Europe/Kyiv"\n'
                                                   'quiet_hours = "20:00-21:00"')
    cfg = parse_config(toml).alerts
    report_week(db)
    run_alert_cycle(db, cfg, now=at("2025-05-25 14:00"))
    # 20:00 in Kyiv is 17:00 UTC: the digest is written, then held by the target's own quiet hour
    held = run_alert_cycle(db, cfg, now=at("2025-05-25 17:05"))
    assert held.digest_rows == 1 and held.delivery.deferred == 1 and daily.received == []
    (row,) = outbox(db, kind="digest")
    assert row.next_attempt_at == at("2025-05-25 18:00")
    assert run_alert_cycle(db, cfg, now=at("2025-05-25 18:00")).delivery.sent == 1 and len(daily.received) == 1
    assert len(smtp.raw) == 1  # the desk has no quiet hours of its own and [alerts] sets none
