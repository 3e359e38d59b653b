"""website findings, and the signals a spider attaches to a mention

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 01:40:00
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('websitefinding',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('detail', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('context', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('staff_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('page_sha256', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('first_seen_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('last_seen_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('cleared_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('school_id', 'url', 'kind', 'detail')
    )
    with op.batch_alter_table('websitefinding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_websitefinding_school_id'), ['school_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_websitefinding_cleared_at'), ['cleared_at'], unique=False)

    # Existing mentions get an empty list: nothing already stored is lost or left NULL.
    with op.batch_alter_table('mention', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signals', sa.JSON(), nullable=False, server_default='[]'))


def downgrade() -> None:
    with op.batch_alter_table('mention', schema=None) as batch_op:
        batch_op.drop_column('signals')
    with op.batch_alter_table('websitefinding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_websitefinding_cleared_at'))
        batch_op.drop_index(batch_op.f('ix_websitefinding_school_id'))
    op.drop_table('websitefinding')
