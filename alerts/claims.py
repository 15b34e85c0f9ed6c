"""Reading an event's claims (figures with their article and outlet) back from the archive."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import events
from core.events import Claim
from core.vocabulary import EVENT_KINDS, EXCHANGE_KINDS, TOTAL_KINDS
from storage.models import Article, EventFigure, Figure, Source

__all__ = ["EVENT_KINDS", "EXCHANGE_KINDS", "TOTAL_KINDS", "EventClaim", "counted", "independent_outlets",
           "load_event_claims"]


_TELEGRAM_POST = re.compile(r"^https?://[^/]+/(\w{1,64})/\d+/?$")
_TELEGRAM_PREVIEW = re.compile(r"^https?://[^/]+/s/(\w{1,64})/?(?:\?.*)?$")


def forwarded_channel(article_url: str, source_url: str | None) -> str | None:
    """The channel a Telegram source forwarded this post from (the crawler stores a forward under the original
    post's URL), or None for the channel's own posts and for other sources."""
    post = _TELEGRAM_POST.match(article_url)
    preview = _TELEGRAM_PREVIEW.match(source_url or "")
    if post and preview and post.group(1).lower() != preview.group(1).lower():
        return post.group(1)
    return None


def outlet_of(article: Article, source_name: str | None, source_url: str | None = None) -> str:
    """The outlet's configured name, else the site's host (an article may have lost its source); a forwarded
    Telegram post is the original channel's claim, not the forwarding channel's."""
    channel = forwarded_channel(article.url, source_url)
    if channel is not None:
        return f"t.me/{channel}"
    return source_name or urlsplit(article.url).hostname or article.url


def figure_date(figure: Figure, article: Article) -> tuple[date | None, bool]:
    """The date a figure is about and whether an extractor stated it (False: fell back on publication)."""
    if figure.event_date is not None:
        return figure.event_date, True
    if article.event_date is not None:
        return article.event_date, True
    return article.published, False


@dataclass(frozen=True)
class EventClaim:
    """A claim with what grouping and messages need besides the number."""

    claim: Claim
    figure_id: int
    day: date | None
    stated: bool
    title: str | None
    lang: str | None = None

    @property
    def duplicate(self) -> bool:
        return self.claim.duplicate


def to_claim(figure: Figure, article: Article, source_name: str | None, source_url: str | None = None) -> Claim:
    return Claim(
        kind=figure.kind, side=figure.side, value=figure.value, approx=bool(figure.approx), article_id=article.id,
        url=article.url, outlet=outlet_of(article, source_name, source_url), evidence=figure.evidence,
        duplicate=article.duplicate_of_id is not None, role=figure.role or "reported",
        confidence=1.0 if figure.confidence is None else figure.confidence,
    )


def load_event_claims(session: Session, event_id: int) -> list[EventClaim]:
    rows = session.execute(
        select(Figure, Article, Source.name, Source.url)
        .join(EventFigure, EventFigure.figure_id == Figure.id)
        .join(Article, Article.id == Figure.article_id)
        .outerjoin(Source, Source.id == Article.source_id)
        .where(EventFigure.event_id == event_id)
        .order_by(Article.published, Article.id, Figure.id)
    ).all()
    out = []
    for figure, article, source_name, source_url in rows:
        day, stated = figure_date(figure, article)
        out.append(EventClaim(to_claim(figure, article, source_name, source_url), figure.id, day, stated,
                              article.title, article.lang))
    return out


def counted(claims: list[EventClaim]) -> list[Claim]:
    """The claims that count towards the figures (``core.events.counted``)."""
    return events.counted(c.claim for c in claims)


def independent_outlets(claims: list[EventClaim]) -> list[str]:
    """The outlets the alert names as reporting the event (``core.events.outlets``)."""
    return events.outlets(c.claim for c in claims)
