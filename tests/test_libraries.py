"""Where a kept library does the job: robots.txt `Sitemap:` lines (protego), tracking parameters (w3lib), and the
alert-URL split of SWAPWATCH_ALERT_URLS held to apprise's own URL splitter."""

from __future__ import annotations

import apprise.utils
import pytest
from scrapy.http import TextResponse

from core.config import parse_config, split_urls
from crawler.listings import robots_sitemaps
from crawler.urls import canonical_url

try:  # apprise ≥ 1.9 split its utils into modules
    from apprise.utils.parse import parse_urls
except ImportError:  # pragma: no cover - apprise 1.8
    parse_urls = apprise.utils.parse_urls

ROBOTS = b"""# news site
User-agent: *
Disallow: /private/
SITEMAP: https://news.test/sitemap-index.xml   # the index
sitemap:/news-sitemap.xml?utm_source=robots

User-agent: swapwatch
Allow: /
"""


def test_robots_sitemap_lines_are_read_by_protego() -> None:
    response = TextResponse("https://news.test/robots.txt", body=ROBOTS, encoding="utf-8")
    assert robots_sitemaps(response) == ["https://news.test/sitemap-index.xml", "https://news.test/news-sitemap.xml"]


def test_tracking_parameters_go_and_the_rest_of_the_query_stays() -> None:
    url = "https://News.Test/a?b=&utm_campaign=x&id=2&id=3&ref=home&at_medium=m&share=1#c"
    assert canonical_url(url) == "https://news.test/a?b=&id=2&id=3"
    assert canonical_url("https://news.test") == "https://news.test/"
    assert canonical_url("/a b?x=ü", "https://news.test/") == "https://news.test/a%20b?x=%C3%BC"


@pytest.mark.parametrize("text", [
    "mailto://desk:pw@127.0.0.1:25?to=a@example.org,b@example.org, json://127.0.0.1:9/hook",
    "json://127.0.0.1:1/a,mailto://x@127.0.0.1",
    "  tgram://bot/chat  ,, json://127.0.0.1/x  ",
    "mailto://127.0.0.1?to=a@example.org, b@example.org",
])
def test_the_alert_url_variable_splits_as_apprise_does(text: str) -> None:
    assert split_urls(text) == parse_urls(text)


def test_an_email_to_two_people_stays_one_target(monkeypatch) -> None:
    monkeypatch.setenv("SWAPWATCH_ALERT_URLS", "mailto://127.0.0.1?to=a@example.org,b@example.org,json://127.0.0.1/h")
    assert parse_config("").alerts.urls == ["mailto://127.0.0.1?to=a@example.org,b@example.org", "json://127.0.0.1/h"]
