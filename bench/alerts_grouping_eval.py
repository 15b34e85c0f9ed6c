"""How well exchange events match the corpus labels: the labelled figures of the dev corpus are stored
as the crawler would store them, grouped by ``update_events``, and compared pairwise with the gold
grouping "same conflict and same labelled event date".

Prints pairwise precision/recall over articles with a labelled event date and at least one
returned/bodies figure, and the number of events. Gold figures stand in for the extractor's output,
so this measures grouping alone. Synthetic development data: not a held-out score.
Run: .venv/bin/python bench/alerts_grouping_eval.py [path/to/dev.jsonl]
"""

from __future__ import annotations

import itertools
import json
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from alerts import update_events
from storage import Database
from storage.models import Article, EventArticle, Figure, Source
from swapwatch.config import AlertsConfig

# the extractor's copy in the repository, else the shared one
CANDIDATES = (Path(__file__).resolve().parent.parent / "tests/data/corpus/dev.jsonl",
              Path("/work/shared/corpus/dev.jsonl"))
EXCHANGE = {"returned", "bodies_returned"}


def load(path: Path) -> list[dict]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in records if r["relevant"] and any(f["kind"] in EXCHANGE for f in r["figures"])]


def store(db: Database, records: list[dict], dates: bool) -> dict[int, dict]:
    by_id = {}
    with db.session() as session:
        for i, r in enumerate(records):
            source = Source(name=f"{r['id']} outlet", url=f"https://o{i}.example/rss")
            published = date.fromisoformat(r["published"]) if r["published"] else None
            event_date = date.fromisoformat(r["event_date"]) if r["event_date"] and dates else None
            article = Article(url=f"https://o{i}.example/{r['id']}", source=source, published=published,
                              event_date=event_date, conflict=r["conflict"], relevant=True, lang=r["lang"])
            session.add(article)
            session.flush()
            for f in r["figures"]:
                session.add(Figure(article_id=article.id, kind=f["kind"], side=f["side"], value=f["value"],
                                   approx=f["approx"], event_date=event_date, evidence=""))
            by_id[article.id] = r
    return by_id


def evaluate(records: list[dict], dates: bool) -> str:
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'eval.db'}")
        by_id = store(db, records, dates)
        update_events(db, AlertsConfig(), now=datetime(2026, 1, 1, tzinfo=UTC))
        with db.session() as session:
            links = session.execute(select(EventArticle.article_id, EventArticle.event_id)).all()
        db.dispose()
    predicted = dict(links)
    dated = [a for a, r in by_id.items() if r["event_date"]]
    tp = fp = fn = 0
    for a, b in itertools.combinations(dated, 2):
        gold = (by_id[a]["conflict"], by_id[a]["event_date"]) == (by_id[b]["conflict"], by_id[b]["event_date"])
        same = a in predicted and predicted.get(a) == predicted.get(b)
        tp, fp, fn = tp + (gold and same), fp + (same and not gold), fn + (gold and not same)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return (f"{len(set(predicted.values()))} events, {len(by_id) - len(predicted)} article(s) in none; "
            f"same-event pairs: precision {precision:.3f}, recall {recall:.3f} (tp={tp} fp={fp} fn={fn})")


def main() -> None:
    paths = [Path(sys.argv[1])] if len(sys.argv) > 1 else [p for p in CANDIDATES if p.exists()]
    if not paths or not paths[0].exists():
        print("no dev.jsonl found (pass its path); nothing to evaluate")
        return
    records = load(paths[0])
    print(f"{len(records)} exchange articles, {sum(1 for r in records if r['event_date'])} with a labelled date")
    print("with the labelled event dates:      ", evaluate(records, dates=True))
    print("publication dates only (no extractor date):", evaluate(records, dates=False))


if __name__ == "__main__":
    main()
