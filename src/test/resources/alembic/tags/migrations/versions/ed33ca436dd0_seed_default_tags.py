"""seed default tags

Revision ID: ed33ca436dd0
Revises: e2927a6eb1b4
Create Date: 2026-12-03 19:15:22.109987

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ed33ca436dd0'
down_revision = 'e2927a6eb1b4'
branch_labels = None
depends_on = None


def _normalise(name):
    return name.strip().lower()


def upgrade():
    """Seeds the tags the app offers by default (written by hand)."""
    from app import DEFAULT_TAGS
    with op.batch_alter_table('tag', schema=None) as batch_op:
        batch_op.add_column(sa.Column('slug', sa.String(length=50), nullable=True))

    conn = op.get_bind()
    tag = sa.table('tag', sa.column('name', sa.String), sa.column('slug', sa.String))
    for name in DEFAULT_TAGS:
        conn.execute(tag.insert().values(name=name, slug=_normalise(name)))
    op.bulk_insert(tag, [{'name': 'misc', 'slug': None}])
    op.execute("UPDATE tag SET uses = 0")


def downgrade():
    conn = op.get_bind()
    conn.execute(sa.text("DELETE FROM tag WHERE name = 'misc'"))
    op.execute(
        "DELETE FROM tag "
        "WHERE name IN ('python', 'java', 'sql')"
    )
    with op.batch_alter_table('tag', schema=None) as batch_op:
        batch_op.drop_column('slug')
