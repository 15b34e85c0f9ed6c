"""The [cluster] mode's parts on the real PostgreSQL (and the real broker where named): config, locks, the alert-cycle
flag, the "queued" flag, status, the deploy files. The whole cluster runs in tests/test_cluster.py."""

from __future__ import annotations

import configparser
import json
import subprocess
import sys
import threading
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from cluster_support import BROKER, delete_queue, require_broker
from sqlalchemy import select

from core.config import ConfigError, load_config, parse_config
from scheduler import cluster, cluster_marks
from scheduler.batch import crawl_batch
from scheduler.cluster_status import cluster_status, source_lag
from scheduler.enqueue import CrawlBatcher
from scheduler.tasks import WorkerRuntime, alert_cycle
from storage import CrawlRun, Database, Source, utcnow

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
PG_CONFIG = '[storage]\nurl = "{url}"\n[cluster]\nbroker = "{broker}"\nqueue = "{queue}"\n'


def _config(url: str, queue: str = "swapwatch.test", broker: str = BROKER, extra: str = ""):
    return parse_config(PG_CONFIG.format(url=url, broker=broker, queue=queue) + extra, Path("t.toml"))


def test_cluster_needs_postgresql_and_a_broker_url(tmp_path) -> None:
    with pytest.raises(ConfigError, match="needs PostgreSQL"):
        parse_config(f'[cluster]\nbroker = "{BROKER}"\n', Path("t.toml"))
    with pytest.raises(ConfigError, match=r"cluster\.broker: not a broker URL"):
        _config("postgresql+psycopg://u@h/db", broker="http://127.0.0.1:5672")
    assert parse_config("", Path("t.toml")).cluster is None  # without [cluster] nothing changes


def test_worker_without_cluster_section_is_a_one_line_error(tmp_path) -> None:
    config = tmp_path / "sw.toml"
    config.write_text(f'[storage]\nurl = "sqlite:///{tmp_path}/sw.db"\n')
    done = subprocess.run([sys.executable, "-m", "swapwatch.cli", "--config", str(config), "worker"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "no [cluster] section" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.postgres
def test_a_source_lock_is_held_by_one_holder_and_dropped_with_its_connection(pg_url) -> None:
    first, second = cluster.source_lock(pg_url, "Wire"), cluster.source_lock(pg_url, "Wire")
    other = cluster.source_lock(pg_url, "Other Wire")
    assert first.acquire()
    try:
        assert not second.acquire(wait=0.6)  # waits, then gives up
        assert other.acquire()  # another source is independent
        other.release()
    finally:
        first.release()
    assert second.acquire()  # released with the connection
    second.release()
    batch, other_batch = cluster.SourceLocks(pg_url), cluster.SourceLocks(pg_url)
    try:
        assert batch.take(["Wire", "Atom"]) == {"Wire", "Atom"}  # a batch's locks share one connection
        assert other_batch.take(["Atom", "Page"]) == {"Page"}
        batch.release("Atom")  # its crawl ended: free at once, before the batch ends
        assert other_batch.take(["Atom"]) == {"Atom", "Page"}
    finally:
        batch.close()
        other_batch.close()
    assert first.acquire()  # let go with the batch's connection
    first.release()


@pytest.mark.postgres
def test_alert_cycles_run_once_per_batch_and_never_two_at_once(pg_url) -> None:
    db = Database(pg_url)
    runtime = WorkerRuntime(_config(pg_url), db, lambda name: [])
    running, most, cycles = [0], [0], []
    gate = threading.Lock()

    def cycle() -> None:
        with gate:
            running[0] += 1
            most[0] = max(most[0], running[0])
        threading.Event().wait(0.2)
        with gate:
            running[0] -= 1
        cycles.append(1)

    try:
        assert alert_cycle(runtime, cycle) == 0  # nothing flagged: no cycle
        for _ in range(5):  # five crawls finished together
            cluster.request_alerts(db.engine)
        threads = [threading.Thread(target=alert_cycle, args=(runtime, cycle)) for _ in range(5)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert most[0] == 1 and 1 <= len(cycles) <= 2
        assert cluster.alerts_requested(db.engine) is None
    finally:
        db.dispose()


def _messages(queue: str) -> list[tuple[str, list]]:
    """The (task, args) of the messages waiting in ``queue``, taken off it (Celery's message protocol 2)."""
    from kombu import Connection

    found = []
    with Connection(BROKER, connect_timeout=5) as conn:
        while (message := conn.default_channel.basic_get(queue, no_ack=True)) is not None:
            args, _kwargs, _embed = json.loads(message.body)
            found.append((message.headers["task"], args))
    return found


@pytest.mark.postgres
def test_due_sources_go_out_in_batches_and_again_only_after_their_crawl(pg_url) -> None:
    require_broker()
    queue = f"swapwatch.test.{uuid.uuid4().hex[:8]}"
    config, db = _config(pg_url, queue, extra="batch_size = 2\n"), Database(pg_url)
    planned: list[str] = []
    batcher = CrawlBatcher(cluster.make_app(config.cluster), config.cluster, db, on_sent=planned.extend)
    try:
        for name in ("Wire", "Atom", "Page"):
            batcher.add(name, 60)
        assert batcher.flush() == {} and planned == ["Wire", "Atom", "Page"]
        status = cluster_status(config, [{"source": "Wire", "last_crawl": None}])
        # workers: whoever answers on this broker (other runs may share it); the queue is this test's own
        assert status["queue_depth"] == 2 and isinstance(status["workers"], list) and status["error"] is None
        assert status["broker"] == "amqp://guest:**@127.0.0.1:5672//"  # the password is not shown
        batcher.add("Wire", 60)  # its crawl has not finished: no second message, but its turn is taken
        assert batcher.flush() == {} and planned[-1] == "Wire"
        cluster_marks.crawls_done(db.engine, ["Wire"])
        batcher.add("Wire", 60)
        batcher.add("Atom", 0)  # a flag older than its limit is taken as lost (a purged queue): sent again
        batcher.flush()
        assert _messages(queue) == [(cluster.BATCH_TASK, [["Wire", "Atom"]]), (cluster.BATCH_TASK, [["Page"]]),
                                    (cluster.BATCH_TASK, [["Wire", "Atom"]])]
        assert cluster_marks.still_queued(db.engine, ["Wire", "Atom", "Page", "Other"]) == {"Wire", "Atom", "Page"}
    finally:
        delete_queue(queue)
        db.dispose()


@pytest.mark.postgres
def test_a_batch_settles_each_source_as_it_ends_and_a_redelivery_skips_them(pg_url, tmp_path) -> None:
    """The batch's child reports one source finished, then dies: that source is settled (flag down, lock free), the
    other is recorded as crashed on its own; the same batch delivered again finds nothing left to crawl."""
    child = tmp_path / "child.py"
    child.write_text("import json, os, signal, sys\n"
                     "print(json.dumps({'finished': {'name': sys.argv[1], 'status': 'ok'}}), flush=True)\n"
                     "os.kill(os.getpid(), signal.SIGKILL)\n")
    text = PG_CONFIG.format(url=pg_url, broker=BROKER, queue="q") + "".join(
        f'[[sources]]\nname = "{n}"\nurl = "http://127.0.0.1:9/{n}.xml"\n' for n in ("Wire", "Atom"))
    db = Database(pg_url)
    runtime = WorkerRuntime(parse_config(text, Path("t.toml")), db, lambda names, _: [sys.executable, str(child),
                                                                                       names[0]])
    wanted: list[int] = []
    runtime.alerts_wanted = lambda: wanted.append(1)
    try:
        cluster_marks.raise_flags(db.engine, ["Wire", "Atom"], 60)
        first = crawl_batch(runtime, ["Wire", "Atom", "Gone"])
        assert first == {"sources": 3, "unknown_source": 1, "skipped": 0, "statuses": {"ok": 1, "crashed": 1}}
        assert wanted and cluster_marks.still_queued(db.engine, ["Wire", "Atom"]) == set()
        with db.session() as session:
            runs = session.execute(select(Source.name, CrawlRun.status).join(CrawlRun)).all()
        assert runs == [("Atom", "crashed")]  # the child "recorded" Wire itself; Atom's crash is on Atom alone
        locks = cluster.SourceLocks(pg_url)
        assert locks.take(["Wire", "Atom"]) == {"Wire", "Atom"}  # nothing is left locked
        locks.close()
        again = crawl_batch(runtime, ["Wire", "Atom"], redelivered=True)
        assert again["skipped"] == 2 and again["statuses"] == {}
    finally:
        db.dispose()


def test_status_reports_an_unreachable_broker_in_one_line() -> None:
    config = _config("postgresql+psycopg://u@127.0.0.1/db", broker="amqp://guest:secret@127.0.0.1:1//")
    status = cluster_status(config, [])
    assert status["workers"] is None and status["error"].startswith("broker unreachable")
    assert "secret" not in status["error"] and "secret" not in status["broker"]


def test_source_lag_is_time_behind_schedule() -> None:
    now = utcnow()
    from datetime import timedelta

    assert source_lag(60, now - timedelta(seconds=90), now) == 30
    assert source_lag(60, now - timedelta(seconds=30), now) == 0
    assert source_lag(60, None, now) is None


def test_deploy_has_a_worker_unit_and_a_valid_cluster_example(monkeypatch) -> None:
    monkeypatch.delenv("SWAPWATCH_DATABASE_URL", raising=False)
    config = load_config(DEPLOY / "swapwatch-cluster.example.toml")
    assert config.cluster is not None and config.storage.url.startswith("postgresql")
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.read(DEPLOY / "swapwatch-worker.service")
    service = unit["Service"]
    assert service["ExecStart"].split()[-1] == "worker" and service["Restart"] == "on-failure"
    assert service["RestartPreventExitStatus"] == "2" and service["KillSignal"] == "SIGTERM"


@pytest.mark.postgres
def test_several_deliverers_at_once_send_each_outbox_row_once(pg_url) -> None:
    """Workers deliver after their alert cycles while `run` drains the outbox: the claims let one of them send each."""
    from alerts_support import WebhookSink, alerts_config

    from alerts import deliver_pending
    from alerts.masking import target_id
    from storage import Alert

    sink = WebhookSink()
    cfg = alerts_config(urls=[sink.url])
    dbs = [Database(pg_url) for _ in range(4)]
    now = utcnow()
    try:
        with dbs[0].session() as session:
            session.add_all(Alert(
                idempotency_key=f"event:{i}:r1:{target_id(sink.url)}", kind="new_event", target=target_id(sink.url),
                target_label="hook", title=f"alert {i}", body=f"body {i}", status="pending", attempts=0,
                next_attempt_at=now, created_at=now,
            ) for i in range(40))
        barrier = threading.Barrier(len(dbs))

        def deliver(db: Database) -> None:
            barrier.wait()
            deliver_pending(db, cfg)

        threads = [threading.Thread(target=deliver, args=(db,)) for db in dbs]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        titles = sorted(m["title"] for m in sink.received)
        assert titles == sorted(f"alert {i}" for i in range(40))  # each once, none lost
        with dbs[0].session() as session:
            rows = session.scalars(select(Alert)).all()
        assert {(r.status, r.attempts) for r in rows} == {("sent", 1)}  # no row was claimed twice
    finally:
        sink.close()
        for db in dbs:
            db.dispose()


@pytest.mark.postgres
def test_a_row_another_deliverer_is_claiming_is_passed_over_at_once(pg_url) -> None:
    """FOR UPDATE SKIP LOCKED: a claim never queues behind another deliverer's lock on the row; it goes on to the next
    row, and the locked one stays as it was for its holder."""
    from alerts.delivery import claim
    from storage import Alert

    db, holder = Database(pg_url), Database(pg_url)
    now = utcnow()
    try:
        with db.session() as session:
            session.add_all(Alert(idempotency_key=f"k{i}", kind="new_event", target="t", target_label="t",
                                  title="t", body="b", status="pending", attempts=0, next_attempt_at=now,
                                  created_at=now) for i in range(2))
        with db.session() as session:
            first, second = session.scalars(select(Alert).order_by(Alert.id)).all()
        with holder.engine.connect() as conn, conn.begin():
            conn.execute(select(Alert.id).where(Alert.id == first.id).with_for_update())  # held: a claim in flight
            outcome: list[bool] = []
            tried = threading.Thread(target=lambda: outcome.append(claim(db, first, now, timedelta(minutes=5))))
            tried.start()
            tried.join(10)
            assert not tried.is_alive() and outcome == [False]  # skipped, not blocked until the holder commits
            assert claim(db, second, now, timedelta(minutes=5))
        with db.session() as session:
            assert [(r.status, r.attempts) for r in session.scalars(select(Alert).order_by(Alert.id))] == [
                ("pending", 0), ("sending", 1)]
    finally:
        db.dispose()
        holder.dispose()


def test_a_batch_child_stops_each_source_at_its_own_time_limit(tmp_path) -> None:
    """Scrapy's CLOSESPIDER_TIMEOUT per source in a batch child: a slow source is closed (and recorded as failed)
    without holding up the batch; a single-machine crawl keeps no such limit (its child has the whole timeout)."""
    from crawler.run import scrapy_settings
    from crawler.runtime import Runtime

    config = parse_config(f'[storage]\nurl = "sqlite:///{tmp_path}/sw.db"\n', Path("t.toml"))
    runtime = Runtime(db=None, crawl=config.crawl)  # type: ignore[arg-type] - settings only, no crawl
    try:
        assert scrapy_settings(config, runtime, source_timeout=90).getfloat("CLOSESPIDER_TIMEOUT") == 90
        assert scrapy_settings(config, runtime).getfloat("CLOSESPIDER_TIMEOUT") == 0  # Scrapy's default: none
    finally:
        runtime.close()
