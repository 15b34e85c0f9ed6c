"""`swapwatch eval`: the corpus scorer's table on a user's own labelled file, and exit codes for CI floors."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from swapwatch.cli import _register, app
from swapwatch.evaluate import in_part

_register()
runner = CliRunner()
CORPUS = Path(__file__).parent / "data" / "corpus"

GOLD = [
    {
        "id": "mine-en-1", "lang": "en", "published": "2024-05-31",
        "title": "Russia and Ukraine swap 75 prisoners of war each",
        "text": "Russia and Ukraine exchanged 75 prisoners of war each on Friday, both sides said.",
        "relevant": True, "conflict": "RU-UA", "event_date": "2024-05-31",
        "figures": [{"kind": "returned", "side": "UA", "value": 75, "approx": False},
                    {"kind": "returned", "side": "RU", "value": 75, "approx": False}],
    },
    {
        "id": "mine-en-2", "lang": "en", "published": "2024-05-31", "title": "Hryvnia exchange rate steady",
        "text": "The exchange rate of the hryvnia held at 40.5 to the dollar on the interbank market.",
        "relevant": False, "conflict": None, "event_date": None, "figures": [],
    },
]


def _gold(tmp_path: Path, records: list[dict] = GOLD) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_prints_the_scorer_table_and_keeps_predictions(tmp_path) -> None:
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(app, ["eval", str(_gold(tmp_path)), "--predictions", str(out), "--by-lang"])
    assert result.exit_code == 0, result.output
    assert "gold articles: 2   predicted: 2" in result.output
    assert "relevance accuracy: 2/2 = 1.0000" in result.output
    assert "micro F1 over (kind, side, value): 1.0000" in result.output
    assert "event_date accuracy (articles whose prediction has it): 2/2" in result.output
    assert "lang     n  relevant  conflict  event_date\nen       2     1.000     1.000       1.000" in result.output
    preds = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [p["id"] for p in preds] == ["mine-en-1", "mine-en-2"] and preds[1]["relevant"] is False


def test_floors_set_the_exit_code(tmp_path) -> None:
    # a wrong label makes the run miss a floor: exit 1 with the reason on stderr
    wrong = [dict(GOLD[0], figures=[{"kind": "returned", "side": "UA", "value": 76, "approx": False}]), GOLD[1]]
    gold = _gold(tmp_path, wrong)
    met = runner.invoke(app, ["eval", str(gold), "--min-relevance", "1.0"])
    assert met.exit_code == 0, met.output
    missed = runner.invoke(app, ["eval", str(gold), "--min-f1", "0.9", "--min-relevance", "1.0"])
    assert missed.exit_code == 1
    assert "micro F1 0.0000 is below --min-f1 0.9" in missed.output
    assert "is below --min-relevance" not in missed.output  # the floor that was met is not reported


def test_bad_input_is_one_clear_line(tmp_path) -> None:
    missing = runner.invoke(app, ["eval", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 2 and "no such file" in missing.output
    bad_part = runner.invoke(app, ["eval", str(_gold(tmp_path)), "--part", "half"])
    assert bad_part.exit_code == 2 and "--part must be one of" in bad_part.output
    bad_floor = runner.invoke(app, ["eval", str(_gold(tmp_path)), "--min-f1", "90"])
    assert bad_floor.exit_code == 2 and "between 0 and 1" in bad_floor.output
    junk = tmp_path / "junk.jsonl"
    junk.write_text("not json\n[1, 2]\n", encoding="utf-8")
    empty = runner.invoke(app, ["eval", str(junk)])
    assert empty.exit_code == 2 and "no labelled articles" in empty.output


def test_a_bad_record_is_skipped_not_fatal(tmp_path) -> None:
    gold = tmp_path / "gold.jsonl"
    odd = dict(GOLD[1], id="mine-en-3", published="last week", text=None, title=7, lang=["en"], figures=5)
    gold.write_text("{broken\n" + json.dumps(GOLD[0]) + "\n" + json.dumps(odd) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold)])
    assert result.exit_code == 0, result.output
    assert "gold articles: 2   predicted: 2" in result.output


def test_parts_split_the_file_by_the_fixed_rule(tmp_path) -> None:
    records = [dict(GOLD[1], id=f"x-{i}") for i in range(12)]
    aside = sum(in_part(r["id"], "aside") for r in records)
    assert 0 < aside < 12
    result = runner.invoke(app, ["eval", str(_gold(tmp_path, records)), "--part", "aside"])
    assert f"gold articles: {aside}   predicted: {aside}" in result.output


def test_the_shipped_scorer_is_the_corpus_scorer() -> None:
    shipped = Path(__file__).parent.parent / "swapwatch" / "corpus_score.py"
    assert shipped.read_bytes() == (CORPUS / "score.py").read_bytes()
