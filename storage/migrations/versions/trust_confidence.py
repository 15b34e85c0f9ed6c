"""trust: role and confidence per figure; compressed text kept for irrelevant articles

Revision ID: trust1
Revises: service1
"""
from alembic import op
import sqlalchemy as sa


revision = 'trust1'
down_revision = 'service1'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMNs (nullable, no default): the same statement on SQLite and PostgreSQL, no table rewrite
    op.add_column('figures', sa.Column('role', sa.String(length=20), nullable=True))
    op.add_column('figures', sa.Column('confidence', sa.Float(), nullable=True))
    op.add_column('articles', sa.Column('kept_text', sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('articles') as batch:
        batch.drop_column('kept_text')
    with op.batch_alter_table('figures') as batch:
        batch.drop_column('confidence')
        batch.drop_column('role')
