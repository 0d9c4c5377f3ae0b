"""The housing register: sites, units, rooms and closures in one tree — create, edit, delete, retire."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from integration_desk.services import housing_register as register
from integration_desk.services.context import AppContext
from integration_desk.services.housing_register_tree import (
    ClosureEntry,
    RoomEntry,
    SiteEntry,
    UnitEntry,
    register_tree,
)
from integration_desk.ui.format import fmt_date
from integration_desk.ui.housing.dialogs import _value
from integration_desk.ui.housing.register_forms import (
    ClosureDialog,
    FormDialog,
    RetireDialog,
    RoomDialog,
    SiteDialog,
    UnitDialog,
    reasons,
)
from integration_desk.ui.housing.words import beds_text
from integration_desk.ui.i18n import tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.errors import run_action
from integration_desk.ui.widgets.window_size import fit_to_screen

C = "HousingRegister"
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
Entry = SiteEntry | UnitEntry | RoomEntry | ClosureEntry


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
    for column, text in enumerate(texts):
        item.setToolTip(column, text)  # long addresses and notes are cut in the column
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
        fit_to_screen(self, 1000, 600)
        self.tree = RegisterTree()
        self.tree.setHeaderLabels([tr(C, "Name"), tr(C, "Details"), tr(C, "Notes"), tr(C, "Retired")])
        self.tree.setColumnWidth(0, 200)
        self.tree.setColumnWidth(1, 235)
        self.tree.setColumnWidth(2, 230)
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
            ("reinstate", tr(C, "In use again"), self.reinstate_selected),
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
        for site in register_tree(self.ctx):
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
                        reason = dict(reasons()).get(closure.reason, closure.reason)
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
        retirable = isinstance(entry, SiteEntry | UnitEntry | RoomEntry)
        self.buttons["retire"].setEnabled(retirable)
        self.buttons["reinstate"].setEnabled(retirable and getattr(entry, "retired_on", None) is not None)

    def _saved(self, table: str) -> None:
        hub.broadcast({table})
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

    def reinstate_selected(self) -> None:
        entry = self.selected()
        if not isinstance(entry, SiteEntry | UnitEntry | RoomEntry) or entry.retired_on is None:
            return
        kind, table = (
            ("site", "housing_sites") if isinstance(entry, SiteEntry)
            else ("unit", "housing_units") if isinstance(entry, UnitEntry)
            else ("room", "rooms")
        )  # fmt: skip
        if run_action(self, lambda: register.reinstate(self.ctx, kind, entry.id, entry.version)):
            self._saved(table)


class RegisterButton(QPushButton):
    """Opens the register; the board reloads through the hub after each change."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(tr(C, "Housing register…"), parent)
        self.ctx = ctx
        self.clicked.connect(self.open_register)

    def open_register(self) -> None:
        RegisterDialog(self.ctx, self).exec()
