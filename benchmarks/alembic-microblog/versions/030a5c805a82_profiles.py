"""profiles"""
from alembic import op
import sqlalchemy as sa

revision = '030a5c805a82'
down_revision = '5a96109c1736'


def upgrade():
    op.create_table(
        'profile',
        sa.Column('id', sa.Integer(), nullable=False, autoincrement=True),
        sa.Column('about_me', sa.String(length=140), nullable=True),
        sa.Column('last_seen', sa.DateTime(), nullable=True),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('user_id', name='UKc1dkiawnlj6uoe6fnlwd6j83j'),
        sa.ForeignKeyConstraint(['user_id'], ['user.id'], name='fk_profile_user_id'),
    )


def downgrade():
    op.drop_table('profile')
