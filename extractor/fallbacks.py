"""trafilatura's fallback extractors (readability, then justext) run only when they could change its result.

trafilatura checks every page's own extraction against readability's and, on a short or "unclean" one, justext's:
about half its time on a news page (~0.6 ms of ~1.3 ms), on pages where, nearly always, its own extraction wins.
Whether readability or justext can win is decided by its own rules (``trafilatura.external.compare_extraction``)
from lengths and a few structural tests; most of them can be answered without running readability: its text is
part of the page's, so when the page holds at most twice the own extraction's text, readability cannot be "much
longer". When every rule says "own extraction", the guard returns it as ``compare_extraction`` would have; in any
other case the original runs on the same arguments, so the result is the same either way (the HTML snapshot,
``bench/html_snapshot.py``, and ``tests/test_extract_html.py`` check it).
"""

from __future__ import annotations

import inspect
import logging
from functools import cache
from typing import Any

log = logging.getLogger(__name__)
# the signature the guard is written for (trafilatura 2.x); any other and the original stays in place
_EXPECTED = ["cleaned_tree", "raw_tree", "body", "text", "options"]


def fallbacks_cannot_win(raw_tree: Any, body: Any, text: str, options: Any, unclean_xpath: str) -> bool:
    """True when ``compare_extraction`` would return ``body, text`` unchanged: its rules, precision mode, in order."""
    from lxml.etree import tostring

    if getattr(options, "focus", None) != "precision":
        return False
    minimum = options.min_extracted_size
    # justext is tried on a short extraction (an empty one included) and on one holding navigation or figures
    if len(text) < minimum or body.xpath(unclean_xpath):
        return False
    # readability keeps a part of the page's text nodes, so its (whitespace-collapsed) text is at most the page's
    page = len(" ".join(tostring(raw_tree, method="text", encoding="unicode").split()))
    if page > 2 * len(text):  # readability could be "much longer" (more than twice ours)
        return False
    # readability also wins, when longer than twice the minimum, over an extraction with no paragraph text or more
    # tables than paragraphs
    paragraphs = body.findall(".//p")
    well_formed = bool(body.xpath(".//p//text()")) and len(body.findall(".//table")) <= len(paragraphs)
    return well_formed or page <= 2 * minimum


@cache
def install() -> bool:
    """Put the guard in front of trafilatura's ``compare_extraction`` (once per process); False if it is not there."""
    try:
        import trafilatura.core as core
        from trafilatura import external
    except ImportError:
        return False
    original = getattr(core, "compare_extraction", None)
    if original is None or getattr(original, "swapwatch_guard", False):
        return original is not None
    unclean_xpath = getattr(external, "SANITIZED_XPATH", None)  # what makes an extraction "unclean" to trafilatura
    if list(inspect.signature(original).parameters) != _EXPECTED or not isinstance(unclean_xpath, str):
        log.info("trafilatura's compare_extraction is not the one the guard knows: fallbacks always run")
        return False

    def compare_extraction(cleaned_tree: Any, raw_tree: Any, body: Any, text: str, options: Any) -> tuple[Any, str]:
        if fallbacks_cannot_win(raw_tree, body, text, options, unclean_xpath):
            return body, text
        return compare_extraction.original(cleaned_tree, raw_tree, body, text, options)  # type: ignore[attr-defined]

    compare_extraction.swapwatch_guard = True  # type: ignore[attr-defined]
    compare_extraction.original = original  # type: ignore[attr-defined]
    core.compare_extraction = compare_extraction
    return True
