"""The lost-connection banner's brain: notice the loss, check in the background, finish pending saves.

A save that fails because the database went away registers itself (``report_lost(retry=...)``);
the user's edit stays in its widget. A ``QTimer`` pings the database every few seconds, on a worker
(``ui.ops``): a server that never answers costs the GUI thread nothing while the connect times out.
When it answers, the banner goes and each pending save runs again — the same save the user pressed,
so a stale version still meets the conflict check.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

log = logging.getLogger(__name__)
RETRY_INTERVAL_MS = 3000


class ConnectionMonitor(QObject):
    lost = Signal()
    restored = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.is_lost = False
        self._ping: Callable[[], bool] | None = None
        self._pending: list[Callable[[], object]] = []
        self._watch_number = 0
        self.checking = False  # a ping is under way on a worker

    @property
    def active(self) -> bool:
        """True while a window watches the connection (else errors fall back to a message box)."""
        return self._ping is not None

    def watch(self, ping: Callable[[], bool] | None, owner: QObject | None = None) -> None:
        """Watch with ``ping`` while ``owner`` (the main window) lives; ``None`` stops watching."""
        self._ping = ping
        self._watch_number += 1
        if owner is not None:
            number = self._watch_number
            owner.destroyed.connect(lambda *_args: self._owner_gone(number))
        if ping is None:
            if isValid(self.timer):  # at exit Qt may have deleted it before the last window
                self.timer.stop()
            self.is_lost = False
            self._pending.clear()

    def _owner_gone(self, number: int) -> None:
        if number == self._watch_number:  # a later window's watch is not this one's to end
            self.watch(None)

    def pending(self) -> int:
        return len(self._pending)

    def report_lost(self, retry: Callable[[], object] | None = None) -> None:
        if retry is not None and retry not in self._pending:
            self._pending.append(retry)
        if not self.is_lost:
            self.is_lost = True
            self.lost.emit()
        if not self.timer.isActive():
            self.timer.start()

    def check(self) -> None:
        """Ping once on a worker; ``answered`` gets the result on the GUI thread."""
        from integration_desk.ui import ops

        ping = self._ping
        if ping is None or self.checking:
            return
        self.checking = True
        number = self._watch_number

        def done(ok: bool) -> None:
            self.checking = False
            if number == self._watch_number:  # not a ping of a window that is gone
                self.answered(ok)

        def failed(_error: BaseException) -> bool:
            self.checking = False
            return True

        ops.run(self, lambda _task: ping(), done, failed, background=True)

    def answered(self, ok: bool) -> bool:
        """The ping's answer; when the database is back, hide the banner and run the pending saves."""
        if not ok or self._ping is None:
            return False
        self.timer.stop()
        self.is_lost = False
        self.restored.emit()
        pending, self._pending = self._pending, []
        for retry in pending:
            try:
                retry()
            except RuntimeError:  # its widget was closed meanwhile: the edit went with it
                log.info("a pending save's widget is gone")
            if self.is_lost:  # lost again at once: the remaining saves wait for the next answer
                for rest in pending[pending.index(retry) + 1 :]:
                    if rest not in self._pending:
                        self._pending.append(rest)
                break
        return True


monitor = ConnectionMonitor()
