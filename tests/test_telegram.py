"""Telegram channels as sources: backfill, edits, broken previews with one fallback, forwards.

Real crawls (`swapwatch crawl` in a fresh process, real Scrapy) of the local sample site's channels. The cases
that need Telegram's own host names (t.me → telegram.me fallback, a redirect to telegram.org) reach the site as
an HTTP proxy, so the crawler uses the real URLs while every request stays on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from alerts_support import WebhookSink
from crawler_support import REPO, crawl, row, source_row, write_config
from scrapy.http import HtmlResponse
from sqlalchemy import select

from alerts.claims import forwarded_channel, load_event_claims
from crawler.sources import SourceSpec
from crawler.telegram import before_url, mirror_url, read_preview
from storage import Alert, Article, ArticleUrl, Database, ExchangeEvent, Figure
from swapwatch.config import ConfigError, load_config
from swapwatch.demo.site import NewsSite

TODAY = datetime.now(UTC).date()
REPORT = ("Ukraine and Russia carried out a prisoner exchange on {day:%d %B %Y}. {figure} Ukrainian defenders returned "
          "home from Russian captivity, the Coordination Headquarters for the Treatment of Prisoners of War said.")


def post(pid: str, channel: str, number: int, text: str, days_ago: int = 1, **extra) -> dict:
    published = (TODAY - timedelta(days=days_ago)).isoformat()
    return {"id": pid, "where": "telegram", "channel": channel, "post": number, "lang": "en",
            "published": published, "title": "Coordination HQ", "text": text, **extra}


def bulletin(n: int) -> str:
    return f"Daily bulletin {n}: the hotline for relatives keeps its office hours; letters go out on Tuesday."


def previews(site: NewsSite, channel: str) -> list[str]:
    """The ``before=`` of each preview page of ``channel`` the crawler asked for, in order ("" for the first)."""
    paths = [urlsplit(r.path) for r in site.requests]
    return [parse_qs(p.query).get("before", [""])[0] for p in paths if p.path == f"/s/{channel}"]


def stored(db_url: str, like: str) -> list[str]:
    with Database(db_url).session() as s:
        return sorted(s.scalars(select(Article.url).where(Article.url.like(like))))


def test_first_crawl_pages_back_to_max_age_and_later_crawls_stop_at_the_archive(sqlite_url, tmp_path) -> None:
    old = [post(f"b{n}", "backfill_hq", n, bulletin(n), days_ago=30) for n in range(1, 11)]
    recent = [post(f"b{n}", "backfill_hq", n, bulletin(n), days_ago=1 + (50 - n) // 5) for n in range(11, 51)]
    bounded = [post(f"c{n}", "bounded_hq", n, bulletin(1000 + n)) for n in range(1, 51)]
    with NewsSite(old + recent + bounded) as site:
        config = write_config(tmp_path / "sw.toml", sqlite_url, [
            {"name": "Backfill", "url": f"{site.url}/s/backfill_hq", "type": "telegram", "max_age": "14d"},
            {"name": "Bounded", "url": f"{site.url}/s/bounded_hq", "type": "telegram", "backfill_pages": 1},
        ])
        first = crawl(config, "--no-alerts")
        # 20 posts a page: 31–50, then 11–30, then 1–10 (older than max_age: not stored, and the end)
        assert previews(site, "backfill_hq") == ["", "31", "11"]
        assert row(first, "Backfill")["new"] == 40 and row(first, "Backfill")["status"] == "ok"
        assert stored(sqlite_url, "%/backfill_hq/%") == sorted(f"{site.url}/backfill_hq/{n}" for n in range(11, 51))
        # backfill_pages bounds the paging even when every post is recent
        assert previews(site, "bounded_hq") == ["", "31"] and row(first, "Bounded")["new"] == 40

        site.clear_log()
        site.publish(post("b51", "backfill_hq", 51, bulletin(51), days_ago=0))
        again = crawl(config, "--no-alerts", "--source", "Backfill")
        # the first page reaches archived posts: no paging back on a later crawl
        assert previews(site, "backfill_hq") == [""]
        assert row(again, "Backfill")["new"] == 1 and row(again, "Backfill")["edited"] == 0


def _alerting_config(path: Path, db_url: str, site: NewsSite, hook: WebhookSink) -> Path:
    config = write_config(path, db_url, [
        {"name": "HQ", "url": f"{site.url}/s/edits_hq", "type": "telegram", "lang": "en"},
    ])
    with config.open("a", encoding="utf-8") as out:
        out.write(f'\n[alerts]\nurls = ["{hook.url}"]\n')
    return config


def test_an_edited_figure_is_re_extracted_and_alerted_once_as_a_revision(db_url, tmp_path) -> None:
    day = TODAY - timedelta(days=1)
    report = post("e1", "edits_hq", 500, REPORT.format(day=day, figure="About 200"))
    hook = WebhookSink()
    try:
        with NewsSite([report, post("e2", "edits_hq", 501, bulletin(1))]) as site:
            config = _alerting_config(tmp_path / "sw.toml", db_url, site, hook)
            first = crawl(config)
            assert row(first, "HQ")["new"] == 2 and len(hook.received) == 1 and "200" in hook.received[0]["message"]

            site.telegram.edit("e1", REPORT.format(day=day, figure="Exactly 207"))
            second = crawl(config)
            assert row(second, "HQ")["edited"] == 1 and row(second, "HQ")["new"] == 0
            third = crawl(config)  # the same edited text again: nothing to do, nothing to say
            assert row(third, "HQ")["edited"] == 0 and row(third, "HQ")["new"] == 0
    finally:
        hook.close()
    with Database(db_url).session() as s:
        [article] = s.scalars(select(Article).where(Article.url.like("%/edits_hq/500"))).all()
        figures = [(f.kind, f.side, f.value, f.approx) for f in s.scalars(select(Figure).where(
            Figure.article_id == article.id))]
        kinds = [a.kind for a in s.scalars(select(Alert).order_by(Alert.id))]
        events = s.scalars(select(ExchangeEvent)).all()
    assert figures == [("returned", "UA", 207, False)] and "Exactly 207" in article.text
    assert kinds == ["new_event", "revision"] and len(events) == 1
    assert len(hook.received) == 2 and "207" in hook.received[1]["message"]


def test_a_forward_is_stored_as_the_original_post_with_its_channel_as_the_outlet(sqlite_url, tmp_path) -> None:
    day = TODAY - timedelta(days=1)
    own = post("f1", "fwd_hq", 70, REPORT.format(day=day, figure="About 200"))
    forward = post("f2", "fwd_hq", 71, REPORT.format(day=day, figure="Some 200").replace("defenders", "servicemen"),
                   forwarded_from="ombudsman_ua/812", forwarded_name="Ombudsman of Ukraine")
    with NewsSite([own, forward]) as site:
        config = write_config(tmp_path / "sw.toml", sqlite_url, [
            {"name": "HQ", "url": f"{site.url}/s/fwd_hq", "type": "telegram"},
        ])
        summary = crawl(config)
        assert row(summary, "HQ")["new"] == 2
        base = site.url
    db = Database(sqlite_url)
    assert stored(sqlite_url, "%") == [f"{base}/fwd_hq/70", f"{base}/ombudsman_ua/812"]
    with db.session() as s:
        aliases = {a.url: a.article_id for a in s.scalars(select(ArticleUrl))}
        original = s.scalar(select(Article.id).where(Article.url == f"{base}/ombudsman_ua/812"))
        [event] = s.scalars(select(ExchangeEvent)).all()
        outlets = {c.claim.url: c.claim.outlet for c in load_event_claims(s, event.id)}
    assert aliases == {f"{base}/fwd_hq/71": original}
    assert outlets == {f"{base}/fwd_hq/70": "HQ", f"{base}/ombudsman_ua/812": "t.me/ombudsman_ua"}


def _crawl_through(site: NewsSite, config: Path) -> dict:
    """``swapwatch crawl`` with the site as the HTTP proxy: http://t.me/… is answered by the local site."""
    env = {**os.environ, "SWAPWATCH_WORKERS": "1", "http_proxy": site.url, "HTTP_PROXY": site.url,
           "no_proxy": "127.0.0.1,localhost", "NO_PROXY": "127.0.0.1,localhost"}
    env.pop("SWAPWATCH_DATABASE_URL", None)
    done = subprocess.run([sys.executable, "-m", "swapwatch.cli", "--config", str(config), "crawl", "--format", "json",
                           "--no-alerts"], capture_output=True, text=True, timeout=120, env=env, cwd=REPO)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


@pytest.mark.parametrize("how, why", [
    ("landing", "landing page, not its posts"),
    ("telegram_org", "redirected to http://telegram.org/"),
    ("empty", "no tgme_widget_message blocks"),
])
def test_a_disabled_or_moved_preview_is_a_clear_health_error_after_one_fallback(sqlite_url, tmp_path, how, why):
    with NewsSite([post("m1", "mirror_hq", 5, bulletin(5)), post("m2", "mirror_hq", 6, bulletin(6))]) as site:
        site.telegram.disable("closed_hq", how)
        site.telegram.disable("mirror_hq", how, mirror=True)
        config = write_config(tmp_path / "sw.toml", sqlite_url, [
            {"name": "Closed", "url": "http://t.me/s/closed_hq", "type": "telegram"},
            {"name": "Mirrored", "url": "http://t.me/s/mirror_hq", "type": "telegram"},
        ], failing_after=1)
        summary = _crawl_through(site, config)
        asked = [r.path for r in site.requests if "/s/" in r.path]
    closed, mirrored = row(summary, "Closed"), row(summary, "Mirrored")
    assert closed["status"] == "failed" and why in closed["error"]
    assert "http://telegram.me/s/closed_hq" in closed["error"] and closed["error"].startswith("Telegram preview")
    # telegram.me is tried exactly once per channel; the mirrored one is paged back there too (a first crawl)
    assert sorted(asked) == sorted([*(f"http://{host}/s/{c}" for host in ("t.me", "telegram.me")
                                      for c in ("closed_hq", "mirror_hq")), "http://telegram.me/s/mirror_hq?before=5"])
    assert mirrored["status"] == "ok" and mirrored["new"] == 2
    assert stored(sqlite_url, "%mirror_hq%") == ["https://t.me/mirror_hq/5", "https://t.me/mirror_hq/6"]
    health = source_row(Database(sqlite_url), "Closed")
    assert health.health == "failing" and why in health.last_error


def _preview(url: str, messages: str) -> HtmlResponse:
    body = f'<html><body><section class="tgme_channel_history">{messages}</section></body></html>'
    return HtmlResponse(url, body=body.encode(), encoding="utf-8")


def _message(number: int, inner: str) -> str:
    return (f'<div class="tgme_widget_message" data-post="chan/{number}">{inner}'
            f'<time datetime="2025-05-25T09:30:00+00:00"></time></div>')


def test_preview_posts_own_text_and_only_channel_posts_count_as_forwards() -> None:
    own = '<div class="tgme_widget_message_text js-message_text">Own &lt;b&gt;words<br/>second line</div>'
    reply = ('<a class="tgme_widget_message_reply"><div class="tgme_widget_message_text">quoted</div></a>' + own)
    hidden = '<div class="tgme_widget_message_forwarded_from">Forwarded from <span ' \
             'class="tgme_widget_message_forwarded_from_name">A person</span></div>' + own
    whole = '<a class="tgme_widget_message_forwarded_from_name" href="https://t.me/other">Other</a>' + own
    post = '<a class="tgme_widget_message_forwarded_from_name" href="https://telegram.me/other/5?single">O</a>' + own
    photo = '<div class="tgme_widget_message_photo"></div>'
    preview = read_preview(_preview("https://telegram.me/s/chan", "".join(
        _message(n, inner) for n, inner in enumerate([reply, hidden, whole, post, photo], start=1))))
    assert preview.problem is None
    assert [(p.number, p.url, p.original) for p in preview.posts] == [
        (1, "https://t.me/chan/1", None), (2, "https://t.me/chan/2", None), (3, "https://t.me/chan/3", None),
        (4, "https://t.me/chan/4", "https://t.me/other/5"),
    ]
    assert {p.text for p in preview.posts} == {"Own <b>words\nsecond line"}  # text, never markup, never the quote
    assert preview.posts[0].published == date(2025, 5, 25)


def test_telegram_urls_mirror_and_forward_outlets() -> None:
    assert mirror_url("https://t.me/s/chan?before=9") == "https://telegram.me/s/chan"
    assert mirror_url("https://telegram.me/s/chan") == "https://t.me/s/chan"
    assert mirror_url("http://127.0.0.1:8000/s/chan") is None and mirror_url("https://t.me/chan") is None
    assert before_url("https://t.me/s/chan?before=40", 21) == "https://t.me/s/chan?before=21"
    assert forwarded_channel("https://t.me/other/5", "https://t.me/s/chan") == "other"
    assert forwarded_channel("https://t.me/Chan/5", "https://telegram.me/s/chan") is None
    assert forwarded_channel("https://news.example/world/5", "https://news.example/rss.xml") is None


def test_backfill_pages_is_validated_with_the_key_named(tmp_path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[[sources]]\nname="a"\nurl="https://t.me/s/a"\nbackfill_pages=-1\n')
    with pytest.raises(ConfigError, match=r"sources\[0\]\.backfill_pages"):
        load_config(path)
    path.write_text('[[sources]]\nname="a"\nurl="https://t.me/s/a"\nbackfill_pages=3\n')
    assert SourceSpec.from_config(load_config(path).sources[0]).backfill_pages == 3
