"""Article text → relevance, language, dates and exchange figures. Pure functions: no I/O, no clock."""

from extractor.core import extract
from extractor.html import page_from_html
from extractor.model import EXTRACTOR_VERSION, KINDS, ArticleText, Extraction, Figure
from extractor.numbers import NumberMention, find_numbers, parse_number

__all__ = [
    "EXTRACTOR_VERSION",
    "KINDS",
    "ArticleText",
    "Extraction",
    "Figure",
    "NumberMention",
    "extract",
    "find_numbers",
    "page_from_html",
    "parse_number",
]
