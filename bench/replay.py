"""Replay the dev sets as a news stream through extract → store → events → alerts, with and without the hold.

Each record of ``tests/data/corpus/dev.jsonl`` and ``dev_real.jsonl`` is one article from its own outlet, read by
the running extractor and stored through the crawler's own write path (``crawler.store.save_article``; feeding the
store directly instead of crawling 369 pages off the sample site keeps a run under a minute and changes nothing
downstream). After each article the real alert step (``alerts.update_events``) runs, with "now" the article's
date, and every announced change (new exchange or revision) counts as an alert.

An alert is *correct* when every exchange figure it states (returned / bodies returned, per side) is a gold
figure of one of the event's articles (same kind and side; the same value, or within 10% where either is
approximate). Per ``min_confidence`` it prints alerts, correct alerts, precision, and how the hold moved the
first correct alert of each event: delayed (by how many articles and days of the stream) or lost.

Stream order: publication date (else the date the extractor read, else the end), then id. Records without any
date cannot be grouped, as in the service. Development data, not a held-out score.
Run: .venv/bin/python bench/replay.py [--thresholds 0,0.5,0.6,...]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from datetime import time as clock
from pathlib import Path

from sqlalchemy import select

from alerts import update_events
from core.config import AlertsConfig, SourceConfig
from core.events import Signature
from crawler import store, work
from crawler.items import ArticleItem
from storage import Database
from storage.models import EventArticle, ExchangeEvent

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (ROOT / "tests/data/corpus/dev.jsonl", ROOT / "tests/data/corpus/dev_real.jsonl")
EXCHANGE = {"returned", "bodies_returned"}


def load() -> list[dict]:
    records = []
    for path in CORPORA:
        records += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return records


def read_all(records: list[dict]) -> list[tuple[dict, object, date | None]]:
    """Each record with the running extractor's verdict and its stream date, in stream order."""
    out = []
    for r in records:
        published = date.fromisoformat(r["published"]) if r.get("published") else None
        ex = work.extract_figures(r["text"], r.get("title") or None, published, r.get("lang"))
        out.append((r, ex, published or ex.event_date))
    return sorted(out, key=lambda t: (t[2] is None, t[2] or date.max, t[0]["id"]))


def correct(kind: str, side: str | None, value: int, approx: bool, gold: list[dict]) -> bool:
    def agrees(g: dict) -> bool:
        near = (approx or g.get("approx")) and abs(g["value"] - value) <= 0.1 * max(value, 1)
        return g["value"] == value or bool(near)

    return any(g["kind"] == kind and g["side"] == side and agrees(g) for g in gold)


@dataclass
class Run:
    threshold: float
    alerts: int = 0
    correct: int = 0
    # event id -> (stream position, stream date) of its first correct alert
    first_correct: dict[int, tuple[int, date | None]] = field(default_factory=dict)
    seconds: float = 0.0


def replay(stream: list, threshold: float) -> Run:
    run, started = Run(threshold), time.perf_counter()
    cfg = AlertsConfig(min_confidence=threshold)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{tmp}/replay.db")
        specs = store.ensure_sources(db, [SourceConfig(name=f"outlet {r['id']}", url=f"https://{r['id']}.example/")
                                          for r, _, _ in stream])
        gold_of: dict[int, list[dict]] = {}
        for position, ((record, ex, day), spec) in enumerate(zip(stream, specs, strict=True)):
            item = ArticleItem(url=f"https://{record['id']}.example/a", source=spec.name, title=record.get("title"),
                               published=day, lang=record.get("lang"), text=record["text"], extraction=ex)
            saved = store.save_article(db, spec.source_id, item)
            gold_of[saved.article_id] = record["figures"] if record["relevant"] else []
            now = datetime.combine(day or date.today(), clock(12), tzinfo=UTC)
            for change in update_events(db, cfg, now=now):
                if change.kind == "total":
                    continue
                run.alerts += 1
                if _is_correct(db, change.event_id, gold_of):
                    run.correct += 1
                    run.first_correct.setdefault(change.event_id, (position, day))
        db.dispose()
    run.seconds = time.perf_counter() - started
    return run


def _is_correct(db: Database, event_id: int, gold_of: dict[int, list[dict]]) -> bool:
    with db.session() as s:
        event = s.get(ExchangeEvent, event_id)
        members = s.scalars(select(EventArticle.article_id).where(EventArticle.event_id == event_id)).all()
        signed = Signature.parse(event.signature).values
    gold = [g for a in members for g in gold_of.get(a, [])]
    headline = [(k, s, v) for (k, s), v in signed.items() if k in EXCHANGE]
    return bool(headline) and all(correct(k, s, v.value, v.approx, gold) for k, s, v in headline)


def compare(base: Run, held: Run) -> dict:
    delayed, articles, days, lost = 0, [], [], 0
    for event_id, (pos, day) in base.first_correct.items():
        later = held.first_correct.get(event_id)
        if later is None:
            lost += 1
        elif later[0] > pos:
            delayed += 1
            articles.append(later[0] - pos)
            days.append((later[1] - day).days if later[1] and day else 0)
    return {"delayed": delayed, "lost": lost, "median_articles": _median(articles), "max_articles": max(articles,
            default=0), "median_days": _median(days), "max_days": max(days, default=0)}


def _median(values: list[int]) -> float:
    values = sorted(values)
    if not values:
        return 0
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--thresholds", default="0,0.3,0.5,0.6,0.7,0.8,0.9")
    args = parser.parse_args(argv)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    started = time.perf_counter()
    stream = read_all(load())
    print(f"{len(stream)} articles read by the extractor in {time.perf_counter() - started:.1f} s "
          f"({sum(1 for _, ex, _ in stream if ex.relevant)} relevant)")
    base = replay(stream, 0.0)
    print("min_conf  alerts  correct  precision  correct-first-alerts  delayed  lost  median/max delay "
          "(articles)  median/max delay (days)  seconds")
    for threshold in thresholds:
        run = base if threshold == 0 else replay(stream, threshold)
        c = compare(base, run)
        precision = run.correct / run.alerts if run.alerts else 0.0
        print(f"{threshold:8.2f}  {run.alerts:6d}  {run.correct:7d}  {precision:9.3f}  {len(run.first_correct):20d}  "
              f"{c['delayed']:7d}  {c['lost']:4d}  {c['median_articles']:>8}/{c['max_articles']:<19}  "
              f"{c['median_days']:>6}/{c['max_days']:<16}  {run.seconds:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
