"""One place for the shared output formats of every listing command: table, json, jsonl, csv."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import IO, Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from core.cells import cell_text, csv_cell, jsonable, neutralise_formula

# the version of the JSON shapes documented in docs/json.md: keys are added within a version, never removed
JSON_SHAPES_VERSION = 1


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    ndjson = "ndjson"  # another name for jsonl, as data tools call it
    csv = "csv"


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
        data = jsonable(dict(row) if columns is None else {c: row.get(c) for c in columns})
        if fmt is Format.json:
            out.write(("," if count else "") + "\n  " + json.dumps(data, ensure_ascii=False))
        else:
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
        count += 1
    if fmt is Format.json:
        out.write("\n]\n" if count else "]\n")
    return count


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


# a column whose widest cell is this short (ids, dates, counts, codes, short names) is never wrapped
_KEEP_WHOLE = 20
# the narrowest a folding text column (titles, evidence, URLs) may get before a record layout reads better
_MIN_FOLD = 12


def _write_table(
    rows: Iterable[Mapping[str, Any]], columns: Sequence[str] | None, out: IO[str], title: str | None
) -> int:
    rows = list(rows)
    cols = list(columns or (rows[0].keys() if rows else []))
    cells = [{c: cell_text(row.get(c)) for c in cols} for row in rows]
    if cells:  # a column empty in every row says nothing (e.g. IL/PS on Russia–Ukraine events)
        cols = [c for c in cols if any(r[c] for r in cells)]
    # Piped into a file or a pager, Rich would assume 80 columns and fold every cell; a terminal keeps
    # its own width, and $COLUMNS still wins when set.
    width = None if os.environ.get("COLUMNS") or _is_terminal(out) else 200
    console = Console(file=out, soft_wrap=False, width=width)
    widest = {c: max([len(c), *(len(r[c]) for r in cells)]) for c in cols}
    # a light frame (a rule under the header, no outer edges): two characters between columns instead of three
    table = Table(title=title, show_lines=False, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False,
                  collapse_padding=True)
    least = {c: widest[c] if widest[c] <= _KEEP_WHOLE else min(_MIN_FOLD, widest[c]) for c in cols}
    for col in cols:
        table.add_column(col.replace("_", " "), overflow="fold", no_wrap=widest[col] <= _KEEP_WHOLE,
                         min_width=least[col])
    for row in cells:
        # Text, not str: rich would read "[...]" in a title as markup (and fail on "[/x]")
        table.add_row(*(Text(row[c]) for c in cols))
    if cells and sum(least.values()) + 2 * (len(cols) - 1) > console.width:
        _write_records(console, cells, cols, title)
    else:
        console.print(table)
    return len(rows)


def _write_records(console: Console, cells: list[dict[str, str]], cols: list[str], title: str | None) -> None:
    """Too wide for the terminal: one block per row, a field per line (as ``psql \\x`` shows it)."""
    label = max(len(c) for c in cols)
    if title:
        console.print(Text(title, style="bold"))
    for number, row in enumerate(cells, 1):
        console.print(Text(f"-[ {number} ]" + "-" * max(0, min(console.width, 40) - 6 - len(str(number)))))
        for col in cols:
            if row[col]:
                console.print(Text(f"{col.replace('_', ' '):<{label}} | {row[col]}"), soft_wrap=True)


def _is_terminal(out: IO[str]) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False
