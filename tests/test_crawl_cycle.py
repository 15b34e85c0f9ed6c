"""`swapwatch crawl` is the whole cycle: crawl, group figures into events, deliver alerts — once."""

from __future__ import annotations

from alerts_support import WebhookSink
from crawler_support import crawl, toml_value

from swapwatch.demo.site import NewsSite, load_records

RECORDS = load_records()
HELD_BACK = "dev-de-001"  # published mid-test: a new exchange the first crawl has not seen


def _config(path, db_url: str, site_url: str, hook_url: str):
    path.write_text(
        f"[storage]\nurl = {toml_value(db_url)}\n\n"
        '[crawl]\ncontact = "https://example.org/swapwatch-tests"\n'
        'concurrency_per_domain = 8\ndownload_timeout = "5s"\nstart_delay = "0.1s"\n\n'
        f'[alerts]\nurls = [{toml_value(hook_url)}]\nmax_event_age = "36500d"\n\n'
        f'[[sources]]\nname = "Wire"\nurl = "{site_url}/rss.xml"\ntype = "feed"\n',
        encoding="utf-8",
    )
    return path


def test_crawl_alerts_each_exchange_once_and_only_the_new_one_later(db_url, tmp_path) -> None:
    hook = WebhookSink()
    first_records = [r for r in RECORDS if r["id"] != HELD_BACK and r.get("where") != "telegram"]
    try:
        with NewsSite(first_records) as site:
            config = _config(tmp_path / "sw.toml", db_url, site.url, hook.url)
            first = crawl(config)
            assert first["totals"]["new"] > 0 and first["alerts"]["errors"] == []
            alerted = len(hook.received)
            assert alerted >= 3 and first["alerts"]["sent"] == alerted
            titles = [m["title"] for m in hook.received]
            assert len(set(titles)) == len(titles), "one alert per exchange event"
            assert any("returned to Ukraine" in t for t in titles)
            assert all("hook-Secret-7788" not in str(m) for m in hook.received)

            again = crawl(config)
            assert again["totals"]["new"] == 0 and len(hook.received) == alerted, "a re-crawl alerts nothing"

            site.publish(next(r for r in RECORDS if r["id"] == HELD_BACK))
            third = crawl(config)
            assert third["totals"]["new"] == 1
            assert len(hook.received) == alerted + 1, "only the new exchange alerts"
    finally:
        hook.close()
