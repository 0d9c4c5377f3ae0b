"""The board with real mouse events: drag a bar to another room and day, undo, redo — stored rows each time."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from integration_desk.services import housing_allocations as allocations
from integration_desk.services.context import AppContext
from integration_desk.services.housing_allocations import AllocationInput
from integration_desk.ui.housing.view import HousingView


def _stored(ctx: AppContext, stay_id: int) -> tuple[int, date, date | None]:
    data = allocations.get_allocation(ctx, stay_id).data
    return data.room_id, data.starts_on, data.ends_on


def test_drag_a_bar_to_another_room_and_day_then_undo_and_redo(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    saved = allocations.allocate(
        ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 10, 3), date(2016, 10, 20))
    )
    view = HousingView(ctx)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    board = view.board
    viewport = board.viewport()
    start = board.mapFromScene(board.scene_pos_of(world.room1, date(2016, 10, 5)))
    target = board.mapFromScene(board.scene_pos_of(world.room2, date(2016, 10, 7)))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=target)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    assert _stored(ctx, saved.id) == (world.room2, date(2016, 10, 5), date(2016, 10, 22))
    view.undo_stack.undo()
    assert _stored(ctx, saved.id) == (world.room1, date(2016, 10, 3), date(2016, 10, 20))
    view.undo_stack.redo()
    assert _stored(ctx, saved.id) == (world.room2, date(2016, 10, 5), date(2016, 10, 22))


def test_a_refused_drag_stores_nothing_and_says_why(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any, monkeypatch: Any
) -> None:
    allocations.allocate(ctx, AllocationInput(world.room2, world.ali, 3, date(2016, 10, 1)))
    saved = allocations.allocate(ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 10, 3)))
    messages: list[str] = []
    monkeypatch.setattr(
        "integration_desk.ui.widgets.errors.QMessageBox.warning", lambda _p, _t, text: messages.append(text)
    )
    view = HousingView(ctx)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    board = view.board
    start = board.mapFromScene(board.scene_pos_of(world.room1, date(2016, 10, 5)))
    target = board.mapFromScene(board.scene_pos_of(world.room2, date(2016, 10, 5)))
    qtbot.mousePress(board.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(board.viewport(), pos=target)
    qtbot.mouseRelease(board.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert _stored(ctx, saved.id) == (world.room1, date(2016, 10, 3), None)
    assert messages and "Familien Ali" in messages[0]
    assert view.undo_stack.count() == 0


def test_drag_the_end_of_a_bar_to_lengthen_the_stay(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    saved = allocations.allocate(
        ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 10, 3), date(2016, 10, 20))
    )
    view = HousingView(ctx)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    board = view.board
    edge = board.scene_pos_of(world.room1, date(2016, 10, 20))
    edge.setX(board.x_of(date(2016, 10, 20)) - 2)
    start = board.mapFromScene(edge)
    edge.setX(edge.x() + 3 * board.day_w)
    target = board.mapFromScene(edge)
    qtbot.mousePress(board.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(board.viewport(), pos=target)
    qtbot.mouseRelease(board.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert _stored(ctx, saved.id) == (world.room1, date(2016, 10, 3), date(2016, 10, 23))
    view.undo_stack.undo()
    assert _stored(ctx, saved.id) == (world.room1, date(2016, 10, 3), date(2016, 10, 20))
