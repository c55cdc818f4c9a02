"""posts table"""
from alembic import op
import sqlalchemy as sa

revision = '8cb283fb373c'
down_revision = '66a694d1015a'


def upgrade():
    op.create_table(
        'post',
        sa.Column('id', sa.Integer(), nullable=False, autoincrement=True),
        sa.Column('body', sa.String(length=140), nullable=True),
        sa.Column('timestamp', sa.DateTime(), nullable=True),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
        sa.ForeignKeyConstraint(['user_id'], ['user.id'], name='fk_post_user_id'),
    )
    op.create_index('ix_post_timestamp', 'post', ['timestamp'], unique=False)


def downgrade():
    op.drop_index('ix_post_timestamp', table_name='post')
    op.drop_table('post')
