"""Score the extractor on a labelled corpus: per-kind P/R/F1, micro-F1 and relevance accuracy.

Usage: python bench/extract_eval.py [CORPUS.jsonl] [--worst N] [--predictions OUT.jsonl]
The scoring is the corpus's own score.py (imported, not re-implemented), so numbers match it exactly.
"""

from __future__ import annotations

import argparse
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
    args = ap.parse_args()
    corpus = Path(args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.predictions) if args.predictions else Path(tmp) / "predictions.jsonl"
        write_predictions(corpus, out)
        return run_scorer(corpus, out, args.worst)


if __name__ == "__main__":
    sys.exit(main())
