"""Turning a service's refusal into a message the user reads, in the user's language."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from integration_desk.services.connection import retry_when_safe
from integration_desk.services.errors import (
    DatabaseSetupError,
    DatabaseUnavailable,
    DomainError,
    is_connection_lost,
)
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.connection import monitor

T = TypeVar("T")
log = logging.getLogger(__name__)


def run_action(
    parent: QWidget | None, action: Callable[[], T], *, retry: Callable[[], object] | None = None
) -> T | None:
    """Run a service call; show a failure as a dialog and return None. Nothing typed is lost:
    the caller keeps its widgets as they were.

    When the database is away (and a window watches the connection) the banner says so instead of
    a dialog, and ``retry`` (the caller's own save) runs again once the database answers. A call
    whose connection failed before anything was sent is tried once more at once.
    """
    try:
        return retry_when_safe(action)
    except DatabaseUnavailable as error:
        _connection_lost(parent, str(error), retry)
        return None
    except (DomainError, DatabaseSetupError) as error:
        message = str(error)
    except Exception as error:
        # Log the type only: a driver's message may quote parameters (names, CPR numbers).
        log.error("service call failed: %s", type(error).__name__)
        if not is_connection_lost(error):
            raise
        _connection_lost(
            parent,
            tr("Errors", "The connection to the database was lost. Nothing was saved; try again."),
            retry,
        )
        return None
    QMessageBox.warning(parent, tr("Errors", "Integration Desk"), message)
    return None


def _connection_lost(parent: QWidget | None, message: str, retry: Callable[[], object] | None) -> None:
    if monitor.active:
        monitor.report_lost(retry)
    else:
        QMessageBox.warning(parent, tr("Errors", "Integration Desk"), message)
