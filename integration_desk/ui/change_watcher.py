"""Other users' writes reach the views as ``hub.changed(table)``, as the program's own writes do.

PostgreSQL: a thread LISTENs on its own connection and hands each notified table name to the GUI
thread (a queued signal). SQLite: a timer polls ``services.changes.table_stamps`` every few seconds.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from integration_desk.services import changes
from integration_desk.services.context import AppContext
from integration_desk.ui.signals import hub

log = logging.getLogger(__name__)
POLL_MS = 3000


class _Listener(QThread):
    notified = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.listening = False  # set once LISTEN is in place

    def run(self) -> None:
        try:
            connection = changes.listen_connection(self._ctx.engine)
        except Exception as error:  # the views still refresh on the program's own writes
            log.warning("change listener not started: %s", type(error).__name__)
            return
        self.listening = True
        try:
            while not self.isInterruptionRequested():
                for table in changes.notified_tables(connection, 0.5):
                    self.notified.emit(table)
        except Exception as error:
            log.warning("change listener stopped: %s", type(error).__name__)
        finally:
            self.listening = False
            connection.close()


class ChangeWatcher(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener: _Listener | None = None
        self._timer: QTimer | None = None
        self._ctx: AppContext | None = None
        self._stamps: dict[str, changes.Stamp] = {}

    def start(self, ctx: AppContext) -> None:
        self.stop()
        self._ctx = ctx
        if ctx.engine.dialect.name == "postgresql":
            self._listener = _Listener(ctx)
            self._listener.notified.connect(hub.changed.emit)
            self._listener.start()
        else:
            self._stamps = changes.table_stamps(ctx.engine, changes.editable_tables())
            self._timer = QTimer(self)
            self._timer.setInterval(POLL_MS)
            self._timer.timeout.connect(self.poll)
            self._timer.start()

    def poll(self) -> None:
        if self._ctx is None:
            return
        try:
            stamps = changes.table_stamps(self._ctx.engine, changes.editable_tables())
        except Exception as error:  # a locked or lost database: try again at the next tick
            log.warning("change poll failed: %s", type(error).__name__)
            return
        changed = changes.changed_tables(self._stamps, stamps)
        self._stamps = stamps
        for table in changed:
            hub.changed.emit(table)

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self._listener is not None:
            self._listener.requestInterruption()
            self._listener.wait(3000)
            self._listener = None
