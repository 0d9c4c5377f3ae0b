"""The housing register from the board: new sites, units and rooms; closing and retiring rooms."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QWidget,
)

from integration_desk.services import housing_register as register
from integration_desk.services.context import AppContext
from integration_desk.services.housing_board import BoardRoom
from integration_desk.ui.housing.dialogs import _buttons, _date_edit, _room_combo, _value
from integration_desk.ui.i18n import tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.errors import run_action

C = "HousingRegister"


def _combo(items: list[tuple[int, str]]) -> QComboBox:
    combo = QComboBox()
    for key, label in items:
        combo.addItem(label, key)
    return combo


def _spin(value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, 50)
    spin.setValue(value)
    return spin


def _form(parent: QWidget, title: str, rows: list[tuple[str, QWidget]]) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    form = QFormLayout(dialog)
    for label, widget in rows:
        form.addRow(label, widget)
    form.addRow(_buttons(dialog))
    return dialog


class RegisterButton(QPushButton):
    def __init__(
        self, ctx: AppContext, rooms: Callable[[], tuple[BoardRoom, ...]], parent: QWidget | None = None
    ) -> None:
        super().__init__(tr(C, "Register"), parent)
        self.ctx, self.rooms = ctx, rooms
        menu = QMenu(self)
        menu.addAction(tr(C, "New site…"), self.new_site)
        menu.addAction(tr(C, "New unit…"), self.new_unit)
        menu.addAction(tr(C, "New room…"), self.new_room)
        menu.addAction(tr(C, "Close a room for a period…"), self.close_room)
        menu.addAction(tr(C, "Retire a room…"), self.retire_room)
        self.setMenu(menu)

    def _done(self, result: object, table: str) -> None:
        if result is not None:
            hub.changed.emit(table)

    def new_site(self) -> None:
        name, address = QLineEdit(), QLineEdit()
        dialog = _form(self, tr(C, "New site"), [(tr(C, "Name:"), name), (tr(C, "Address:"), address)])
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(
                run_action(self, lambda: register.add_site(self.ctx, name.text(), address.text())),
                "housing_sites",
            )

    def new_unit(self) -> None:
        site, name, limit, notes = _combo(register.list_sites(self.ctx)), QLineEdit(), _spin(6), QLineEdit()
        rows = [(tr(C, "Site:"), site), (tr(C, "Name:"), name), (tr(C, "Most persons sharing kitchen and bath:"), limit),
                (tr(C, "Notes (e.g. ground floor, step-free):"), notes)]  # fmt: skip
        if _form(self, tr(C, "New unit"), rows).exec() == QDialog.DialogCode.Accepted:
            self._done(
                run_action(
                    self,
                    lambda: register.add_unit(
                        self.ctx, site.currentData(), name.text(), limit.value(), notes.text()
                    ),
                ),
                "housing_units",
            )

    def new_room(self) -> None:
        unit, name, beds, notes = _combo(register.list_units(self.ctx)), QLineEdit(), _spin(1), QLineEdit()
        rows = [
            (tr(C, "Unit:"), unit),
            (tr(C, "Name or number:"), name),
            (tr(C, "Beds:"), beds),
            (tr(C, "Notes:"), notes),
        ]
        if _form(self, tr(C, "New room"), rows).exec() == QDialog.DialogCode.Accepted:
            self._done(
                run_action(
                    self,
                    lambda: register.add_room(
                        self.ctx, unit.currentData(), name.text(), beds.value(), notes.text()
                    ),
                ),
                "rooms",
            )

    def close_room(self) -> None:
        rooms: tuple[BoardRoom, ...] = self.rooms()
        today = self.ctx.today()
        room, first, last, reason = _room_combo(rooms), _date_edit(today), _date_edit(today), QComboBox()
        for code, label in (
            ("repair", tr(C, "Repair")),
            ("cleaning", tr(C, "Cleaning")),
            ("other", tr(C, "Other")),
        ):
            reason.addItem(label, code)
        rows = [
            (tr(C, "Room:"), room),
            (tr(C, "First day:"), first),
            (tr(C, "Last day:"), last),
            (tr(C, "Reason:"), reason),
        ]
        if _form(self, tr(C, "Close a room"), rows).exec() == QDialog.DialogCode.Accepted:
            self._done(
                run_action(self, lambda: register.add_closure(
                    self.ctx, room.currentData(), _value(first), _value(last), reason.currentData())),
                "room_closures",
            )  # fmt: skip

    def retire_room(self) -> None:
        rooms: tuple[BoardRoom, ...] = self.rooms()
        room, on = _room_combo(rooms), _date_edit(self.ctx.today())
        rows = [(tr(C, "Room:"), room), (tr(C, "Out of use from:"), on)]
        if _form(self, tr(C, "Retire a room"), rows).exec() == QDialog.DialogCode.Accepted:
            room_id = room.currentData()
            self._done(
                run_action(self, lambda: register.retire_room(
                    self.ctx, room_id, register.room_version(self.ctx, room_id), _value(on))),
                "rooms",
            )  # fmt: skip
