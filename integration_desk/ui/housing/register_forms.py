"""The forms of the housing register: a site, a unit, a room, a closure, a retirement day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from integration_desk.services.housing_register_tree import ClosureEntry, RoomEntry, SiteEntry, UnitEntry
from integration_desk.ui.housing.dialogs import _date_edit, _value
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.date_field import dates_valid
from integration_desk.ui.widgets.errors import run_action

C = "HousingRegister"


def reasons() -> tuple[tuple[str, str], ...]:
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
        if dates_valid(self) and run_action(self, self.save) is not None:
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
        self.first = _date_edit(closure.starts_on if closure else today, today)
        self.last = _date_edit(closure.ends_on if closure else today, today)
        self.reason = QComboBox()
        for code, label in reasons():
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
        self.on = _date_edit(today, today)
        explain = QLabel(tr(C, "Out of use from the day chosen; earlier stays remain on record."))
        explain.setWordWrap(True)
        super().__init__(parent, tr(C, "Retire: {what}").format(what=what),
                         [("", explain), (tr(C, "Out of use from:"), self.on)])  # fmt: skip
