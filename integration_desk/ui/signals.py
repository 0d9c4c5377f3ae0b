"""Changes are broadcast, not wired: after a write one signal says what changed and who changed it;
each view decides whether to reload (Anki's ``operation_did_execute``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Change:
    """Tables that changed, and the view or dialog whose operation changed them (None: another
    user's write, heard from the database). The initiator already shows its own write."""

    tables: frozenset[str]
    initiator: object = None

    def touches(self, tables: Iterable[str]) -> bool:
        return "*" in self.tables or not self.tables.isdisjoint(tables)


class ChangeHub(QObject):
    changed = Signal(object)  # a Change
    # Requests to show something in another view; the main window routes them, views never meet.
    open_person = Signal(int)
    # What a finished action did, in words ("12 kontrakter gemt som PDF i …"): the main window's
    # status bar shows it (see ``ui.widgets.feedback``).
    status = Signal(str)

    def broadcast(self, tables: Iterable[str], initiator: object = None) -> None:
        """Say that ``tables`` changed; ``initiator`` (usually ``self`` of the caller) skips its reload."""
        self.changed.emit(Change(frozenset(tables), initiator))


hub = ChangeHub()
