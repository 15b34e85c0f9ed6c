"""Alembic environment: uses the caller's connection when given one (see storage.migrate)."""

from alembic import context
from sqlalchemy import engine_from_config, pool

from storage.models import Base

config = context.config
target_metadata = Base.metadata


# made by hand in a migration because a model cannot say "PostgreSQL only" (see versions/query_fts.py)
UNMANAGED = {("index", "ix_articles_fulltext"), ("column", "search_vector")}


def include_object(obj, name, type_, reflected, compare_to):
    if reflected and compare_to is None and (type_, name) in UNMANAGED:
        return False
    # tables owned by libraries (e.g. APScheduler's job store) are not ours to migrate
    return not (type_ == "table" and reflected and compare_to is None)


def run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    engine = engine_from_config(config.get_section(config.config_ini_section, {}), poolclass=pool.NullPool)
    with engine.connect() as conn:
        run(conn)
