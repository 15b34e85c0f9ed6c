"""service state: the scheduler's persisted next-run times

Revision ID: service1
Revises: crawler1, query1
"""
from alembic import op
import sqlalchemy as sa
import storage.types


revision = 'service1'
down_revision = 'query1'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # the model is storage.models.ScheduleEntry (storage/schedule.py reads and writes it)
    op.create_table('service_schedule',
    sa.Column('job_id', sa.String(length=200), nullable=False),
    sa.Column('next_run_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('job_id', name='pk_service_schedule')
    )


def downgrade() -> None:
    op.drop_table('service_schedule')
