"""Web benchmark: latency of the dashboard's pages and the JSON API, and requests/s at 8 concurrent clients.

    nice .venv/bin/python bench/web.py                              # 100,000 articles, 1,000 events
    nice .venv/bin/python bench/web.py --articles 1000000 --db /tmp/sw-web.db --keep   # the issue's size

The archive comes from bench/archive_gen.py (SQLite); `swapwatch serve` runs in its own process (as in
production, so the clients here do not share its interpreter) with the rate limit off. Prints p50/p95 per
endpoint over --requests sequential requests on one kept-alive connection, then requests/s of a mixed load
from --clients threads. Goals (issue #16): p95 ≤ 100 ms for pages, ≤ 50 ms for the API.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from bench.archive_gen import generate  # noqa: E402
from storage import Database, ExchangeEvent  # noqa: E402

WORDS = ["exchange", "полонених", "обмін", "Azovstal", '"prisoner exchange"', "Vatican", "exchange -rate",
         "Mariupol OR Kharkiv prisoners", "пленными", "hostages"]
PAGE_GOAL, API_GOAL = 100.0, 50.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def endpoints(ids: list[int], rng: random.Random) -> dict[str, tuple[str, callable]]:
    """name → (kind, a function giving the next path)."""
    return {
        "page /": ("page", lambda: "/"),
        "page /events": ("page", lambda: "/events"),
        "page /events/{id}": ("page", lambda: f"/events/{rng.choice(ids)}"),
        "page /search": ("page", lambda: "/search?q=" + quote(rng.choice(WORDS))),
        "page /timeline": ("page", lambda: "/timeline"),
        "api /events": ("api", lambda: "/api/v1/events?limit=50"),
        "api /events?conflict&since": ("api", lambda: "/api/v1/events?conflict=RU-UA&since=2024-01-01"),
        "api /events/{id}": ("api", lambda: f"/api/v1/events/{rng.choice(ids)}"),
        "api /search": ("api", lambda: "/api/v1/search?q=" + quote(rng.choice(WORDS))),
    }


def fetch(conn: http.client.HTTPConnection, path: str) -> float:
    start = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    response.read()
    if response.status != 200:
        raise RuntimeError(f"{path}: HTTP {response.status}")
    return (time.perf_counter() - start) * 1000


def latency(port: int, table: dict, n: int) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    print(f"{'endpoint':32} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  goal")
    for name, (kind, path) in table.items():
        for _ in range(3):  # warm caches (templates, SQLite pages)
            fetch(conn, path())
        times = sorted(fetch(conn, path()) for _ in range(n))
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        goal = PAGE_GOAL if kind == "page" else API_GOAL
        print(f"{name:32} {statistics.median(times):8.1f} {p95:8.1f} {times[-1]:8.1f}  "
              f"p95 ≤ {goal:.0f}: {'yes' if p95 <= goal else 'NO'}")
    conn.close()


def throughput(port: int, table: dict, clients: int, seconds: float) -> None:
    paths = [path for _, path in table.values()]
    done, errors = [0] * clients, [0] * clients
    stop = time.monotonic() + seconds

    def client(i: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        rng = random.Random(i)
        while time.monotonic() < stop:
            try:
                fetch(conn, rng.choice(paths)())
                done[i] += 1
            except (RuntimeError, OSError, http.client.HTTPException):
                errors[i] += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    print(f"mixed load, {clients} concurrent clients for {elapsed:.0f} s: {sum(done) / elapsed:.0f} requests/s "
          f"({sum(done)} answered, {sum(errors)} errors)")


def serve(path: Path, port: int, folder: Path) -> subprocess.Popen:
    config = folder / "bench-web.toml"
    config.write_text(f'[storage]\nurl = "sqlite:///{path}"\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SWAPWATCH_")}
    proc = subprocess.Popen([sys.executable, "-m", "swapwatch.cli", "--config", str(config), "serve",
                             "--port", str(port), "--rate", "0"], env=env, cwd=ROOT, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=None, help="default: articles / 100")
    parser.add_argument("--requests", type=int, default=100, help="per endpoint, for p50/p95")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--db", type=Path, default=None, help="reuse (or create) this SQLite file")
    parser.add_argument("--keep", action="store_true", help="keep a generated --db for the next run")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="swapwatch-web-bench-")
    path = args.db or Path(tmp.name) / "bench.db"
    db = Database(f"sqlite:///{path}")
    if not path.exists() or not db.engine.connect().exec_driver_sql("SELECT count(*) FROM articles").scalar():
        start = time.perf_counter()
        generate(db.engine, args.articles, args.events or args.articles // 100)
        print(f"generated {args.articles:,} articles in {time.perf_counter() - start:.0f} s")
    with db.session() as s:
        ids = list(s.scalars(select(ExchangeEvent.id)))
        events = s.scalar(select(func.count()).select_from(ExchangeEvent))
    db.dispose()
    print(f"archive: {path} ({path.stat().st_size / 1e6:.0f} MB), {events:,} events; "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} (shared 2-core machine)")
    port = free_port()
    proc = serve(path, port, Path(tmp.name))
    try:
        table = endpoints(ids, random.Random(5))
        latency(port, table, args.requests)
        throughput(port, table, args.clients, args.seconds)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        if args.db and not args.keep:
            path.unlink(missing_ok=True)
        tmp.cleanup()


if __name__ == "__main__":
    main()
