"""Telling the user what an action did: "Gemt" beside a form, and a line in the status bar.

Every long action (an import, an export, a print batch, a report, a backup) says what it did in
the main window's status bar through ``announce``; ``run_long`` runs such an action with the wait
cursor and announces its result, so a view writes only the sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.errors import run_action

T = TypeVar("T")

#: A confirmation beside a form ("Gemt."), as the notice dialog shows it.
OK_STYLE = "color: #1b5e20; background: #e8f5e9; padding: 6px; border-radius: 3px;"
#: How long the status bar keeps the sentence (ms); the next one replaces it at once.
STATUS_MS = 30_000


def announce(text: str) -> None:
    """Show in the main window's status bar what an action did."""
    hub.status.emit(text)


def run_long(
    parent: QWidget | None,
    action: Callable[[], T],
    done: Callable[[T], str],
    *,
    retry: Callable[[], object] | None = None,
) -> T | None:
    """``run_action`` with the wait cursor while ``action`` runs; on success ``done(result)`` goes
    to the status bar. A failure is shown as ``run_action`` shows it, and nothing is announced."""

    def waiting() -> T:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return action()
        finally:
            QApplication.restoreOverrideCursor()

    result = run_action(parent, waiting, retry=retry)
    if result is not None:
        announce(done(result))
    return result
