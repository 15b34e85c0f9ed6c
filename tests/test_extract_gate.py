"""Quality gate: the extractor's scores on the development corpus may not fall below what was reached.

Floors sit slightly below the achieved values (see bench/extract_eval.py), so a regression fails CI.
Raise them when the extractor improves.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).parent / "data" / "corpus"
MICRO_F1_FLOOR = 0.98
RELEVANCE_FLOOR = 0.98


def _scorer():
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _predictions(gold: dict) -> dict:
    import sys

    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    from extract_eval import predict

    return {gid: predict(rec) for gid, rec in gold.items()}


def test_dev_corpus_scores_stay_above_the_floor() -> None:
    score = _scorer()
    gold = {}
    for line in (CORPUS / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            gold[rec["id"]] = rec
    pred = _predictions(gold)
    counts = Counter()
    relevant_ok = 0
    for gid, g in gold.items():
        gt, pt = score.triples(g), score.triples(pred[gid])
        counts["tp"] += len(gt.keys() & pt.keys())
        counts["fp"] += len(pt.keys() - gt.keys())
        counts["fn"] += len(gt.keys() - pt.keys())
        relevant_ok += bool(g["relevant"]) == bool(pred[gid]["relevant"])
    _, _, f1 = score.prf(counts["tp"], counts["fp"], counts["fn"])
    accuracy = relevant_ok / len(gold)
    assert len(gold) == 80
    assert f1 >= MICRO_F1_FLOOR, f"micro-F1 fell to {f1:.4f} (floor {MICRO_F1_FLOOR})"
    assert accuracy >= RELEVANCE_FLOOR, f"relevance accuracy fell to {accuracy:.4f} (floor {RELEVANCE_FLOOR})"


def test_eval_script_prints_the_scorer_report(capsys) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    import extract_eval

    saved = sys.argv
    sys.argv = ["extract_eval.py", str(CORPUS / "dev.jsonl"), "--worst", "2"]
    try:
        assert extract_eval.main() == 0
    finally:
        sys.argv = saved
    out = capsys.readouterr().out
    assert "micro F1 over (kind, side, value):" in out and "relevance accuracy:" in out
