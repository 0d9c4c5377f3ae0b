"""Placing a waiting household by dropping it on the board, ending and splitting stays — with undo."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from sqlalchemy import select

from integration_desk.db.models import Allocation, ArrivalNotice
from integration_desk.services import housing_allocations as allocations
from integration_desk.services.context import AppContext
from integration_desk.services.housing_allocations import AllocationInput
from integration_desk.ui.housing.board import HOUSEHOLD_MIME
from integration_desk.ui.housing.view import HousingView


def _rows(ctx: AppContext) -> list[tuple[int, int, date, date | None, str | None]]:
    with ctx.uow(readonly=True) as uow:
        return [
            (a.room_id, a.household_id, a.starts_on, a.ends_on, a.end_reason)
            for a in uow.session.scalars(select(Allocation).order_by(Allocation.id))
        ]


def _view(qtbot: Any, ctx: AppContext) -> HousingView:
    view = HousingView(ctx)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_drop_a_waiting_household_on_a_room_then_undo(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    with ctx.uow() as uow:
        uow.session.add(
            ArrivalNotice(household_id=world.hansen, reference="US-1", received_on=date(2016, 9, 1),
                          decision_on=date(2016, 9, 1), expected_arrival_on=date(2016, 10, 10),
                          takeover_on=date(2016, 11, 1))
        )  # fmt: skip
        uow.commit()
    view = _view(qtbot, ctx)
    assert view.waiting.count() == 1 and "Familien Hansen" in view.waiting.item(0).text()
    board = view.board
    mime = QMimeData()
    mime.setData(HOUSEHOLD_MIME, str(world.hansen).encode())
    at = QPointF(board.mapFromScene(board.scene_pos_of(world.room1, date(2016, 10, 10))))
    drop = QDropEvent(
        at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    board.dropEvent(drop)
    assert _rows(ctx) == [(world.room1, world.hansen, date(2016, 10, 10), None, None)]
    qtbot.waitUntil(lambda: view.waiting.count() == 1 and "Ingen" in view.waiting.item(0).text())
    view.undo_stack.undo()
    assert _rows(ctx) == []
    view.undo_stack.redo()
    assert len(_rows(ctx)) == 1


def test_end_and_split_a_stay_with_undo(desk_app: Any, qtbot: Any, ctx: AppContext, world: Any) -> None:
    allocations.allocate(ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 10, 1)))
    view = _view(qtbot, ctx)
    stay = view.data.stays[0]
    view.end_stay(stay, date(2016, 12, 1), "permanent_home")
    assert _rows(ctx) == [(world.room1, world.hansen, date(2016, 10, 1), date(2016, 12, 1), "permanent_home")]
    view.undo_stack.undo()
    assert _rows(ctx) == [(world.room1, world.hansen, date(2016, 10, 1), None, None)]
    view.reload()
    view.split(view.data.stays[0], date(2016, 11, 1), world.room2)
    assert _rows(ctx) == [
        (world.room1, world.hansen, date(2016, 10, 1), date(2016, 11, 1), "moved_room"),
        (world.room2, world.hansen, date(2016, 11, 1), None, None),
    ]
    view.undo_stack.undo()
    assert _rows(ctx) == [(world.room1, world.hansen, date(2016, 10, 1), None, None)]


def test_suggestions_show_as_ghost_bars_and_are_accepted_all_at_once(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    from integration_desk.ui.housing.board import GhostBar

    with ctx.uow() as uow:
        for household, ref in ((world.hansen, "US-1"), (world.ali, "US-2")):
            uow.session.add(
                ArrivalNotice(household_id=household, reference=ref, received_on=date(2016, 9, 1),
                              decision_on=date(2016, 9, 1), expected_arrival_on=date(2016, 10, 10),
                              takeover_on=date(2016, 11, 1))
            )  # fmt: skip
        uow.commit()
    view = _view(qtbot, ctx)
    view.suggest()
    ghosts = [i for i in view.board.scene().items() if isinstance(i, GhostBar)]
    assert len(ghosts) == 2
    view.accept_all_suggestions()
    rows = sorted(_rows(ctx))
    assert rows == [
        (world.room1, world.hansen, date(2016, 10, 10), None, None),
        (world.room2, world.ali, date(2016, 10, 10), None, None),
    ]
    assert not [i for i in view.board.scene().items() if isinstance(i, GhostBar)]
    view.undo_stack.undo()  # one macro: both go
    assert _rows(ctx) == []
