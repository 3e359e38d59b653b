"""schoolwatch's storage: SQLModel tables, Alembic migrations, and the queries the app needs.

Imports SQLModel, SQLAlchemy, Alembic and the standard library only; nothing else of ours.
"""
