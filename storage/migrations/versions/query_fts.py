"""full-text search over article titles and texts

SQLite: an external-content FTS5 table over articles(title, text), kept in sync by triggers.
PostgreSQL: a stored generated tsvector column (title weighted A, text D) with a GIN index. A GIN
expression index alone was measured 20-1000x slower here: every phrase match and every row of a
newest-first walk had to recompute to_tsvector from the text, and ranking recomputed it again.
Neither is part of the SQLAlchemy models (they are backend-specific), and storage/migrations/env.py
keeps the drift check (alembic check) from reporting them.

Revision ID: query1
Revises: 0001
"""
from alembic import op


revision = "query1"
down_revision = "crawler1"
branch_labels = None
depends_on = None

# 'simple': no stemming or stop words, the same for every language (storage/search.py reads this column)
PG_VECTOR = ("setweight(to_tsvector('simple', coalesce(title, '')), 'A') || "
             "setweight(to_tsvector('simple', coalesce(text, '')), 'D')")

SQLITE_UP = [
    """CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    # external content: the index must be told the OLD values to delete them
    """CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END""",
    # only when the searchable columns change, so crawl bookkeeping updates cost nothing
    """CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    # articles stored before this migration
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
]

SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS articles_fts_au",
    "DROP TRIGGER IF EXISTS articles_fts_ad",
    "DROP TRIGGER IF EXISTS articles_fts_ai",
    "DROP TABLE IF EXISTS articles_fts",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)
    elif dialect == "postgresql":
        # generated columns follow every insert and update by themselves, like the SQLite triggers
        op.execute(f"ALTER TABLE articles ADD COLUMN IF NOT EXISTS search_vector tsvector "
                   f"GENERATED ALWAYS AS ({PG_VECTOR}) STORED")
        op.execute("CREATE INDEX IF NOT EXISTS ix_articles_fulltext ON articles USING gin (search_vector)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_fulltext")
        op.execute("ALTER TABLE articles DROP COLUMN IF EXISTS search_vector")
