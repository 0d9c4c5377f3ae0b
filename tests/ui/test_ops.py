"""The background-operation helper: work on a worker, results and errors on the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from integration_desk.domain.errors import ValidationError
from integration_desk.ui import ops
from integration_desk.ui.signals import Change, hub


def test_work_runs_on_a_worker_and_the_result_arrives_on_the_gui_thread(qtbot: Any) -> None:
    gui = QThread.currentThread()
    seen: dict[str, Any] = {}

    def work(_task: ops.Task) -> int:
        seen["worker"] = QThread.currentThread()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["done_thread"] = QThread.currentThread()

    ops.run(None, work, done)
    qtbot.waitUntil(ops.idle)
    assert seen["result"] == 42
    assert seen["worker"] is not gui
    assert seen["done_thread"] is gui


def test_the_trigger_is_disabled_while_the_work_runs(qtbot: Any) -> None:
    button = QPushButton("Gem")
    qtbot.addWidget(button)
    release = threading.Event()
    ops.run(button, lambda _t: release.wait(5), trigger=button)
    assert not button.isEnabled()
    release.set()
    qtbot.waitUntil(ops.idle)
    assert button.isEnabled()


def test_a_refusal_reaches_the_user_as_its_translated_message(qtbot: Any, monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))

    def work(_task: ops.Task) -> None:
        raise ValidationError("Slutdatoen ligger før startdatoen.")

    done: list[object] = []
    ops.run(None, work, done.append)
    qtbot.waitUntil(ops.idle)
    assert shown == ["Slutdatoen ligger før startdatoen."]
    assert done == []


def test_on_failed_may_handle_the_error_itself(qtbot: Any, monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append("box"))
    handled: list[BaseException] = []

    def work(_task: ops.Task) -> None:
        raise ValidationError("nej")

    ops.run(None, work, None, lambda error: handled.append(error) or True)
    qtbot.waitUntil(ops.idle)
    assert shown == [] and isinstance(handled[0], ValidationError)


def test_a_later_operation_with_the_same_key_supersedes_the_earlier(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    release = threading.Event()
    results: list[str] = []

    def slow(task: ops.Task) -> str:
        release.wait(5)
        return "old"

    first = ops.run(owner, slow, results.append, key="search")
    ops.run(owner, lambda _t: "new", results.append, key="search")
    assert first.task.cancelled
    release.set()
    qtbot.waitUntil(ops.idle)
    assert results == ["new"]


def test_changes_are_broadcast_with_their_initiator_after_success(qtbot: Any) -> None:
    heard: list[Change] = []
    hub.changed.connect(heard.append)
    try:
        marker = object()
        ops.run(None, lambda _t: None, changes={"contracts"}, initiator=marker)
        qtbot.waitUntil(ops.idle)
        assert heard == [Change(frozenset({"contracts"}), marker)]
    finally:
        hub.changed.disconnect(heard.append)


def test_cancel_reaches_the_work_and_nothing_is_delivered(qtbot: Any) -> None:
    started = threading.Event()
    results: list[object] = []
    failures: list[BaseException] = []

    def work(task: ops.Task) -> str:
        started.set()
        while task.progress(0.5):
            QThread.msleep(1)
        task.check()
        return "finished"

    op = ops.run(None, work, results.append, lambda e: failures.append(e) or True, progress="Importerer …")
    assert started.wait(5)
    op.task.cancel()
    qtbot.waitUntil(ops.idle)
    assert results == [] and isinstance(failures[0], ops.Cancelled)


def test_a_result_for_a_widget_that_is_gone_is_dropped(qtbot: Any) -> None:
    owner = QWidget()
    release = threading.Event()
    results: list[object] = []
    ops.run(owner, lambda _t: release.wait(5), results.append)
    owner.deleteLater()
    QApplication.sendPostedEvents(None, 52)  # QEvent.DeferredDelete
    release.set()
    qtbot.waitUntil(ops.idle)
    assert results == []


@pytest.mark.parametrize("kind", [RuntimeError])
def test_an_unexpected_error_says_so_without_its_text(qtbot: Any, monkeypatch: Any, kind: type) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))

    def work(_task: ops.Task) -> None:
        raise kind("CPR 010190-1234 in a driver message")

    ops.run(None, work)
    qtbot.waitUntil(ops.idle)
    assert len(shown) == 1 and "RuntimeError" in shown[0] and "010190" not in shown[0]
