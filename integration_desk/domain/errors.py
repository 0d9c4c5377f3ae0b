"""Errors that carry a message meant for the user, already in the user's language.

Messages never contain CPR numbers or health information.
"""

from __future__ import annotations


class DomainError(Exception):
    """A rule refused an action; ``str(error)`` is the user-facing message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    """One input value is not acceptable; ``field`` names the input so the UI can highlight it."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(DomainError):
    """The thing asked for does not exist (any more)."""


class ConflictError(DomainError):
    """Someone else saved the same row first (optimistic locking)."""


class PermissionDeniedError(DomainError):
    """The signed-in user's role does not allow the action."""


class ConcurrentWrite(ConflictError):
    """The database refused a write because someone else's write of the same row (or the same
    key) was committed between this action's checks and its own write: the race a slower stale
    save meets as a plain ``ConflictError``. Running the action again meets it that way."""
