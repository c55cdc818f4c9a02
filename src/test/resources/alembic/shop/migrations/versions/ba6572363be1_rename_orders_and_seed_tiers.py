"""rename orders and seed tiers

Revision ID: ba6572363be1
Revises: bab7f22a7b07
Create Date: 2026-12-03 19:02:04.909472

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ba6572363be1'
down_revision = 'bab7f22a7b07'
branch_labels = None
depends_on = None


def upgrade():
    # Written by hand: autogenerate never writes renames, SQL or data.
    op.rename_table('purchase_order', 'customer_order')
    op.alter_column('customer', 'bio', new_column_name='about',
                    existing_type=sa.UnicodeText(), existing_nullable=True)
    op.alter_column('customer', 'rating',
                    existing_type=sa.Float(), type_=sa.Numeric(precision=3, scale=1),
                    existing_nullable=True, nullable=False, server_default='0')
    op.create_unique_constraint('uq_customer_name', 'customer', ['name'])
    op.create_index('ix_product_vendor', 'product', ['vendor'], unique=False)
    op.create_check_constraint('ck_customer_age', 'customer', 'age >= 0')
    op.execute("UPDATE customer SET tier = 'pro' WHERE balance > 1000")
    product = sa.table('product',
        sa.column('id', sa.BigInteger), sa.column('vendor', sa.String),
        sa.column('sku', sa.String), sa.column('price', sa.Numeric),
        sa.column('note', sa.Text), sa.column('data', sa.JSON))
    op.bulk_insert(product, [
        {'id': 1, 'vendor': 'Acme', 'sku': 'A-1', 'price': 9.5, 'note': "Acme's best"},
        {'id': 2, 'vendor': 'Acme', 'sku': 'A-2', 'price': 12, 'note': 'plain'},
    ])


def downgrade():
    op.execute("DELETE FROM product WHERE id IN (1, 2)")
    op.drop_constraint('ck_customer_age', 'customer', type_='check')
    op.drop_index('ix_product_vendor', table_name='product')
    op.drop_constraint('uq_customer_name', 'customer', type_='unique')
    op.alter_column('customer', 'rating',
                    existing_type=sa.Numeric(precision=3, scale=1), type_=sa.Float(),
                    existing_nullable=False, nullable=True, server_default=None)
    op.alter_column('customer', 'about', new_column_name='bio',
                    existing_type=sa.UnicodeText(), existing_nullable=True)
    op.rename_table('customer_order', 'purchase_order')
