"""A probe of the GUI thread's responsiveness: the longest gap between ticks of a 5 ms timer.

Used by the benchmark's ``gui_max_stall_ms`` figures and by the tests that prove an operation runs
off the GUI thread (the gap is measured, not timed against a wall-clock budget)::

    with StallProbe() as probe:
        ...  # start work, wait for it with qtbot.waitUntil / ops.wait
    assert probe.max_gap_ms < 50
"""

from __future__ import annotations

import time
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QTimer

INTERVAL_MS = 5


class StallProbe(QObject):
    """Ticks every ``INTERVAL_MS`` on the GUI thread; ``max_gap_ms`` is the longest pause between two
    ticks (beyond the interval itself) since ``start``. Needs a running event loop to tick."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.max_gap_ms = 0.0
        self.ticks = 0

    def start(self) -> None:
        self.max_gap_ms = 0.0
        self.ticks = 0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        """Stop ticking and count the gap up to now (work that blocks until the end counts too)."""
        if self._timer.isActive():
            self._tick()
            self._timer.stop()
        return self.max_gap_ms

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000.0 - INTERVAL_MS
        self.max_gap_ms = max(self.max_gap_ms, gap)
        self._last = now
        self.ticks += 1

    def __enter__(self) -> StallProbe:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()
