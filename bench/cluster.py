"""The [cluster] mode on this machine: crawl throughput and alert latency with 1 and 2 workers, planning lag at scale.

    python bench/cluster.py throughput [--sources 400] [--workers 1 2] [--interval 60s] [--max-seconds 3600]
    python bench/cluster.py planning [--sources 10000] [--interval 60s] [--seconds 120] [--batch-size 50]

Needs RabbitMQ (``SWAPWATCH_BENCH_BROKER``, default amqp://guest:guest@127.0.0.1:5672//) and PostgreSQL
(``SWAPWATCH_BENCH_PG_URL``, default postgresql+psycopg://postgres@127.0.0.1:5432/test; a fresh database is
created and dropped).

``throughput``: ``--sources`` feeds on local news sites (10 articles each, 85% off-topic as in a real crawl), the real
``swapwatch run`` planning and N real ``swapwatch worker`` processes: pages/s until every source has been crawled
once, then one new exchange report published on one site and the time until its alert reaches a local webhook
(publish → delivered; it includes the wait for that source's next crawl, behind whatever the workers have queued).
``planning``: the real scheduler (APScheduler jobs, the real batcher: "queued" flags in PostgreSQL, confirmed
publishes to the broker, the plan write) for ``--sources`` sources and no worker (no-op crawls: each flag is lowered
right away, as a finished crawl would); prints how late each source's message left against its planned time
(p50/p95/max) and the planner's CPU.

Measured 2026-12-07 on this 2-core machine shared with six other sessions (load average 8–16, no idle CPU: wall-clock
rates are far below what idle cores give; CPU costs are the numbers to plan with). Before = one message per source
(commit d9ffb1b), after = crawl batches.

- ``planning --sources 10000 --interval 60s`` (120 s): before, 12,906 enqueues; first runs late p50 92 s / p95
  115 s, steady state p50 67 s / p95 69 s; 62.6 s CPU (``/usr/bin/time``). After (batches of 50, ``batch_wait``
  1 s): 21,947 enqueues (every run that fell due); first runs p50 4.3 s / p95 8.2 s (the start-up adds 10,000 jobs),
  steady state p50 79 ms / p95 147 ms / max 1.05 s; 17.6 s CPU for the whole process, 0.66 ms a source in the run.
  A due job now only hands its source to the batcher; a batch costs one flag transaction, one confirmed publish and
  one plan transaction, where each source cost all three (~3 ms CPU) and the planner fell behind at ~100/s.
- ``throughput --sources 400`` (10 articles a source, all new: 4,400 pages a round; batches of ~28, as sources fell
  due within ``batch_wait``): before, capped at 150 s, 0.44 pages/s with 1 worker and 0.73 with 2 (5.2 CPU-s a
  crawl, nearly all child start-up). After (two runs): 1 worker crawled all 400 in 560–566 s = 7.8–7.9 pages/s
  (0.71 sources/s), 0.32–0.35 CPU-s a source (29–32 ms a page, child start-up included); 2 workers in 272–301 s =
  14.6–16.2 pages/s (1.3–1.5 sources/s, 1.9–2.0×), 0.30–0.31 CPU-s a source. So a source's crawl ≈ 5.2 s / batch +
  ~14 ms × its pages. Alert latency, publish → delivered (second run; the round over, the next round under way):
  1 worker 28.5 s = 23.6 s until the source's next crawl began (its turn at a 60 s interval, behind queued batches)
  + 3.1 s crawl + 1.8 s crawl end → delivered; 2 workers 19.6 s = 15.7 + 2.7 + 1.1 s. Crawl end → delivered is the
  worker's alert thread (``alert_batch`` 1 s, then the cycle); before, the alert task waited in the crawl queue.

Paper estimate, 100,000 sources every 15 minutes (111 sources/s), ~1 new article per source per 15 minutes, from
the costs above:

- workers: a source costs ~5.2 s / 50 (its share of a batch child's start) + 2 pages (feed + the new article) ×
  ~14 ms ≈ 0.13 CPU-s, so 111/s need ~15 busy cores: 8 two-core worker machines, ~12 with headroom for bursts and
  slow sites (crawling all 10 articles of every source in batches of ~28, as the bench does: 0.33 s, 37 cores).
  Before batches the child start-up alone needed 580 cores.
- broker: 111 / 50 ≈ 2.2 batch messages/s, each acknowledged once: nothing for one RabbitMQ node (before: ~220
  publishes/s, a message per crawl plus an alert task per crawl; alert cycles now run in a worker thread).
- planner: 111 × 0.66 ms ≈ 7% of a core for the batcher; one `swapwatch run` suffices (APScheduler was measured
  with 10,000 jobs, not 100,000).
- PostgreSQL: per batch 4 transactions (flags and plan on the planner, locks and "crawling" marks on the worker);
  per source 1 settle transaction (mark cleared + flag lowered, no synchronous commit), 1 for its crawl run and
  health, ~1 for its new article: ~340 commits/s, ~110 of them asynchronous, and ~900 row writes/s (7 bookkeeping
  rows a source plus articles and figures); one lock connection per running batch, not per source. One server
  with an SSD.
"""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(REPO / "bench")]

from cluster_harness import (  # noqa: E402
    FreshDatabase,
    cluster_config,
    cpu_seconds,
    epoch,
    news_sites,
    start_cli,
    stop_all,
    wait_for,
)
from sqlalchemy import func, select  # noqa: E402


class Round:
    """The crawl phase's counts at one moment: finished crawls, pages, CPU of the workers and of the planner."""

    def __init__(self, db, workers: list[subprocess.Popen], planner: subprocess.Popen) -> None:
        from storage import CrawlRun

        with db.session() as s:
            self.sources = s.scalar(select(func.count(func.distinct(CrawlRun.source_id)))) or 0
            self.pages = s.scalar(select(func.sum(CrawlRun.fetched))) or 0
            self.crawls = s.scalar(select(func.count()).select_from(CrawlRun)) or 0
        self.worker_cpu = sum(cpu_seconds(p.pid) for p in workers)
        self.planner_cpu = cpu_seconds(planner.pid)


def _latency(db, hook, site, interval: str) -> str:
    """Publish an exchange report on the first source's site; publish → its alert delivered, and where the time went.

    The round's own exchange reports keep alerting meanwhile: the one waited for names the published figure."""
    from datetime import UTC, datetime

    from storage import CrawlRun, Source

    sent_before, published = len(hook.received), datetime.now(UTC)
    site.publish({
        "id": "breaking", "lang": "en", "published": "2024-06-01",
        "title": "Ukraine and Russia exchange 389 prisoners of war each",
        "text": "Ukraine and Russia exchanged 389 prisoners of war each on Saturday, officials said.",
    })
    wait_for(lambda: any("389" in json.dumps(m) for m in hook.received[sent_before:]), 3600, "the new exchange's alert")
    delivered = datetime.now(UTC)
    with db.session() as s:
        run = s.scalars(select(CrawlRun).join(Source).where(Source.name == "src0000", CrawlRun.new > 0,
                                                            CrawlRun.started_at >= published)
                        .order_by(CrawlRun.id)).first()
    line = f"alert latency publish → delivered {(delivered - published).total_seconds():.1f} s (interval {interval}"
    if run is None or run.finished_at is None:
        return line + ")"
    start, end = epoch(run.started_at), epoch(run.finished_at)
    return (line + f": {start - published.timestamp():.1f} s until the source's next crawl began, the crawl "
            f"{end - start:.1f} s, crawl end → delivered {delivered.timestamp() - end:.1f} s)")


def throughput(sources: int, workers: int, interval: str, tmp: Path, budget: float) -> None:
    from service_support import Hook

    from storage import Database

    hook, sites = Hook().start(), news_sites(sources)
    names = [(f"src{i:04d}", f"{site.url}/rss.xml") for i, site in enumerate(sites)]
    queue = f"swapwatch.bench.{uuid.uuid4().hex[:6]}"
    try:
        with FreshDatabase() as url:
            config = tmp / f"cluster{workers}.toml"
            config.write_text(cluster_config(url, hook.url, queue, interval, names))
            db = Database(url)
            crew = [start_cli(["--config", str(config), "worker", "-n", f"b{i}@bench"], tmp / f"w{i}.log")
                    for i in range(workers)]
            time.sleep(3)  # workers up before the first enqueue, so start-up is not counted as crawl time
            before = [cpu_seconds(p.pid) for p in crew]
            t0, planner = time.monotonic(), start_cli(["--config", str(config), "run"], tmp / "run.log")
            try:
                t1 = wait_for(lambda: Round(db, [], planner).sources >= sources or time.monotonic() - t0 > budget,
                           3600, "every source crawled once")
                done = Round(db, crew, planner)
                over = done.sources < sources
                latency = "no latency: over the time budget" if over else _latency(db, hook, sites[0], interval)
            finally:
                stop_all([*crew, planner])
                db.dispose()
    finally:
        for site in sites:
            site.stop()
        hook.stop()
    seconds, cpu = t1 - t0, done.worker_cpu - sum(before)
    print(f"{workers} worker(s), {sources} sources: {done.sources} crawled once in {seconds:.1f} s "
          f"({done.crawls} crawls, {done.pages} pages) = {done.pages / seconds:.1f} pages/s, "
          f"{done.crawls / seconds:.2f} crawls/s; workers' CPU {cpu:.0f} s = "
          f"{cpu / max(1, done.crawls):.2f} s a crawl, "
          f"{cpu / max(1, done.pages) * 1000:.0f} ms a page (finished batches only); planner CPU "
          f"{done.planner_cpu:.1f} s\n  {latency}")


class Lateness:
    """How late each source's message left against its run's planned time; first runs (after the start-up adds
    every job one by one) apart from the steady state."""

    def __init__(self) -> None:
        self.due: dict[str, list[float]] = {}  # source → planned times of its runs not yet sent
        self.first: list[float] = []
        self.late: list[float] = []
        self.runs: dict[str, int] = {}

    def submitted(self, event) -> None:
        if event.job_id.startswith("source:"):
            self.due.setdefault(event.job_id[7:], []).extend(t.timestamp() for t in event.scheduled_run_times)

    def sent(self, names: list[str], now: float) -> None:
        for name in names:
            if self.due.get(name):
                self.runs[name] = self.runs.get(name, 0) + 1
                (self.late if self.runs[name] > 1 else self.first).append(now - self.due[name].pop(0))

    def report(self, what: str, seconds: float, cpu: float) -> None:
        total = len(self.first) + len(self.late)
        print(f"{what}: {total} enqueues in {seconds:.0f} s, planner CPU {cpu:.1f} s "
              f"({cpu / max(1, total) * 1000:.2f} ms a source)")
        for label, seen_lags in (("first runs (after start-up)", self.first), ("later runs (steady state)", self.late)):
            values = sorted(seen_lags)  # a copy: a job finishing during shutdown may still append
            if not values:
                print(f"  {label}: none")
                continue
            pick = lambda q: values[min(len(values) - 1, int(q * len(values)))] * 1000  # noqa: E731, B023
            print(f"  {label}: {len(values)}; lateness p50 {pick(0.5):.0f} ms, p95 {pick(0.95):.0f} ms, "
                  f"max {pick(1.0):.0f} ms")


def planning(sources: int, interval: str, seconds: float, batch_size: int) -> None:
    from apscheduler.events import EVENT_JOB_SUBMITTED

    from core.config import parse_config
    from scheduler import Service, ServiceOptions
    from scheduler.cluster import make_app
    from scheduler.cluster_marks import lower_flags
    from scheduler.enqueue import CrawlBatcher
    from storage import Database

    queue = f"swapwatch.bench.{uuid.uuid4().hex[:6]}"
    names = [(f"src{i:05d}", f"http://127.0.0.1:9/feed/{i}.xml") for i in range(sources)]
    lateness = Lateness()
    with FreshDatabase() as url:
        text_ = cluster_config(url, "json://127.0.0.1:9/x", queue, interval, names) + f"batch_size = {batch_size}\n"
        config = parse_config(text_, Path("bench.toml"))
        db = Database(url)
        batcher = CrawlBatcher(make_app(config.cluster), config.cluster, db)
        cpu0 = time.process_time()
        service = Service(config, db, lambda: config, lambda n: [], ServiceOptions(crawl_workers=8), batcher=batcher)
        service.scheduler.add_listener(lateness.submitted, EVENT_JOB_SUBMITTED)
        logging.getLogger("apscheduler").setLevel(logging.ERROR)  # "skipped: maximum number of instances" per job
        service.start()
        plan = batcher.on_sent

        def sent(names: list[str]) -> None:
            plan(names)
            lower_flags(db.engine, names)  # no-op crawls, finished at once
            lateness.sent(names, time.time())

        batcher.on_sent = sent
        time.sleep(seconds)
        service.shutdown()
        cpu = time.process_time() - cpu0
        with batcher.app.connection_for_write() as conn:
            conn.default_channel.queue_delete(queue)
        db.dispose()
    lateness.report(f"planning {sources} sources every {interval}, batches of {batch_size}", seconds, cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    t = sub.add_parser("throughput")
    t.add_argument("--sources", type=int, default=40)
    t.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    t.add_argument("--interval", default="60s")
    t.add_argument("--max-seconds", type=float, default=3600,
                   help="stop the crawl phase after this long and print the rate so far (no latency then)")
    p = sub.add_parser("planning")
    p.add_argument("--sources", type=int, default=10000)
    p.add_argument("--interval", default="60s")
    p.add_argument("--seconds", type=float, default=120)
    p.add_argument("--batch-size", type=int, default=50)
    args = parser.parse_args()
    if args.what == "planning":
        return planning(args.sources, args.interval, args.seconds, args.batch_size)
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.workers:
            throughput(args.sources, n, args.interval, Path(tmp), args.max_seconds)


if __name__ == "__main__":
    main()
