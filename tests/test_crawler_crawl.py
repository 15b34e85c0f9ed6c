"""Real crawls (real Scrapy in a fresh process) of a local news site, on SQLite and PostgreSQL."""

from __future__ import annotations

import html
import os
import subprocess
import sys
import zlib
from collections import Counter

import pytest
from crawler_support import (
    CONTACT,
    REPO,
    article_paths,
    crawl,
    row,
    run_swapwatch,
    source_row,
    write_config,
)
from service_support import wait_for
from sqlalchemy import func, select

from storage import Article, CrawlRun, Database, Figure
from swapwatch.demo.site import NewsSite, load_records

RECORDS = load_records()
SITE_RECORDS = [r for r in RECORDS if r.get("where") != "telegram"]
POSTS = [r for r in RECORDS if r.get("where") == "telegram"]
NEWS = {"allow": [r"/news/[^/]+\.html$"]}


def all_sources(url: str) -> list[dict]:
    return [
        {"name": "Wire RSS", "url": f"{url}/rss.xml"},  # type detected
        {"name": "Wire Atom", "url": f"{url}/atom.xml", "type": "feed"},
        {"name": "Wire sitemap", "url": f"{url}/sitemap.xml", "type": "sitemap", "max_age": "3650d"},
        {"name": "Wire front page", "url": f"{url}/news/", "type": "page", "follow": NEWS},
        {"name": "HQ channel", "url": f"{url}/s/swapwatch_hq", "lang": "uk"},  # type detected
    ]


@pytest.fixture
def site():
    with NewsSite(RECORDS) as running:
        yield running


def test_crawls_store_each_article_once_then_fetch_only_what_is_new(db_url, tmp_path, site) -> None:
    config = write_config(tmp_path / "sw.toml", db_url, all_sources(site.url))
    first = crawl(config)
    assert first["totals"]["new"] == len(RECORDS) and first["totals"]["failed"] == 0, first
    # five sources list the same articles: each is still downloaded exactly once
    counts = Counter(article_paths(site))
    assert set(counts) == {f"/news/{r['id']}.html" for r in SITE_RECORDS} and set(counts.values()) == {1}
    assert all(CONTACT in r.user_agent for r in site.requests)
    db = Database(db_url)
    try:
        check_stored_articles(db, site)
        site.clear_log()
        second = crawl(config)
        assert second["totals"]["new"] == 0 and not article_paths(site)
        feed = [r for r in site.requests if r.path == "/rss.xml"]
        assert feed and all(r.conditional and r.status == 304 for r in feed)
        assert row(second, "Wire RSS")["status"] == "not_modified"
        assert source_row(db, "Wire RSS").health == "ok"

        site.publish({"id": "fresh-1", "lang": "en", "published": "2024-06-01", "title": "Fresh swap",
                      "text": SITE_RECORDS[0]["text"].replace("230", "231") + "\n\nMore to follow."})
        site.clear_log()
        third = crawl(config)
        assert article_paths(site) == ["/news/fresh-1.html"]
        assert third["totals"]["new"] == 1
        with db.session() as s:
            fresh = s.scalar(select(Article).where(Article.url.like("%/fresh-1.html")))
            # a syndicated near-copy of an archived article is linked to it
            assert fresh.duplicate_of_id is not None
    finally:
        db.dispose()


def check_stored_articles(db: Database, site: NewsSite) -> None:
    with db.session() as s:
        articles = {a.url: a for a in s.scalars(select(Article))}
        assert len(articles) == len(RECORDS)
        for rec in SITE_RECORDS:
            art = articles[f"{site.url}/news/{rec['id']}.html"]
            assert art.published.isoformat() == rec["published"] and art.title and art.extractor_version
            if art.relevant:
                assert art.lang == rec["lang"] and rec["text"].split("\n")[0][:60] in art.text
                assert html.escape(rec["title"]).encode() in zlib.decompress(art.raw_html)
            else:  # remembered so it is not fetched again, but without its text
                assert art.text is None and art.raw_html is None and art.content_hash
        assert sum(a.relevant for a in articles.values()) >= len(RECORDS) - 8
        post = articles[f"{site.url}/swapwatch_hq/{site.post_number(POSTS[0]['id'])}"]
        assert post.text and post.published.isoformat() == POSTS[0]["published"]
        assert s.scalar(select(func.count()).select_from(Figure).where(Figure.kind == "returned")) >= 5


FEED_FAULTS = {
    "truncated": ("truncated_xml", "not a readable RSS/Atom feed"),
    "html": ("html_as_feed", "got an HTML page"),
    "gone": ("404", "HTTP 404"),
    "broken": ("500", "HTTP 500"),
    "busy": ("429", "HTTP 429"),
    "slow": ("slow", "timed out"),
    "loop": ("redirect_loop", "redirect"),
    "private": ("disallow", "robots.txt"),
    "huge": ("huge", "too large"),
    "bomb": ("gzip_bomb", "too large once decompressed"),
    "captcha": ("captcha", "HTTP 403"),
}
ARTICLE_FAULTS = ["wrong_charset", "huge", "gzip_bomb", "404", "500", "slow", "redirect_loop", "disallow"]


def test_bad_inputs_are_recorded_and_never_stop_the_crawl(db_url, tmp_path) -> None:
    with NewsSite(POSTS, slow_seconds=2.5) as site:  # longer than download_timeout, the shorter the better
        for fault in [*ARTICLE_FAULTS, "good"]:
            site.publish({"id": f"f-{fault}", "lang": "en", "published": "2024-03-01", "title": f"Swap {fault}",
                          "text": "Ukraine and Russia exchanged 95 prisoners of war each on Friday. " * 5})
        for fault in ARTICLE_FAULTS:
            site.set_fault(f"/news/f-{fault}.html", fault)
        for name, (fault, _) in FEED_FAULTS.items():
            site.set_fault(f"/feeds/{name}.xml", fault)
        sources = [{"name": n, "url": f"{site.url}/feeds/{n}.xml", "type": "feed"} for n in FEED_FAULTS]
        sources += [{"name": "front", "url": f"{site.url}/news/", "type": "page", "follow": {"allow": ["/news/f-"]}},
                    {"name": "channel", "url": f"{site.url}/s/swapwatch_hq"}]
        config = write_config(tmp_path / "sw.toml", db_url, sources, max_page_size="5MB", download_timeout="1s",
                              failing_after=2)
        summary = crawl(config)
        assert row(summary, "channel")["new"] == len(POSTS) and row(summary, "channel")["status"] == "ok"
        for name, (_, message) in FEED_FAULTS.items():
            assert message in (row(summary, name)["error"] or ""), (name, row(summary, name))
        assert row(summary, "busy")["status"] == row(summary, "captcha")["status"] == "blocked"
        # the slow feed's server thread logs its request when its late answer begins, seconds after the crawler
        # gave up on it, maybe after the crawl ended: its retry is waited for, not assumed logged already
        wait_for(lambda: [r.path for r in site.requests].count("/feeds/slow.xml") >= 2, site.slow_seconds + 10,
                 "the slow feed's retry in the site's log")
        paths = [r.path for r in site.requests]  # 5xx, 429 and timeouts are retried (retries = 1), 404 is not
        assert paths.count("/feeds/broken.xml") == paths.count("/feeds/busy.xml") == paths.count("/feeds/slow.xml") == 2
        assert paths.count("/feeds/gone.xml") == 1
        first, retry = [r.at for r in site.requests if r.path == "/feeds/broken.xml"]
        assert retry - first >= 0.9  # backoff: a pause before the retry
        front = row(summary, "front")
        assert front["status"] == "ok" and front["new"] == 2  # the good page and the wrongly declared one
        for fault in ARTICLE_FAULTS[1:]:
            assert f"f-{fault}.html" in front["error"], fault
        assert "does not decode the page" in front["error"]
        check_health(Database(db_url), config)


def check_health(db: Database, config) -> None:
    try:
        with db.session() as s:
            text = s.scalar(select(Article.text).where(Article.url.like("%f-wrong_charset.html")))
            assert "захисників" in text
            assert s.scalar(select(func.count()).select_from(CrawlRun)) == len(FEED_FAULTS) + 2
        assert source_row(db, "captcha").health == source_row(db, "busy").health == "blocked"
        # articles that failed are retried next cycle: no validators, so no 304 hides them
        assert source_row(db, "front").etag is None and source_row(db, "channel").etag
        broken = source_row(db, "broken")
        assert broken.consecutive_failures == 1 and broken.health != "failing" and "HTTP 500" in broken.last_error
        again = crawl(config, "--source", "broken", expect=1)  # its only source failed: exit 1 (issue #14)
        assert [r["name"] for r in again["sources"]] == ["broken"]
        broken = source_row(db, "broken")
        assert broken.consecutive_failures == 2 and broken.health == "failing"
        assert source_row(db, "channel").health == "ok"
    finally:
        db.dispose()


SINGLE = {
    # each kind of source on its own copy of the site: name → source
    "rss": {"url": "/rss.xml"},
    "atom": {"url": "/atom.xml", "type": "feed"},
    "robots-sitemap": {"url": "/robots.txt", "max_age": "3650d"},  # type detected, sitemaps found in robots.txt
    "page": {"url": "/news/", "type": "page", "follow": NEWS},
    "telegram": {"url": "/s/swapwatch_hq"},
}


def test_each_kind_of_source_finds_all_its_articles_and_copies_are_stored_once(sqlite_url, tmp_path) -> None:
    sites = {kind: NewsSite(RECORDS).start() for kind in SINGLE}
    try:
        sources = [{**src, "name": kind, "url": sites[kind].url + src["url"]} for kind, src in SINGLE.items()]
        config = write_config(tmp_path / "sw.toml", sqlite_url, sources)
        summary = crawl(config)
        assert all(r["status"] == "ok" for r in summary["sources"]), summary
        for kind in ("rss", "atom", "robots-sitemap", "page"):
            assert sorted(article_paths(sites[kind])) == sorted(f"/news/{r['id']}.html" for r in SITE_RECORDS), kind
        assert row(summary, "telegram")["new"] == len(POSTS)
        # four outlets carry the same texts: each is stored once, the copies only remembered
        assert summary["totals"]["new"] == len(RECORDS)
        # the gzip archive sitemap's entries are years old: max_age skips them
        assert "/sitemap-archive.xml.gz" in [r.path for r in sites["robots-sitemap"].requests]
        assert not [r for r in sites["robots-sitemap"].requests if r.path.startswith("/archive/")]
        check_reextract(config, sqlite_url, list(sites.values()))
    finally:
        for site in sites.values():
            site.stop()


def check_reextract(config, db_url: str, sites: list[NewsSite]) -> None:
    db = Database(db_url)
    try:
        with db.session() as s:
            before = s.scalar(select(func.count()).select_from(Figure))
            s.execute(Figure.__table__.delete())
        for site in sites:
            site.clear_log()
        done = run_swapwatch(config, "reextract", "--format", "json")
        assert done.returncode == 0, done.stderr
        assert '"figures": ' + str(before) in done.stdout and not any(site.requests for site in sites)
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Figure)) == before > 0
        later = run_swapwatch(config, "reextract", "--since", "2099-01-01", "--format", "json")
        assert later.returncode == 0 and '"articles": 0' in later.stdout
        assert run_swapwatch(config, "reextract", "--since", "May 1").returncode == 2
    finally:
        db.dispose()


def test_scrapy_crawl_inside_the_repository_works_too(sqlite_url, tmp_path, site) -> None:
    config = write_config(tmp_path / "sw.toml", sqlite_url, [{"name": "tg", "url": f"{site.url}/s/swapwatch_hq"}])
    env = {**os.environ, "SWAPWATCH_CONFIG": str(config), "SWAPWATCH_WORKERS": "1"}
    done = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "telegram", "-a", "source=tg"], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stderr[-2000:]
    db = Database(sqlite_url)
    try:
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Article)) == len(POSTS)
        assert source_row(db, "tg").health == "ok"
    finally:
        db.dispose()
