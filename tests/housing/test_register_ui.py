"""The register dialog driven like a user: keys into the real forms, OK, and the stored rows after."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from integration_desk.db.models import HousingSite, HousingUnit, Room, RoomClosure
from integration_desk.services import housing_allocations as allocations
from integration_desk.services import housing_register as register
from integration_desk.services.context import AppContext
from integration_desk.services.housing_allocations import AllocationInput
from integration_desk.services.housing_register_tree import (
    ClosureEntry,
    RoomEntry,
    SiteEntry,
    UnitEntry,
    register_tree,
)
from integration_desk.ui.housing.register import RegisterDialog
from integration_desk.ui.housing.register_forms import FormDialog


def _on_modal(qtbot: Any, act: Callable[[FormDialog], None]) -> list[bool]:
    """Run ``act`` on the next modal form once it shows (the code under test calls exec())."""
    ran: list[bool] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FormDialog):
            QTimer.singleShot(10, run)
            return
        act(dialog)
        ran.append(True)

    QTimer.singleShot(0, run)
    return ran


def _ok(qtbot: Any, dialog: FormDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _retype(qtbot: Any, edit: Any, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _dialog(qtbot: Any, ctx: AppContext) -> RegisterDialog:
    dialog = RegisterDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_edit_site_unit_and_room_with_f2_and_the_edit_button(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    dialog = _dialog(qtbot, ctx)
    with ctx.uow(readonly=True) as uow:
        site_id = uow.session.scalar(select(HousingSite.id))
        unit_id = uow.session.scalar(select(HousingUnit.id))
    assert site_id is not None and unit_id is not None
    dialog.select(SiteEntry, site_id)

    def edit_site(form: Any) -> None:
        _retype(qtbot, form.name, "Søndergade Syd")
        _retype(qtbot, form.address, "Søndergade 3, 7400 Herning")
        _retype(qtbot, form.notes, "nøgle hos viceværten")
        _ok(qtbot, form)

    ran = _on_modal(qtbot, edit_site)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_F2)
    assert ran
    dialog.select(UnitEntry, unit_id)

    def edit_unit(form: Any) -> None:
        _retype(qtbot, form.name, "Gang B")
        form.max_persons.setValue(7)
        _retype(qtbot, form.notes, "stuen, uden trin")
        _ok(qtbot, form)

    ran = _on_modal(qtbot, edit_unit)
    qtbot.mouseClick(dialog.buttons["edit"], Qt.MouseButton.LeftButton)
    assert ran
    dialog.select(RoomEntry, world.room1)

    def edit_room(form: Any) -> None:
        _retype(qtbot, form.name, "1a")
        form.beds.setValue(1)
        _retype(qtbot, form.notes, "mod gården")
        _ok(qtbot, form)

    ran = _on_modal(qtbot, edit_room)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert ran
    with ctx.uow(readonly=True) as uow:
        site = uow.session.get(HousingSite, site_id)
        unit = uow.session.get(HousingUnit, unit_id)
        room = uow.session.get(Room, world.room1)
        assert site is not None and unit is not None and room is not None
        assert (site.name, site.address, site.notes) == (
            "Søndergade Syd",
            "Søndergade 3, 7400 Herning",
            "nøgle hos viceværten",
        )
        assert (unit.name, unit.max_persons, unit.notes) == ("Gang B", 7, "stuen, uden trin")
        assert (room.name, room.beds, room.notes) == ("1a", 1, "mod gården")
    texts = [item.text(1) for item in dialog.items()]
    assert "1 seng" in texts and "3 senge" in texts


def test_a_refused_edit_keeps_the_form_open_with_what_was_typed(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any, monkeypatch: Any
) -> None:
    allocations.allocate(ctx, AllocationInput(world.room2, world.ali, 3, date(2016, 10, 1)))
    messages: list[str] = []
    monkeypatch.setattr(
        "integration_desk.ui.widgets.errors.QMessageBox.warning", lambda _p, _t, text: messages.append(text)
    )
    dialog = _dialog(qtbot, ctx)
    dialog.select(RoomEntry, world.room2)
    seen: list[bool] = []

    def too_few_beds(form: Any) -> None:
        form.beds.setValue(2)
        _ok(qtbot, form)
        seen.append(form.isVisible())
        form.beds.setValue(4)
        _ok(qtbot, form)

    _on_modal(qtbot, too_few_beds)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_F2)
    assert seen == [True]
    assert messages and "3 personer" in messages[0]
    with ctx.uow(readonly=True) as uow:
        room = uow.session.get(Room, world.room2)
        assert room is not None and room.beds == 4


def test_close_a_room_edit_and_delete_the_closure(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog = _dialog(qtbot, ctx)
    dialog.select(RoomEntry, world.room1)

    def close(form: Any) -> None:
        form.first.set_value(date(2016, 10, 10))
        form.last.set_value(date(2016, 10, 14))
        form.reason.setCurrentIndex(form.reason.findData("cleaning"))
        _ok(qtbot, form)

    ran = _on_modal(qtbot, close)
    qtbot.mouseClick(dialog.buttons["closure"], Qt.MouseButton.LeftButton)
    assert ran
    with ctx.uow(readonly=True) as uow:
        closure = uow.session.scalars(select(RoomClosure)).one()
        assert (closure.room_id, closure.starts_on, closure.ends_on, closure.reason) == (
            world.room1,
            date(2016, 10, 10),
            date(2016, 10, 14),
            "cleaning",
        )
        closure_id = closure.id
    dialog.select(ClosureEntry, closure_id)

    def edit(form: Any) -> None:
        form.last.set_value(date(2016, 10, 20))
        form.reason.setCurrentIndex(form.reason.findData("other"))
        _retype(qtbot, form.notes, "vandskade")
        _ok(qtbot, form)

    ran = _on_modal(qtbot, edit)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_F2)
    assert ran
    with ctx.uow(readonly=True) as uow:
        stored = uow.session.get(RoomClosure, closure_id)
        assert stored is not None
        assert (stored.ends_on, stored.reason, stored.notes) == (date(2016, 10, 20), "other", "vandskade")
    assert dialog.selected() == next(
        e
        for e in (i.data(0, Qt.ItemDataRole.UserRole + 1) for i in dialog.items())
        if e.id == closure_id and isinstance(e, ClosureEntry)
    )
    qtbot.mouseClick(dialog.buttons["delete"], Qt.MouseButton.LeftButton)
    with ctx.uow(readonly=True) as uow:
        assert uow.session.scalars(select(RoomClosure)).all() == []


def test_a_used_room_is_not_deleted_but_retired_from_a_day(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any, monkeypatch: Any
) -> None:
    allocations.allocate(
        ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 10, 1), date(2016, 11, 1))
    )
    messages: list[str] = []
    monkeypatch.setattr(
        "integration_desk.ui.widgets.errors.QMessageBox.warning", lambda _p, _t, text: messages.append(text)
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog = _dialog(qtbot, ctx)
    dialog.select(RoomEntry, world.room1)
    qtbot.mouseClick(dialog.buttons["delete"], Qt.MouseButton.LeftButton)
    assert messages and "kan ikke slettes" in messages[0]
    dialog.select(RoomEntry, world.room2)
    qtbot.mouseClick(dialog.buttons["delete"], Qt.MouseButton.LeftButton)  # never used: goes
    with ctx.uow(readonly=True) as uow:
        assert set(uow.session.scalars(select(Room.id))) == {world.room1}
    dialog.select(RoomEntry, world.room1)

    def retire(form: Any) -> None:
        form.on.set_value(date(2016, 11, 1))
        _ok(qtbot, form)

    ran = _on_modal(qtbot, retire)
    qtbot.mouseClick(dialog.buttons["retire"], Qt.MouseButton.LeftButton)
    assert ran
    with ctx.uow(readonly=True) as uow:
        room = uow.session.get(Room, world.room1)
        assert room is not None and room.retired_on == date(2016, 11, 1)
    assert register_tree(ctx)[0].units[0].rooms[0].retired_on == date(2016, 11, 1)


def test_new_site_unit_and_room_from_the_register(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    dialog = _dialog(qtbot, ctx)

    def site(form: Any) -> None:
        qtbot.keyClicks(form.name, "Nørregade")
        qtbot.keyClicks(form.address, "Nørregade 4")
        _ok(qtbot, form)

    def unit(form: Any) -> None:
        qtbot.keyClicks(form.name, "Lejlighed 1")
        form.max_persons.setValue(5)
        _ok(qtbot, form)

    def room(form: Any) -> None:
        qtbot.keyClicks(form.name, "1")
        form.beds.setValue(2)
        _ok(qtbot, form)

    for act, button in ((site, "site"), (unit, "unit"), (room, "room")):
        ran = _on_modal(qtbot, act)
        qtbot.mouseClick(dialog.buttons[button], Qt.MouseButton.LeftButton)
        assert ran
    tree = {s.name: s for s in register_tree(ctx)}
    new = tree["Nørregade"]
    assert new.address == "Nørregade 4"
    assert [(u.name, u.max_persons) for u in new.units] == [("Lejlighed 1", 5)]
    assert [(r.name, r.beds) for r in new.units[0].rooms] == [("1", 2)]
    assert isinstance(dialog.selected(), RoomEntry)


def test_a_retired_room_is_in_use_again_with_one_click(
    desk_app: Any, qtbot: Any, ctx: AppContext, world: Any
) -> None:
    register.retire_room(ctx, world.room2, 1, date(2016, 10, 1))
    dialog = _dialog(qtbot, ctx)
    dialog.select(RoomEntry, world.room1)
    assert not dialog.buttons["reinstate"].isEnabled()
    dialog.select(RoomEntry, world.room2)
    assert dialog.buttons["reinstate"].isEnabled()
    qtbot.mouseClick(dialog.buttons["reinstate"], Qt.MouseButton.LeftButton)
    with ctx.uow(readonly=True) as uow:
        room = uow.session.get(Room, world.room2)
        assert room is not None and room.retired_on is None
    assert not dialog.buttons["reinstate"].isEnabled()
