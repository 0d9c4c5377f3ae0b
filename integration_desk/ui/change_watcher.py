"""Other users' writes reach the views as ``hub.changed``, as the program's own writes do.

PostgreSQL: a thread LISTENs on its own connection and hands each notified table name to the GUI
thread (a queued signal); notifications of the program's own connections are left out (the program
broadcast those itself, naming the view that made them). SQLite: every few seconds a background
operation compares table stamps (``services.changes.StampWatch``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from integration_desk.services import changes
from integration_desk.services.context import AppContext
from integration_desk.ui import ops
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
                for table in changes.foreign_tables(self._ctx.engine, connection, 0.5):
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
        self._watch: changes.StampWatch | None = None
        self._polling = False

    def start(self, ctx: AppContext) -> None:
        self.stop()
        if ctx.engine.dialect.name == "postgresql":
            self._listener = _Listener(ctx)
            self._listener.notified.connect(lambda table: hub.broadcast({table}))
            self._listener.start()
            return
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        engine = ctx.engine
        self._polling = True

        def started(watch: changes.StampWatch) -> None:
            self._polling = False
            if self._timer is None:  # stopped meanwhile
                watch.stop()
                return
            self._watch = watch

        ops.run(self, lambda _t: changes.StampWatch(engine), started, self._poll_failed, background=True)

    def poll(self) -> None:
        """Compare the stamps on a worker; the tables that moved are broadcast on the GUI thread."""
        watch = self._watch
        if watch is None or self._polling:
            return
        self._polling = True
        ops.run(self, lambda _t: watch.poll(), self._heard, self._poll_failed, background=True)

    def _heard(self, tables: list[str]) -> None:
        self._polling = False
        if tables:
            hub.broadcast(tables)

    def _poll_failed(self, error: BaseException) -> bool:
        # A locked or lost database: try again at the next tick (the connection monitor reports).
        self._polling = False
        log.warning("change poll failed: %s", type(error).__name__)
        return True

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self._watch is not None:
            self._watch.stop()
            self._watch = None
        if self._listener is not None:
            self._listener.requestInterruption()
            self._listener.wait(3000)
            self._listener = None
