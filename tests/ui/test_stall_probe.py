"""The GUI-thread stall probe measures a blocked event loop and not an idle one."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

from integration_desk.ui.stall import StallProbe


def test_the_probe_measures_a_blocked_gui_thread(qtbot) -> None:
    blocked = []

    def block() -> None:
        time.sleep(0.12)  # the work under measurement: the GUI thread blocked for 120 ms
        blocked.append(True)

    with StallProbe() as probe:
        QTimer.singleShot(20, block)
        qtbot.waitUntil(lambda: bool(blocked) and probe.ticks > 10, timeout=5000)
    assert probe.max_gap_ms >= 100


def test_an_idle_event_loop_has_no_long_gap(qtbot) -> None:
    with StallProbe() as probe:
        qtbot.waitUntil(lambda: probe.ticks >= 20, timeout=5000)
    assert probe.ticks >= 20
    assert probe.max_gap_ms < 1000  # ticks keep coming: no multi-second stall on an idle loop
