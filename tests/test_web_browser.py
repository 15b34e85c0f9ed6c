"""The dashboard in a real headless Chromium: what a person sees, clicks and types, at desktop and phone width.

The archive is a real crawl of the sample news site (plus a hostile article titled like an HTML tag);
the server is uvicorn on 127.0.0.1. Screenshots go to tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

import re

import pytest
from web_support import XSS_TITLE, Server, browser, build_archive, chromium, screenshot

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    chromium()  # skip before crawling when there is no browser to look with
    folder = tmp_path_factory.mktemp("web-browser")
    archive = build_archive(folder, f"sqlite:///{folder / 'swapwatch.db'}")
    srv = Server(archive)
    yield srv
    srv.stop()
    archive.hook.close()


@pytest.fixture(scope="module")
def driver(server):
    drv = browser()
    yield drv
    drv.quit()


def _by_css(driver, selector: str):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def _no_alert(driver) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018 - an open alert() dialog would answer here


def _csp_violations(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]


def test_front_page_shows_the_1000_for_1000_exchange_and_its_outlets(server, driver) -> None:
    driver.get(server.url + "/")
    assert driver.title.startswith("Latest exchanges")
    cards = [c for c in _by_css(driver, "article.event") if "2025-05-25" in c.text]
    assert len(cards) == 1, "the 25 May 2025 exchange has one card"
    text = cards[0].text
    assert "returned to Ukraine" in text and "returned to Russia" in text
    assert text.count("1,000") == 2, text
    assert "Sample Wire" in text
    assert "Russia–Ukraine" in driver.find_element("css selector", "section.conflict-group h2").text
    screenshot(driver, "front-page")
    assert _csp_violations(driver) == []


def test_event_page_has_the_claim_table_with_evidence_and_the_disputed_figure(server, driver) -> None:
    driver.get(server.url + "/")
    _by_css(driver, "section.conflict-group h2 a[href^='/events?conflict=RU-UA']")[0].click()
    link = next(a for a in _by_css(driver, "article.event h3 a") if a.text == "2024-01-03")
    link.click()  # follow the link, as a reader would
    assert re.search(r"/events/\d+$", driver.current_url)
    assert "Exchange on 2024-01-03" in driver.find_element("css selector", "h1").text
    disputed = _by_css(driver, "ul.figures .fig.disputed")
    assert len(disputed) == 1 and "248" in disputed[0].text and "also 250" in disputed[0].text
    rows = _by_css(driver, "table.claims tbody tr")
    assert len(rows) >= 4
    values = [r.find_element("css selector", "td[data-label=Value]").text for r in rows]
    assert any(v.startswith("250") and "differs" in v for v in values)
    marks = _by_css(driver, "table.claims q.evidence mark")
    assert any(m.text == "250" for m in marks), "the claimed number is highlighted in its sentence"
    article_links = _by_css(driver, "table.claims td[data-label=Article] a")
    assert all(a.get_attribute("href").startswith("http://127.0.0.1") for a in article_links)
    assert _by_css(driver, "ol.revisions li"), "the alerts sent for the event are listed"
    screenshot(driver, "event-page")


def test_timeline_draws_bars_per_side_and_tap_shows_details(server, driver) -> None:
    driver.get(server.url + "/timeline?conflict=RU-UA")
    bars = _by_css(driver, "svg.chart rect.bar")
    sides = {b.get_attribute("data-side") for b in bars}
    assert sides == {"UA", "RU"} and len(bars) >= 20
    thousand = [b for b in bars if b.get_attribute("data-date") == "2025-05-25"]
    assert len(thousand) == 2 and float(thousand[0].get_attribute("height")) > 100  # the tallest bars
    assert _by_css(driver, "svg.chart polyline"), "running totals are drawn as lines"
    thousand[0].click()
    detail = driver.find_element("css selector", "#chart-detail").text
    assert "2025-05-25" in detail and "1,000" in detail
    screenshot(driver, "timeline")
    assert _csp_violations(driver) == []


def test_search_form_finds_and_highlights(server, driver) -> None:
    driver.get(server.url + "/search")
    box = driver.find_element("css selector", "input[name=q]")
    box.send_keys("Gefangenenaustausch")
    box.submit()
    assert "q=Gefangenenaustausch" in driver.current_url
    hits = _by_css(driver, "li.hit")
    assert hits and "1.000 gegen 1.000" in hits[0].text
    assert any("gefangenenaustausch" in m.text.lower() for m in _by_css(driver, "p.snippet mark"))
    screenshot(driver, "search")


def test_hostile_title_shows_as_text_and_runs_nothing(server, driver) -> None:
    for path in ("/search?q=Saturday+prisoner", "/events?since=2024-09-14&until=2024-09-14"):
        driver.get(server.url + path)
        _no_alert(driver)
        assert not _by_css(driver, "img"), "no element was made from the article's title"
    driver.get(server.url + "/search?q=Saturday+prisoner")
    assert XSS_TITLE in [a.text for a in _by_css(driver, "a.hit-title")]
    driver.get(server.url + "/events?since=2024-09-14&until=2024-09-14")
    event_link = _by_css(driver, "article.event h3 a")[0]
    event_link.click()
    titles = [a.text for a in _by_css(driver, "table.claims td[data-label=Article] a")]
    assert XSS_TITLE in titles
    _no_alert(driver)
    assert not _by_css(driver, "img") and not driver.execute_script("return window.__xss || null")
    screenshot(driver, "hostile-title")


def test_sources_and_outbox_show_health_and_failed_deliveries_without_secrets(server, driver) -> None:
    driver.get(server.url + "/sources")
    row = _by_css(driver, "table.sources tbody tr")[0]
    assert "Sample Wire" in row.text and "ok" in row.find_element("css selector", ".health").text
    assert row.find_element("css selector", "td[data-label='Recent crawls']").text.split() == ["ok"]
    _, sources = server.json("/api/v1/sources")
    assert sources[0]["recent_runs"][0]["new"] >= 20 and sources[0]["recent_runs"][0]["status"] == "ok"
    driver.get(server.url + "/outbox?status=failed")
    failed = _by_css(driver, "table.outbox tbody tr.status-failed")
    assert failed, "the delivery to the closed port is listed as failed"
    assert "Dead-Secret-4242" not in driver.page_source and "127.0.0.1:9" in failed[0].text
    screenshot(driver, "outbox")


def test_pages_read_at_phone_width_without_sideways_scrolling(server) -> None:
    _, page = server.json("/api/v1/events?since=2024-01-03&until=2024-01-03")
    event = f"/events/{page['items'][0]['id']}"
    drv = browser(width=360, height=740, phone=True)
    try:
        for name, path in (("front", "/"), ("event", event), ("timeline", "/timeline"), ("outbox", "/outbox")):
            drv.get(server.url + path)
            scroll = drv.execute_script("return document.documentElement.scrollWidth")
            assert scroll <= 360, f"{path} is {scroll}px wide at 360px"
            if name in ("front", "event"):
                screenshot(drv, f"mobile-{name}")
        drv.get(server.url + event)
        cell = _by_css(drv, "table.claims td[data-label=Evidence]")[0]
        assert cell.size["width"] > 250, "claims read as cards, the evidence at full width"
    finally:
        drv.quit()
