"""The arrivals import runs on a worker (ui.ops): the window answers while it runs, Cancel writes
nothing, and a failure reaches the user as the same translated message as before."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from sqlalchemy import func, select

from integration_desk.db.models import ArrivalNotice, Household, Person
from integration_desk.services import arrivals_import
from integration_desk.services.context import AppContext
from integration_desk.ui import ops
from integration_desk.ui.arrivals import import_dialog
from integration_desk.ui.arrivals.import_dialog import ImportDialog
from integration_desk.ui.main_window import VIEW_KEYS, MainWindow
from integration_desk.ui.widgets.view import View

HOUSEHOLDS = 120


def _counts(ctx: AppContext) -> tuple[int, int, int]:
    with ctx.uow(readonly=True) as uow:
        return tuple(  # type: ignore[return-value]
            uow.session.scalar(select(func.count()).select_from(model)) or 0
            for model in (ArrivalNotice, Household, Person)
        )


class Gate:
    """Holds the import's worker inside its progress callback, in the writing phase, until the test
    opens the gate: the import is certainly running while the test drives the window."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.opened = threading.Event()

    def wrap(self, progress: Callable[[float, float], bool] | None) -> Callable[[float, float], bool]:
        def held(done: float, total: float) -> bool:
            if done >= 2 * total / 3 and done < total and not self.reached.is_set():
                self.reached.set()
                assert self.opened.wait(30), "the test never opened the gate"
            return progress(done, total) if progress is not None else True

        return held


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    gate = Gate()
    real = arrivals_import.import_arrivals

    def import_arrivals(ctx: AppContext, path: Path, **kwargs: Any) -> Any:
        kwargs["progress"] = gate.wrap(kwargs.get("progress"))
        return real(ctx, path, **kwargs)

    monkeypatch.setattr(import_dialog, "import_arrivals", import_arrivals)
    yield gate
    gate.opened.set()  # never leave a worker waiting


@pytest.fixture
def big_workbook(tmp_path: Path, xlsx_row: Any, workbook: Any) -> Path:
    rows = [
        xlsx_row(f"US-{n}", f"Familien {n}", given=given)
        for n in range(HOUSEHOLDS)
        for given in ("Yonas", "Selam")
    ]
    return workbook(tmp_path / "ankomster.xlsx", rows)  # type: ignore[no-any-return]


@pytest.fixture
def window(qtbot: Any, desk_app: Any, ctx: AppContext, wait_ops: Any) -> MainWindow:
    window = MainWindow(ctx)
    window.persist_state = False
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    wait_ops()
    return window


def _click_nav(qtbot: Any, window: MainWindow, key: str) -> None:
    item = window.nav.item(VIEW_KEYS.index(key))
    rect = window.nav.visualItemRect(item)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _import_running(dialog: ImportDialog) -> bool:
    return any(op.owner is dialog for op in ops.running())


def test_the_window_answers_while_an_import_runs(
    qtbot: Any, window: MainWindow, ctx: AppContext, gate: Gate, big_workbook: Path, wait_ops: Any
) -> None:
    dialog = ImportDialog(ctx, big_workbook, window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.reached.is_set, timeout=30_000)
    assert not dialog.import_button.isEnabled()
    # The housing view only reads (the people list audits its read, so on SQLite it would queue
    # behind the import's write lock, as any second writer does).
    _click_nav(qtbot, window, "housing")
    housing = window.views["housing"]
    assert window.current_key() == "housing" and window.stack.currentWidget() is housing
    qtbot.waitUntil(lambda: housing.isVisible() and not housing._stale)
    if type(housing).loader is not View.loader:  # loads on a worker: wait for its rows
        qtbot.waitUntil(lambda: housing.loads_shown > 0)
    assert _import_running(dialog)  # the view switched and loaded while the import still ran
    gate.opened.set()
    wait_ops(30_000)
    assert dialog.summary.text() == f"{HOUSEHOLDS} meddelelser med {2 * HOUSEHOLDS} personer er importeret."
    assert _counts(ctx) == (HOUSEHOLDS, HOUSEHOLDS, 2 * HOUSEHOLDS)


def test_cancel_during_the_import_writes_nothing(
    qtbot: Any, window: MainWindow, ctx: AppContext, gate: Gate, big_workbook: Path, wait_ops: Any
) -> None:
    before = _counts(ctx)
    dialog = ImportDialog(ctx, big_workbook, window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.reached.is_set, timeout=30_000)
    progress = dialog.findChild(QProgressDialog, "operation_progress")
    assert progress is not None
    qtbot.waitUntil(progress.isVisible)
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Annullér"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.opened.set()
    wait_ops(30_000)
    assert _counts(ctx) == before
    assert dialog.summary.text() == "Importen blev afbrudt; intet er gemt."
    assert dialog.import_button.isEnabled() and not dialog.imported


def test_a_worker_error_reaches_the_user_translated(
    qtbot: Any,
    desk_app: Any,
    sqlite_ctx: AppContext,
    tmp_path: Path,
    xlsx_row: Any,
    workbook: Any,
    no_message_boxes: list[str],
    monkeypatch: pytest.MonkeyPatch,
    wait_ops: Any,
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(arrivals_import, "build_notice", broken)
    dialog = ImportDialog(sqlite_ctx, workbook(tmp_path / "a.xlsx", [xlsx_row()]))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_ops()
    assert no_message_boxes == ["Noget gik galt (RuntimeError); intet er gemt. Sig det venligst til IT."]
    assert _counts(sqlite_ctx) == (0, 0, 0)
    assert dialog.import_button.isEnabled()
