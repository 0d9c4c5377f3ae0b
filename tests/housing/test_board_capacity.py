"""A household larger than the room, on the real board: every way of placing persons — the drop,
"Anvis værelse …" (Ctrl+N), a dragged bar, F2, Ctrl+M, the suggestions — asks where the rest of
the family lives (free rooms of the same unit, same dates) or refuses with the reason; never a
silently smaller stay. The waiting list and the overview say "2 af 3 har seng"; undo is one step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton
from sqlalchemy import select

from integration_desk.db.models import Allocation, Household, Person, Room
from integration_desk.services import housing_allocations as allocations
from integration_desk.services.context import AppContext
from integration_desk.services.housing_allocations import AllocationInput
from integration_desk.ui.housing.board import HOUSEHOLD_MIME
from integration_desk.ui.housing.dialogs import AllocateDialog, SplitDialog, StayDialog
from integration_desk.ui.housing.rest_dialog import RestDialog
from integration_desk.ui.housing.view import HousingView
from tests.housing.test_capacity import ARRIVES, announce

Row = tuple[int, int, date, date | None]


def _rows(ctx: AppContext) -> list[tuple[int, int, int, date, date | None]]:
    """(room, household, persons, moving in, moving out) of every stay."""
    with ctx.uow(readonly=True) as uow:
        return sorted(
            (a.room_id, a.household_id, a.persons, a.starts_on, a.ends_on)
            for a in uow.session.scalars(select(Allocation))
        )


def _on_modal(kind: type[QDialog], act: Callable[[Any], None]) -> list[bool]:
    """Run ``act`` on the next modal dialog of ``kind`` (it runs inside the dialog's exec)."""
    ran: list[bool] = []
    tries = [0]

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            tries[0] += 1
            if tries[0] < 500:
                QTimer.singleShot(10, run)
            return
        act(dialog)
        ran.append(True)

    QTimer.singleShot(0, run)
    return ran


def _button(qtbot: Any, dialog: QDialog, which: QDialogButtonBox.StandardButton) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(which), Qt.MouseButton.LeftButton)


def _ok(qtbot: Any, dialog: QDialog) -> None:
    _button(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)


def _view(qtbot: Any, ctx: AppContext) -> HousingView:
    view = HousingView(ctx)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.board.setFocus()
    return view


def _drop(view: HousingView, household: int, room: int, day: date) -> None:
    board = view.board
    mime = QMimeData()
    mime.setData(HOUSEHOLD_MIME, str(household).encode())
    at = QPointF(board.mapFromScene(board.scene_pos_of(room, day)))
    board.dropEvent(
        QDropEvent(
            at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    )


def _room3(ctx: AppContext, world: Any) -> int:
    """A third room of Gang A with one bed."""
    with ctx.uow() as uow:
        unit = uow.session.get(Room, world.room1).unit_id
        room = Room(unit_id=unit, name="3", beds=1)
        uow.session.add(room)
        uow.commit()
        return room.id


def _waiting_texts(view: HousingView) -> list[str]:
    return [view.waiting.item(i).text() for i in range(view.waiting.count())]


@pytest.fixture(autouse=True)
def refusals(monkeypatch: Any) -> list[str]:
    """The board's refusals (a modal message box would block the test): recorded instead."""
    messages: list[str] = []
    monkeypatch.setattr(
        "integration_desk.ui.widgets.errors.QMessageBox.warning", lambda _p, _t, text: messages.append(text)
    )
    return messages


def test_dropping_a_household_of_three_on_a_room_of_two_asks_for_the_room_beside_it(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    announce(ctx, world.ali)
    view = _view(qtbot, ctx)
    seen: dict[str, object] = {}

    def answer(dialog: RestDialog) -> None:
        seen["question"] = dialog.findChild(type(dialog.status)).text()
        seen["ticked"] = [room for room, box in dialog.rooms.items() if box.isChecked()]
        seen["offered"] = [box.text() for box in dialog.rooms.values()]
        _ok(qtbot, dialog)

    ran = _on_modal(RestDialog, answer)
    _drop(view, world.ali, world.room1, ARRIVES)
    assert ran, "the drop must ask where the third person lives"
    assert "har plads til 2 af de 3 personer i Familien Ali" in str(seen["question"])
    assert seen["offered"] == ["2 (3 senge)"] and seen["ticked"] == [world.room2]
    assert _rows(ctx) == [
        (world.room1, world.ali, 2, ARRIVES, None),
        (world.room2, world.ali, 1, ARRIVES, None),
    ]
    qtbot.waitUntil(lambda: _waiting_texts(view) == ["Ingen husstande venter."])
    assert view.undo_stack.count() == 1
    view.undo_stack.undo()  # one step: both rooms go
    assert _rows(ctx) == []
    view.undo_stack.redo()
    assert len(_rows(ctx)) == 2


def test_a_drop_with_no_free_room_for_the_rest_is_refused_and_the_household_keeps_waiting(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any, refusals: list[str]
) -> None:
    announce(ctx, world.ali)
    allocations.allocate(ctx, AllocationInput(world.room2, world.hansen, 2, date(2016, 10, 1)))
    view = _view(qtbot, ctx)
    _drop(view, world.ali, world.room1, ARRIVES)
    assert len(refusals) == 1 and "Intet andet værelse i Gang A er ledigt" in refusals[0]
    assert _rows(ctx) == [(world.room2, world.hansen, 2, date(2016, 10, 1), None)]
    assert any("Familien Ali" in text for text in _waiting_texts(view))
    assert view.undo_stack.count() == 0


def test_ctrl_n_allocates_the_rest_of_the_family_beside_it_too(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any, refusals: list[str]
) -> None:
    announce(ctx, world.ali)
    view = _view(qtbot, ctx)

    def choose(dialog: AllocateDialog) -> None:
        dialog.household.setCurrentIndex(dialog.household.findData(world.ali))
        dialog.room.setCurrentIndex(dialog.room.findData(world.room1))
        dialog.starts_on.set_value(date(2016, 10, 10))
        _ok(qtbot, dialog)

    chose = _on_modal(AllocateDialog, choose)
    asked = _on_modal(RestDialog, lambda dialog: _ok(qtbot, dialog))
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(chose))
    assert asked, f"Ctrl+N must ask for the rest, not refuse: {refusals}"
    assert _rows(ctx) == [
        (world.room1, world.ali, 2, ARRIVES, None),
        (world.room2, world.ali, 1, ARRIVES, None),
    ]


def test_a_partly_housed_household_stays_on_the_waiting_list_as_2_of_3(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    announce(ctx, world.ali)
    allocations.allocate(ctx, AllocationInput(world.room1, world.ali, 2, ARRIVES))
    view = _view(qtbot, ctx)
    assert _waiting_texts(view) == ["Familien Ali — 3 pers.\nforventet 10-10-2016\n2 af 3 har seng"]
    assert "1 husstand venter" in view.summary.text()


def test_the_overview_counts_persons_without_a_bed_not_households(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    from integration_desk.ui.housing.panels import CapacityShortfallPanel
    from integration_desk.ui.overview.panels import ArrivalsPanel

    announce(ctx, world.ali)
    allocations.allocate(ctx, AllocationInput(world.room2, world.hansen, 2, date(2016, 10, 1)))
    allocations.allocate(ctx, AllocationInput(world.room1, world.ali, 2, ARRIVES))
    arrivals, shortfall = ArrivalsPanel(ctx), CapacityShortfallPanel(ctx)
    for panel in (arrivals, shortfall):
        qtbot.addWidget(panel)
        panel.show()
        panel.load()
    assert arrivals.list.item(0).text() == "10-10-2016  Familien Ali — 3 pers. — 2 af 3 har seng"
    first = shortfall.list.item(0).text()
    assert first.startswith("10-10-2016 (uge 41): 1 person venter, 0 ledige senge"), first
    texts = [shortfall.list.item(i).text() for i in range(shortfall.list.count())]
    assert "Der er ledige senge nok til alle varslede ankomster." not in texts


def test_suggestions_house_the_rest_of_a_partly_housed_family_in_one_step(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any, monkeypatch: Any
) -> None:
    from integration_desk.ui.housing.board import GhostBar

    announce(ctx, world.ali)
    allocations.allocate(ctx, AllocationInput(world.room1, world.ali, 2, ARRIVES))
    informed: list[str] = []
    monkeypatch.setattr(
        "integration_desk.ui.housing.view.QMessageBox.information", lambda _p, _t, text: informed.append(text)
    )
    view = _view(qtbot, ctx)
    buttons = {b.text(): b for b in view.findChildren(QPushButton)}
    qtbot.mouseClick(buttons["Foreslå værelser"], Qt.MouseButton.LeftButton)
    ghosts = [i for i in view.board.scene().items() if isinstance(i, GhostBar)]
    assert [g.toolTip() for g in ghosts] == ["Forslag: Familien Ali (1)"], informed
    qtbot.mouseClick(buttons["Godkend alle forslag"], Qt.MouseButton.LeftButton)
    assert _rows(ctx) == [
        (world.room1, world.ali, 2, ARRIVES, None),
        (world.room2, world.ali, 1, ARRIVES, None),
    ]
    qtbot.waitUntil(lambda: _waiting_texts(view) == ["Ingen husstande venter."])
    view.undo_stack.undo()
    assert _rows(ctx) == [(world.room1, world.ali, 2, ARRIVES, None)]


def test_suggestions_plan_several_rooms_for_a_big_family_or_say_they_cannot(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any, monkeypatch: Any
) -> None:
    with ctx.uow() as uow:
        big, huge = Household(display_name="Familien Stor"), Household(display_name="Familien Kæmpe")
        uow.session.add_all([big, huge])
        uow.session.flush()
        for household, count in ((big, 5), (huge, 6)):
            for i in range(count):
                uow.session.add(Person(household_id=household.id, given_name=f"P{i}",
                                       family_name=household.display_name, status="expected", kind="quota"))  # fmt: skip
        uow.commit()
        ids = (big.id, huge.id)
    for household in ids:
        announce(ctx, household)
    informed: list[str] = []
    monkeypatch.setattr(
        "integration_desk.ui.housing.view.QMessageBox.information", lambda _p, _t, text: informed.append(text)
    )
    view = _view(qtbot, ctx)
    view.suggest()
    assert sorted((s.room_id, s.persons) for s in view.suggested) == [(world.room1, 2), (world.room2, 3)]
    assert view.warnings.isVisibleTo(view)
    assert "Intet forslag til Familien Kæmpe (6 personer)" in view.warnings.text()
    view.accept_all_suggestions()
    assert [r[:3] for r in _rows(ctx)] == [(world.room1, ids[0], 2), (world.room2, ids[0], 3)]
    view.undo_stack.undo()  # the family's two rooms: one step
    assert _rows(ctx) == []
    assert informed == []


def test_dragging_a_bar_to_a_smaller_room_asks_for_the_rest(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    room3 = _room3(ctx, world)
    saved = allocations.allocate(ctx, AllocationInput(world.room2, world.ali, 3, ARRIVES))
    view = _view(qtbot, ctx)
    board = view.board
    ticked: list[list[int]] = []

    def answer(dialog: RestDialog) -> None:
        ticked.append(dialog.chosen())
        _ok(qtbot, dialog)

    ran = _on_modal(RestDialog, answer)
    start = board.mapFromScene(board.scene_pos_of(world.room2, date(2016, 10, 12)))
    target = board.mapFromScene(board.scene_pos_of(world.room1, date(2016, 10, 12)))
    qtbot.mousePress(board.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(board.viewport(), pos=target)
    qtbot.mouseRelease(board.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert ran and ticked == [[room3]]  # the fewest spare beds: the single room
    assert _rows(ctx) == [(world.room1, world.ali, 2, ARRIVES, None), (room3, world.ali, 1, ARRIVES, None)]
    view.undo_stack.undo()
    assert _rows(ctx) == [(world.room2, world.ali, 3, ARRIVES, None)]
    assert allocations.get_allocation(ctx, saved.id).data.room_id == world.room2


def test_f2_with_fewer_persons_asks_where_the_others_sleep(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    allocations.allocate(ctx, AllocationInput(world.room2, world.ali, 3, ARRIVES))
    view = _view(qtbot, ctx)
    board = view.board
    qtbot.keyClick(board, Qt.Key.Key_Home)

    def fewer(dialog: StayDialog) -> None:
        dialog.persons.setValue(2)
        _ok(qtbot, dialog)

    edited = _on_modal(StayDialog, fewer)
    cancelled = _on_modal(RestDialog, lambda d: _button(qtbot, d, QDialogButtonBox.StandardButton.Cancel))
    qtbot.keyClick(board, Qt.Key.Key_F2)
    assert edited and cancelled
    assert _rows(ctx) == [(world.room2, world.ali, 3, ARRIVES, None)]  # cancelled: nothing changed
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    board.setFocus()
    edited = _on_modal(StayDialog, fewer)
    asked = _on_modal(RestDialog, lambda d: _ok(qtbot, d))
    qtbot.keyClick(board, Qt.Key.Key_F2)
    assert edited and asked
    assert _rows(ctx) == [
        (world.room1, world.ali, 1, ARRIVES, None),
        (world.room2, world.ali, 2, ARRIVES, None),
    ]
    view.undo_stack.undo()
    assert _rows(ctx) == [(world.room2, world.ali, 3, ARRIVES, None)]


def test_ctrl_m_to_a_smaller_room_moves_the_rest_beside_it_as_one_step(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    room3 = _room3(ctx, world)
    allocations.allocate(ctx, AllocationInput(world.room2, world.ali, 3, date(2016, 10, 1)))
    view = _view(qtbot, ctx)
    board = view.board
    qtbot.keyClick(board, Qt.Key.Key_Home)

    def move(dialog: SplitDialog) -> None:
        dialog.on.set_value(date(2016, 11, 1))
        dialog.room.setCurrentIndex(dialog.room.findData(world.room1))
        _ok(qtbot, dialog)

    moved = _on_modal(SplitDialog, move)
    asked = _on_modal(RestDialog, lambda d: _ok(qtbot, d))
    qtbot.keyClick(board, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert moved and asked
    nov = date(2016, 11, 1)
    assert _rows(ctx) == [
        (world.room1, world.ali, 2, nov, None),
        (world.room2, world.ali, 3, date(2016, 10, 1), nov),
        (room3, world.ali, 1, nov, None),
    ]
    assert view.undo_stack.count() == 1
    view.undo_stack.undo()
    assert _rows(ctx) == [(world.room2, world.ali, 3, date(2016, 10, 1), None)]
