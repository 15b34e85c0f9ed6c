"""Downloads that stream: the export rows go out in chunks as the database yields them, in bounded memory.

CSV cells are neutralised against formula injection: a spreadsheet would run a cell starting with
``= + - @`` (or a tab / carriage return before one), so such a cell gets a leading ``'`` — unless it is
a plain number such as ``-5`` or ``+3.5``, which stays a number.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date

from core.cells import csv_cell, jsonable
from storage import Database, export_rows

EXPORT_TYPES = {"csv": ("text/csv; charset=utf-8", "csv"), "json": ("application/json", "json"),
                "ndjson": ("application/x-ndjson", "ndjson")}
CHUNK_ROWS = 500
def _chunks(lines: Iterator[str]) -> Iterator[bytes]:
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= CHUNK_ROWS:
            yield "".join(batch).encode("utf-8")
            batch = []
    if batch:
        yield "".join(batch).encode("utf-8")


def _csv_lines(columns: list[str], rows: Iterator[dict]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(row.get(c)) for c in columns])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _json_lines(columns: list[str], rows: Iterator[dict], array: bool) -> Iterator[str]:
    if array:
        yield "["
    for count, row in enumerate(rows):
        text = json.dumps(jsonable({c: row.get(c) for c in columns}), ensure_ascii=False)
        yield (("," if count else "") + "\n  " + text) if array else text + "\n"
    if array:
        yield "\n]\n"


def stream_export(db: Database, what: str, fmt: str, since: date | None) -> Iterator[bytes]:
    """The export as byte chunks; the session stays open while the rows stream out."""
    with db.session() as session:
        columns, rows = export_rows(session, what, flat=fmt == "csv", since=since)
        lines = _csv_lines(columns, rows) if fmt == "csv" else _json_lines(columns, rows, fmt == "json")
        yield from _chunks(lines)
