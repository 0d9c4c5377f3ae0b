"""The board without a mouse: select a bar with the arrow keys, F2 changes room and dates, Ctrl+E ends
the stay, Ctrl+M moves the household to another room from a day — each one undoable step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from sqlalchemy import select

from integration_desk.db.models import Allocation
from integration_desk.services import housing_allocations as allocations
from integration_desk.services.context import AppContext
from integration_desk.services.housing_allocations import AllocationInput
from integration_desk.ui.housing.dialogs import EndStayDialog, SplitDialog, StayDialog
from integration_desk.ui.housing.view import HousingView


def _rows(ctx: AppContext) -> list[tuple[int, date, date | None, str | None]]:
    with ctx.uow(readonly=True) as uow:
        return [
            (a.room_id, a.starts_on, a.ends_on, a.end_reason)
            for a in uow.session.scalars(select(Allocation).order_by(Allocation.id))
        ]


def _on_modal(kind: type[QDialog], act: Callable[[Any], None]) -> list[bool]:
    ran: list[bool] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, run)
            return
        act(dialog)
        ran.append(True)

    QTimer.singleShot(0, run)
    return ran


def _ok(qtbot: Any, dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _activate(qtbot: Any, view: HousingView) -> None:
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.board.setFocus()


def _view(qtbot: Any, ctx: AppContext) -> HousingView:
    view = HousingView(ctx)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    _activate(qtbot, view)
    return view


def test_f2_changes_room_and_dates_as_one_undoable_step(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    saved = allocations.allocate(
        ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 10, 3), date(2016, 10, 20))
    )
    view = _view(qtbot, ctx)
    board = view.board
    qtbot.keyClick(board, Qt.Key.Key_Down)
    assert board.selected_stay == saved.id

    def change(dialog: StayDialog) -> None:
        dialog.room.setCurrentIndex(dialog.room.findData(world.room2))
        dialog.starts_on.set_value(date(2016, 10, 5))
        dialog.ends_on.set_value(date(2016, 10, 25))
        _ok(qtbot, dialog)

    ran = _on_modal(StayDialog, change)
    qtbot.keyClick(board, Qt.Key.Key_F2)
    assert ran
    assert _rows(ctx) == [(world.room2, date(2016, 10, 5), date(2016, 10, 25), None)]
    assert view.undo_stack.count() == 1
    _activate(qtbot, view)  # the window manager gives the focus back after the dialog
    qtbot.keyClick(view.board, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _rows(ctx) == [(world.room1, date(2016, 10, 3), date(2016, 10, 20), None)]
    qtbot.keyClick(
        view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert _rows(ctx) == [(world.room2, date(2016, 10, 5), date(2016, 10, 25), None)]
    # The selection follows the stay through the reloads, so Enter edits it again.
    qtbot.waitUntil(
        lambda: board.selected_bar() is not None and board.selected_bar().stay.room_id == world.room2
    )

    def open_ended(dialog: StayDialog) -> None:
        dialog.has_end.setChecked(False)
        _ok(qtbot, dialog)

    ran = _on_modal(StayDialog, open_ended)
    qtbot.keyClick(board, Qt.Key.Key_Return)
    assert ran
    assert _rows(ctx) == [(world.room2, date(2016, 10, 5), None, None)]


def test_ctrl_e_ends_and_ctrl_m_splits_the_selected_stay(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    allocations.allocate(ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 10, 1)))
    view = _view(qtbot, ctx)
    board = view.board
    qtbot.keyClick(board, Qt.Key.Key_Home)

    def split(dialog: SplitDialog) -> None:
        dialog.on.set_value(date(2016, 11, 1))
        dialog.room.setCurrentIndex(dialog.room.findData(world.room2))
        _ok(qtbot, dialog)

    ran = _on_modal(SplitDialog, split)
    qtbot.keyClick(board, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert ran
    assert _rows(ctx) == [
        (world.room1, date(2016, 10, 1), date(2016, 11, 1), "moved_room"),
        (world.room2, date(2016, 11, 1), None, None),
    ]
    qtbot.waitUntil(lambda: len(board.bars) == 2)
    qtbot.keyClick(board, Qt.Key.Key_Down)  # the stay in room 2
    assert board.selected_bar() is not None and board.selected_bar().stay.room_id == world.room2

    def end(dialog: EndStayDialog) -> None:
        dialog.on.set_value(date(2016, 12, 15))
        dialog.reason.setCurrentIndex(dialog.reason.findData("moved_away"))
        _ok(qtbot, dialog)

    ran = _on_modal(EndStayDialog, end)
    qtbot.keyClick(board, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert ran
    assert _rows(ctx)[1] == (world.room2, date(2016, 11, 1), date(2016, 12, 15), "moved_away")
    view.undo_stack.undo()
    assert _rows(ctx)[1] == (world.room2, date(2016, 11, 1), None, None)


def test_the_context_menu_names_the_keys(desk_app: Any, qtbot: Any, ctx: AppContext, world: Any) -> None:
    allocations.allocate(ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 10, 1)))
    view = _view(qtbot, ctx)
    stay = view.data.stays[0]
    shown = {text: keys for text, keys, _action in view._stay_actions(stay).values()}
    assert shown["Ret værelse og datoer…"] == "F2"
    assert set(shown.values()) == {"F2", "Ctrl+E", "Ctrl+M", "Ctrl+O", "Del"}


def test_the_menu_key_opens_the_menu_of_the_selected_stay(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any, monkeypatch: Any
) -> None:
    saved = allocations.allocate(ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 10, 1)))
    view = _view(qtbot, ctx)
    shown: list[int] = []
    monkeypatch.setattr(view, "_stay_menu", lambda stay, _where: shown.append(stay.id))  # exec() would block
    qtbot.keyClick(view.board, Qt.Key.Key_Menu)
    assert shown == []  # nothing selected yet
    qtbot.keyClick(view.board, Qt.Key.Key_Down)
    qtbot.keyClick(view.board, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view.board, Qt.Key.Key_Menu)
    assert shown == [saved.id, saved.id]
