"""The connection monitor without a server: pending saves run once the ping answers, in order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from integration_desk.ui import ops
from integration_desk.ui.widgets.connection import ConnectionMonitor


def test_pending_saves_run_once_when_the_database_answers(qapp: Any, qtbot: Any) -> None:
    answers = [False, True]
    monitor = ConnectionMonitor()
    owner = QObject()
    monitor.watch(lambda: answers.pop(0), owner)
    events: list[str] = []
    monitor.lost.connect(lambda: events.append("lost"))
    monitor.restored.connect(lambda: events.append("restored"))

    def save() -> None:
        events.append("save")

    monitor.report_lost(save)
    monitor.report_lost(save)  # the same save pressed twice waits once
    assert monitor.is_lost and monitor.pending() == 1 and monitor.timer.isActive()
    monitor.check()  # the ping runs on a worker; its answer comes back on the GUI thread
    qtbot.waitUntil(ops.idle)
    assert monitor.is_lost and events == ["lost"]
    monitor.check()
    qtbot.waitUntil(ops.idle)
    assert events == ["lost", "restored", "save"]
    assert not monitor.timer.isActive() and monitor.pending() == 0


def test_only_the_watching_windows_end_stops_the_watch(qapp: Any) -> None:
    monitor = ConnectionMonitor()
    first, second = QObject(), QObject()
    monitor.watch(lambda: True, first)
    monitor.watch(lambda: True, second)
    first.deleteLater()
    del first
    qapp.processEvents()
    qapp.sendPostedEvents(None, 52)  # QEvent.DeferredDelete
    assert monitor.active
    second.deleteLater()
    del second
    qapp.sendPostedEvents(None, 52)
    assert not monitor.active
