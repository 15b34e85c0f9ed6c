"""The crawler's pure parts (listings, URLs, dedup, charset) and the local news site, without a crawl."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from crawler_support import REPO, write_config
from scrapy.http import HtmlResponse, Request, Response, TextResponse, XmlResponse
from typer.testing import CliRunner

from crawler.dedup import NearDuplicateIndex, content_hash, fingerprint, similarity, text_keys
from crawler.listings import (
    ListingError,
    detect_type,
    feed_entries,
    page_links,
    sitemap_entries,
    telegram_posts,
)
from crawler.urls import canonical_url
from crawler.work import decode_page
from swapwatch.cli import _register, app
from swapwatch.demo import pages
from swapwatch.demo.faults import CYRILLIC_PAGE
from swapwatch.demo.site import NewsSite, load_records

BASE = "http://news.test"
RECS = [pages.Record.from_dict(r) for r in load_records()]


def response(cls, url: str, body: bytes | str, **kw) -> Response:
    body = body.encode("utf-8") if isinstance(body, str) else body
    return cls(url=url, body=body, request=Request(url), **kw)


def test_canonical_urls_drop_tracking_and_fragments() -> None:
    assert canonical_url("HTTPS://News.Test/a/b?utm_source=x&id=2&fbclid=1#top") == "https://news.test/a/b?id=2"
    assert canonical_url("../c.html?gclid=9", "http://news.test/a/b/") == "http://news.test/a/c.html"


def test_a_plain_url_is_taken_as_it_is_only_when_the_full_canonical_form_is_the_same() -> None:
    import itertools
    from urllib.parse import urljoin

    from crawler.urls import _canonical, _is_plain

    hosts = ["news.test", "News.test", "127.0.0.1", "xn--d1a.test", "a-.test", "news.test.", "x" * 64 + ".test"]
    ports = ["", ":80", ":8080", ":0080", ":54321", ":65535", ":65536", ":70000", ":123456"]
    paths = ["", "/", "/a", "/a/", "/a/b.html", "/a//b", "/a/./b", "/a/../b", "/.a", "/a~b", "/a%7Eb", "/a b",
             "/a?b=1", "/a#top", "/a;p", "/\u00e9", "/A_B-c.html"]
    relative = [None, "x", "./x", "../x", "/y/", "//other.test/p", "?q=1", "#f", ".."]
    plain = 0
    for scheme, host, port, path, rel in itertools.product(["http", "HTTPS"], hosts, ports, paths, relative):
        url, base = (f"{scheme}://{host}{port}{path}", None) if rel is None else (rel, f"{scheme}://{host}{port}{path}")
        joined = urljoin(base, url) if base else url
        try:
            expected = _canonical(joined)
        except ValueError:  # a port out of range: refused both ways
            with pytest.raises(ValueError):
                canonical_url(url, base)
            continue
        assert canonical_url(url, base) == expected, (url, base)
        plain += _is_plain(joined)
    assert plain > 100  # the shortcut is taken, and agrees


def test_feeds_with_bom_entities_relative_links_and_wrong_types_are_read() -> None:
    rss = response(TextResponse, f"{BASE}/rss.xml", pages.rss(BASE, RECS[:3]))  # BOM, &amp;, tracking
    entries, warning = feed_entries(rss)
    assert warning is None and [e.url for e in entries] == [f"{BASE}/news/{r.id}.html" for r in RECS[:3]]
    assert entries[0].published == RECS[0].published and entries[0].title == RECS[0].title
    atom = response(HtmlResponse, f"{BASE}/feeds/atom.xml", pages.atom(BASE, RECS[:2]))  # served as text/html
    assert detect_type(atom) == "feed"
    assert [e.url for e in feed_entries(atom)[0]] == [f"{BASE}/feeds/news/{r.id}.html" for r in RECS[:2]]


def test_html_or_garbage_as_a_feed_is_a_readable_error() -> None:
    with pytest.raises(ListingError, match="got an HTML page"):
        feed_entries(response(TextResponse, f"{BASE}/rss.xml", pages.listing_page(BASE, RECS)))
    with pytest.raises(ListingError, match="not a readable RSS/Atom feed"):
        feed_entries(response(TextResponse, f"{BASE}/rss.xml", "<?xml version='1.0'?><rss><chan"))


def test_sitemaps_index_news_and_gzip() -> None:
    index = response(XmlResponse, f"{BASE}/sitemap.xml", pages.sitemap_index(BASE))
    assert sitemap_entries(index, 10**6) == ([], [f"{BASE}/sitemap-news.xml", f"{BASE}/sitemap-archive.xml.gz"])
    news, _ = sitemap_entries(response(XmlResponse, f"{BASE}/n.xml", pages.news_sitemap(BASE, RECS[:2])), 10**6)
    assert [(e.url, e.published) for e in news] == [(f"{BASE}/news/{r.id}.html", r.published) for r in RECS[:2]]
    packed = response(Response, f"{BASE}/a.xml.gz", gzip.compress(pages.archive_sitemap(BASE).encode()))
    assert detect_type(packed) == "sitemap" and len(sitemap_entries(packed, 10**6)[0]) == 3
    bomb = response(Response, f"{BASE}/b.xml.gz", gzip.compress(b"<urlset>" + b" " * 10**6))
    with pytest.raises(ListingError, match="cannot unpack"):
        sitemap_entries(bomb, 10_000)


def test_listing_links_follow_rules_and_telegram_posts() -> None:
    listing = response(HtmlResponse, f"{BASE}/news/", pages.listing_page(BASE, RECS[:4]))
    links = page_links(listing, lambda url: "/news/" in url and url.endswith(".html"))
    assert [e.url for e in links] == [f"{BASE}/news/{r.id}.html" for r in RECS[:4]]
    preview = response(HtmlResponse, "https://t.me/s/hq", pages.telegram_preview(BASE, "hq", [(7, RECS[0])]))
    assert detect_type(preview) == "telegram"
    [post] = telegram_posts(preview)
    assert post.url == "https://t.me/hq/7" and post.published == RECS[0].published
    assert post.title == RECS[0].title and RECS[0].text.split("\n")[0] in post.text


def test_wrongly_declared_charset_is_read_and_noted() -> None:
    text, note = decode_page(CYRILLIC_PAGE.encode("cp1251"), "text/html; charset=utf-8")
    assert "захисників" in text and "cp1251" in note
    assert decode_page("Привіт".encode(), None) == ("Привіт", None)
    # a Western page (curly quotes and dashes, bytes below 0xC0) mislabelled as UTF-8 is read as windows-1252
    western = "<p>“We brought 95 soldiers home” – the ministry’s statement… ©2024</p>".encode("cp1252")
    text, note = decode_page(western, "text/html; charset=utf-8")
    assert "“We brought 95 soldiers home” – the ministry’s" in text and "cp1252" in note


def test_identical_and_near_identical_texts() -> None:
    text = " ".join(RECS[0].text.split())
    assert content_hash(text) == content_hash(text.upper() + " ") != content_hash(text + " extra")
    copy = text.replace("Wednesday", "Thursday") + " Reuters contributed to this report."
    a, b, other = fingerprint(text), fingerprint(copy), fingerprint(" ".join(RECS[5].text.split()))
    assert similarity(a, b) > 0.8 > similarity(a, other)
    index = NearDuplicateIndex([(1, a), (2, other)])
    assert index.original_of(b) == 1 and fingerprint("too short") is None
    # what a worker computes from one reading of the words is what each computes alone
    assert text_keys(copy) == (content_hash(copy), b) and text_keys(" \n ") == (None, None)
    assert text_keys("too short") == (content_hash("too short"), None)


def test_site_serves_validators_304_and_faults() -> None:
    with NewsSite(load_records()[:3]) as site:
        first = urllib.request.urlopen(f"{site.url}/rss.xml")
        etag = first.headers["ETag"]
        again = urllib.request.Request(f"{site.url}/rss.xml", headers={"If-None-Match": etag})
        with pytest.raises(urllib.error.HTTPError) as not_modified:
            urllib.request.urlopen(again)
        assert not_modified.value.code == 304
        site.set_fault("/rss.xml", "captcha")
        with pytest.raises(urllib.error.HTTPError) as blocked:
            urllib.request.urlopen(f"{site.url}/rss.xml")
        assert blocked.value.code == 403 and b"CAPTCHA" in blocked.value.read()
        site.set_fault("/feed", "disallow")
        assert "Disallow: /feed" in urllib.request.urlopen(f"{site.url}/robots.txt").read().decode()
        assert [(r.path, r.status) for r in site.requests][:2] == [("/rss.xml", 200), ("/rss.xml", 304)]
        with pytest.raises(ValueError, match="unknown fault"):
            site.set_fault("/x", "meteor")


def test_crawl_command_refuses_what_cannot_run(tmp_path) -> None:
    _register()
    runner = CliRunner()
    config = write_config(tmp_path / "sw.toml", f"sqlite:///{tmp_path / 'sw.db'}", [{"name": "a", "url": f"{BASE}/"}])
    unknown = runner.invoke(app, ["--config", str(config), "crawl", "--source", "nope"])
    assert unknown.exit_code == 2 and "no source named 'nope'" in unknown.output
    bad = tmp_path / "bad.toml"
    bad.write_text("[crawl]\nretries = 'many'\n")
    assert runner.invoke(app, ["--config", str(bad), "crawl"]).exit_code == 2
    dead = write_config(tmp_path / "dead.toml", "postgresql+psycopg://nobody@127.0.0.1:1/none", [])
    result = runner.invoke(app, ["--config", str(dead), "crawl"])
    assert result.exit_code == 2 and "swapwatch:" in result.output


def test_a_dying_extraction_worker_costs_one_page_not_the_crawl() -> None:
    import asyncio
    import os
    from concurrent.futures.process import BrokenProcessPool

    from crawler import work

    async def go() -> work.PageFacts:
        with pytest.raises(BrokenProcessPool):
            await work.run_in_pool(os._exit, 3)  # a worker killed mid-page (OOM, a crash in a C parser)
        return await work.run_in_pool(work.text_facts, "a fresh pool reads the next page " * 10)

    work.start_pool()
    try:
        assert asyncio.run(go()).content_hash
    finally:
        work.shutdown_pool()


def test_extraction_workers_are_warm_and_lean_and_log_through_the_crawl(caplog: pytest.LogCaptureFixture) -> None:
    from worker_probe import look_around

    from crawler import work

    work.start_pool()
    try:
        seen = work.pool().submit(look_around, "a warning from a worker").result(timeout=60)
    finally:
        work.shutdown_pool()
    # forked from the warmed forkserver: the extractor is there already; the crawl's Scrapy, SQLAlchemy, CLI and
    # the test runner (the parent's __main__) are not
    assert seen == ["extractor", "trafilatura"]
    assert "a warning from a worker" in caplog.text and "never shown" not in caplog.text


def test_a_big_pages_meta_refresh_is_read_from_its_head_and_the_page_is_not_decoded() -> None:
    from scrapy.utils.test import get_crawler

    from crawler.middlewares import BIG_PAGE_BYTES, HeadMetaRefreshMiddleware

    middleware = HeadMetaRefreshMiddleware.from_crawler(get_crawler())
    refresh = b'<meta http-equiv="refresh" content="0;url=http://a.test/new">'
    filler = "<p>Tr\u00e8s long fil de commentaires</p>".encode() * (BIG_PAGE_BYTES // 30)
    request = Request("http://a.test/old")
    moved = HtmlResponse("http://a.test/old", body=b"<html><head>" + refresh + b"</head><body>" + filler,
                         request=request, headers={"Content-Type": "text/html; charset=utf-8"})
    redirected = middleware.process_response(request, moved)
    assert isinstance(redirected, Request) and redirected.url == "http://a.test/new"
    page = HtmlResponse("http://a.test/old", body=b"<html><head></head><body>" + filler, request=request)
    assert middleware.process_response(request, page) is page
    assert page._cached_ubody is None  # Scrapy's own middleware left the whole page decoded on the response
    small = HtmlResponse("http://a.test/old", body=b"<html><head>" + refresh + b"</head></html>", request=request)
    assert middleware.process_response(request, small).url == "http://a.test/new"  # as Scrapy does it


def test_rel_canonical_is_followed_and_an_archived_canonical_is_not_stored_again(sqlite_url) -> None:
    import asyncio

    from scrapy.exceptions import DropItem

    from crawler.items import ArticleItem
    from crawler.pipelines import HtmlTextPipeline
    from crawler.runtime import Runtime
    from storage import Article, Database

    db = Database(sqlite_url)
    pipeline = HtmlTextPipeline.__new__(HtmlTextPipeline)
    pipeline.runtime, pipeline.db = Runtime(db=db, crawl=None), db
    try:
        item = ArticleItem(url="http://a.test/story?page=2", source="s")
        asyncio.run(pipeline._follow_canonical(item, "/story"))
        assert item.url == "http://a.test/story" and item.aliases == ["http://a.test/story?page=2"]
        with db.session() as s:
            s.add(Article(url="http://a.test/story", title="t"))
        again = ArticleItem(url="http://a.test/story?amp=1", source="s")
        with pytest.raises(DropItem, match="already archived"):
            asyncio.run(pipeline._follow_canonical(again, "http://a.test/story"))
    finally:
        pipeline.runtime.close()
        db.dispose()


def test_workers_come_from_the_shared_forkserver_with_the_crawls_own_settings(monkeypatch) -> None:
    from multiprocessing import forkserver

    from worker_probe import setting_and_parent

    from crawler import work, workers

    # the session shares its forkserver (conftest), as a service does with its crawl children
    assert os.environ.get(workers.SHARED_ENV) == forkserver._forkserver._forkserver_address
    monkeypatch.setenv("SWAPWATCH_PROBE_SETTING", "set after the forkserver started")
    work.start_pool()
    try:
        setting, parent = work.pool().submit(setting_and_parent, "SWAPWATCH_PROBE_SETTING").result(timeout=60)
    finally:
        work.shutdown_pool()
    assert parent == forkserver._forkserver._forkserver_pid
    assert setting == "set after the forkserver started"


def test_a_worker_dies_with_its_crawl_even_mid_page(tmp_path) -> None:
    pid_file = tmp_path / "worker.pid"
    # a crawl process whose worker is stuck on a page; the crawl is killed (its time limit, kill -9)
    code = (
        f"import os, sys, time; sys.path.insert(0, {str(REPO / 'tests')!r}); from crawler import work; "
        "from worker_probe import hang_mid_page; work.start_pool(); "
        f"work.pool().submit(hang_mid_page, {str(pid_file)!r}); deadline = time.monotonic() + 60\n"
        f"while not os.path.exists({str(pid_file)!r}) and time.monotonic() < deadline: time.sleep(0.05)\n"
        "os._exit(9)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert done.returncode == 9, done.stderr[-2000:]
    worker = int(pid_file.read_text())
    deadline = time.monotonic() + 30
    while _running(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    if _running(worker):
        os.kill(worker, 9)  # not left behind when this fails
        pytest.fail("the stuck worker outlived its crawl")


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_no_spider_callback_is_a_generator_that_returns_a_value() -> None:
    """Scrapy's own check of this (WARN_ON_GENERATOR_RETURN_VALUE) is off: it read each callback's source again for
    every page. A ``return value`` in a generator callback would silently lose that value, so it is checked here."""
    import inspect

    from scrapy.utils.misc import is_generator_with_return_value

    from crawler.spiders import SPIDERS, SourceSpider

    callbacks = {(name, fn) for cls in (SourceSpider, *SPIDERS.values())
                 for name, fn in inspect.getmembers(cls, inspect.isfunction) if name.startswith(("parse", "failed"))}
    assert {"parse", "parse_article", "parse_feed", "parse_telegram"} <= {name for name, _ in callbacks}
    assert [name for name, fn in callbacks if is_generator_with_return_value(fn)] == []


def test_a_page_handed_to_a_worker_is_taken_out_and_read_as_plain_bytes_are() -> None:
    """The crawl hands a page over as ``PageBody`` so the worker frees it before the parse; the worker takes it out
    of the holder, and what it reads (text, hash, the compressed page) is what the plain bytes give."""
    import asyncio
    import zlib

    from crawler import work

    page = pages.article_page(BASE, RECS[0], []).encode("utf-8")
    plain = work.read_article(page, f"{BASE}/a.html", "utf-8", {})
    holder = work.PageBody(page)
    handed = work.read_article(holder, f"{BASE}/a.html", "utf-8", {})
    assert holder.data == b"" and len(holder) == 0  # nothing of the page is left in the caller's record
    assert (handed.text, handed.content_hash, handed.title) == (plain.text, plain.content_hash, plain.title)
    assert handed.text and zlib.decompress(handed.raw_html) == page

    work.start_pool()
    try:  # through a real worker: the holder pickles with its page in it
        pooled = asyncio.run(work.run_in_pool(work.read_article, work.PageBody(page), f"{BASE}/a.html", "utf-8", {}))
    finally:
        work.shutdown_pool()
    assert pooled.content_hash == plain.content_hash and zlib.decompress(pooled.raw_html) == page
