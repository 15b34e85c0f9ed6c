"""A hostile site crawled end to end by the real CLI; every output checked: CSV, JSON, Atom, and the alert
bodies as a local webhook (text, Markdown, HTML) and a local SMTP server (HTML mail) received them.

The corpus is written here: formula cells, Markdown and HTML links, `javascript:` URLs, mass mentions,
control and direction characters, live `<script>` markup, a mislabelled charset, a truncated feed, HTML
served as a feed, a gzip bomb, a slow drip, a redirect loop and a 50 MB page without a length header.
"""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from xml.etree import ElementTree

import pytest
from alerts_support import SmtpSink, WebhookSink
from crawler_support import row, run_swapwatch, write_config
from typer.testing import CliRunner

from swapwatch.cli import _register, app
from swapwatch.demo.site import NewsSite

_register()

FORMULA_TITLE = '=HYPERLINK("http://evil.example/x","Click me")'
MINUS_TITLE = "-2+3 +cmd Ukraine says 207 soldiers are home"
FIRST = ("@SUM(1+1)*cmd|' /C calc'!A0 Ukraine and Russia exchanged 95 prisoners of war each on Friday, **officials** "
         "said [click](javascript:alert(1)) <a href=\"javascript:steal()\">here</a> @everyone.")
SECOND = ("-10 Ukraine said 207 of its soldiers returned home on Wednesday in an exchange with Russia ~~struck~~ "
          "`code` | cell | <img src=x onerror=alert(1)>.")
CONTROL = "The swap was mediated by the United Arab Emirates\x1b[31m and \u202eQatar\x07, officials said."
RECORDS = [
    {"id": "formula", "lang": "en", "published": "2024-05-03", "title": FORMULA_TITLE, "text": f"{FIRST}\n{CONTROL}"},
    {"id": "minus", "lang": "en", "published": "2024-01-31", "title": MINUS_TITLE,
     "text": f"{SECOND}\nRussia said 195 of its soldiers had been released under the same deal."},
    {"id": "markup", "lang": "en", "published": "2024-06-14", "title": "Swap of 75 for 75 confirmed",
     "text": "Ukraine and Russia exchanged 75 prisoners of war each on Friday, Kyiv's coordination headquarters said."},
    {"id": "charset", "lang": "uk", "published": "2024-03-08", "title": "Обмін", "text": "Обмін полоненими."},
    *({"id": kind, "lang": "en", "published": "2024-05-02", "title": f"Fault {kind}", "text": "Nothing to see."}
      for kind in ("bomb", "drip", "loop", "huge")),
]
PAGE_FAULTS = {"/news/markup.html": "hostile_markup", "/news/charset.html": "wrong_charset",
               "/news/bomb.html": "gzip_bomb", "/news/drip.html": "drip", "/news/loop.html": "redirect_loop",
               "/news/huge.html": "huge_unsized"}
SOURCES = [
    {"name": "Hostile Wire", "url": "/rss.xml", "type": "feed", "max_age": "36500d"},
    {"name": "Cut Feed", "url": "/atom.xml", "type": "feed", "max_age": "36500d"},
    {"name": "Not A Feed", "url": "/sitemap-news.xml", "type": "feed", "max_age": "36500d"},
]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """One crawl of the hostile site with every kind of alert target; the outputs collected once."""
    tmp = tmp_path_factory.mktemp("hostile")
    hook, smtp = WebhookSink(), SmtpSink()
    smtp.start()
    site = NewsSite(RECORDS, slow_seconds=4.0).start()
    try:
        for path, kind in PAGE_FAULTS.items():
            site.set_fault(path, kind)
        site.set_fault("/atom.xml", "truncated_xml")
        site.set_fault("/sitemap-news.xml", "html_as_feed")
        config = write_config(tmp / "sw.toml", f"sqlite:///{tmp / 'sw.db'}",
                              [{**s, "url": site.url + s["url"]} for s in SOURCES], download_timeout="2s")
        urls = [f"{hook.url}-md?format=markdown", f"{hook.url}-html?format=html", f"{hook.url}-text", smtp.url]
        alerts = "\n[alerts]\nmax_event_age = \"36500d\"\nurls = " + json.dumps(urls) + "\n"
        config.write_text(config.read_text() + alerts)
        done = run_swapwatch(config, "crawl", "--format", "json", timeout=120)
        outputs = {"crawl": done, "summary": json.loads(done.stdout) if done.stdout.strip() else {}}

        def cli(*args: str) -> str:  # the read-only commands in this process: the same code, without a start-up each
            result = CliRunner().invoke(app, ["--config", str(config), *args])
            assert result.exit_code == 0, result.output
            return result.stdout

        for what in ("events", "figures", "articles"):
            outputs[f"csv_{what}"] = cli("export", "--format", "csv", "--what", what)
            outputs[f"json_{what}"] = cli("export", "--format", "json", "--what", what)
        outputs["events_csv"] = cli("events", "--format", "csv")
        outputs["atom"] = cli("feed")
        outputs["bodies"] = {path: [b["message"] for b, p in zip(hook.received, hook.paths, strict=True) if p == path]
                             for path in ("/hook-md", "/hook-html", "/hook-text")}
        outputs["mail"] = smtp.messages
        yield outputs
    finally:
        site.stop()
        smtp.stop()
        hook.close()


def test_the_hostile_crawl_finishes_and_says_what_went_wrong(crawled) -> None:
    done, summary = crawled["crawl"], crawled["summary"]
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    hostile = row(summary, "Hostile Wire")
    assert hostile["new"] >= 3 and hostile["figures"] >= 3
    errors = hostile["error"] or ""
    assert "too large" in errors and "huge.html" in errors  # 50 MB without a length header
    assert "redirect" in errors and "timed out" in errors  # the loop and the drip
    assert row(summary, "Cut Feed")["status"] in ("ok", "failed")  # a truncated feed is read as far as it goes
    assert len(done.stderr) < 20_000  # one line per problem, never a dumped item


def test_csv_exports_hold_no_formula(crawled) -> None:
    for name in ("csv_events", "csv_figures", "csv_articles", "events_csv"):
        cells = [cell for line in csv.reader(io.StringIO(crawled[name])) for cell in line]
        assert cells, name
        for cell in cells:
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                assert re.fullmatch(r"[+-]?\d+(?:[.,]\d+)*", cell), f"{name}: formula cell {cell[:60]!r}"
    titles = crawled["csv_articles"]
    assert "'=HYPERLINK(" in titles and "'-2+3 +cmd" in titles
    assert "'@SUM(1+1)" in crawled["csv_figures"]  # an evidence sentence that starts with a formula


def test_json_keeps_the_text_exactly_and_no_live_markup(crawled) -> None:
    articles = json.loads(crawled["json_articles"])
    titles = {a["title"] for a in articles}
    assert FORMULA_TITLE in titles and MINUS_TITLE in titles  # JSON is data: the text as published
    for article in articles:  # the planted live markup was markup, not text: it is not in the article
        assert "EVIL_" not in (article.get("text") or ""), article["url"]
    assert any("Україна" in (a.get("title") or "") for a in articles)  # the mislabelled charset was read right
    json.loads(crawled["json_events"]) and json.loads(crawled["json_figures"])


def test_the_atom_feed_is_well_formed(crawled) -> None:
    feed = ElementTree.fromstring(crawled["atom"].encode("utf-8"))
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert entries
    for link in feed.iter("{http://www.w3.org/2005/Atom}link"):
        assert link.get("href", "").startswith("http")


def test_markdown_alerts_escape_every_web_value(crawled) -> None:
    from markdown_it import MarkdownIt  # a CommonMark renderer (rich's own dependency) reads them as a chat app would

    bodies = crawled["bodies"]["/hook-md"]
    assert bodies
    joined = "\n".join(bodies)
    assert "\\[click\\]" in joined and "\\*\\*officials\\*\\*" in joined and "\\<a href" in joined
    assert "@everyone" not in joined  # a mass mention is broken with a word joiner
    renderer = MarkdownIt("commonmark").enable(["strikethrough", "table"])
    for body in bodies:
        rendered = renderer.render(body)
        assert re.findall(r'href="([^"]*)"', rendered) == re.findall(r'href="(https?://[^"]*)"', rendered)
        assert "<strong>officials" not in rendered and "<s>" not in rendered and "<code>" not in rendered
        assert "<img" not in rendered and "<a href=\"javascript" not in rendered
    assert "[click](javascript:alert(1))" in renderer.render(joined).replace("\\", "")  # shown, as text


class Elements(HTMLParser):
    """Every element and attribute a browser or mail client would see in a body."""

    def __init__(self, body: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(body)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))


def test_html_alerts_and_mail_escape_every_web_value(crawled) -> None:
    bodies = crawled["bodies"]["/hook-html"]
    mails = [m.get_body(("html", "plain")).get_content() for m in crawled["mail"]]
    assert bodies and mails
    for body in bodies + mails:
        tags = Elements(body).tags
        assert {t for t, _ in tags} <= {"html", "body", "h2", "h3", "p", "ul", "li", "a"}, body
        for _, attrs in tags:
            assert all(not name.startswith("on") for name in attrs)
            assert attrs.get("href", "http://").startswith(("http://", "https://"))
        assert "EVIL_" not in body and "\x1b" not in body
    assert any("&lt;a href=&quot;javascript:steal()&quot;&gt;" in body for body in bodies + mails)


def test_text_alerts_carry_no_control_characters(crawled) -> None:
    bodies = crawled["bodies"]["/hook-text"]
    assert bodies
    for body in bodies:
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e]", body)
        assert "@everyone" not in body
