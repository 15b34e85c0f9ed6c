"""The [cluster] mode on this machine: crawl throughput and alert latency with 1 and 2 workers, planning lag at scale.

    python bench/cluster.py throughput [--sources 400] [--workers 1 2] [--interval 60s] [--max-seconds 3600]
    python bench/cluster.py planning [--sources 10000] [--interval 60s] [--seconds 120]

Needs RabbitMQ (``SWAPWATCH_BENCH_BROKER``, default amqp://guest:guest@127.0.0.1:5672//) and PostgreSQL
(``SWAPWATCH_BENCH_PG_URL``, default postgresql+psycopg://postgres@127.0.0.1:5432/test; a fresh database is
created and dropped).

``throughput``: ``--sources`` feeds on local news sites (10 articles each, 85% off-topic as in a real crawl), the real
``swapwatch run`` planning and N real ``swapwatch worker`` processes: pages/s until every source has been crawled
once, then one new exchange report published on one site and the time until its alert reaches a local webhook
(publish → delivered; it includes the wait for that source's next run, up to ``--interval``).
``planning``: the real scheduler (APScheduler jobs, the real enqueue to the broker with its PostgreSQL "queued"
flag) for ``--sources`` sources and no worker (no-op crawls: each flag is lowered right away, as a finished crawl
would); prints how late each enqueue left against its planned time (p50/p95/max) and enqueues/s.

Measured 2026-12-07 on this 2-core machine shared with six other sessions (load average 5–11, so wall-clock rates
are far below what idle cores give; CPU costs are the numbers to plan with):

- ``planning --sources 10000 --interval 60s``: before the plan was written in one transaction and without
  synchronous commits, 12,670 enqueues in 120 s; first runs late p50 120 s / p95 164 s (the start wrote 10,000
  plan rows one commit each), steady state p50 58 s / p95 60 s. After: 11,877 enqueues in 120 s; first runs p50
  78 s / p95 117 s, steady state p50 70 s / p95 71 s. Both are CPU-bound at ~100 enqueues/s on the share of a core
  the planner got, where 10,000 sources a minute need 167/s: one enqueue costs ~2 ms CPU (flag + confirmed
  publish, 4 ms wall) and the plan write ~1 ms CPU (3 ms wall), plus APScheduler's own bookkeeping.
- ``throughput --sources 400 --max-seconds 150``: 1 worker 6 crawls, 66 pages in 150 s (0.44 pages/s, 25 s wall
  per crawl); 2 workers 10 crawls, 110 pages in 150 s (0.73 pages/s, 30 s wall per crawl per worker): 1.7× with
  two workers on two cores that were already busy, so the whole 400 sources were not crawled in the budget. A crawl
  is dominated by its child process's start: a 10-page crawl costs 5.2 s CPU (2.0 s imports, 2.7 s crawl including
  the extraction pool's start, 0.5 s extraction workers), against ~13 ms CPU a page on an 85% off-topic site and
  ~30 ms on an all-article one (``bench/crawl.py``). Alert latency was not measured at 400 sources: with a backlog
  of hundreds of crawls per worker it is the backlog.

Paper estimate, 100,000 sources every 15 minutes (111 crawls/s), ~1 new article per source per 15 minutes:

- workers: today 111 × 5.2 s ≈ 580 cores of child start-up alone (~290 two-core machines); with many sources per
  crawl child (start-up amortised over ~100 sources, ~0.05 s each) a source costs ~0.05 s + 2 pages × ~15 ms ≈
  0.08 s CPU → ~9 cores, i.e. 5–8 two-core worker machines with headroom. Batching is the step that matters.
- broker: 111 crawl messages/s plus one alert-cycle task per finished crawl → ~220 publishes/s and as many
  deliveries and acks (~700 frames/s): small for one RabbitMQ node. Planner: 111 enqueues/s × ~3 ms CPU ≈ 0.35 of
  an idle core, so one `swapwatch run` suffices.
- PostgreSQL: per crawl ~7 small writes (queued flag up/down, crawling mark begin/end, plan, crawl run + source
  health, alert flag) ≈ 780 commits/s, most without synchronous commit; plus 111 article transactions/s
  (~150 rows/s with figures at ~10% relevant). ~900 commits/s on one server with an SSD.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(REPO / "bench")]

from sqlalchemy import create_engine, func, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

BROKER = os.environ.get("SWAPWATCH_BENCH_BROKER", "amqp://guest:guest@127.0.0.1:5672//")
PG = os.environ.get("SWAPWATCH_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
PER_SITE = 10  # sources per local site (each its own feed URL), articles per source


class FreshDatabase:
    def __enter__(self) -> str:
        self.admin = create_engine(PG, isolation_level="AUTOCOMMIT")
        self.name = f"swbench_{uuid.uuid4().hex[:8]}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        return make_url(PG).set(database=self.name).render_as_string(hide_password=False)

    def __exit__(self, *exc: object) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self.admin.dispose()


def _config(db_url: str, hook_url: str, queue: str, interval: str, sources: list[tuple[str, str]]) -> str:
    from service_support import service_config

    feeds = "".join(f'\n[[sources]]\nname = "{n}"\nurl = "{u}"\ntype = "feed"\nmax_age = "36500d"\n'
                    for n, u in sources)
    body = service_config(db_url, "http://127.0.0.1:9", hook_url, interval=interval).split("[[sources]]")[0]
    return body + feeds + f'\n[cluster]\nbroker = "{BROKER}"\nqueue = "{queue}"\nalert_batch = "1s"\n'


def _sites(count: int) -> list:
    """``count`` sources' worth of articles: one site per source, each with its own generated records."""
    from crawl import generated_records

    from swapwatch.demo.site import NewsSite

    sites = []
    for i in range(count):
        records = generated_records(PER_SITE, seed=1000 + i, off_topic=0.85)
        for r in records:
            r["id"] = f"s{i}-{r['id']}"
        sites.append(NewsSite(records).start())
    return sites


def _start(argv: list[str], log: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "swapwatch.cli", *argv], stdout=open(log, "a"),  # noqa: SIM115
                            stderr=subprocess.STDOUT)


def _stop(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()


def _wait(predicate, timeout: float, what: str) -> float:
    started = time.monotonic()
    while not predicate():
        if time.monotonic() - started > timeout:
            sys.exit(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(0.5)
    return time.monotonic()


def _cpu_seconds(pid: int) -> float:
    """CPU seconds of a process and of its children it has waited for (a worker's finished batch children)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def _epoch(moment) -> float:
    from datetime import UTC

    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


class Round:
    """The crawl phase's counts at one moment: finished crawls, pages, CPU of the workers and of the planner."""

    def __init__(self, db, workers: list[subprocess.Popen], planner: subprocess.Popen) -> None:
        from storage import CrawlRun

        with db.session() as s:
            self.sources = s.scalar(select(func.count(func.distinct(CrawlRun.source_id)))) or 0
            self.pages = s.scalar(select(func.sum(CrawlRun.fetched))) or 0
            self.crawls = s.scalar(select(func.count()).select_from(CrawlRun)) or 0
        self.worker_cpu = sum(_cpu_seconds(p.pid) for p in workers)
        self.planner_cpu = _cpu_seconds(planner.pid)


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
    _wait(lambda: any("389" in json.dumps(m) for m in hook.received[sent_before:]), 3600, "the new exchange's alert")
    delivered = datetime.now(UTC)
    with db.session() as s:
        run = s.scalars(select(CrawlRun).join(Source).where(Source.name == "src0000", CrawlRun.new > 0,
                                                            CrawlRun.started_at >= published)
                        .order_by(CrawlRun.id)).first()
    line = f"alert latency publish → delivered {(delivered - published).total_seconds():.1f} s (interval {interval}"
    if run is None or run.finished_at is None:
        return line + ")"
    start, end = _epoch(run.started_at), _epoch(run.finished_at)
    return (line + f": {start - published.timestamp():.1f} s until the source's next crawl began, the crawl "
            f"{end - start:.1f} s, crawl end → delivered {delivered.timestamp() - end:.1f} s)")


def throughput(sources: int, workers: int, interval: str, tmp: Path, budget: float) -> None:
    from service_support import Hook

    from storage import Database

    hook, sites = Hook().start(), _sites(sources)
    names = [(f"src{i:04d}", f"{site.url}/rss.xml") for i, site in enumerate(sites)]
    queue = f"swapwatch.bench.{uuid.uuid4().hex[:6]}"
    try:
        with FreshDatabase() as url:
            config = tmp / f"cluster{workers}.toml"
            config.write_text(_config(url, hook.url, queue, interval, names))
            db = Database(url)
            crew = [_start(["--config", str(config), "worker", "-n", f"b{i}@bench"], tmp / f"w{i}.log")
                    for i in range(workers)]
            time.sleep(3)  # workers up before the first enqueue, so start-up is not counted as crawl time
            before = [_cpu_seconds(p.pid) for p in crew]
            t0, planner = time.monotonic(), _start(["--config", str(config), "run"], tmp / "run.log")
            try:
                t1 = _wait(lambda: Round(db, [], planner).sources >= sources or time.monotonic() - t0 > budget,
                           3600, "every source crawled once")
                done = Round(db, crew, planner)
                over = done.sources < sources
                latency = "no latency: over the time budget" if over else _latency(db, hook, sites[0], interval)
            finally:
                _stop([*crew, planner])
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
    with FreshDatabase() as url:
        text_ = _config(url, "json://127.0.0.1:9/x", queue, interval, names) + f"batch_size = {batch_size}\n"
        config = parse_config(text_, Path("bench.toml"))
        db = Database(url)
        batcher = CrawlBatcher(make_app(config.cluster), config.cluster, db)
        due: dict[str, list[float]] = {}  # source → planned times of its runs not yet sent
        late: list[float] = []
        first: list[float] = []
        runs: dict[str, int] = {}
        cpu0 = time.process_time()

        def submitted(event) -> None:
            if event.job_id.startswith("source:"):
                due.setdefault(event.job_id[7:], []).extend(t.timestamp() for t in event.scheduled_run_times)

        service = Service(config, db, lambda: config, lambda n: [], ServiceOptions(crawl_workers=8), batcher=batcher)
        service.scheduler.add_listener(submitted, EVENT_JOB_SUBMITTED)
        logging.getLogger("apscheduler").setLevel(logging.ERROR)  # "skipped: maximum number of instances" per job
        service.start()
        plan = batcher.on_sent

        def sent(names: list[str]) -> None:
            plan(names)
            lower_flags(db.engine, names)  # no-op crawls, finished at once
            now = time.time()
            for name in names:  # how late its message left against the run's planned time
                if due.get(name):
                    runs[name] = runs.get(name, 0) + 1
                    # a source's first run follows the start-up (10,000 jobs added one by one): reported apart
                    (late if runs[name] > 1 else first).append(now - due[name].pop(0))

        batcher.on_sent = sent
        time.sleep(seconds)
        service.shutdown()
        cpu = time.process_time() - cpu0
        with batcher.app.connection_for_write() as conn:
            conn.default_channel.queue_delete(queue)
        db.dispose()
    total = len(first) + len(late)
    print(f"planning {sources} sources every {interval}, batches of {batch_size}: {total} enqueues in "
          f"{seconds:.0f} s, planner CPU {cpu:.1f} s ({cpu / max(1, total) * 1000:.2f} ms a source)")
    for label, seen_lags in (("first runs (after start-up)", first), ("later runs (steady state)", late)):
        values = sorted(seen_lags)  # a copy: a job finishing during shutdown may still append
        if not values:
            print(f"  {label}: none")
            continue
        pick = lambda q: values[min(len(values) - 1, int(q * len(values)))] * 1000  # noqa: E731, B023
        print(f"  {label}: {len(values)}; lateness p50 {pick(0.5):.0f} ms, p95 {pick(0.95):.0f} ms, "
              f"max {pick(1.0):.0f} ms")


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
