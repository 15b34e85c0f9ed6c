"""Helpers for the web tests: an archive crawled from the local sample site, a server over it, a browser.

The archive is built by a real `swapwatch crawl` (Scrapy, extractor, alerts) of the bundled sample news
site plus one hostile article, with one alert target that works (a local webhook) and one that cannot
(a closed port), so the outbox has sent and failed rows. Build it once per module: it takes seconds.
"""

from __future__ import annotations

import json
import os
import shutil
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from alerts_support import WebhookSink
from crawler_support import crawl, toml_value

from core.config import AlertsConfig, Config, StorageConfig, load_config
from storage import Database
from swapwatch.demo.site import NewsSite, load_records
from web import BackgroundServer, WebSettings

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "tests" / "artifacts"
XSS_TITLE = "<img src=x onerror=alert(1)>"
HOSTILE = {
    "id": "xss-001", "lang": "en", "published": "2024-09-14", "title": XSS_TITLE,
    "text": "Ukraine and Russia carried out a prisoner exchange on Saturday, 14 September. "
            "Under the deal 49 Ukrainian prisoners of war returned home from Russian captivity, "
            "and 49 Russian servicemen were handed over to Moscow, officials said. "
            "<script>alert(2)</script> The swap was mediated by the United Arab Emirates.",
}
# a second report of the 3 January 2024 swap with Moscow's own count: the event's RU figure is disputed
DISPUTE = {
    "id": "dispute-001", "lang": "en", "published": "2024-01-03",
    "title": "Moscow gives its own count of the January prisoner swap",
    "text": "The Russian defence ministry said on 3 January 2024 that 250 Russian servicemen had been returned "
            "from Ukrainian captivity in a prisoner exchange with Kyiv.",
}
DEAD_TARGET = "json://watcher:Dead-Secret-4242@127.0.0.1:9/hook"  # port 9 (discard) is closed: delivery fails
ADMIN_TOKEN = "test-admin-token-0123456789"


def served_config(db_url: str, *alert_urls: str) -> Config:
    """A real config for a server over ``db_url`` with these subscriber URLs (what the pages must mask)."""
    return Config(storage=StorageConfig(url=db_url), alerts=AlertsConfig(urls=list(alert_urls)))


@dataclass
class Archive:
    config_path: Path
    db_url: str
    hook: WebhookSink


def build_archive(folder: Path, db_url: str) -> Archive:
    """Crawl the sample site (every article reachable from its RSS feed) plus the hostile one."""
    records = [r for r in load_records() if r.get("where") != "telegram"] + [HOSTILE, DISPUTE]
    hook = WebhookSink()
    with NewsSite(records) as site:
        config = folder / "swapwatch.toml"
        config.write_text(
            f"[storage]\nurl = {toml_value(db_url)}\n\n"
            '[crawl]\ncontact = "https://example.org/swapwatch-tests"\nconcurrency_per_domain = 8\n'
            'download_timeout = "5s"\nstart_delay = "0.1s"\n\n'
            f'[alerts]\nurls = [{toml_value(hook.url)}, {toml_value(DEAD_TARGET)}]\nmax_event_age = "36500d"\n\n'
            f'[[sources]]\nname = "Sample Wire"\nurl = "{site.url}/rss.xml"\ntype = "feed"\n',
            encoding="utf-8")
        summary = crawl(config)
    assert summary["totals"]["new"] >= 20, summary
    return Archive(config, db_url, hook)


class Server:
    """The app over an archive, served by uvicorn on 127.0.0.1 from a thread of the test process."""

    def __init__(self, archive: Archive, **settings) -> None:
        os.environ.pop("SWAPWATCH_DATABASE_URL", None)
        self.config = load_config(archive.config_path)
        self.db = Database(archive.db_url)
        self.web = BackgroundServer(self.db, self.config, WebSettings(port=0, **settings)).start()
        self.url = self.web.url

    def stop(self) -> None:
        self.web.stop()
        self.db.dispose()

    def get(self, path: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
        return request(self.url + path, headers=headers)

    def json(self, path: str) -> tuple[int, object]:
        status, _, body = self.get(path)
        return status, json.loads(body)


def request(url: str, *, method: str = "GET", data: bytes | None = None,
            headers: dict | None = None) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:  # noqa: S310 - 127.0.0.1 only
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def chromium() -> tuple[str, str]:
    """Paths of Chromium and chromedriver, or a skip (a failure in CI, where they must be there)."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists()
                                               else None)
    if browser and driver:
        return browser, driver
    message = "Chromium and chromedriver not found (apt-get install chromium chromium-driver)"
    if os.environ.get("CI") == "true":
        pytest.fail(message + "; CI must run the browser tests")
    pytest.skip(message)


def browser(width: int = 1280, height: int = 900, *, phone: bool = False):
    """Headless Chromium through Selenium, with the driver's path given (Selenium Manager never downloads).

    ``phone``: a touch screen ``width`` CSS pixels wide (a desktop window cannot be narrower than 500)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary, driver = chromium()
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                f"--window-size={width},{height}", "--disable-extensions", "--no-first-run"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if phone:
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {
            "width": width, "height": height, "pixelRatio": 2.0, "touch": True}})
    return webdriver.Chrome(options=options, service=Service(executable_path=driver))


def screenshot(driver, name: str) -> Path:
    """A full-page screenshot under tests/artifacts/ (gitignored), for a person to look at."""
    import base64

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    clip = {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 8000), "scale": 1}
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                             "clip": clip})
    path = ARTIFACTS / f"{name}.png"
    path.write_bytes(base64.b64decode(shot["data"]))
    return path
