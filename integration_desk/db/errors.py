"""Errors about reaching or preparing the database, each with one clear user-facing line."""

from __future__ import annotations


class DatabaseSetupError(Exception):
    """The database cannot be used; ``str(error)`` is one line for the user (no secrets)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadDatabaseUrl(DatabaseSetupError):
    pass


class DatabaseUnreachable(DatabaseSetupError):
    pass


class SchemaTooNew(DatabaseSetupError):
    pass
