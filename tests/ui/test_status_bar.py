"""Every long action says what it did in the main window's status bar (issue 13 point 8): one
signal (``hub.status``) that the views' exports, imports and print batches announce through."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from integration_desk.services.context import AppContext
from integration_desk.ui import ops
from integration_desk.ui.contracts.preview import print_ready
from integration_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, desk_app, demo_ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_ctx)
    window.persist_state = False
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_report_export_says_where_it_went(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "kvote.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.show_view("reports")
    qtbot.waitUntil(ops.idle)
    view = window.views["reports"]
    assert window.statusBar().currentMessage() == ""
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ops.idle)  # the export runs on a worker
    assert target.exists()
    message = window.statusBar().currentMessage()
    assert message.startswith("Rapporten »") and message.endswith(f"er gemt: {target}")


def test_a_print_batch_saved_as_pdf_says_how_many_and_where(
    qtbot, window: MainWindow, demo_ctx: AppContext, tmp_path: Path, wait_ops
) -> None:  # type: ignore[no-untyped-def]
    batch = print_ready(demo_ctx, window, None)
    wait_ops()
    dialog = batch.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    target = tmp_path / "klar.pdf"
    assert dialog.save_to(str(target))
    wait_ops()
    count = len(dialog.contract_ids)
    assert count > 1
    assert window.statusBar().currentMessage() == f"{count} kontrakter gemt som PDF: {target}"


def test_an_export_of_arrivals_says_how_many_persons(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from integration_desk.ui.arrivals.menu import ArrivalsMenuButton

    target = tmp_path / "ankomster.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    window.show_view("calendar")
    menu = window.views["calendar"].findChildren(ArrivalsMenuButton)[0]
    menu.export_arrivals()
    assert target.exists()
    message = window.statusBar().currentMessage()
    assert message.endswith(f"personer eksporteret til {target}") and message.split()[0].isdigit()
