"""The archive's tables: sources, articles, figures, exchange events, the alert outbox, crawl runs."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.types import UTCDateTime, utcnow

# Named constraints keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Source(Base):
    """A configured outlet and its crawl state (conditional GET validators, health)."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[str] = mapped_column(String(2048))
    type: Mapped[str | None] = mapped_column(String(20))
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    # ok | failing | blocked | unknown
    health: Mapped[str] = mapped_column(String(20), default="unknown")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    articles: Mapped[list[Article]] = relationship(back_populates="source")

    # -- the source-health rule, in one place: the crawler and the service write it, the admin alerts read it
    def record_success(self, now: datetime) -> None:
        self.last_attempt_at = self.last_success_at = now
        self.consecutive_failures, self.last_error, self.health = 0, None, "ok"

    def record_failure(self, error: str | None, now: datetime, *, failing_after: int, blocked: bool = False) -> None:
        """One more failed crawl: ``blocked`` (403/429/captcha) at once, ``failing`` after ``failing_after``
        failures in a row."""
        self.last_attempt_at, self.last_error = now, error
        self.consecutive_failures = (self.consecutive_failures or 0) + 1
        if blocked:
            self.health = "blocked"
        elif self.consecutive_failures >= failing_after:
            self.health = "failing"

    def problem(self, failing_after: int) -> str | None:
        """``blocked`` or ``failing`` (the rule above, read back), else None."""
        if self.health == "blocked":
            return "blocked"
        if (self.consecutive_failures or 0) >= failing_after:
            return "failing"
        return None


class Article(Base):
    """One fetched page. Irrelevant pages keep URL, title, hash and (for ``[storage] keep_irrelevant``) their
    text compressed in ``kept_text``, out of search, so a newer extractor can rescue them."""

    __tablename__ = "articles"
    __table_args__ = (Index("ix_articles_published", "published"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"), index=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    lang: Mapped[str | None] = mapped_column(String(8))
    text: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    # zlib-compressed page, so the archive can be re-extracted without refetching
    raw_html: Mapped[bytes | None] = mapped_column(LargeBinary)
    relevant: Mapped[bool] = mapped_column(Boolean, default=False)
    conflict: Mapped[str | None] = mapped_column(String(20))
    event_date: Mapped[date | None] = mapped_column(Date)
    # near-duplicate (syndicated copy) of an earlier article
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    extracted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # which extractor produced relevant/figures, so `reextract` can tell stale verdicts apart
    extractor_version: Mapped[str | None] = mapped_column(String(20))
    # zlib-compressed text of an article judged irrelevant; dropped after `keep_irrelevant`
    kept_text: Mapped[bytes | None] = mapped_column(LargeBinary)

    source: Mapped[Source | None] = relationship(back_populates="articles")
    figures: Mapped[list[Figure]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )


class ArticleUrl(Base):
    """Another URL an archived article is known by (a feed link, a syndicated copy), so it is never refetched."""

    __tablename__ = "article_urls"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)


class Figure(Base):
    """A number the extractor read in an article, with the sentence that says it."""

    __tablename__ = "figures"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    side: Mapped[str | None] = mapped_column(String(2))
    value: Mapped[int] = mapped_column(Integer)
    approx: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence: Mapped[str | None] = mapped_column(Text)
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    event_date: Mapped[date | None] = mapped_column(Date)
    # the extractor's role of the number and its confidence in [0, 1]; NULL: an older extractor said nothing
    role: Mapped[str | None] = mapped_column(String(20))
    confidence: Mapped[float | None] = mapped_column(Float)

    article: Mapped[Article] = relationship(back_populates="figures")


class EventArticle(Base):
    """An article that reports an exchange event."""

    __tablename__ = "event_articles"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("exchange_events.id", ondelete="CASCADE"), primary_key=True
    )
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)


class EventFigure(Base):
    """A figure (claim) counted towards an exchange event."""

    __tablename__ = "event_figures"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("exchange_events.id", ondelete="CASCADE"), primary_key=True
    )
    figure_id: Mapped[int] = mapped_column(ForeignKey("figures.id", ondelete="CASCADE"), primary_key=True)


class ExchangeEvent(Base):
    """One swap on one date between two parties, however many articles report it."""

    __tablename__ = "exchange_events"
    __table_args__ = (Index("ix_exchange_events_conflict_date", "conflict", "event_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conflict: Mapped[str | None] = mapped_column(String(20))
    event_date: Mapped[date | None] = mapped_column(Date, index=True)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # bumped whenever the event's figures change; part of the alert idempotency key
    revision: Mapped[int] = mapped_column(Integer, default=0)
    # the figures as last alerted, canonical JSON, to tell a real change from a re-report
    signature: Mapped[str | None] = mapped_column(Text)
    warnings: Mapped[str | None] = mapped_column(Text)

    articles: Mapped[list[Article]] = relationship(secondary="event_articles", viewonly=True)
    figures: Mapped[list[Figure]] = relationship(secondary="event_figures", viewonly=True)


class Alert(Base):
    """The outbox: one row per message per target, written with the change that caused it."""

    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_status_next", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("exchange_events.id", ondelete="SET NULL"))
    # new_event | revision | total | digest | health | test
    kind: Mapped[str] = mapped_column(String(20))
    # a hash of the apprise URL: the outbox never stores the secret itself
    target: Mapped[str] = mapped_column(String(64))
    target_label: Mapped[str] = mapped_column(String(500))
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    # pending | sending | sent | failed
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CrawlRun(Base):
    """One crawl of one source, with its counts, for status and health."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # running | ok | failed | blocked | killed
    status: Mapped[str] = mapped_column(String(20), default="running")
    fetched: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    relevant: Mapped[int] = mapped_column(Integer, default=0)
    figures: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)


__all__ = [
    "Alert",
    "Article",
    "ArticleUrl",
    "Base",
    "CrawlRun",
    "EventArticle",
    "EventFigure",
    "ExchangeEvent",
    "Figure",
    "Source",
]


class ScheduleEntry(Base):
    """The service's plan: each job's next run time, so a restart neither crawls everything at once nor skips
    a source that was due. Job ids are ``source:<name>`` for the per-source crawls."""

    __tablename__ = "service_schedule"

    job_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    next_run_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
