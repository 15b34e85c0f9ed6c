"""Query benchmark: search latency, a year of events, and the events export's peak memory on SQLite.

    nice .venv/bin/python bench/query.py                 # 1,000,000 articles, 10,000 events
    nice .venv/bin/python bench/query.py --articles 100000 --db /tmp/sw-bench.db --keep

Prints p50/p95 search latency over 100 mixed queries (common words that match most of the archive,
rare words, phrases, OR, minus, language and date filters), the time to list the events of one year,
and the time and peak Python memory (tracemalloc) of exporting every event as CSV.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text  # noqa: E402

from bench.archive_gen import generate  # noqa: E402
from storage import Database, export_rows, list_events, search_articles  # noqa: E402
from swapwatch.output import write_rows  # noqa: E402

COMMON = ["exchange", "полонених", "обмін", "пленными", "prisoners", "обмен", "Ukraine", "Russia", "war"]
RARE = ["Azovstal", "Азовсталі", "Vatican", "Катару", "Ватикана", "rain", "Бахмута", "qualifier", "Sumy"]
SHAPED = ['"prisoner exchange"', '"обмін полоненими"', "Azovstal OR Азовсталі", "exchange -rate",
          '"exchange of prisoners" Turkey', "полонених -курс", "Mariupol OR Kharkiv prisoners",
          '"обмен пленными" OR "обмін полоненими"', "exchange prisoners Ukraine Russia", "hostages"]
FILTERS = [{}, {}, {}, {"lang": "en"}, {"lang": "uk"}, {"since": date(2025, 6, 1)}]


class CountingSink:
    size = 0

    def write(self, data: str) -> int:
        self.size += len(data)
        return len(data)


def mixed_queries(n: int, seed: int = 11) -> list[tuple[str, dict]]:
    rng = random.Random(seed)
    queries = []
    for i in range(n):
        pool = (COMMON, RARE, SHAPED)[i % 3]
        queries.append((rng.choice(pool), rng.choice(FILTERS)))
    return queries


def bench_search(db: Database, n: int) -> None:
    queries = mixed_queries(n)
    with db.session() as s:
        search_articles(s, "warm up the page cache")
        search_articles(s, "exchange")
        timings, slowest = [], []
        for query, filters in queries:
            start = time.perf_counter()
            page = search_articles(s, query, **filters)
            elapsed = (time.perf_counter() - start) * 1000
            timings.append(elapsed)
            slowest.append((elapsed, query, filters, len(page.hits)))
    q = statistics.quantiles(timings, n=100)
    print(f"search: {n} queries  p50 {q[49]:.1f} ms  p95 {q[94]:.1f} ms  max {max(timings):.1f} ms")
    for elapsed, query, filters, hits in sorted(slowest, reverse=True)[:3]:
        print(f"  slow: {elapsed:6.1f} ms  {query!r} {filters} -> {hits} hits")
    common = [t for (query, _), t in zip(queries, timings, strict=True) if query in COMMON]
    print(f"search, common words only: p95 {statistics.quantiles(common, n=20)[18]:.1f} ms over {len(common)}")


def bench_events(db: Database) -> None:
    start = time.perf_counter()
    with db.session() as s:
        count = sum(1 for _ in list_events(s, since=date(2024, 1, 1), until=date(2024, 12, 31)))
    print(f"events for 2024: {count} events in {(time.perf_counter() - start) * 1000:.0f} ms")


def _export_events(db: Database) -> tuple[int, int]:
    sink = CountingSink()
    with db.session() as s:
        columns, rows = export_rows(s, "events")
        return write_rows(rows, "csv", columns, out=sink), sink.size


def bench_export(db: Database) -> None:
    # timed without tracemalloc (it slows Python down several times), then measured with it
    start = time.perf_counter()
    count, size = _export_events(db)
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    _export_events(db)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    print(f"export events csv: {count} events, {size / 1e6:.1f} MB in {elapsed:.1f} s, "
          f"peak traced memory {peak / 1e6:.1f} MB; process max RSS {rss:.0f} MB")


def measure(db: Database, args: argparse.Namespace) -> None:
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} (shared 2-core machine)")
    bench_search(db, args.queries)
    bench_events(db)
    bench_export(db)


def bench_url(args: argparse.Namespace) -> None:
    db = Database(args.url)
    try:
        with db.session() as s:
            stored = s.scalar(text("SELECT count(*) FROM articles"))
        if not stored:
            start = time.perf_counter()
            generate(db.engine, args.articles, args.events or args.articles // 100)
            with db.engine.begin() as conn:
                conn.execute(text("ANALYZE"))
            print(f"generated {args.articles:,} articles in {time.perf_counter() - start:.0f} s")
        else:
            print(f"reusing {stored:,} articles at {db.engine.url.render_as_string()}")
        measure(db, args)
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--events", type=int, default=None, help="default: articles / 100")
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--db", type=Path, default=None, help="reuse (or create) this SQLite file")
    parser.add_argument("--keep", action="store_true", help="keep a generated --db for the next run")
    parser.add_argument("--url", help="an EMPTY PostgreSQL database to fill and measure instead of SQLite")
    args = parser.parse_args()
    if args.url:
        bench_url(args)
        return
    tmp = None
    path = args.db
    if path is None:
        tmp = tempfile.TemporaryDirectory(prefix="swapwatch-bench-")
        path = Path(tmp.name) / "bench.db"
    fresh = not path.exists()
    db = Database(f"sqlite:///{path}")
    try:
        if fresh:
            start = time.perf_counter()
            generate(db.engine, args.articles, args.events or args.articles // 100)
            print(f"generated {args.articles:,} articles in {time.perf_counter() - start:.0f} s "
                  f"({path.stat().st_size / 1e6:.0f} MB)")
        else:
            print(f"reusing {path} ({path.stat().st_size / 1e6:.0f} MB)")
        measure(db, args)
    finally:
        db.dispose()
        if fresh and args.db is not None and not args.keep:
            path.unlink(missing_ok=True)
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    main()
