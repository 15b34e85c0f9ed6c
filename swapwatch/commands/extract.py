"""`swapwatch extract`: run the extractor on text or HTML files and print one object per input."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import typer

from extractor import extract as run_extractor
from extractor import page_from_html
from swapwatch.context import fail
from swapwatch.output import write_rows

FORMATS = ("jsonl", "json", "table")
COLUMNS = ["path", "relevant", "conflict", "lang", "event_date", "figures"]
HTML_SUFFIXES = (".html", ".htm")


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _plain(raw: bytes) -> tuple[str | None, str]:
    """Plain text whose first line may be the title (a short line followed by the body)."""
    text = raw.decode("utf-8", "replace").lstrip("\ufeff")
    first, sep, rest = text.partition("\n")
    if sep and rest.strip() and 0 < len(first.strip()) <= 300:
        return first.strip(), rest
    return None, text


def extract_one(path: str, raw: bytes, published: date | None) -> dict[str, Any]:
    if path.lower().endswith(HTML_SUFFIXES):
        page = page_from_html(raw)
        title, text, published = page.title, page.text, page.published or published
        lang = page.lang
    else:
        title, text = _plain(raw)
        lang = None
    result = run_extractor(text, title=title, published=published, lang=lang)
    return {"path": path, **result.as_dict()}


def _table_figures(row: dict[str, Any]) -> dict[str, Any]:
    figs = [f"{f['kind']}:{f['side'] or '-'}={'~' if f['approx'] else ''}{f['value']}" for f in row["figures"]]
    return {**row, "figures": "\n".join(figs)}


def extract(
    paths: list[str] = typer.Argument(None, help="Files to read (.html/.htm as HTML, else text); '-' is stdin."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, json or table."),
    published: str | None = typer.Option(None, "--published", help="YYYY-MM-DD; anchors 'on Friday' in plain text."),
) -> None:
    """Run the figure extractor on article files and print one result per file.

    A file that cannot be read is reported on stderr and the others go on; the exit code is non-zero
    only when every input failed.

    Example: swapwatch extract article.html notes.txt --format table
    """
    if fmt not in FORMATS:
        raise fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    try:
        anchor = date.fromisoformat(published) if published else None
    except ValueError:
        raise fail(f"--published must be YYYY-MM-DD, not {published!r}") from None
    inputs = paths or ["-"]
    failed = 0

    def rows() -> Iterator[dict[str, Any]]:
        nonlocal failed
        for path in inputs:
            try:
                raw = _read(path)
            except OSError as exc:
                failed += 1
                typer.echo(f"swapwatch: {path}: cannot read: {exc.strerror or exc}", err=True)
                continue
            row = extract_one(path, raw, anchor)
            yield _table_figures(row) if fmt == "table" else row

    write_rows(rows(), fmt, COLUMNS)
    if failed and failed == len(inputs):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
