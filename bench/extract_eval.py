"""Score the extractor on a labelled corpus: per-kind P/R/F1, micro-F1 and relevance accuracy.

Usage: python bench/extract_eval.py [CORPUS.jsonl] [--worst N] [--predictions OUT.jsonl] [--part design|aside|all]

``--part``: a third of each corpus (``sha1(id) % 3 == 0``) is set aside as the closest stand-in for the private
evaluation on real reports. Design on ``design`` (the other two thirds) without reading the set-aside articles;
score ``aside`` after each major change, and look at its worst articles only at the very end.
The scoring is the corpus's own score.py (imported, not re-implemented), so numbers match it exactly.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import extract  # noqa: E402

DEFAULT_CORPUS = ROOT / "tests" / "data" / "corpus" / "dev.jsonl"
SCORER = ROOT / "tests" / "data" / "corpus" / "score.py"


def in_part(record_id: str, part: str) -> bool:
    """The fixed split: ``aside`` is sha1(id) % 3 == 0, ``design`` the rest, ``all`` everything."""
    if part == "all":
        return True
    aside = int(hashlib.sha1(record_id.encode()).hexdigest(), 16) % 3 == 0
    return aside if part == "aside" else not aside


def select(corpus: Path, part: str, dest: Path) -> Path:
    """Write the records of ``part`` to ``dest`` (the scorer then sees only them as gold)."""
    if part == "all":
        return corpus
    with corpus.open(encoding="utf-8") as src, dest.open("w", encoding="utf-8") as dst:
        for line in src:
            if line.strip() and in_part(json.loads(line)["id"], part):
                dst.write(line)
    return dest


def predict(record: dict) -> dict:
    published = date.fromisoformat(record["published"]) if record.get("published") else None
    result = extract(record.get("text") or "", title=record.get("title"), published=published)
    return {"id": record["id"], **result.as_dict()}


def write_predictions(corpus: Path, out: Path) -> int:
    count = 0
    with corpus.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if line.strip():
                dst.write(json.dumps(predict(json.loads(line)), ensure_ascii=False) + "\n")
                count += 1
    return count


def run_scorer(gold: Path, pred: Path, worst: int) -> int:
    spec = importlib.util.spec_from_file_location("corpus_score", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    saved = sys.argv
    sys.argv = ["score.py", str(gold), str(pred), "--worst", str(worst)]
    try:
        return scorer.main()
    finally:
        sys.argv = saved


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--worst", type=int, default=10)
    ap.add_argument("--predictions", help="keep the predictions in this file")
    ap.add_argument("--part", choices=("all", "design", "aside"), default="all", help="the fixed split (see above)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = select(Path(args.corpus), args.part, Path(tmp) / "gold.jsonl")
        out = Path(args.predictions) if args.predictions else Path(tmp) / "predictions.jsonl"
        write_predictions(corpus, out)
        return run_scorer(corpus, out, args.worst)


if __name__ == "__main__":
    sys.exit(main())
