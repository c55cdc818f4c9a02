"""A Flask-SQLAlchemy 3 app as `flask db init` expects one, with no migrations of its own: the test
makes them with the real `flask db init` and `flask db migrate`. Its DATABASE_URL comes from the
project's .env (sqlite:///app.db), so Flask-SQLAlchemy keeps the file in instance/app.db.
"""
import os

from flask import Flask
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config['SQLALCHEMY_DATABASE_URI'] = os.environ['DATABASE_URL']
app.config['SQLALCHEMY_TRACK_MODIFICATIONS'] = False
db = SQLAlchemy(app)
migrate = Migrate(app, db)


class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(64), index=True, unique=True)
    email = db.Column(db.String(120), index=True, unique=True)
