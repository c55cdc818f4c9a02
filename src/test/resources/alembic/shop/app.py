"""A small shop on PostgreSQL, as a Flask-Migrate project: many column types and schema changes.

Rowboat's tests read this project's migrations/versions/*.py. STEP selects the model a revision
was generated from (1: first tables, 2: changes autogenerate detects). The third revision was
started with `flask db revision` and filled by hand with what autogenerate never writes
(renames, op.execute, op.bulk_insert).
"""
import os

import sqlalchemy as sa
from flask import Flask
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.dialects import postgresql

app = Flask(__name__)
app.config['SQLALCHEMY_DATABASE_URI'] = os.environ.get('DATABASE_URL') or \
    'postgresql://postgres@127.0.0.1/rowboat_alembic_shop'
app.config['SQLALCHEMY_TRACK_MODIFICATIONS'] = False
db = SQLAlchemy(app)
migrate = Migrate(app, db)
STEP = int(os.environ.get('SHOP_STEP', '2'))


class Customer(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    public_id = db.Column(postgresql.UUID(as_uuid=True), nullable=False, unique=True)
    email = db.Column(db.String(120), nullable=False, index=True, unique=True)
    name = db.Column(db.Unicode(80), nullable=False)
    bio = db.Column(db.UnicodeText)
    active = db.Column(db.Boolean, nullable=False, server_default=sa.text('true'))
    balance = db.Column(db.Numeric(10, 2), nullable=False, server_default='0')
    rating = db.Column(db.Float)
    created = db.Column(db.DateTime(timezone=True), nullable=False, server_default=sa.func.now())
    birthday = db.Column(db.Date)
    wakes_at = db.Column(db.Time)
    avatar = db.Column(db.LargeBinary)
    prefs = db.Column(postgresql.JSONB)
    tier = db.Column(db.Enum('free', 'pro', 'enterprise', name='tier'), nullable=False, server_default='free')
    visits = db.Column(db.BigInteger)
    age = db.Column(db.SmallInteger)
    if STEP < 2:
        fax = db.Column(db.String(30))
    if STEP >= 2:
        phone = db.Column(db.String(40))


class Product(db.Model):
    __table_args__ = (
        sa.UniqueConstraint('vendor', 'sku', name='uq_product_vendor_sku'),
        sa.CheckConstraint('price >= 0', name='ck_product_price'),
    )
    id = db.Column(db.BigInteger, primary_key=True)
    vendor = db.Column(db.String(40), nullable=False)
    sku = db.Column(db.String(32 if STEP < 2 else 64), nullable=False)
    price = db.Column(db.DECIMAL(8, 2), nullable=False)
    data = db.Column(db.JSON)
    stamped = db.Column(db.TIMESTAMP)
    note = db.Column(db.Text, nullable=STEP < 2)


class PurchaseOrder(db.Model):
    __tablename__ = 'purchase_order'
    id = db.Column(db.Integer, primary_key=True)
    customer_id = db.Column(db.Integer, db.ForeignKey('customer.id', ondelete='CASCADE'), nullable=False)
    placed = db.Column(postgresql.TIMESTAMP(timezone=False))
    if STEP >= 2:
        product_id = db.Column(db.BigInteger, db.ForeignKey('product.id', name='fk_order_product', ondelete='SET NULL'))


class OrderLine(db.Model):
    __tablename__ = 'order_line'
    order_id = db.Column(db.Integer, db.ForeignKey('purchase_order.id'), primary_key=True)
    line_no = db.Column(db.SmallInteger, primary_key=True, autoincrement=False)
    quantity = db.Column(db.Integer, nullable=False, server_default='1')
    if STEP >= 2:
        __table_args__ = (sa.Index('ix_order_line_quantity', 'quantity'),)
