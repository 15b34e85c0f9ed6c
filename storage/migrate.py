"""Alembic, driven from code: the schema is migrated on first use and by ``swapwatch db upgrade``.

Every command opens the database, and almost always finds the schema current. That check reads the head revision
from the migration files' ``revision``/``down_revision`` lines and the database's from its ``alembic_version`` row,
without importing Alembic: Alembic, Mako and Pygments cost every process (a crawl, each CLI call) ~28 MB and a few
hundred ms of imports, and are imported only when a migration has to run or be checked.
"""

from __future__ import annotations

import ast
import functools
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError

from storage.types import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"
VERSION_TABLE = "alembic_version"  # Alembic's default; env.py does not change it


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    # Alembic's default stream is the sys.stdout of when it was first imported, which is now on first use: a
    # stream swapped in by then (a test runner's capture) may be closed by the time ``check`` prints
    cfg = Config(stdout=sys.stdout)
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def _revision_lines(path: Path) -> tuple[str | None, tuple[str, ...]]:
    """A migration file's ``revision`` and the revisions it follows (``down_revision``: None, one, or a merge's)."""
    found: dict[str, object] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None
        if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
            found[target.id] = ast.literal_eval(node.value)
    down = found.get("down_revision")
    downs = () if down is None else (down,) if isinstance(down, str) else tuple(down)
    revision = found.get("revision")
    return (revision if isinstance(revision, str) else None), downs


@functools.cache
def head_revision() -> str:
    """The one revision no other migration follows, read from the files; Alembic decides when they are unusual."""
    revisions, followed = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        revision, downs = _revision_lines(path)
        if revision is not None:
            revisions.add(revision)
            followed.update(downs)
    heads = revisions - followed
    if len(heads) == 1:
        return heads.pop()
    from alembic.script import ScriptDirectory  # several heads, or none: Alembic's own answer (or error)

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision (None before the first migration), read as Alembic stores it."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:  # a database on several branches: Alembic's own answer (it raises, naming them)
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    return rows[0] if rows else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; a no-op when it is already there."""
    try:
        if revision == "head" and current_revision(engine) == head_revision():
            return
        from alembic import command

        cfg = alembic_config(engine)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0]
        raise DatabaseError(f"cannot open database {engine.url!r}: {reason}") from exc
    log.info("database schema at %s", revision)


def check(engine: Engine) -> None:
    """Raise if the models and the migrations disagree (``alembic check``)."""
    from alembic import command

    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.check(cfg)
