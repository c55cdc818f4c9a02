"""audit log

Revision ID: 04f73b11586e
Revises: 
Create Date: 2026-12-03 19:15:29.272636

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '04f73b11586e'
down_revision = None
branch_labels = ('audit',)
depends_on = None


def upgrade():
    op.create_table('audit',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('happened', sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column('what', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_audit'),
    )


def downgrade():
    op.drop_table('audit')
