"""One place for the shared output formats of every listing command: table, json, jsonl, csv."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import IO, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from core.cells import neutralise_formula


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    ndjson = "ndjson"  # another name for jsonl, as data tools call it
    csv = "csv"


def to_jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [to_jsonable(v) for v in value]
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(_cell(v) for v in value)
    if isinstance(value, Mapping):
        return json.dumps(to_jsonable(value), ensure_ascii=False)
    return str(to_jsonable(value))


def write_rows(
    rows: Iterable[Mapping[str, Any]],
    fmt: Format | str,
    columns: Sequence[str] | None = None,
    *,
    out: IO[str] | None = None,
    title: str | None = None,
) -> int:
    """Write ``rows`` in ``fmt``; streams for json/jsonl/csv so large listings stay in bounded memory.

    Returns the number of rows written.
    """
    out = out or sys.stdout
    fmt = Format(fmt)
    if fmt is Format.table:
        return _write_table(rows, columns, out, title)
    if fmt is Format.csv:
        return _write_csv(rows, columns, out)
    count = 0
    if fmt is Format.json:
        out.write("[")
    for row in rows:
        data = to_jsonable(dict(row) if columns is None else {c: row.get(c) for c in columns})
        if fmt is Format.json:
            out.write(("," if count else "") + "\n  " + json.dumps(data, ensure_ascii=False))
        else:
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
        count += 1
    if fmt is Format.json:
        out.write("\n]\n" if count else "]\n")
    return count


# A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `+cmd`,
# `-2+3`); tab and carriage return are read as the same prefixes by some of them.
def csv_cell(value: Any) -> str:
    """What every CSV this project writes puts in a cell: the value as text, never a formula."""
    return neutralise_formula(_cell(value))


def _write_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str] | None, out: IO[str]) -> int:
    writer = None
    count = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(columns or row.keys()), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: csv_cell(v) for k, v in row.items()})
        count += 1
    if writer is None and columns:
        csv.writer(out).writerow([neutralise_formula(c) for c in columns])
    return count


def _write_table(
    rows: Iterable[Mapping[str, Any]], columns: Sequence[str] | None, out: IO[str], title: str | None
) -> int:
    rows = list(rows)
    cols = list(columns or (rows[0].keys() if rows else []))
    table = Table(title=title, show_lines=False)
    for col in cols:
        table.add_column(col.replace("_", " "), overflow="fold")
    for row in rows:
        # Text, not str: rich would read "[...]" in a title as markup (and fail on "[/x]")
        table.add_row(*(Text(_cell(row.get(c))) for c in cols))
    # Piped into a file or a pager, Rich would assume 80 columns and fold every cell; a terminal keeps
    # its own width, and $COLUMNS still wins when set.
    width = None if os.environ.get("COLUMNS") or _is_terminal(out) else 200
    Console(file=out, soft_wrap=False, width=width).print(table)
    return len(rows)


def _is_terminal(out: IO[str]) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False
