"""Turning a service's refusal into a message the user reads, in the user's language."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from integration_desk.services.errors import DatabaseSetupError, DomainError, is_connection_lost
from integration_desk.ui.i18n import tr

T = TypeVar("T")
log = logging.getLogger(__name__)


def run_action(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run a service call; show a failure as a dialog and return None. Nothing typed is lost:
    the caller keeps its widgets as they were."""
    try:
        return action()
    except (DomainError, DatabaseSetupError) as error:
        message = str(error)
    except Exception as error:
        # Log the type only: a driver's message may quote parameters (names, CPR numbers).
        log.error("service call failed: %s", type(error).__name__)
        if not is_connection_lost(error):
            raise
        message = tr("Errors", "The connection to the database was lost. Nothing was saved; try again.")
    QMessageBox.warning(parent, tr("Errors", "Integration Desk"), message)
    return None
