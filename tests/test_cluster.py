"""The [cluster] mode end to end: the real `swapwatch run` planning, three real `swapwatch worker` processes, the real
RabbitMQ broker and a real PostgreSQL database, crawling the local news site.

One scenario, in order (each step's processes are costly to start on a small machine): every source is crawled
(the three fall due together, so they travel as one batch), never two crawls of one source at once; `kill -9` of
the worker running the slow source's crawl → one of the two others crawls it again; a broker restart → the cluster
goes on without anyone touching it; a second scheduler is refused; at the end no article is stored twice and no
alert was delivered twice.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import uuid
from collections import Counter

import pytest
from cluster_support import WorkerProcess, cluster_section, delete_queue, require_broker, restart_broker
from service_support import Hook, ServiceProcess, service_config, wait_for
from sqlalchemy import func, select, text

from scheduler import cluster_marks as marks
from scheduler.cluster import SOURCE_NS
from storage import Alert, Article, CrawlRun, Database, Source, utcnow
from swapwatch.demo.site import NewsSite, load_records

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

SLOW = "Slow Listing"


def _sources(site_url: str) -> str:
    return f"""
[[sources]]
name = "Sample Atom"
url = "{site_url}/atom.xml"
type = "feed"
max_age = "36500d"

[[sources]]
name = "{SLOW}"
url = "{site_url}/news/"
type = "page"
max_age = "36500d"
"""


def _runs(db: Database) -> dict[str, list[CrawlRun]]:
    with db.session() as session:
        rows = session.execute(select(Source.name, CrawlRun).join(CrawlRun, CrawlRun.source_id == Source.id)
                               .order_by(CrawlRun.id)).all()
    out: dict[str, list[CrawlRun]] = {}
    for name, run in rows:
        out.setdefault(name, []).append(run)
    return out


def _ok_after(db: Database, moment, names) -> bool:
    runs = _runs(db)
    return all(any(r.status == "ok" and r.started_at >= moment for r in runs.get(n, [])) for n in names)


def _never_overlapping(runs: dict[str, list[CrawlRun]]) -> None:
    for name, rows in runs.items():
        done = sorted((r for r in rows if r.finished_at), key=lambda r: r.started_at)
        for before, after in zip(done, done[1:], strict=False):
            assert after.started_at >= before.finished_at, f"two crawls of {name!r} overlapped"


def _lock_holder(db: Database, name: str) -> str | None:
    """"pid N" of the worker holding the source's advisory lock (its connection's application name says it)."""
    with db.engine.connect() as conn:
        app = conn.scalar(text(
            "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = :ns "
            "AND l.objid::bigint = (hashtext(:name)::bigint & 4294967295)"), {"ns": SOURCE_NS, "name": name})
    found = re.search(r"pid \d+", app or "")
    return found.group(0) if found else None


def _crawling_mark(db: Database, name: str) -> bool:
    """The "crawling" mark a batch sets on a source when its crawl begins and clears once it is settled."""
    with db.engine.connect() as conn:
        mark = conn.scalar(select(marks.table.c.next_run_at).where(marks.table.c.job_id == marks.crawling_key(name)))
    return mark is not None


@pytest.fixture
def cluster_env(tmp_path, pg_url):
    require_broker()
    queue = f"swapwatch.test.{uuid.uuid4().hex[:8]}"
    hook = Hook().start()
    records = [r for r in load_records() if r["id"].startswith("dev-en")][:8]
    with NewsSite(records, slow_seconds=6) as site:
        site.set_fault("/news/", "slow")  # the listing answers after 6 s: a crawl long enough to be killed
        config = tmp_path / "swapwatch.toml"
        config.write_text(service_config(pg_url, site.url, hook.url, interval="5s", extra=_sources(site.url))
                          # first runs are spread by the jitter (up to 1 s) and a stagger (~0.4 s a source): a batch
                          # window of 3 s holds all three, so the one-batch check below does not depend on the draw
                          + cluster_section(queue, extra='batch_wait = "3s"\n'))
        db = Database(pg_url)
        procs: list = []
        try:
            yield config, db, hook, procs, tmp_path
        finally:
            for proc in procs:
                proc.stop()
            db.dispose()
            hook.stop()
            delete_queue(queue)


def test_cluster_crawls_survives_a_dead_worker_and_a_broker_restart(cluster_env) -> None:
    config, db, hook, procs, tmp = cluster_env
    names = ["Sample Wire", "Sample Atom", SLOW]
    scheduler = ServiceProcess(config, tmp / "run.log").start()
    procs.append(scheduler)
    # names of this run only: another run of this test on the same broker must not take their control queues
    run = uuid.uuid4().hex[:6]
    workers = [WorkerProcess(config, tmp / f"w{i}.log", f"w{i}-{run}@test").start() for i in (1, 2, 3)]
    procs.extend(workers)
    start = utcnow()
    wait_for(lambda: _ok_after(db, start, names), timeout=90, what="every source crawled by the workers")
    # the three sources fell due within batch_wait of each other: one message, crawled by one child. The scheduler
    # logs its first round after the message went out, so a fast crawl may finish before the line is written
    def first_round() -> str | None:
        return next((line for line in (tmp / "run.log").read_text().splitlines() if "enqueued in" in line), None)

    assert "3 crawl(s) enqueued in 1 batch(es)" in wait_for(first_round, timeout=10, what="the first round's log line")

    # kill -9 the worker that is crawling the slow source; one of the other two must crawl it again. A batch's child
    # names all its sources, finished or not, so the worker is found by who holds the source's lock. The lock outlives
    # the crawl by a moment (the crawl is settled, its "crawling" mark cleared, then the lock let go): a worker is
    # crawling it only while it holds the lock with the mark still set (read between two looks at the holder)
    def crawling_slow() -> WorkerProcess | None:
        holder = _lock_holder(db, SLOW)
        if holder is None or not _crawling_mark(db, SLOW) or _lock_holder(db, SLOW) != holder:
            return None
        return next((w for w in workers if holder == f"pid {w.proc.pid}"), None)

    busy = wait_for(crawling_slow, timeout=60, what="a worker crawling the slow source")
    busy.kill()
    killed_at = utcnow()
    # by its redelivered message (late ack), once another worker is free
    wait_for(lambda: _ok_after(db, killed_at, [SLOW]), timeout=180, what="the slow source crawled by another worker")
    survivors = sorted(w.name for w in workers if w is not busy)
    assert "interrupted: its worker died mid-crawl" in [r.error for r in _runs(db)[SLOW]]

    # the broker goes away and comes back: scheduler and worker reconnect by themselves
    restart_broker()
    restarted = utcnow()
    wait_for(lambda: _ok_after(db, restarted, names), timeout=120, what="crawls after the broker restart")

    # a second scheduler on the same database is refused, as without [cluster]; and status shows the live workers,
    # the queue and each source's lag (the two commands run side by side: each start-up takes seconds)
    second, shown = [subprocess.Popen([sys.executable, "-m", "swapwatch.cli", "--config", str(config), *args],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                     for args in (["run"], ["status", "-f", "json"])]
    try:
        _, refused = second.communicate(timeout=60)
        out, _ = shown.communicate(timeout=60)
    finally:
        for proc in (second, shown):  # a no-op once exited; a second scheduler not refused must not outlive the test
            proc.kill()
            proc.wait()
    assert second.returncode == 2 and "already runs" in refused
    status = json.loads(out)
    mine = [name for name in status["cluster"]["workers"] if run in name]  # the broker may serve other runs too
    assert mine == survivors
    assert status["cluster"]["queue_depth"] is not None
    assert all("lag" in row for row in status["sources"])

    for proc in procs:
        proc.stop()
    _never_overlapping(_runs(db))
    with db.session() as session:
        urls = session.scalars(select(Article.url)).all()
        hashes = session.scalars(select(Article.content_hash).where(Article.content_hash.is_not(None))).all()
        sent = session.scalar(select(func.count()).select_from(Alert).where(Alert.status == "sent"))
    assert urls and len(urls) == len(set(urls)) and len(hashes) == len(set(hashes))
    assert hook.received, "the alerts of the crawled exchanges were delivered"
    repeated = [k for k, n in Counter(json.dumps(m, sort_keys=True) for m in hook.received).items() if n > 1]
    assert repeated == [] and len(hook.received) == sent
