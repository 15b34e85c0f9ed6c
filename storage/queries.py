"""Reading the archive: exchange events (consolidated), figures, articles and the timeline.

Every listing is a generator that streams from the database (server-side cursors on PostgreSQL via
``yield_per``), so a caller can export a million rows in bounded memory. Consume it inside the
session it was given. An event's figures are always ``core.events.consolidate`` of its claims, exactly as
the alerts read them: syndicated copies are listed among the articles but never counted.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlsplit

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from core.events import DEFAULT_MIN_CONFIDENCE, Claim, EventFigure, consolidate, outlets
from storage.models import Article, EventArticle, ExchangeEvent, Figure, Source
from storage.models import EventFigure as EventFigureLink

log = logging.getLogger(__name__)

BATCH = 200  # events whose figures and articles are loaded together


@dataclass(frozen=True)
class EventReport:
    """What the archive says about one exchange event: its consolidated figures and who reported it."""

    id: int
    conflict: str | None
    event_date: date | None
    first_seen: datetime
    updated_at: datetime
    revision: int
    warnings: str | None
    figures: list[EventFigure] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # URLs of every report (syndicated copies too), oldest first
    outlets: list[str] = field(default_factory=list)  # independent outlets, sorted: who the alert says reported it
    claims: list[Claim] = field(default_factory=list)  # every claim, syndicated copies (``duplicate``) included
    announced: bool = True  # whether an alert has stated it (False: every figure held, or too few outlets)

    @property
    def sources(self) -> list[str]:
        """The outlets, under the name the JSON has always used."""
        return self.outlets

    def as_dict(self) -> dict:
        """The JSON contract of ``swapwatch events`` (DESIGN.md), plus ``sources`` (outlet names), the two
        counts ``outlets_count`` and ``articles_count``, and ``revision``."""
        return {
            "id": self.id,
            "conflict": self.conflict,
            "event_date": self.event_date,
            "figures": [f.as_dict() for f in self.figures],
            "articles": list(self.articles),
            "first_seen": self.first_seen,
            "sources": list(self.outlets),
            "outlets_count": len(self.outlets),
            "articles_count": len(self.articles),
            "revision": self.revision,
            "announced": self.announced,
            "held": [f"{f.kind}:{f.side or '-'}" for f in self.figures if f.held],
        }

    @property
    def warning_list(self) -> list[str]:
        """The stored consistency warnings as a list (the column holds a JSON list; anything else is one text)."""
        if not self.warnings:
            return []
        try:
            value = json.loads(self.warnings)
        except ValueError:
            return [self.warnings]
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]

    def figure(self, kind: str, side: str | None) -> EventFigure | None:
        return next((f for f in self.figures if f.kind == kind and f.side == side), None)


def _event_filters(stmt: Select, since: date | None, until: date | None, conflict: str | None) -> Select:
    if since:
        stmt = stmt.where(ExchangeEvent.event_date >= since)
    if until:
        stmt = stmt.where(ExchangeEvent.event_date <= until)
    if conflict:
        stmt = stmt.where(ExchangeEvent.conflict == conflict)
    return stmt


def list_events(
    session: Session,
    *,
    since: date | None = None,
    until: date | None = None,
    conflict: str | None = None,
    ids: Iterable[int] | None = None,
    newest_first: bool = False,
    limit: int | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> Iterator[EventReport]:
    """Exchange events oldest first (by event date, then id), each with its figures and articles.

    ``min_confidence`` is ``[alerts] min_confidence``: figures the alerts hold come back marked ``held``."""
    if newest_first:
        order = (ExchangeEvent.event_date.desc().nulls_last(), ExchangeEvent.id.desc())
    else:
        order = (ExchangeEvent.event_date.asc().nulls_last(), ExchangeEvent.id)
    e = ExchangeEvent
    columns = (e.id, e.conflict, e.event_date, e.first_seen, e.updated_at, e.revision, e.warnings, e.signature)
    stmt = _event_filters(select(*columns).order_by(*order).limit(limit), since, until, conflict)
    if ids is not None:
        stmt = stmt.where(ExchangeEvent.id.in_(list(ids)))
    # a server-side cursor on PostgreSQL; the figures of each batch are read while it stays open
    result = session.connection().execute(stmt.execution_options(yield_per=BATCH))
    for partition in result.partitions():
        yield from _reports(session, partition, min_confidence)


def get_event(session: Session, event_id: int, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> EventReport | None:
    """One event in full; each figure's ``claims`` carry outlet, URL and evidence sentence."""
    return next(list_events(session, ids=[event_id], min_confidence=min_confidence), None)


def _reports(session: Session, events: Sequence[Row], min_confidence: float) -> list[EventReport]:
    ids = [e.id for e in events]
    conn = session.connection()  # plain rows: Core is several times cheaper per row than the ORM
    figure_rows = conn.execute(
        select(EventFigureLink.event_id, Figure.kind, Figure.side, Figure.value, Figure.approx, Figure.evidence,
               Figure.role, Figure.confidence, Figure.article_id)
        .join(Figure, Figure.id == EventFigureLink.figure_id)
        .where(EventFigureLink.event_id.in_(ids))
        .order_by(EventFigureLink.event_id, Figure.article_id, Figure.id)
    ).all()
    members = conn.execute(
        select(EventArticle.event_id, EventArticle.article_id).where(EventArticle.event_id.in_(ids))
    ).all()
    # each article is read once, however many of the batch's figures and events it is part of
    wanted = {row[-1] for row in figure_rows} | {article_id for _, article_id in members}
    articles = {row[0]: (row[0], row[1], row[2], row[3] or _host(row[1]), row[4] is not None) for row in conn.execute(
        select(Article.id, Article.url, Article.published, Source.name, Article.duplicate_of_id)
        .outerjoin(Source, Source.id == Article.source_id)
        .where(Article.id.in_(sorted(wanted)))
    )} if wanted else {}
    claims: dict[int, list[Claim]] = {i: [] for i in ids}
    for event_id, kind, side, value, approx, evidence, role, confidence, article_id in figure_rows:
        _, url, _, outlet, duplicate = articles[article_id]
        # a figure from an extractor that gave no confidence counts as sure, as it always did
        claims[event_id].append(Claim(kind, side, value, bool(approx), article_id, url, outlet, evidence, duplicate,
                                      role or "reported", 1.0 if confidence is None else confidence))
    reporting: dict[int, list] = {i: [] for i in ids}
    for event_id, article_id in members:
        reporting[event_id].append(articles[article_id])
    return [_report(e, claims[e.id], reporting[e.id], min_confidence) for e in events]


def reports_of(session: Session, events: Sequence[Row],
               min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[EventReport]:
    """Reports for event rows already selected (id, conflict, event_date, first_seen, updated_at, revision,
    warnings[, signature]), for callers that page through events in their own order (the web API's cursor)."""
    return _reports(session, events, min_confidence)


def _announced(event: Row) -> bool:
    """Whether an alert stated the event (its signature is set); rows selected without it count as announced."""
    return event._mapping.get("signature", "") is not None


def _host(url: str) -> str:
    """An article that lost its source is still attributed: to its site (as the alerts do)."""
    return urlsplit(url).hostname or url


def _report(event: Row, claims: list[Claim], articles: list, min_confidence: float) -> EventReport:
    # oldest report first; undated ones last
    articles = sorted(articles, key=lambda a: (a[2] is None, a[2] or date.min, a[0]))
    return EventReport(event.id, event.conflict, event.event_date, event.first_seen, event.updated_at,
                       event.revision, event.warnings, consolidate(claims, min_confidence), [a[1] for a in articles],
                       outlets(claims), claims, _announced(event))


def _page(session: Session, stmt: Select, id_column, since: date | None, after: int | None, limit: int | None,
          *, flag: str) -> Iterator[dict]:
    """The rows of ``stmt`` from articles published ``since``, after the id ``after``, ``limit`` at most, as
    dicts streamed in batches; ``flag`` becomes a real bool (SQLite hands back 0/1)."""
    if since:
        stmt = stmt.where(Article.published >= since)
    if after is not None:
        stmt = stmt.where(id_column > after)
    for row in session.connection().execute(stmt.limit(limit).execution_options(yield_per=2000)):
        data = row._asdict()
        data[flag] = bool(data[flag])
        yield data


def list_figures(
    session: Session,
    *,
    kind: str | None = None,
    side: str | None = None,
    since: date | None = None,
    after: int | None = None,
    limit: int | None = None,
) -> Iterator[dict]:
    """Every figure the extractor read, oldest article first, with its article and outlet.

    ``after`` (a figure id) and ``limit`` page through them, as the web API's cursor does."""
    stmt = (
        select(Figure.id, Figure.kind, Figure.side, Figure.value, Figure.approx, Figure.role, Figure.confidence,
               Figure.event_date, Article.published, Source.name.label("source"), Article.url, Figure.evidence)
        .join(Article, Article.id == Figure.article_id)
        .outerjoin(Source, Source.id == Article.source_id)
        .order_by(Figure.id)
    )
    if kind:
        stmt = stmt.where(Figure.kind == kind)
    if side:
        stmt = stmt.where(Figure.side == side.upper())
    yield from _page(session, stmt, Figure.id, since, after, limit, flag="approx")


ARTICLE_COLUMNS = ("id", "published", "lang", "source", "relevant", "conflict", "event_date", "title", "url")


def list_articles(
    session: Session,
    *,
    relevant: bool | None = None,
    source: str | None = None,
    since: date | None = None,
    with_text: bool = False,
    after: int | None = None,
    limit: int | None = None,
) -> Iterator[dict]:
    """Stored articles in the order they were stored; ``with_text`` adds the extracted text.

    ``after`` (an article id) and ``limit`` page through them."""
    columns = [Article.id, Article.published, Article.lang, Source.name.label("source"), Article.relevant,
               Article.conflict, Article.event_date, Article.title, Article.url]
    if with_text:
        columns.append(Article.text)
    stmt = select(*columns).outerjoin(Source, Source.id == Article.source_id).order_by(Article.id)
    if relevant is not None:
        stmt = stmt.where(Article.relevant.is_(relevant))
    if source:
        stmt = stmt.where(Source.name == source)
    yield from _page(session, stmt, Article.id, since, after, limit, flag="relevant")


def source_names(session: Session) -> list[str]:
    return list(session.scalars(select(Source.name).order_by(Source.name)))
