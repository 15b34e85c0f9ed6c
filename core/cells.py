"""The one rule for a CSV cell's safety, shared by every CSV the project writes (CLI exports, web downloads)."""

from __future__ import annotations

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*|\.\d+)(?:[eE][+-]?\d+)?")


def neutralise_formula(text: str) -> str:
    """A CSV cell that a spreadsheet would run as a formula, prefixed with ``'`` so it stays text.

    Article titles and evidence come from the open web, so anyone could plant ``=HYPERLINK("http://evil")``;
    a plain number (``-5``, ``+3.2``) is left as it is so it still sorts and sums as a number.
    """
    if text.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text
