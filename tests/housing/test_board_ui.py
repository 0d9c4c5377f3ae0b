"""The board with real mouse events: drag a bar to another room and day, undo, redo — stored rows each time."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt

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


def _announce(ctx: AppContext, household: int, expected: date) -> None:
    from integration_desk.db.models import ArrivalNotice

    with ctx.uow() as uow:
        uow.session.add(
            ArrivalNotice(household_id=household, reference=f"US-{household}", received_on=date(2016, 9, 1),
                          decision_on=date(2016, 9, 1), expected_arrival_on=expected,
                          takeover_on=date(2016, 11, 1))
        )  # fmt: skip
        uow.commit()


def _rows(ctx: AppContext) -> list[tuple[int, int, date, date | None]]:
    from sqlalchemy import select

    from integration_desk.db.models import Allocation

    with ctx.uow(readonly=True) as uow:
        return [
            (a.room_id, a.household_id, a.starts_on, a.ends_on)
            for a in uow.session.scalars(select(Allocation).order_by(Allocation.id))
        ]


def test_drag_a_waiting_household_onto_a_room_with_the_mouse_then_undo_and_redo(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    _announce(ctx, world.hansen, date(2016, 10, 10))
    view = HousingView(ctx)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    waiting, board = view.waiting, view.board
    item = waiting.item(0)
    assert "Familien Hansen" in item.text()
    start = waiting.visualItemRect(item).center()
    on_board = board.mapFromScene(board.scene_pos_of(world.room2, date(2016, 10, 12)))
    # The list holds the mouse from the press: the move and the release come to it, over the board.
    target = waiting.viewport().mapFromGlobal(board.viewport().mapToGlobal(on_board))
    qtbot.mousePress(waiting.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(waiting.viewport(), pos=start + QPoint(0, 12))
    qtbot.mouseMove(waiting.viewport(), pos=target)
    assert board._drop_marker is not None and board._drop_marker.isVisible()
    qtbot.mouseRelease(waiting.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert _rows(ctx) == [(world.room2, world.hansen, date(2016, 10, 12), None)]
    assert board._drop_marker is None or not board._drop_marker.isVisible()
    qtbot.waitUntil(lambda: "Ingen" in view.waiting.item(0).text())
    view.undo_stack.undo()
    assert _rows(ctx) == []
    view.undo_stack.redo()
    assert _rows(ctx) == [(world.room2, world.hansen, date(2016, 10, 12), None)]


def test_letting_go_outside_the_days_stores_nothing(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    _announce(ctx, world.hansen, date(2016, 10, 10))
    view = HousingView(ctx)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    waiting, board = view.waiting, view.board
    start = waiting.visualItemRect(waiting.item(0)).center()
    on_names = board.mapFromScene(board.scene_pos_of(world.room2, date(2016, 10, 12)))
    on_names.setX(40)  # over the room names
    target = waiting.viewport().mapFromGlobal(board.viewport().mapToGlobal(on_names))
    qtbot.mousePress(waiting.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(waiting.viewport(), pos=target)
    qtbot.mouseRelease(waiting.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert _rows(ctx) == []
    assert view.undo_stack.count() == 0


def test_room_names_stay_in_view_while_scrolling_in_time(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    from PySide6.QtGui import QColor

    allocations.allocate(ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 9, 1)))
    view = HousingView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    board = view.board
    bar = board.horizontalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 300
    image = board.viewport().grab().toImage()
    row_y = board.mapFromScene(board.scene_pos_of(world.room1, date(2016, 10, 12))).y()
    # Under the frozen column the stay's green bar is covered by the room's name on white.
    assert image.pixelColor(150, row_y) == QColor("white")
    assert image.pixelColor(400, row_y) != QColor("white")
    assert board.in_label_column(QPoint(100, row_y))


def test_a_retired_room_is_greyed_from_its_day(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    from integration_desk.services import housing_register as register

    register.retire_room(ctx, world.room2, 1, date(2016, 10, 20))
    view = HousingView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    board = view.board
    tips = [i for i in board.scene().items() if i.toolTip() == "Ude af brug fra 20-10-2016"]
    assert len(tips) == 1
    assert tips[0].rect().left() == board.x_of(date(2016, 10, 20))
