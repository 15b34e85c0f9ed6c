"""`swapwatch extract` through the real CLI: text and HTML files, stdin, bad paths, and the scorer."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from typer.testing import CliRunner

from swapwatch.cli import _register, app

_register()
runner = CliRunner()
CORPUS = Path(__file__).parent / "data" / "corpus"

ARTICLE_HTML = """<!doctype html><html lang="en"><head><title>Swap | Example Wire</title>
<link rel="canonical" href="https://example.org/news/swap-95">
<meta property="article:published_time" content="2024-10-20T09:00:00Z"></head>
<body><nav><ul><li>Home</li><li>World</li><li>Markets: 1,234 points</li></ul></nav>
<div class="ticker">Dollar 41.25 | 300 killed in floods | 500 prisoners freed in Peru</div>
<article><h1>Ukraine and Russia swap prisoners</h1>
<p>Ukraine and Russia exchanged 95 prisoners of war each on Friday, officials in Kyiv and Moscow said,
in a swap mediated by the United Arab Emirates.</p>
<p>Those freed included soldiers captured in the Kharkiv region, the coordination headquarters said.
Relatives gathered at a hospital to greet them, and doctors said most were in stable condition.</p>
<p>It was the 58th exchange since the start of the full-scale invasion, the headquarters added.</p></article>
<aside class="most-read"><h3>Most read</h3><ol><li>200 Ukrainians freed in earlier swap</li></ol></aside>
<footer>Call 0 800 500 225. © 2024 Example Wire, 1,000 employees.</footer></body></html>"""


def _write(tmp_path: Path) -> tuple[Path, Path]:
    text = tmp_path / "swap.txt"
    text.write_text("Ukraine brings home 25 POWs\nUkraine brought home 25 prisoners of war on Sunday.\n", "utf-8")
    html = tmp_path / "swap.html"
    html.write_text(ARTICLE_HTML, "utf-8")
    return text, html


def test_jsonl_for_text_and_html(tmp_path: Path) -> None:
    text, html = _write(tmp_path)
    result = runner.invoke(app, ["extract", str(text), str(html), "--published", "2025-01-05"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"] for r in rows] == [str(text), str(html)]
    assert set(rows[0]) == {"path", "relevant", "conflict", "lang", "event_date", "figures"}
    assert rows[0]["event_date"] == "2025-01-05"
    assert [(f["kind"], f["side"], f["value"]) for f in rows[0]["figures"]] == [("returned", "UA", 25)]
    assert set(rows[0]["figures"][0]) == {"kind", "side", "value", "approx", "evidence", "role", "confidence"}
    # boilerplate numbers (ticker, "most read", footer) never become figures
    assert {(f["kind"], f["side"], f["value"]) for f in rows[1]["figures"]} == {
        ("returned", "UA", 95), ("returned", "RU", 95), ("total_exchanges", None, 58)}
    assert rows[1]["event_date"] == "2024-10-18"


def test_json_and_table_formats(tmp_path: Path) -> None:
    text, _ = _write(tmp_path)
    as_json = runner.invoke(app, ["extract", str(text), "--format", "json"])
    assert as_json.exit_code == 0 and json.loads(as_json.stdout)[0]["relevant"] is True
    table = runner.invoke(app, ["extract", str(text), "--format", "table"])
    assert table.exit_code == 0 and "returned:UA=25" in table.stdout
    bad = runner.invoke(app, ["extract", str(text), "--format", "xml"])
    assert bad.exit_code == 2 and "--format" in bad.output


def test_stdin_and_unreadable_files(tmp_path: Path) -> None:
    text, _ = _write(tmp_path)
    piped = runner.invoke(app, ["extract", "-"], input="Swap\nRussia received 63 soldiers in a prisoner exchange.\n")
    assert piped.exit_code == 0 and json.loads(piped.stdout)["figures"][0]["side"] == "RU"
    missing = tmp_path / "nope.txt"
    mixed = runner.invoke(app, ["extract", str(missing), str(text)])
    assert mixed.exit_code == 0
    assert f"{missing}: cannot read" in mixed.stderr
    assert json.loads(mixed.stdout)["path"] == str(text)
    all_bad = runner.invoke(app, ["extract", str(missing), str(tmp_path)])
    assert all_bad.exit_code == 1 and all_bad.stdout == ""


def test_garbage_files_give_empty_results(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(bytes(range(256)) * 100)
    page = tmp_path / "garbage.html"
    page.write_bytes(b"\xff\xfe<html>\x00\x00" * 100)
    result = runner.invoke(app, ["extract", str(garbage), str(page)])
    assert result.exit_code == 0
    assert [json.loads(line)["figures"] for line in result.stdout.splitlines()] == [[], []]


def test_cli_output_scored_by_score_py_matches_the_eval(tmp_path: Path, capsys) -> None:
    """Articles saved as files, run through the CLI, scored by score.py = the eval's numbers."""
    from swapwatch.evaluate import predict

    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = [json.loads(line) for line in (CORPUS / "dev.jsonl").read_text("utf-8").splitlines() if line.strip()]
    paths = []
    for rec in gold:
        path = tmp_path / f"{rec['id']}.txt"
        path.write_text(f"{rec['title']}\n{rec['text']}\n", "utf-8")
        paths.append(str(path))
    # one --published for all would change event dates only; figures and relevance do not depend on it
    result = runner.invoke(app, ["extract", *paths])
    assert result.exit_code == 0
    cli_pred = tmp_path / "cli.jsonl"
    cli_pred.write_text(result.stdout, "utf-8")
    eval_pred = tmp_path / "eval.jsonl"
    eval_pred.write_text("".join(json.dumps(predict(rec)) + "\n" for rec in gold), "utf-8")

    def report(pred: Path) -> list[str]:
        saved = sys.argv
        sys.argv = ["score.py", str(CORPUS / "dev.jsonl"), str(pred)]
        try:
            score.main()
        finally:
            sys.argv = saved
        out = capsys.readouterr().out
        return [line for line in out.splitlines() if line.startswith(("ALL (micro)", "micro F1", "relevance"))]

    cli_lines, eval_lines = report(cli_pred), report(eval_pred)
    assert len(cli_lines) == 3 and cli_lines == eval_lines
