"""Crawl speed: a no-op Scrapy spider (the ceiling) against `swapwatch crawl` end to end, on one local site.

    python bench/crawl.py [--pages 2000] [--page-kb 80] [--off-topic 0.85]

Serves ``--pages`` generated article pages of about ``--page-kb`` KB from a local site with a listing page,
then runs, each in its own process (Scrapy's reactor starts once per process), with the same Scrapy settings:
(a) a spider that fetches every article and does nothing with it, and (b) the full crawl (HTML to text,
extractor, dedup, storage in a fresh SQLite file; ``--no-alerts``: the alert cycle that follows a crawl has its own
bench, ``bench/alerts_cycle.py``). Prints pages/s of both, the ratio b/a, peak memory, and CPU per page of the crawl
process (Scrapy, pipelines, the database thread) and of its extraction workers apart.
``--off-topic 0.85`` makes that share of the pages markets/sport/weather news, as in a real crawl, where the cheap
path (``crawler.prefilter``) skips trafilatura and the extractor; ``SWAPWATCH_PREFILTER=0`` turns it off to compare.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SENTENCES = [
    "Ukraine and Russia exchanged {a} prisoners of war each on {day}, officials said.",
    "Ukraine's Coordination Headquarters said {a} servicemen had come home, {b} of them from Mariupol.",
    "Russia's defence ministry said {a} Russian soldiers had been returned from territory controlled by Kyiv.",
    "The exchange, mediated by the United Arab Emirates, was the {n}th since the start of the full-scale war.",
    "The central bank kept its key rate at {a} per cent and said inflation would slow next year.",
    "Shelling damaged {a} houses in the region overnight, the governor said, and {b} people were injured.",
    "Families of the missing gathered in the capital, saying more than {a} people were still unaccounted for.",
    "The stock exchange closed {b} points higher as exporters gained on a weaker currency.",
]


# What most of a real crawl is: markets, sport, weather, culture, local news. Some of it says "released", "exchange"
# or "missing", as real off-topic news does, and so takes the full path; the rest is ruled out by the pre-filter.
OFF_TOPIC = [
    "The central bank kept its key rate at {a} per cent and said inflation would slow next year.",
    "Shares of the steelmaker rose {b} per cent after it reported quarterly profit above forecasts.",
    "The home side won {b}-{n} after a late goal from the substitute, their {n}th win of the season.",
    "Forecasters expect up to {a} millimetres of rain over the weekend and strong winds on the coast.",
    "The festival drew {a} thousand visitors, organisers said, and will return next summer.",
    "City council approved a budget of {a} million for road repairs and {b} new school buses.",
    "The company released its annual report on {day}, showing revenue up {b} per cent.",
    "The stock exchange closed {b} points higher as exporters gained on a weaker currency.",
    "Police said a dog missing since March had been found {b} kilometres from home.",
    "The new album debuted at number {b} and the band announced {n} concerts across Europe.",
]


def generated_records(count: int, seed: int = 7, off_topic: float = 0.0) -> list[dict]:
    rnd = random.Random(seed)
    start = date(2024, 1, 1)
    records = []
    for i in range(count):
        fill = {"a": rnd.randint(2, 400), "b": rnd.randint(1, 90), "n": rnd.randint(2, 60), "day": "Friday"}
        # an off-topic story is about one or two things, not all of them
        pool = rnd.sample(OFF_TOPIC, 2) if rnd.random() < off_topic else SENTENCES
        paragraphs = [" ".join(rnd.choice(pool).format(**fill) for _ in range(4)) for _ in range(6)]
        records.append({
            "id": f"g{i:05d}", "lang": "en", "published": (start + timedelta(days=i % 300)).isoformat(),
            "title": f"Report {i}: " + paragraphs[0][:60], "text": "\n".join(paragraphs) + f"\nRef {i}-{rnd.random()}",
        })
    return records


def noop_crawl(listing: str, out: Path) -> None:
    """In a child process: fetch the listing and every article, do nothing with them."""
    import scrapy
    from scrapy.crawler import AsyncCrawlerProcess
    from scrapy.settings import Settings

    from core.config import load_config
    from crawler.runtime import crawl_settings

    class NoopSpider(scrapy.Spider):
        name = "noop"

        async def start(self):
            self.t0 = time.monotonic()
            yield scrapy.Request(listing, callback=self.parse_listing)

        def parse_listing(self, response):
            for href in response.css("a::attr(href)").getall():
                if "/news/g" in href:
                    yield response.follow(href, callback=self.parse_article)

        def parse_article(self, response):
            self.crawler.stats.inc_value("bench/articles")

        def closed(self, reason):
            stats = self.crawler.stats
            out.write_text(json.dumps({
                "pages": stats.get_value("bench/articles", 0), "seconds": time.monotonic() - self.t0,
                "main_rss_mb": (stats.get_value("memusage/max") or 0) / 2**20,
            }))

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.update(crawl_settings(load_config().crawl), priority="cmdline")
    settings.update({"ITEM_PIPELINES": {}, "SPIDER_MIDDLEWARES": {}, "EXTENSIONS": {}, "LOG_LEVEL": "WARNING"})
    process = AsyncCrawlerProcess(settings)
    process.crawl(NoopSpider)
    process.start()


def cli_with_cpu(out: Path, args: list[str]) -> None:
    """In a child process: ``swapwatch <args>``, then the CPU seconds of this process (every thread of it) and of its
    extraction workers apart, written to ``out`` as it exits.

    The workers are children of the forkserver, which outlives the crawl and is never waited for: their CPU reaches
    no parent's account unless the forkserver is stopped and waited for here first."""
    import atexit
    from multiprocessing import forkserver

    from swapwatch import cli

    def write() -> None:
        stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
        if stop is not None:
            stop()
        own, workers = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
        out.write_text(json.dumps({"cpu": own.ru_utime + own.ru_stime, "workers": workers.ru_utime + workers.ru_stime}))

    atexit.register(write)
    sys.argv = ["swapwatch", *args]
    cli.main()


def child_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def child_cpu() -> float:
    """CPU seconds of every finished child process and its waited-for descendants (the crawl's workers too)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(cmd: list[str], env: dict) -> subprocess.CompletedProcess:
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=REPO)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd[:4])} failed:\n{done.stderr[-3000:]}")
    return done


def measure(site, records: list[dict], tmp: str) -> dict:
    """Both runs against the running site; their summaries, CPU seconds and peak memory."""
    import os

    # rendered once before either run, so both measure the crawler rather than the site
    size = sum(len(site.render(f"/news/{r['id']}.html")[2]) for r in records) / len(records) / 1024
    config = Path(tmp) / "bench.toml"
    config.write_text(
        f'[storage]\nurl = "sqlite:///{tmp}/bench.db"\n[crawl]\ncontact = "https://example.org/bench"\n'
        f'concurrency_per_domain = 16\n[[sources]]\nname = "bench"\nurl = "{site.url}/news/"\ntype = "page"\n'
        "follow = { allow = ['/news/g[0-9]+[.]html$'] }\n"
    )
    env = {**os.environ, "SWAPWATCH_CONFIG": str(config)}
    out = Path(tmp) / "noop.json"
    cpu0 = child_cpu()
    run([sys.executable, __file__, "--noop", f"{site.url}/news/", str(out)], env)
    noop = json.loads(out.read_text())
    peak_noop, cpu1 = child_peak_mb(), child_cpu()
    started = time.monotonic()
    own = Path(tmp) / "crawl_cpu.json"
    done = run([sys.executable, __file__, "--cli-cpu", str(own), "--config", str(config), "crawl", "--format", "json",
                "--no-alerts"], env)
    wall = time.monotonic() - started
    full = json.loads(done.stdout)["sources"][0]
    cpu = json.loads(own.read_text())
    return {"size": size, "noop": noop, "full": full, "wall": wall, "peak_noop": peak_noop,
            "peak_full": child_peak_mb(), "cpu_noop": cpu1 - cpu0, "cpu_crawl": cpu["cpu"],
            "cpu_workers": cpu["workers"]}


def report(pages: int, m: dict) -> None:
    import os

    noop, full = m["noop"], m["full"]
    a = noop["pages"] / noop["seconds"]
    b = (full["fetched"] - 1) / full["seconds"]
    print(f"site: {pages} article pages of {m['size']:.0f} KB on 127.0.0.1 ({m['off_topic']:.0%} off-topic); "
          f"{os.cpu_count()} cores, {os.environ.get('SWAPWATCH_WORKERS') or os.cpu_count()} extraction workers")
    print(f"(a) no-op Scrapy spider : {noop['pages']} pages in {noop['seconds']:.1f} s = {a:.0f} pages/s")
    print(f"(b) swapwatch crawl     : {full['fetched'] - 1} pages in {full['seconds']:.1f} s = {b:.0f} pages/s "
          f"({full['new']} stored, {full['relevant']} relevant, {full['figures']} figures, {full['errors']} errors; "
          f"{m['wall']:.1f} s with process start)")
    print(f"ratio b/a               : {b / a:.2f}  (goal >= 0.5)")
    print(f"peak RSS                : no-op {m['peak_noop']:.0f} MB; largest process of the full crawl "
          f"{m['peak_full']:.0f} MB")
    # On a shared machine wall-clock rates depend on the neighbours; CPU per page does not. The full crawl spreads
    # over all cores, so on idle cores it could reach cores / (its CPU per page), or 1 / (the crawl process's CPU per
    # page) if that is less (one process, one GIL); the no-op spider, one process, 1 / (its CPU per page).
    pages = max(1, full["fetched"] - 1)
    cpu_a, cpu_crawl, cpu_workers = m["cpu_noop"] / noop["pages"], m["cpu_crawl"] / pages, m["cpu_workers"] / pages
    cpu_b = cpu_crawl + cpu_workers
    cores = os.cpu_count() or 1
    bound = min(cores / cpu_b, 1 / cpu_crawl)
    print(f"CPU per page            : no-op {cpu_a * 1000:.1f} ms, full crawl {cpu_b * 1000:.1f} ms = crawl process "
          f"{cpu_crawl * 1000:.1f} ms + extraction workers {cpu_workers * 1000:.1f} ms (incl. start-up and warm-up); "
          f"if CPU-bound on {cores} idle cores: {bound:.0f} against {1 / cpu_a:.0f} pages/s, "
          f"ratio ~ {min(1.0, bound * cpu_a):.2f}")


def main() -> None:
    from swapwatch.demo.site import NewsSite

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--page-kb", type=int, default=80)
    parser.add_argument("--off-topic", type=float, default=0.0, metavar="FRACTION",
                        help="share of off-topic pages (markets, sport, weather), e.g. 0.85 as in a real crawl")
    parser.add_argument("--noop", nargs=2, metavar=("LISTING", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--cli-cpu", metavar="OUT", help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.cli_cpu:
        return cli_with_cpu(Path(args.cli_cpu), rest)
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    if args.noop:
        return noop_crawl(args.noop[0], Path(args.noop[1]))
    records = generated_records(args.pages, off_topic=args.off_topic)
    with NewsSite(records, padding_kb=max(0, args.page_kb - 6)) as site, tempfile.TemporaryDirectory() as tmp:
        measured = measure(site, records, tmp)
    report(args.pages, {**measured, "off_topic": args.off_topic})


if __name__ == "__main__":
    main()
