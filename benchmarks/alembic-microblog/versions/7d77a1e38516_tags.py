"""tags"""
from alembic import op
import sqlalchemy as sa

revision = '7d77a1e38516'
down_revision = '030a5c805a82'


def upgrade():
    op.create_table(
        'tag',
        sa.Column('id', sa.Integer(), nullable=False, autoincrement=True),
        sa.Column('name', sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('name', name='ix_tag_name'),
    )
    op.create_table(
        'post_tag',
        sa.Column('post_id', sa.Integer(), nullable=False),
        sa.Column('tag_id', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('post_id', 'tag_id'),
        sa.ForeignKeyConstraint(['tag_id'], ['tag.id'], name='FKac1wdchd2pnur3fl225obmlg0'),
        sa.ForeignKeyConstraint(['post_id'], ['post.id'], name='FKc2auetuvsec0k566l0eyvr9cs'),
    )


def downgrade():
    op.drop_table('post_tag')
    op.drop_table('tag')
