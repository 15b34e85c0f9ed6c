"""How long an alert cycle takes on a backlog: N exchange events, each reported by several outlets.

Prints the time of the first cycle (grouping the whole backlog and writing outbox rows), of a second
one with nothing new (the steady state), and of one new article joining an existing event.
Run: .venv/bin/python bench/alerts_cycle.py [EVENTS] [OUTLETS]   (SQLite in a temporary folder)
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from alerts import update_events
from storage import Database
from storage.models import Article, Figure, Source
from swapwatch.config import AlertsConfig


def seed(db: Database, events: int, outlets: int) -> None:
    start = date(2022, 3, 1)
    with db.session() as session:
        sources = [Source(name=f"Outlet {i}", url=f"https://o{i}.example/rss") for i in range(outlets)]
        session.add_all(sources)
        session.flush()
        for e in range(events):
            day = start + timedelta(days=3 * e)
            for o, source in enumerate(sources):
                article = Article(url=f"https://o{o}.example/{e}", source_id=source.id, published=day,
                                  event_date=day, conflict="RU-UA", relevant=True, lang="en")
                session.add(article)
                session.flush()
                session.add_all([
                    Figure(article_id=article.id, kind="returned", side="UA", value=100 + e, evidence="…"),
                    Figure(article_id=article.id, kind="returned", side="RU", value=100 + e, evidence="…"),
                    Figure(article_id=article.id, kind="total_exchanges", side=None, value=e + 1, evidence="…"),
                ])


def timed(label: str, fn) -> None:
    began = time.perf_counter()
    result = fn()
    print(f"{label}: {time.perf_counter() - began:.2f} s ({len(result)} event changes)")


def main() -> None:
    events = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    outlets = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    cfg = AlertsConfig(urls=["json://127.0.0.1:9/a", "mailto://u:p@127.0.0.1:9?from=a@b.org&to=c@d.org"])
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'bench.db'}")
        seed(db, events, outlets)
        now = datetime(2026, 1, 1, tzinfo=UTC)
        print(f"{events} events × {outlets} outlets = {events * outlets} articles, {events * outlets * 3} figures")
        timed("first cycle (whole backlog)", lambda: update_events(db, cfg, now=now))
        timed("second cycle (nothing new)", lambda: update_events(db, cfg, now=now + timedelta(minutes=5)))
        with db.session() as session:
            article = Article(url="https://late.example/1", published=date(2022, 3, 1), event_date=date(2022, 3, 1),
                              conflict="RU-UA", relevant=True)
            session.add(article)
            session.flush()
            session.add(Figure(article_id=article.id, kind="returned", side="UA", value=100, evidence="…"))
        timed("one new report of an old event", lambda: update_events(db, cfg, now=now + timedelta(minutes=10)))
        db.dispose()


if __name__ == "__main__":
    main()
