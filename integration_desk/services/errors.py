"""The errors a caller of the services must be ready for, in one import."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError

from integration_desk.db.errors import (
    BadDatabaseUrl,
    DatabaseMissing,
    DatabaseSetupError,
    DatabaseUnavailable,
    DatabaseUnreachable,
    SchemaTooNew,
)
from integration_desk.domain.errors import (
    ConcurrentWrite,
    ConflictError,
    DomainError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)


def is_connection_lost(error: BaseException) -> bool:
    """True when the database went away (network, server stopped), not when a query was wrong."""
    return isinstance(error, OperationalError) or (
        isinstance(error, DBAPIError) and error.connection_invalidated
    )


__all__ = [
    "BadDatabaseUrl",
    "ConcurrentWrite",
    "ConflictError",
    "DatabaseMissing",
    "DatabaseSetupError",
    "DatabaseUnavailable",
    "DatabaseUnreachable",
    "DomainError",
    "NotFoundError",
    "PermissionDeniedError",
    "SchemaTooNew",
    "ValidationError",
    "is_connection_lost",
]
