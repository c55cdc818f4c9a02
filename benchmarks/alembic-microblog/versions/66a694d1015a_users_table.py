"""users table"""
from alembic import op
import sqlalchemy as sa

revision = '66a694d1015a'
down_revision = None


def upgrade():
    op.create_table(
        'user',
        sa.Column('id', sa.Integer(), nullable=False, autoincrement=True),
        sa.Column('email', sa.String(length=120), nullable=True),
        sa.Column('password_hash', sa.String(length=128), nullable=True),
        sa.Column('username', sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('username', name='ix_user_username'),
        sa.UniqueConstraint('email', name='ix_user_email'),
    )


def downgrade():
    op.drop_table('user')
