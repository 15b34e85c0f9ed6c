"""Score the extractor on a labelled corpus: per-kind P/R/F1, micro-F1 and relevance accuracy.

Usage: python bench/extract_eval.py [CORPUS.jsonl] [--worst N] [--predictions OUT.jsonl] [--part design|aside|all]

The same as ``swapwatch eval`` (both call ``swapwatch.evaluate``), kept so ``make eval`` / ``make bench`` work
without the console script. ``--part``: a third of each corpus (``sha1(id) % 3 == 0``) is set aside as the
closest stand-in for the private evaluation on real reports. Design on ``design`` (the other two thirds)
without reading the set-aside articles; score ``aside`` after each major change, and look at its worst
articles only at the very end. The scoring is the corpus's own score.py, so numbers match it exactly.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# predict and in_part are re-exported: tests and scripts import them from here
from swapwatch.evaluate import PARTS, evaluate, in_part, language_table, predict  # noqa: E402

__all__ = ["in_part", "main", "predict"]

DEFAULT_CORPUS = ROOT / "tests" / "data" / "corpus" / "dev.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--worst", type=int, default=10)
    ap.add_argument("--predictions", help="keep the predictions in this file")
    ap.add_argument("--part", choices=PARTS, default="all", help="the fixed split (see above)")
    ap.add_argument("--by-lang", action="store_true", help="conflict and event_date accuracy per language")
    args = ap.parse_args()
    predictions = Path(args.predictions) if args.predictions else None
    summary = evaluate(Path(args.corpus), part=args.part, worst=args.worst, predictions=predictions)
    if args.by_lang:
        print()
        print("\n".join(language_table(summary)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
