"""Telegram channel crawls: a first crawl's backfill, a quiet re-crawl, and a re-crawl after edits.

    python bench/telegram_crawl.py [--posts 220] [--edits 5] [--pages 10]

Serves one channel of ``--posts`` recent posts from the local sample site and runs ``swapwatch crawl`` three
times, each in its own process, on a fresh SQLite file: the first crawl (pages back ``?before=``, at most
``--pages`` older pages), a re-crawl with nothing new (one preview page, a 304 when it did not change; else every
post on it is compared with its stored text), and a re-crawl after ``--edits`` posts of the first page were
edited. Prints wall time, preview pages fetched and posts stored or edited per run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

REPORT = ("Ukraine and Russia carried out a prisoner exchange on {day:%d %B %Y}. {n} Ukrainian defenders returned "
          "home from Russian captivity, the Coordination Headquarters said in post {n}.")


def records(count: int) -> list[dict]:
    today = datetime.now(UTC).date()
    out = []
    for n in range(1, count + 1):
        day = today - timedelta(days=(count - n) // 40)  # 40 posts a day, newest today
        text = REPORT.format(day=day, n=n) if n % 4 == 0 else f"Bulletin {n}: the hotline keeps its office hours."
        out.append({"id": f"p{n}", "where": "telegram", "channel": "bench_hq", "post": n, "lang": "en",
                    "published": day.isoformat(), "title": "HQ", "text": text})
    return out


def run(config: Path, site, label: str) -> None:
    site.clear_log()
    env = {**os.environ, "SWAPWATCH_WORKERS": os.environ.get("SWAPWATCH_WORKERS", "1")}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "swapwatch.cli", "--config", str(config), "crawl", "--format",
                           "json", "--no-alerts"], capture_output=True, text=True, env=env, cwd=REPO, check=True)
    seconds = time.perf_counter() - started
    row = json.loads(done.stdout)["sources"][0]
    pages = sum(1 for r in site.requests if r.path.startswith("/s/bench_hq"))
    print(f"{label:<22} {seconds:6.2f} s  {pages:3d} preview pages  {row['new']:4d} new  {row['edited']:3d} edited"
          f"  status {row['status']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=220)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--pages", type=int, default=10)
    args = parser.parse_args()
    from swapwatch.demo.site import NewsSite

    with tempfile.TemporaryDirectory() as tmp, NewsSite(records(args.posts)) as site:
        config = Path(tmp) / "bench.toml"
        config.write_text(
            f'[storage]\nurl = "sqlite:///{tmp}/bench.db"\n[crawl]\ncontact = "https://example.org/bench"\n'
            f'concurrency_per_domain = 8\n[[sources]]\nname = "HQ"\nurl = "{site.url}/s/bench_hq"\n'
            f'type = "telegram"\nmax_age = "30d"\nbackfill_pages = {args.pages}\n', encoding="utf-8")
        run(config, site, "first crawl (backfill)")
        run(config, site, "re-crawl, no change")
        for n in range(args.posts - args.edits + 1, args.posts + 1):
            site.telegram.edit(f"p{n}", f"Corrected post {n}: {n + 1} defenders returned home, the HQ said.")
        run(config, site, f"re-crawl, {args.edits} edits")


if __name__ == "__main__":
    main()
