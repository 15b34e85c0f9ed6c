"""Alembic migrations for the archive (run through storage.migrate)."""
