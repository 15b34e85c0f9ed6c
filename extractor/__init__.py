"""Article text → relevance, language, dates and exchange figures. Pure functions: no I/O, no clock.

``extract(text, title=, published=, lang=)`` reads one article:

1. ``text``: normalise (same length, so offsets hold), cap at ``MAX_CHARS``, split into sentences;
2. ``lang``: Ukrainian/Russian letters, else function words, else py3langid;
3. ``relevance``: captivity terms weighted by headline / lead / body, minus "exchange rate"-type contexts;
4. ``figures``: every count whose head noun is people or bodies gets a kind (``kinds``: the nearest marker
   in its clause), a side (``sides``: nationality, holder of captivity, who gives or receives, who speaks),
   and vetoes (plans, earlier exchanges, sub-groups, one-year counts); ``exchanges`` reads exchange counts;
5. ``reported``: which exchange the article reports (the latest dated handover near publication); handover
   figures dated elsewhere are background;
6. ``resolve``: one figure per (kind, side, value), parts that add up to a total dropped, each figure given
   its ``role`` and a ``confidence`` (``confidence``: a small logistic model, ``confidence_model.json``, trained
   by ``bench/train_confidence.py``); figures right less than about 1 time in 5 are left out;
7. ``dates``: the handover's date, from its sentence or a weekday / "yesterday" against ``published``.

Vocabulary is data: ``extractor/lexicons/<lang>.py`` holds each language's words for every concept (the rules'
modules only assemble them); a new language is one such module plus its fixtures in ``tests/fixtures/extractor``.

``page_from_html(html, url=)`` gives the main text, title, original date and canonical URL of a page.
"""

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
