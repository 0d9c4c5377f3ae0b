"""Changes are broadcast, not wired: after a write one signal says what changed; views decide."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeHub(QObject):
    changed = Signal(str)  # the table name that changed, e.g. "persons"
    # Requests to show something in another view; the main window routes them, views never meet.
    open_person = Signal(int)
    # What a finished action did, in words ("12 kontrakter gemt som PDF i …"): the main window's
    # status bar shows it (see ``ui.widgets.feedback``).
    status = Signal(str)


hub = ChangeHub()
