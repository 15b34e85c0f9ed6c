"""Score the extractor on a labelled corpus file, with the corpus's own scorer.

Shared by ``swapwatch eval`` and ``bench/extract_eval.py`` so that a researcher checking the extractor on
their own articles, CI's accuracy gate and the benchmark all print and compare the same numbers.
``corpus_score`` is a verbatim copy of the corpus's ``score.py`` (a test keeps the two identical); it is
imported, never re-implemented, so every number here matches what ``score.py`` prints.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from extractor import extract
from swapwatch import corpus_score

log = logging.getLogger(__name__)

PARTS = ("all", "design", "aside")


def in_part(record_id: str, part: str) -> bool:
    """The fixed split: ``aside`` is sha1(id) % 3 == 0 (the stand-in for unseen reports), ``design`` the rest."""
    if part == "all":
        return True
    aside = int(hashlib.sha1(record_id.encode()).hexdigest(), 16) % 3 == 0
    return aside if part == "aside" else not aside


def read_gold(path: Path, part: str = "all") -> list[dict[str, Any]]:
    """The records of ``part`` in a corpus-format file; lines that are not records are skipped with a warning."""
    records = []
    with path.open(encoding="utf-8") as src:
        for n, line in enumerate(src, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                log.warning("%s line %d: not JSON (%s); skipped", path, n, exc)
                continue
            if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                log.warning("%s line %d: no string id; skipped", path, n)
                continue
            if in_part(record["id"], part):
                records.append(_sane(record, path, n))
    return records


def _sane(record: dict[str, Any], path: Path, n: int) -> dict[str, Any]:
    """The record with the fields the scorer indexes by made safe: a language code, a list of figures."""
    if not isinstance(record.get("lang", "?"), str):
        log.warning("%s line %d: lang is not a string; counted as '?'", path, n)
        record["lang"] = "?"
    if not isinstance(record.get("figures") or [], list):
        log.warning("%s line %d: figures is not a list; taken as none", path, n)
        record["figures"] = []
    return record


def _published(record: dict[str, Any]) -> date | None:
    value = record.get("published")
    try:
        return date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        log.warning("%s: published %r is not YYYY-MM-DD; ignored", record.get("id"), value)
        return None


def predict(record: dict[str, Any]) -> dict[str, Any]:
    """The extractor's output for one corpus record, in the prediction format ``score.py`` reads."""
    text = record.get("text")
    title = record.get("title")
    result = extract(
        text if isinstance(text, str) else "",
        title=title if isinstance(title, str) else None,
        published=_published(record),
    )
    return {"id": record["id"], **result.as_dict()}


@dataclass
class Summary:
    """The headline numbers of one run, for floors and gates."""

    articles: int = 0
    micro_f1: float = 0.0
    relevance: float = 0.0
    conflict: float = 0.0
    event_date: float = 0.0
    by_lang: dict[str, Counter] = field(default_factory=dict)


def summarize(gold: list[dict[str, Any]], pred: dict[str, dict[str, Any]]) -> Summary:
    """Micro-F1 and accuracies, counted the way ``score.py`` counts them (optional figures are no error)."""
    counts: Counter = Counter()
    by_lang: dict[str, Counter] = defaultdict(Counter)
    for g in gold:
        p = pred.get(g["id"], {})
        gt, pt, go = corpus_score.triples(g), corpus_score.triples(p), corpus_score.triples(g, optional=True)
        counts["tp"] += len(gt.keys() & pt.keys())
        counts["fp"] += len(pt.keys() - gt.keys() - go.keys())
        counts["fn"] += len(gt.keys() - pt.keys())
        row = by_lang[str(g.get("lang", "?"))]
        row["n"] += 1
        row["relevant"] += bool(g.get("relevant")) == bool(p.get("relevant", False))
        row["conflict"] += p.get("conflict") == g.get("conflict")
        row["event_date"] += p.get("event_date") == g.get("event_date")
    total = Counter()
    for row in by_lang.values():
        total.update(row)
    n = max(total["n"], 1)
    f1 = corpus_score.prf(counts["tp"], counts["fp"], counts["fn"])[2]
    return Summary(total["n"], f1, total["relevant"] / n, total["conflict"] / n, total["event_date"] / n, by_lang)


@contextlib.contextmanager
def _argv(args: list[str]) -> Iterator[None]:
    saved = sys.argv
    sys.argv = args
    try:
        yield
    finally:
        sys.argv = saved


def print_report(gold_file: Path, pred_file: Path, worst: int) -> None:
    """The corpus scorer's table: per kind, per language, the worst articles (printed to stdout)."""
    with _argv(["score.py", str(gold_file), str(pred_file), "--worst", str(worst)]):
        corpus_score.main()


def language_table(summary: Summary) -> list[str]:
    """Relevance, conflict and event_date accuracy per language (``score.py`` gives only the first)."""
    lines = [f"{'lang':<6}{'n':>4}{'relevant':>10}{'conflict':>10}{'event_date':>12}"]
    for lang in sorted(summary.by_lang):
        row = summary.by_lang[lang]
        n = row["n"]
        lines.append(
            f"{lang:<6}{n:>4}{row['relevant'] / n:>10.3f}{row['conflict'] / n:>10.3f}{row['event_date'] / n:>12.3f}"
        )
    return lines


def evaluate(gold_path: Path, *, part: str = "all", worst: int = 10, predictions: Path | None = None) -> Summary:
    """Run the extractor over ``part`` of ``gold_path``, print the scorer's report, return the summary."""
    gold = read_gold(gold_path, part)
    pred = {g["id"]: predict(g) for g in gold}
    with tempfile.TemporaryDirectory() as tmp:
        gold_file = Path(tmp) / "gold.jsonl"
        gold_file.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
        pred_file = predictions or Path(tmp) / "predictions.jsonl"
        pred_file.write_text(
            "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pred.values()), encoding="utf-8"
        )
        print_report(gold_file, pred_file, worst)
    return summarize(gold, pred)
