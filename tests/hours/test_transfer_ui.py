"""Issue 14: the hours view's import and export run on a worker with Cancel: a cancelled import
writes nothing, a cancelled export leaves no file (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import func, select

from integration_desk.db.models import HourEntry
from integration_desk.domain.weeks import IsoWeek
from integration_desk.services import hours_export, hours_import
from integration_desk.services.context import AppContext
from integration_desk.ui import ops
from integration_desk.ui.hours import transfer
from integration_desk.ui.hours.view import HoursView
from tests.hours.conftest import Resident
from tests.hours.test_commands_hours import workbook

ROWS: list[list[object]] = [
    ["010190-4561", None, "2016-W11", None, "Danskuddannelse", 10, 2, "syg", None],
    [None, "US-1001", "2016-W12", None, "virksomhedspraktik", 15, None, None, None],
]


def _count(ctx: AppContext) -> int:
    with ctx.uow(readonly=True) as uow:
        return uow.session.scalar(select(func.count()).select_from(HourEntry)) or 0


@pytest.fixture
def view(qtbot, desk_app, ctx: AppContext, resident: Resident, monkeypatch, wait_ops) -> HoursView:  # type: ignore[no-untyped-def]
    def unexpected(*args: object) -> None:
        raise AssertionError(f"unexpected message box: {args[2]}")

    monkeypatch.setattr(QMessageBox, "warning", unexpected)
    monkeypatch.setattr(QMessageBox, "critical", unexpected)
    view = HoursView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    wait_ops()
    return view


def _gate_at_the_end(
    monkeypatch: pytest.MonkeyPatch, module: Any, name: str
) -> tuple[threading.Event, threading.Event]:
    """Hold the service's worker at its last progress report (all work done, nothing committed or
    renamed yet) until the test has pressed Cancel."""
    real: Callable[..., Any] = getattr(module, name)
    reached, pressed = threading.Event(), threading.Event()

    def gated(*args: Any, progress: Any = None, **kwargs: Any) -> Any:
        def report(done: float, total: float) -> bool:
            if done >= total:
                reached.set()
                pressed.wait(10)
            return bool(progress(done, total))

        return real(*args, progress=report, **kwargs)

    monkeypatch.setattr(module, name, gated)
    return reached, pressed


def _cancel(qtbot, reached: threading.Event, pressed: threading.Event) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(reached.is_set)
    (operation,) = ops.running()
    assert operation.dialog is not None
    operation.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    pressed.set()


def test_import_through_the_view_stores_the_rows(
    qtbot, view: HoursView, ctx: AppContext, tmp_path: Path, wait_ops
) -> None:  # type: ignore[no-untyped-def]
    path = workbook(tmp_path / "liste.xlsx", ROWS)
    transfer.import_list(view, ctx, path, trigger=view.import_button)
    assert not view.import_button.isEnabled()
    wait_ops()
    assert _count(ctx) == 2
    assert view.import_button.isEnabled()


def test_cancel_during_the_import_leaves_no_row(
    qtbot, view: HoursView, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, wait_ops
) -> None:  # type: ignore[no-untyped-def]
    reached, pressed = _gate_at_the_end(monkeypatch, hours_import, "import_hours")
    path = workbook(tmp_path / "liste.xlsx", ROWS)
    transfer.import_list(view, ctx, path, trigger=view.import_button)
    _cancel(qtbot, reached, pressed)
    wait_ops()
    assert _count(ctx) == 0
    assert view.import_button.isEnabled()


def test_cancel_during_the_export_leaves_no_file(
    qtbot, view: HoursView, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, wait_ops
) -> None:  # type: ignore[no-untyped-def]
    path = workbook(tmp_path / "liste.xlsx", ROWS)
    transfer.import_list(view, ctx, path)
    wait_ops()
    folder = tmp_path / "ud"
    folder.mkdir()
    out = folder / "timer.xlsx"
    reached, pressed = _gate_at_the_end(monkeypatch, hours_export, "export_hours")
    transfer.export_period(view, ctx, IsoWeek(2016, 1), IsoWeek(2016, 39), out, trigger=view.export_button)
    _cancel(qtbot, reached, pressed)
    wait_ops()
    assert list(folder.iterdir()) == []
    monkeypatch.undo()
    transfer.export_period(view, ctx, IsoWeek(2016, 1), IsoWeek(2016, 39), out)
    wait_ops()
    assert [p.name for p in folder.iterdir()] == ["timer.xlsx"]
