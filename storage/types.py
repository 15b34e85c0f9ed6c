"""Column types that behave the same on SQLite and PostgreSQL, and the storage error."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime
from sqlalchemy.types import TypeDecorator


class DatabaseError(Exception):
    """The database URL is unusable or the server cannot be reached."""


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp.

    SQLite has no time zones, so values are stored as naive UTC and handed back
    aware; PostgreSQL stores ``timestamptz``. Callers always see aware UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: swapwatch stores aware UTC times only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    """Now, aware and in UTC (one place to freeze in tests)."""
    return datetime.now(UTC)
