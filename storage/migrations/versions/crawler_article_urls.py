"""article_urls: other URLs an archived article is known by; articles.extractor_version (crawler)

Revision ID: crawler1
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = 'crawler1'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('article_urls',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('url', sa.String(length=2048), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_urls_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_article_urls')),
    sa.UniqueConstraint('url', name=op.f('uq_article_urls_url'))
    )
    op.create_index(op.f('ix_article_urls_article_id'), 'article_urls', ['article_id'], unique=False)
    with op.batch_alter_table('articles') as batch_op:
        batch_op.add_column(sa.Column('extractor_version', sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('articles') as batch_op:
        batch_op.drop_column('extractor_version')
    op.drop_index(op.f('ix_article_urls_article_id'), table_name='article_urls')
    op.drop_table('article_urls')
