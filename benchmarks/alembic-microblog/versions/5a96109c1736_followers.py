"""followers"""
from alembic import op
import sqlalchemy as sa

revision = '5a96109c1736'
down_revision = '8cb283fb373c'


def upgrade():
    op.create_table(
        'followers',
        sa.Column('follower_id', sa.Integer(), nullable=False),
        sa.Column('followed_id', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('follower_id', 'followed_id'),
        sa.ForeignKeyConstraint(['followed_id'], ['user.id'], name='FKgkc6ek41lqig13kbd0frrsabn'),
        sa.ForeignKeyConstraint(['follower_id'], ['user.id'], name='FKp1mv02x2h2qv363kk2qydb6a0'),
    )


def downgrade():
    op.drop_table('followers')
