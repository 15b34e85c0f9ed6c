"""`swapwatch eval`: score the extractor on a labelled corpus file, the way the corpus's score.py does."""

from __future__ import annotations

from pathlib import Path

import typer

from swapwatch.context import fail
from swapwatch.evaluate import PARTS, Summary, evaluate, language_table

# (option name, Summary attribute, label) of every floor a run can be held to
FLOORS = (
    ("--min-f1", "micro_f1", "micro F1"),
    ("--min-relevance", "relevance", "relevance accuracy"),
    ("--min-conflict", "conflict", "conflict accuracy"),
    ("--min-event-date", "event_date", "event_date accuracy"),
)


def _check_options(gold: Path, part: str, worst: int, floors: dict[str, float | None]) -> None:
    """One clear line and exit code 2 for a bad option, before any work."""
    if part not in PARTS:
        raise fail(f"--part must be one of {', '.join(PARTS)}, not {part!r}")
    if worst < 0:
        raise fail(f"--worst must be 0 or more, not {worst}")
    for name, value in floors.items():
        if value is not None and not 0.0 <= value <= 1.0:
            raise fail(f"{name} must be between 0 and 1, not {value}")
    if not gold.is_file():
        raise fail(f"{gold}: no such file")


def _shortfalls(summary: Summary, floors: dict[str, float | None]) -> list[str]:
    misses = []
    for name, attr, label in FLOORS:
        floor = floors[name]
        if floor is not None and getattr(summary, attr) < floor:
            misses.append(f"{label} {getattr(summary, attr):.4f} is below {name} {floor}")
    return misses


def eval_command(
    gold: Path = typer.Argument(..., help="Labelled articles, one JSON record a line (the corpus format)."),
    worst: int = typer.Option(10, "--worst", help="How many worst articles to list."),
    part: str = typer.Option("all", "--part", help="all, design, or aside (sha1(id) % 3 == 0)."),
    predictions: Path | None = typer.Option(None, "--predictions", help="Also write the predictions here."),
    by_lang: bool = typer.Option(False, "--by-lang", help="Add conflict and event_date accuracy per language."),
    min_f1: float | None = typer.Option(None, "--min-f1", help="Exit 1 when micro F1 is below this."),
    min_relevance: float | None = typer.Option(None, "--min-relevance", help="Exit 1 when relevance is below."),
    min_conflict: float | None = typer.Option(None, "--min-conflict", help="Exit 1 when conflict accuracy is below."),
    min_event_date: float | None = typer.Option(None, "--min-event-date", help="Exit 1 when event_date is below."),
) -> None:
    """Run the extractor on labelled articles and print per-kind, per-language and worst-article scores.

    GOLD holds one record a line: id, lang, published, title, text, relevant, conflict, event_date and
    figures (see the corpus README). The report is the corpus scorer's own. With a --min-* floor the exit
    code is 1 when the run falls below it, so CI can gate on the same command.

    Example: swapwatch eval my_articles.jsonl --worst 20 --min-f1 0.8
    """
    floors = {"--min-f1": min_f1, "--min-relevance": min_relevance, "--min-conflict": min_conflict,
              "--min-event-date": min_event_date}
    _check_options(gold, part, worst, floors)
    try:
        summary = evaluate(gold, part=part, worst=worst, predictions=predictions)
    except OSError as exc:  # the gold file or the --predictions file
        raise fail(f"{exc.filename or gold}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise fail(f"{gold}: not UTF-8 text") from None
    if summary.articles == 0:
        raise fail(f"{gold}: no labelled articles (in part {part!r})")
    if by_lang:
        typer.echo("")
        typer.echo("\n".join(language_table(summary)))
    misses = _shortfalls(summary, floors)
    for miss in misses:
        typer.echo(f"swapwatch eval: {miss}", err=True)
    if misses:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
