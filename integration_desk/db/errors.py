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


class DatabaseMissing(DatabaseUnreachable):
    """The named database does not exist (a SQLite file, a database on the PostgreSQL server);
    nothing was created."""


class SchemaTooNew(DatabaseSetupError):
    pass


class DatabaseUnavailable(DatabaseUnreachable):
    """The database went away during an action (server stopped, network down); nothing was saved.

    ``nothing_sent`` is True when the failure came while connecting, before any statement reached
    the server: then running the same action again is safe even for a write.
    """

    def __init__(self, message: str, *, nothing_sent: bool = False) -> None:
        super().__init__(message)
        self.nothing_sent = nothing_sent


class UpgradeBlocked(DatabaseSetupError):
    """A migration found rows its new rule forbids (duplicates a new key makes impossible); it
    changed nothing and lists them for the administrator. It never deletes data itself."""
