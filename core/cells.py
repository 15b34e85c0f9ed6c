"""Values as every output of the project writes them, CLI and web alike: JSON-ready values, a cell's text, and
the one rule for a CSV cell's safety."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

__all__ = ["FORMULA_START", "cell_text", "csv_cell", "jsonable", "neutralise_formula"]

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*|\.\d+)(?:[eE][+-]?\d+)?")


def jsonable(value: Any) -> Any:
    """``value`` with dates as ISO text and tuples/sets as lists, ready for ``json.dumps``."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    return value


def cell_text(value: Any) -> str:
    """A table or CSV cell: lists joined by spaces, objects as JSON, dates in ISO form, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):  # as JSON, pandas and spreadsheets read them, not Python's True/False
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return " ".join(cell_text(v) for v in value)
    if isinstance(value, Mapping):
        return json.dumps(jsonable(value), ensure_ascii=False)
    return str(jsonable(value))


def neutralise_formula(text: str) -> str:
    """A CSV cell that a spreadsheet would run as a formula, prefixed with ``'`` so it stays text.

    Article titles and evidence come from the open web, so anyone could plant ``=HYPERLINK("http://evil")``;
    a plain number (``-5``, ``+3.2``) is left as it is so it still sorts and sums as a number.
    """
    if text.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


# A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `+cmd`,
# `-2+3`); tab and carriage return are read as the same prefixes by some of them.
def csv_cell(value: Any) -> str:
    """What every CSV this project writes puts in a cell: the value as text, never a formula."""
    return neutralise_formula(cell_text(value))
