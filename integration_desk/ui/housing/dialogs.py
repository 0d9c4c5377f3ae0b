"""The keyboard way to the board: allocate a household to a room, end a stay, move it to another room."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from integration_desk.services.housing_board import BoardRoom, BoardStay, WaitingHousehold
from integration_desk.ui.housing.words import beds_state_text, beds_text
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.date_field import DateField, accept_if_dates_valid

C = "HousingDialogs"


def _date_edit(value: date, today: date | None = None) -> DateField:
    return DateField(value, today=today)


def _value(edit: DateField) -> date:
    return edit.date_value()


def _room_combo(rooms: tuple[BoardRoom, ...], selected: int | None = None) -> QComboBox:
    combo = QComboBox()
    for room in rooms:
        combo.addItem(
            tr(C, "{site} — {unit} — {room} ({beds})").format(
                site=room.site, unit=room.unit, room=room.name, beds=beds_text(room.beds)
            ),
            room.id,
        )
        if room.id == selected:
            combo.setCurrentIndex(combo.count() - 1)
    return combo


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(lambda: accept_if_dates_valid(dialog))
    buttons.rejected.connect(dialog.reject)
    return buttons


class AllocateDialog(QDialog):
    """A waiting household, a room and the dates: the same stay a drag onto the board makes."""

    def __init__(
        self,
        waiting: tuple[WaitingHousehold, ...],
        rooms: tuple[BoardRoom, ...],
        today: date,
        parent: QWidget | None = None,
        *,
        household_id: int | None = None,
        room_id: int | None = None,
        starts_on: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(C, "Allocate a room"))
        self.waiting = {w.household_id: w for w in waiting}
        self.household = QComboBox()
        for w in waiting:
            label = tr(C, "{name} ({n} pers.)").format(name=w.name, n=w.persons)
            beds = beds_state_text(w.beds)
            self.household.addItem(f"{label} — {beds}" if beds else label, w.household_id)
            if w.household_id == household_id:
                self.household.setCurrentIndex(self.household.count() - 1)
        self.room = _room_combo(rooms, room_id)
        first = starts_on or (
            self.waiting[household_id].expected_on if household_id in self.waiting else today
        )
        self.starts_on = _date_edit(first, today)
        self.has_end = QCheckBox(tr(C, "Known moving-out day"))
        self.ends_on = _date_edit(first, today)
        self.ends_on.setEnabled(False)
        self.has_end.toggled.connect(self.ends_on.setEnabled)
        self.persons = QSpinBox()
        self.persons.setRange(1, 30)
        self.household.currentIndexChanged.connect(self._persons_of_household)
        self._persons_of_household()
        form = QFormLayout(self)
        form.addRow(tr(C, "Household:"), self.household)
        form.addRow(tr(C, "Room:"), self.room)
        form.addRow(tr(C, "Persons in the room:"), self.persons)
        form.addRow(tr(C, "Moving in:"), self.starts_on)
        form.addRow(self.has_end, self.ends_on)
        form.addRow(_buttons(self))

    def _persons_of_household(self) -> None:
        """The persons still without a bed; a room too small for them asks for the rest (placing)."""
        chosen = self.waiting.get(self.household.currentData())
        if chosen is not None:
            self.persons.setValue(max(1, chosen.without_bed))

    def values(self) -> tuple[int, int, int, date, date | None]:
        end = _value(self.ends_on) if self.has_end.isChecked() else None
        return (
            self.household.currentData(),
            self.room.currentData(),
            self.persons.value(),
            _value(self.starts_on),
            end,
        )


class EndStayDialog(QDialog):
    def __init__(self, household: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(C, "End the stay of {household}").format(household=household))
        self.on = _date_edit(today, today)
        self.reason = QComboBox()
        reasons = (
            ("permanent_home", tr(C, "Permanent home")),
            ("moved_away", tr(C, "Moved away")),
            ("moved_room", tr(C, "Moved room")),
        )
        for code, label in reasons:
            self.reason.addItem(label, code)
        form = QFormLayout(self)
        form.addRow(tr(C, "Moving-out day:"), self.on)
        form.addRow(tr(C, "Reason:"), self.reason)
        form.addRow(_buttons(self))

    def values(self) -> tuple[date, str]:
        return _value(self.on), str(self.reason.currentData())


class SplitDialog(QDialog):
    def __init__(
        self, household: str, rooms: tuple[BoardRoom, ...], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(C, "Move {household} to another room").format(household=household))
        self.on = _date_edit(today, today)
        self.room = _room_combo(rooms)
        form = QFormLayout(self)
        form.addRow(tr(C, "Day of the move:"), self.on)
        form.addRow(tr(C, "New room:"), self.room)
        form.addRow(_buttons(self))

    def values(self) -> tuple[date, int]:
        return _value(self.on), int(self.room.currentData())


class PeriodDialog(QDialog):
    """The period of an occupancy export (both days included)."""

    def __init__(self, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(C, "Export occupancy"))
        self.first = _date_edit(first)
        self.last = _date_edit(last)
        form = QFormLayout(self)
        form.addRow(tr(C, "From:"), self.first)
        form.addRow(tr(C, "To (included):"), self.last)
        form.addRow(_buttons(self))

    def values(self) -> tuple[date, date]:
        return _value(self.first), _value(self.last)


class StayDialog(QDialog):
    """The keyboard way to move or resize a stay: its room, persons and dates, saved as one change."""

    def __init__(self, stay: BoardStay, rooms: tuple[BoardRoom, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(C, "Change the stay of {household}").format(household=stay.household))
        self.room = _room_combo(rooms, stay.room_id)
        self.persons = QSpinBox()
        self.persons.setRange(1, 30)
        self.persons.setValue(stay.persons)
        self.starts_on = _date_edit(stay.starts_on)
        self.has_end = QCheckBox(tr(C, "Known moving-out day"))
        self.has_end.setChecked(stay.ends_on is not None)
        self.ends_on = _date_edit(stay.ends_on or stay.starts_on)
        self.ends_on.setEnabled(stay.ends_on is not None)
        self.has_end.toggled.connect(self.ends_on.setEnabled)
        form = QFormLayout(self)
        form.addRow(tr(C, "Room:"), self.room)
        form.addRow(tr(C, "Persons in the room:"), self.persons)
        form.addRow(tr(C, "Moving in:"), self.starts_on)
        form.addRow(self.has_end, self.ends_on)
        form.addRow(_buttons(self))

    def values(self) -> tuple[int, int, date, date | None]:
        end = _value(self.ends_on) if self.has_end.isChecked() else None
        return int(self.room.currentData()), self.persons.value(), _value(self.starts_on), end
