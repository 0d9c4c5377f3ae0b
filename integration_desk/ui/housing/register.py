"""The housing register: sites, units, rooms and closures in one tree — create, edit, delete, retire."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from integration_desk.services import housing_register as register
from integration_desk.services.context import AppContext
from integration_desk.services.housing_register import ClosureEntry, RoomEntry, SiteEntry, UnitEntry
from integration_desk.ui.format import fmt_date
from integration_desk.ui.housing.dialogs import _date_edit, _value
from integration_desk.ui.housing.words import beds_text
from integration_desk.ui.i18n import tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.errors import run_action

C = "HousingRegister"
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
Entry = SiteEntry | UnitEntry | RoomEntry | ClosureEntry


def _reasons() -> tuple[tuple[str, str], ...]:
    return (("repair", tr(C, "Repair")), ("cleaning", tr(C, "Cleaning")), ("other", tr(C, "Other")))


def _spin(value: int, maximum: int = 50) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, maximum)
    spin.setValue(value)
    return spin


def _line(text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setMinimumWidth(280)
    return edit


class FormDialog(QDialog):
    """A form whose OK runs ``save``; a refused save is shown and the dialog stays open as typed."""

    def __init__(self, parent: QWidget | None, title: str, rows: list[tuple[str, QWidget]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save: Callable[[], object] = lambda: True
        form = QFormLayout(self)
        for label, widget in rows:
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if run_action(self, self.save) is not None:
            super().accept()


class SiteDialog(FormDialog):
    def __init__(self, parent: QWidget | None, site: SiteEntry | None = None) -> None:
        self.name = _line(site.name if site else "")
        self.address = _line(site.address if site else "")
        self.notes = _line(site.notes if site else "")
        title = tr(C, "Edit site") if site else tr(C, "New site")
        super().__init__(parent, title, [(tr(C, "Name:"), self.name), (tr(C, "Address:"), self.address),
                                         (tr(C, "Notes:"), self.notes)])  # fmt: skip


class UnitDialog(FormDialog):
    def __init__(self, parent: QWidget | None, site: str, unit: UnitEntry | None = None) -> None:
        self.name = _line(unit.name if unit else "")
        self.max_persons = _spin(unit.max_persons if unit else 6, 99)
        self.notes = _line(unit.notes if unit else "")
        title = tr(C, "Edit unit") if unit else tr(C, "New unit in {site}").format(site=site)
        super().__init__(parent, title, [
            (tr(C, "Name:"), self.name),
            (tr(C, "Most persons sharing kitchen and bath:"), self.max_persons),
            (tr(C, "Notes (e.g. ground floor, step-free):"), self.notes),
        ])  # fmt: skip


class RoomDialog(FormDialog):
    def __init__(self, parent: QWidget | None, unit: str, room: RoomEntry | None = None) -> None:
        self.name = _line(room.name if room else "")
        self.beds = _spin(room.beds if room else 1)
        self.notes = _line(room.notes if room else "")
        title = tr(C, "Edit room") if room else tr(C, "New room in {unit}").format(unit=unit)
        super().__init__(parent, title, [(tr(C, "Name or number:"), self.name), (tr(C, "Beds:"), self.beds),
                                         (tr(C, "Notes:"), self.notes)])  # fmt: skip


class ClosureDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, room: str, today: date, closure: ClosureEntry | None = None
    ) -> None:
        self.first = _date_edit(closure.starts_on if closure else today)
        self.last = _date_edit(closure.ends_on if closure else today)
        self.reason = QComboBox()
        for code, label in _reasons():
            self.reason.addItem(label, code)
            if closure and closure.reason == code:
                self.reason.setCurrentIndex(self.reason.count() - 1)
        self.notes = _line(closure.notes if closure else "")
        super().__init__(parent, tr(C, "Room {room} out of service").format(room=room), [
            (tr(C, "First day:"), self.first),
            (tr(C, "Last day:"), self.last),
            (tr(C, "Reason:"), self.reason),
            (tr(C, "Notes:"), self.notes),
        ])  # fmt: skip

    def values(self) -> tuple[date, date, str, str]:
        return _value(self.first), _value(self.last), str(self.reason.currentData()), self.notes.text()


class RetireDialog(FormDialog):
    def __init__(self, parent: QWidget | None, what: str, today: date) -> None:
        self.on = _date_edit(today)
        explain = QLabel(tr(C, "Out of use from the day chosen; earlier stays remain on record."))
        explain.setWordWrap(True)
        super().__init__(parent, tr(C, "Retire: {what}").format(what=what),
                         [("", explain), (tr(C, "Out of use from:"), self.on)])  # fmt: skip


class RegisterTree(QTreeWidget):
    """F2 or Enter edits the selected entry, Delete deletes it."""

    edit_requested = Signal()
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit()
        elif event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)


def _item(texts: list[str], entry: Entry) -> QTreeWidgetItem:
    item = QTreeWidgetItem(texts)
    item.setData(0, ENTRY_ROLE, entry)
    if getattr(entry, "retired_on", None) is not None:
        for column in range(len(texts)):
            item.setForeground(column, Qt.GlobalColor.gray)
    return item


def _retired(entry: SiteEntry | UnitEntry | RoomEntry) -> str:
    return tr(C, "from {date}").format(date=fmt_date(entry.retired_on)) if entry.retired_on else ""


class RegisterDialog(QDialog):
    """Every site, unit, room and closure; the buttons act on the selected one (F2/Enter edits)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr(C, "Housing register"))
        self.resize(1000, 600)
        self.tree = RegisterTree()
        self.tree.setHeaderLabels([tr(C, "Name"), tr(C, "Details"), tr(C, "Notes"), tr(C, "Retired")])
        self.tree.setColumnWidth(0, 210)
        self.tree.setColumnWidth(1, 250)
        self.tree.setColumnWidth(2, 260)
        self.tree.currentItemChanged.connect(lambda *_a: self._enable())
        self.tree.itemDoubleClicked.connect(lambda *_a: self.edit_selected())
        self.tree.edit_requested.connect(self.edit_selected)
        self.tree.delete_requested.connect(self.delete_selected)
        buttons = QVBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot in (
            ("site", tr(C, "New site…"), self.new_site),
            ("unit", tr(C, "New unit…"), self.new_unit),
            ("room", tr(C, "New room…"), self.new_room),
            ("closure", tr(C, "Close the room for a period…"), self.new_closure),
            ("edit", tr(C, "Edit…"), self.edit_selected),
            ("delete", tr(C, "Delete"), self.delete_selected),
            ("retire", tr(C, "Retire from a day…"), self.retire_selected),
        ):
            button = QPushButton(label)
            button.clicked.connect(slot)
            button.setAutoDefault(False)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        close = QPushButton(tr(C, "Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QHBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.reload()

    # -- the tree --------------------------------------------------------------------------------

    def reload(self) -> None:
        current = self.selected()
        keep = (type(current), current.id) if current is not None else None
        self.tree.clear()
        found: QTreeWidgetItem | None = None
        for site in register.register_tree(self.ctx):
            site_item = _item([site.name, site.address, site.notes, _retired(site)], site)
            self.tree.addTopLevelItem(site_item)
            for unit in site.units:
                limit = tr(C, "kitchen and bath shared by at most {n}").format(n=unit.max_persons)
                unit_item = _item([unit.name, limit, unit.notes, _retired(unit)], unit)
                site_item.addChild(unit_item)
                for room in unit.rooms:
                    room_item = _item([room.name, beds_text(room.beds), room.notes, _retired(room)], room)
                    unit_item.addChild(room_item)
                    for closure in room.closures:
                        text = tr(C, "Out of service {first} – {last}").format(
                            first=fmt_date(closure.starts_on), last=fmt_date(closure.ends_on)
                        )
                        reason = dict(_reasons()).get(closure.reason, closure.reason)
                        room_item.addChild(_item([text, reason, closure.notes, ""], closure))
            for item in self._walk(site_item):
                entry = item.data(0, ENTRY_ROLE)
                if keep is not None and (type(entry), entry.id) == keep:
                    found = item
        self.tree.expandToDepth(1)
        if found is not None:
            self.tree.setCurrentItem(found)
        elif (first := self.tree.topLevelItem(0)) is not None:
            self.tree.setCurrentItem(first)
        self._enable()

    @staticmethod
    def _walk(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        items = [item]
        for index in range(item.childCount()):
            child = item.child(index)
            if child is not None:
                items.extend(RegisterDialog._walk(child))
        return items

    def items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None:
                found.extend(self._walk(item))
        return found

    def select(self, kind: type, entry_id: int) -> None:
        for item in self.items():
            entry: Entry = item.data(0, ENTRY_ROLE)
            if isinstance(entry, kind) and entry.id == entry_id:
                self.tree.setCurrentItem(item)
                return

    def selected(self) -> Entry | None:
        item = self.tree.currentItem()
        return item.data(0, ENTRY_ROLE) if item is not None else None

    def _ancestor(self, kind: type) -> Entry | None:
        item = self.tree.currentItem()
        while item is not None:
            entry: Entry = item.data(0, ENTRY_ROLE)
            if isinstance(entry, kind):
                return entry
            item = item.parent()
        return None

    def _enable(self) -> None:
        entry = self.selected()
        self.buttons["unit"].setEnabled(self._ancestor(SiteEntry) is not None)
        self.buttons["room"].setEnabled(self._ancestor(UnitEntry) is not None)
        self.buttons["closure"].setEnabled(self._ancestor(RoomEntry) is not None)
        self.buttons["edit"].setEnabled(entry is not None)
        self.buttons["delete"].setEnabled(isinstance(entry, RoomEntry | ClosureEntry))
        self.buttons["retire"].setEnabled(isinstance(entry, SiteEntry | UnitEntry | RoomEntry))

    def _saved(self, table: str) -> None:
        hub.changed.emit(table)
        self.reload()

    # -- actions ---------------------------------------------------------------------------------

    def _run(self, dialog: FormDialog, save: Callable[[], object], table: str) -> bool:
        dialog.save = save
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved(table)
            return True
        return False

    def new_site(self) -> None:
        dialog = SiteDialog(self)
        ids: list[int] = []

        def save() -> int:
            ids.append(
                register.add_site(self.ctx, dialog.name.text(), dialog.address.text(), dialog.notes.text())
            )
            return ids[-1]

        if self._run(dialog, save, "housing_sites"):
            self.select(SiteEntry, ids[-1])

    def new_unit(self) -> None:
        site = self._ancestor(SiteEntry)
        if not isinstance(site, SiteEntry):
            return
        dialog = UnitDialog(self, site.name)
        ids: list[int] = []

        def save() -> int:
            ids.append(register.add_unit(self.ctx, site.id, dialog.name.text(), dialog.max_persons.value(),
                                         dialog.notes.text()))  # fmt: skip
            return ids[-1]

        if self._run(dialog, save, "housing_units"):
            self.select(UnitEntry, ids[-1])

    def new_room(self) -> None:
        unit = self._ancestor(UnitEntry)
        if not isinstance(unit, UnitEntry):
            return
        dialog = RoomDialog(self, unit.name)
        ids: list[int] = []

        def save() -> int:
            ids.append(register.add_room(self.ctx, unit.id, dialog.name.text(), dialog.beds.value(),
                                         dialog.notes.text()))  # fmt: skip
            return ids[-1]

        if self._run(dialog, save, "rooms"):
            self.select(RoomEntry, ids[-1])

    def new_closure(self) -> None:
        room = self._ancestor(RoomEntry)
        if not isinstance(room, RoomEntry):
            return
        dialog = ClosureDialog(self, room.name, self.ctx.today())
        self._run(dialog, lambda: register.add_closure(self.ctx, room.id, *dialog.values()), "room_closures")

    def edit_selected(self) -> None:
        entry = self.selected()
        if isinstance(entry, SiteEntry):
            site = SiteDialog(self, entry)
            self._run(site, lambda: register.edit_site(self.ctx, entry.id, entry.version, site.name.text(),
                                                       site.address.text(), site.notes.text()), "housing_sites")  # fmt: skip
        elif isinstance(entry, UnitEntry):
            unit = UnitDialog(self, "", entry)
            self._run(unit, lambda: register.edit_unit(self.ctx, entry.id, entry.version, unit.name.text(),
                                                       unit.max_persons.value(), unit.notes.text()), "housing_units")  # fmt: skip
        elif isinstance(entry, RoomEntry):
            room = RoomDialog(self, "", entry)
            self._run(room, lambda: register.edit_room(self.ctx, entry.id, entry.version, room.name.text(),
                                                       room.beds.value(), room.notes.text()), "rooms")  # fmt: skip
        elif isinstance(entry, ClosureEntry):
            parent = self._ancestor(RoomEntry)
            closure = ClosureDialog(
                self, parent.name if isinstance(parent, RoomEntry) else "", self.ctx.today(), entry
            )
            self._run(closure, lambda: register.edit_closure(self.ctx, entry.id, entry.version, *closure.values()),
                      "room_closures")  # fmt: skip

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, tr(C, "Housing register"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _delete(self, delete: Callable[[AppContext, int, int], None], entry: RoomEntry | ClosureEntry,
                table: str) -> None:  # fmt: skip
        def call() -> bool:
            delete(self.ctx, entry.id, entry.version)
            return True

        if run_action(self, call):
            self._saved(table)

    def delete_selected(self) -> None:
        entry = self.selected()
        if isinstance(entry, ClosureEntry):
            if self._confirm(tr(C, "Delete this closure?")):
                self._delete(register.delete_closure, entry, "room_closures")
        elif isinstance(entry, RoomEntry) and (
            # A room that has had residents: the service refuses and says to retire it instead.
            entry.has_stays or self._confirm(tr(C, "Delete room {room}?").format(room=entry.name))
        ):
            self._delete(register.delete_room, entry, "rooms")

    def retire_selected(self) -> None:
        entry = self.selected()
        retire: Callable[[AppContext, int, int, date], bool]
        if isinstance(entry, SiteEntry):
            what, table, retire = tr(C, "Site {name}"), "housing_sites", register.retire_site
        elif isinstance(entry, UnitEntry):
            what, table, retire = tr(C, "Unit {name}"), "housing_units", register.retire_unit
        elif isinstance(entry, RoomEntry):
            what, table, retire = tr(C, "Room {name}"), "rooms", register.retire_room
        else:
            return
        dialog = RetireDialog(self, what.format(name=entry.name), self.ctx.today())
        self._run(dialog, lambda: retire(self.ctx, entry.id, entry.version, _value(dialog.on)), table)


class RegisterButton(QPushButton):
    """Opens the register; the board reloads through the hub after each change."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(tr(C, "Housing register…"), parent)
        self.ctx = ctx
        self.clicked.connect(self.open_register)

    def open_register(self) -> None:
        RegisterDialog(self.ctx, self).exec()
