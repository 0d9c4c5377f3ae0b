"""How long service calls report progress and learn of a cancel (no Qt here).

A long service (an import, an export, a print batch) takes ``progress: Progress | None``: it calls
``progress(done, total)`` now and then; False means the user cancelled, and the service stops with
``Cancelled`` having written nothing (an import rolls back, an export leaves no half file). The GUI
passes ``ui.ops.Task.progress``; the command line passes None or a printer.
"""

from __future__ import annotations

from collections.abc import Callable

from integration_desk.domain.errors import DomainError
from integration_desk.i18n import tr

#: (done, total) -> go on?
Progress = Callable[[float, float], bool]


class Cancelled(DomainError):
    """The user cancelled; nothing was written."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr("progress", "Cancelled; nothing was written."))


def report(progress: Progress | None, done: float, total: float) -> None:
    """Tell ``progress``; raise ``Cancelled`` when the user cancelled."""
    if progress is not None and not progress(done, total):
        raise Cancelled
