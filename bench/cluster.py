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
"""

from __future__ import annotations

import argparse
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


def throughput(sources: int, workers: int, interval: str, tmp: Path, budget: float) -> None:
    from service_support import Hook

    from storage import CrawlRun, Database

    hook, sites = Hook().start(), _sites(sources)
    names = [(f"src{i:04d}", f"{site.url}/rss.xml") for i, site in enumerate(sites)]
    queue = f"swapwatch.bench.{uuid.uuid4().hex[:6]}"
    with FreshDatabase() as url:
        config = tmp / f"cluster{workers}.toml"
        config.write_text(_config(url, hook.url, queue, interval, names))
        db = Database(url)
        procs = [_start(["--config", str(config), "worker", "-n", f"b{i}@bench"], tmp / f"w{i}.log")
                 for i in range(workers)]
        time.sleep(3)  # workers up before the first enqueue, so start-up is not counted as crawl time
        t0 = time.monotonic()
        procs.append(_start(["--config", str(config), "run"], tmp / "run.log"))

        def crawled() -> int:
            with db.session() as s:
                return s.scalar(select(func.count(func.distinct(CrawlRun.source_id)))) or 0

        t1 = _wait(lambda: crawled() >= sources or time.monotonic() - t0 > budget, 3600, "every source crawled once")
        with db.session() as s:
            pages = s.scalar(select(func.sum(CrawlRun.fetched)).where(CrawlRun.status != "running")) or 0
            done = s.scalar(select(func.count()).select_from(CrawlRun).where(CrawlRun.status != "running")) or 0
        if crawled() < sources:  # over the time budget: the rate so far; an alert would wait behind the backlog
            _stop(procs)
            db.dispose()
            for site in sites:
                site.stop()
            hook.stop()
            print(f"{workers} worker(s), {sources} sources: {done} crawls, {pages} pages in {t1 - t0:.1f} s = "
                  f"{pages / (t1 - t0):.1f} pages/s, {done / (t1 - t0):.3f} crawls/s (time budget reached; "
                  f"{done * 1000 / (t1 - t0) / workers:.0f} ms wall per crawl per worker)")
            return
        sent_before = len(hook.received)
        published = time.monotonic()
        sites[0].publish({
            "id": "breaking", "lang": "en", "published": "2024-06-01",
            "title": "Ukraine and Russia exchange 150 prisoners of war each",
            "text": "Ukraine and Russia exchanged 150 prisoners of war each on Saturday, officials said.",
        })
        t2 = _wait(lambda: len(hook.received) > sent_before, 3600, "the new exchange's alert")
        _stop(procs)
        db.dispose()
    for site in sites:
        site.stop()
    hook.stop()
    rate = pages / (t1 - t0)
    print(f"{workers} worker(s), {sources} sources: {pages} pages in {t1 - t0:.1f} s = {rate:.1f} pages/s, "
          f"{sources / (t1 - t0):.2f} crawls/s; alert latency publish → delivered {t2 - published:.1f} s "
          f"(interval {interval})")


def planning(sources: int, interval: str, seconds: float) -> None:
    from apscheduler.events import EVENT_JOB_EXECUTED

    from core.config import parse_config
    from scheduler import Service, ServiceOptions
    from scheduler.cluster import crawl_finished, enqueue_crawl, make_app
    from storage import Database

    queue = f"swapwatch.bench.{uuid.uuid4().hex[:6]}"
    names = [(f"src{i:05d}", f"http://127.0.0.1:9/feed/{i}.xml") for i in range(sources)]
    with FreshDatabase() as url:
        config = parse_config(_config(url, "json://127.0.0.1:9/x", queue, interval, names), Path("bench.toml"))
        db, app = Database(url), make_app(config.cluster)
        late: list[float] = []
        first: list[float] = []
        runs: dict[str, int] = {}

        def enqueue(cfg, name: str) -> bool:
            sent = enqueue_crawl(app, cfg.cluster, db.engine, name, 3600)
            crawl_finished(db.engine, name)  # a no-op crawl
            return sent

        def seen(event) -> None:
            if event.job_id.startswith("source:"):
                # a source's first run follows the start-up (10,000 jobs added one by one): reported apart
                runs[event.job_id] = runs.get(event.job_id, 0) + 1
                lag = time.time() - event.scheduled_run_time.timestamp()
                (late if runs[event.job_id] > 1 else first).append(lag)

        service = Service(config, db, lambda: config, lambda n: [], ServiceOptions(crawl_workers=8), enqueue=enqueue)
        service.scheduler.add_listener(seen, EVENT_JOB_EXECUTED)
        logging.getLogger("apscheduler").setLevel(logging.ERROR)  # "skipped: maximum number of instances" per job
        service.start()
        time.sleep(seconds)
        service.shutdown()
        with app.connection_for_write() as conn:
            conn.default_channel.queue_delete(queue)
        db.dispose()
    print(f"planning {sources} sources every {interval}: {len(first) + len(late)} enqueues in {seconds:.0f} s")
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
    args = parser.parse_args()
    if args.what == "planning":
        return planning(args.sources, args.interval, args.seconds)
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.workers:
            throughput(args.sources, n, args.interval, Path(tmp), args.max_seconds)


if __name__ == "__main__":
    main()
