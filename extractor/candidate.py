"""A figure found in one sentence, before the article-level clean-up, and what the rules need to know."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from extractor.text import Sentence


@dataclass(frozen=True)
class Candidate:
    kind: str
    side: str | None
    value: int
    approx: bool
    sentence: Sentence
    stage: bool = False  # the sentence reports one stage (day) of a longer exchange


@dataclass(frozen=True)
class Context:
    parties: tuple[str | None, str | None]  # None: a party no word in the article names
    lang: str | None
    ru_ua: bool
    published: date | None = None
