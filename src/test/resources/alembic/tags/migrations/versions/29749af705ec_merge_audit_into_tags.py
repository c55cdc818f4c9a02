"""merge audit into tags

Revision ID: 29749af705ec
Revises: 04f73b11586e, ed33ca436dd0
Create Date: 2026-12-03 19:15:36.778168

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '29749af705ec'
down_revision = ('04f73b11586e', 'ed33ca436dd0')
branch_labels = ('release',)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
