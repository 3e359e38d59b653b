"""Errors raised by the store; the message names the database or the record."""


class StoreError(Exception):
    """The database cannot be opened or migrated."""
