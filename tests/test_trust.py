"""Trust in stored figures (issue #12), on SQLite and PostgreSQL: an unsure figure from one outlet is held until a
second outlet backs it; a stale article is re-read by the running extractor and its event revised once; an
article judged irrelevant keeps its text and is rescued by a newer extractor; old kept text is dropped.
"""

from __future__ import annotations

import json
import zlib
from datetime import UTC, datetime, timedelta

import pytest
from alerts_support import alerts_config, at, outbox, seed_article
from sqlalchemy import select, update
from typer.testing import CliRunner

from alerts import run_alert_cycle
from core.config import Config, parse_config
from core.events import Claim, announced, consolidate
from scheduler.child import CrawlOutcome
from scheduler.cycle import crawl_then_alert
from storage import Article, Database, Figure
from swapwatch.cli import _register, app

_register()
SAT = "2025-05-24"
TODAY = datetime.now(UTC).date()
# a real report the running extractor reads as 157 returned to each side (confidence well above the default)
SWAP_TEXT = ("Russia and Ukraine exchanged prisoners of war on {day:%B} {day.day}, {day.year}. Ukraine's coordination "
             "headquarters said 157 Ukrainian servicemen returned home from Russian captivity, and Moscow said 157 "
             "Russian soldiers were handed over.")


def _cli(db_url: str, tmp_path, monkeypatch, toml: str = ""):
    config = tmp_path / "swapwatch.toml"
    config.write_text(toml)
    monkeypatch.setenv("SWAPWATCH_DATABASE_URL", db_url)
    monkeypatch.setenv("SWAPWATCH_WORKERS", "0")  # extraction in a thread: quick, and the same code

    def run(*args: str) -> str:
        result = CliRunner().invoke(app, ["--config", str(config), *args])
        assert result.exit_code == 0, result.output
        return result.output

    return run


def _unsure(db: Database, article_id: int, confidence: float) -> None:
    with db.session() as session:
        session.execute(update(Figure).where(Figure.article_id == article_id).values(confidence=confidence))


def test_the_event_rule_holds_an_unsure_single_outlet_figure() -> None:
    one = Claim("returned", "UA", 4757, outlet="A", confidence=0.3)
    (fig,) = consolidate([one], 0.6)
    assert fig.held and "below min_confidence 0.60" in fig.held and announced([fig]) == []
    # a syndicated copy is no second outlet; another outlet or a surer report is
    copy = Claim("returned", "UA", 4757, outlet="B", confidence=0.3, duplicate=True)
    assert consolidate([one, copy], 0.6)[0].held
    assert not consolidate([one, Claim("returned", "UA", 4757, outlet="B", confidence=0.3)], 0.6)[0].held
    assert not consolidate([one, Claim("returned", "UA", 4757, outlet="A", confidence=0.9)], 0.6)[0].held
    # one unsure misreading never displaces a sure number, nor makes it "disputed"
    (fig,) = consolidate([Claim("returned", "UA", 207, outlet="A", confidence=0.9), one], 0.6)
    assert (fig.value, fig.alternatives, fig.unconfirmed, fig.held) == (207, (), (4757,), None)
    assert consolidate([one], 0.0)[0].held is None  # min_confidence 0: nothing is held, as before


def test_held_until_a_second_outlet_confirms_then_one_alert(db, db_url, hook, tmp_path, monkeypatch) -> None:
    cfg = alerts_config(urls=[hook.url], min_confidence=0.6)
    first = seed_article(db, "https://wire.example/swap", "Wire", [("returned", "UA", 95, False),
                         ("returned", "RU", 95, False)], published=SAT, event_date=SAT)
    _unsure(db, first, 0.4)
    report = run_alert_cycle(db, cfg, now=at(f"{SAT} 12:00"))
    assert report.changes == [] and hook.received == []  # recorded, not announced

    run = _cli(db_url, tmp_path, monkeypatch, "[alerts]\nmin_confidence = 0.6\n")
    (listed,) = json.loads(run("events", "--format", "json"))
    assert listed["announced"] is False and listed["held"] == ["returned:RU", "returned:UA"]
    assert all(f["held"] and f["confidence"] == 0.4 for f in listed["figures"])
    shown = run("event", str(listed["id"]))
    assert "95?" in shown and "only Wire reports it; waiting for a second outlet" in shown

    second = seed_article(db, "https://daily.example/swap", "Daily", [("returned", "UA", 95, False)],
                          published=SAT, event_date=SAT)
    _unsure(db, second, 0.4)
    report = run_alert_cycle(db, cfg, now=at(f"{SAT} 13:00"))
    assert [c.kind for c in report.changes] == ["new_event"] and len(hook.received) == 1
    message = hook.received[0]["message"]
    # the second outlet backs Ukraine's figure only: Russia's stays held and out of the alert
    assert "Returned to Ukraine: 95 (according to 2 outlets)" in message and "Russia" not in hook.received[0]["title"]
    assert run_alert_cycle(db, cfg, now=at(f"{SAT} 14:00")).changes == []  # nothing twice
    (listed,) = json.loads(run("events", "--format", "json"))
    assert listed["announced"] is True and listed["held"] == ["returned:RU"]


def _store_old(db: Database, text: str, *, relevant: bool, figures: list[tuple], version: str) -> int:
    """An article as an older extractor stored it: its version string, its verdict and its figures."""
    with db.session() as session:
        article = Article(url=f"https://old.example/{abs(hash(text))}", title="Report", published=TODAY,
                          relevant=relevant, conflict="RU-UA" if relevant else None, lang="en",
                          extracted_at=datetime.now(UTC) - timedelta(days=1), extractor_version=version,
                          text=text if relevant else None,
                          kept_text=None if relevant else zlib.compress(text.encode()))
        session.add(article)
        session.flush()
        for kind, side, value in figures:
            session.add(Figure(article_id=article.id, kind=kind, side=side, value=value, approx=False,
                               evidence="old reading", event_date=TODAY))
        return article.id


def test_a_stale_article_is_reextracted_and_its_event_revised_once(db, db_url, hook, tmp_path, monkeypatch) -> None:
    text = SWAP_TEXT.format(day=TODAY)
    old = _store_old(db, text, relevant=True, figures=[("returned", "UA", 150)], version="0.9.0")
    current = _store_old(db, "Wheat prices rose as traders weighed the harvest.", relevant=False, figures=[],
                         version="999.0.0")  # read by a newer version than the running one: left alone
    toml = f'[alerts]\nurls = ["{hook.url}"]\n'
    run = _cli(db_url, tmp_path, monkeypatch, toml)
    first = run_alert_cycle(db, parse_config(toml).alerts)
    assert [c.kind for c in first.changes] == ["new_event"] and len(hook.received) == 1

    summary = json.loads(run("reextract", "--stale", "--format", "json"))
    assert (summary["articles"], summary["figures_added"], summary["figures_removed"]) == (1, 2, 1)
    assert summary["events_changed"] == 1 and len(hook.received) == 2
    assert hook.received[1]["title"].startswith("Update: ")
    assert "150 → 157" in hook.received[1]["message"]
    with db.session() as session:
        assert session.get(Article, old).extractor_version != "0.9.0"
        assert session.get(Article, current).extractor_version == "999.0.0"
        confidences = set(session.scalars(select(Figure.confidence).where(Figure.article_id == old)))
    assert confidences and all(0 < c <= 1 for c in confidences)
    again = json.loads(run("reextract", "--stale", "--format", "json"))
    assert again["articles"] == 0 and len(hook.received) == 2  # nothing stale, nothing re-sent


def test_an_irrelevant_article_is_rescued_by_a_newer_extractor(db, db_url, hook, tmp_path, monkeypatch) -> None:
    rescued = _store_old(db, SWAP_TEXT.format(day=TODAY), relevant=False, figures=[], version="0.1.0")
    run = _cli(db_url, tmp_path, monkeypatch, f'[alerts]\nurls = ["{hook.url}"]\n')
    summary = json.loads(run("reextract", "--stale", "--format", "json"))
    assert (summary["rescued"], summary["figures_added"], summary["events_changed"]) == (1, 2, 1)
    assert len(hook.received) == 1 and not hook.received[0]["title"].startswith("Update")
    assert "157" in hook.received[0]["title"]
    assert [row.kind for row in outbox(db)] == ["new_event"]
    with db.session() as session:
        article = session.get(Article, rescued)
        # rescued: searchable text again, the compressed copy gone
        assert article.relevant and article.text and article.kept_text is None


def test_retention_drops_old_irrelevant_text_in_the_cycle(db) -> None:
    old = _store_old(db, "An old story about grain.", relevant=False, figures=[], version="1.0.0")
    new = _store_old(db, "A new story about grain.", relevant=False, figures=[], version="1.0.0")
    kept = _store_old(db, SWAP_TEXT.format(day=TODAY), relevant=True, figures=[], version="1.0.0")
    with db.session() as session:
        for article_id in (old, kept):
            session.get(Article, article_id).fetched_at = datetime.now(UTC) - timedelta(days=91)
    config = parse_config('[storage]\nkeep_irrelevant = "90d"\n')
    crawl_then_alert(config, db, lambda: CrawlOutcome("none", "ok", 0.0), alerts=False)
    with db.session() as session:
        assert session.get(Article, old).kept_text is None
        assert zlib.decompress(session.get(Article, new).kept_text) == b"A new story about grain."
        assert session.get(Article, kept).text  # relevant articles keep their text for good
        assert session.get(Article, old).url  # the article itself stays, so it is never refetched


def test_bad_trust_settings_are_one_clear_line() -> None:
    from core.config import ConfigError

    with pytest.raises(ConfigError, match=r"alerts\.min_confidence"):
        parse_config("[alerts]\nmin_confidence = 1.5\n")
    with pytest.raises(ConfigError, match=r"storage\.keep_irrelevant"):
        parse_config('[storage]\nkeep_irrelevant = "soon"\n')
    assert Config().schedule.reextract_on_upgrade is False


def test_the_service_reextracts_stale_articles_in_a_child(sqlite_url, tmp_path, monkeypatch) -> None:
    """What `run` does with reextract_on_upgrade: count what an older extractor read, re-read it in a child
    process (the real CLI), and leave nothing stale."""
    import sys
    from types import SimpleNamespace

    from scheduler.jobs import reextract_argv, reextract_job
    from scheduler.upgrade import stale_articles

    db = Database(sqlite_url)
    rescued = _store_old(db, SWAP_TEXT.format(day=TODAY), relevant=False, figures=[], version="1.0.0")
    _store_old(db, "Wheat prices rose.", relevant=False, figures=[], version="999.0.0")
    assert stale_articles(db) == 1
    config = tmp_path / "swapwatch.toml"
    config.write_text("")
    monkeypatch.setenv("SWAPWATCH_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("SWAPWATCH_WORKERS", "1")
    base = [sys.executable, "-m", "swapwatch.cli", "--config", str(config)]
    host = SimpleNamespace(db=db, stopping=False, should_abort=lambda: False,
                           crawl_argv=lambda name: [*base, "crawl-child", "--source", name])
    assert reextract_argv(host.crawl_argv)[-4:] == ["reextract", "--stale", "--format", "json"]
    reextract_job(host)
    assert stale_articles(db) == 0
    with db.session() as session:
        assert session.get(Article, rescued).relevant


def test_the_web_api_holds_what_the_configured_threshold_holds(db, db_url, tmp_path, monkeypatch) -> None:
    """A user's own min_confidence reaches the dashboard as it reaches `events`: the views never disagree."""
    from web_support import request

    from web import BackgroundServer, WebSettings

    article = seed_article(db, "https://wire.example/swap", "Wire", [("returned", "UA", 95, False)],
                           published=SAT, event_date=SAT)
    _unsure(db, article, 0.7)  # held by the default threshold, announced under this user's 0.5
    run_alert_cycle(db, alerts_config(urls=[], min_confidence=0.5), now=at(f"{SAT} 12:00"))
    toml = "[alerts]\nmin_confidence = 0.5\n"
    (listed,) = json.loads(_cli(db_url, tmp_path, monkeypatch, toml)("events", "--format", "json"))
    server = BackgroundServer(db, parse_config(toml), WebSettings(port=0)).start()
    try:
        _, _, body = request(f"{server.url}/api/v1/events")
        (served,) = json.loads(body)["items"]
        _, _, one = request(f"{server.url}/api/v1/events/{listed['id']}")
    finally:
        server.stop()
    assert listed["held"] == served["held"] == []
    assert [f["held"] for f in json.loads(one)["figures"]] == [f["held"] for f in listed["figures"]]
