"""The household members of a notice: a table, and a form that edits the chosen member."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from integration_desk.domain.arrivals import FAMILY_REUNIFIED, QUOTA, RELATIONS, MemberInput, default_relation
from integration_desk.domain.dates import DateError
from integration_desk.services import labels
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.date_field import OptionalDate, dates_valid
from integration_desk.ui.widgets.table_model import Column, RowTableModel
from integration_desk.ui.widgets.table_view import RowTableView

C = "NoticeDialog"


class MembersModel(RowTableModel[MemberInput]):
    def __init__(self, parent: QWidget | None = None) -> None:
        columns: list[Column[MemberInput]] = [
            Column(tr(C, "Given name"), lambda m: m.given_name),
            Column(tr(C, "Family name"), lambda m: m.family_name),
            Column(tr(C, "Born"), lambda m: m.birth_date),
            Column(tr(C, "Sex"), lambda m: labels.sex(m.sex)),
            Column(tr(C, "Relation"), lambda m: m.relation),
            Column(tr(C, "Nationality"), lambda m: m.nationality),
            Column(tr(C, "Language"), lambda m: m.languages),
            Column(tr(C, "CPR"), lambda m: m.cpr),
            Column(tr(C, "Udl.-nr."), lambda m: m.udl_nr),
            Column(tr(C, "Arrives as"), lambda m: labels.person_kind(m.kind)),
        ]
        # Rows without a stored person get negative ids, so that every row has a distinct id.
        super().__init__(columns, lambda m: m.person_id or -1, parent)

    def members(self) -> tuple[MemberInput, ...]:
        return tuple(self.row_at(i) for i in range(self.rowCount()))

    def replace_row(self, row: int, member: MemberInput) -> None:
        self._rows[row] = member
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def append(self, member: MemberInput) -> int:
        row = self.rowCount()
        self.beginInsertRows(self.index(0, 0).parent(), row, row)
        self._rows.append(member)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(self.index(0, 0).parent(), row, row)
        del self._rows[row]
        self.endRemoveRows()


class MemberForm(QGroupBox):
    """Edits one member; every change is written back to the table at once."""

    edited = Signal(object)  # MemberInput

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(tr(C, "Chosen person"), parent)
        self._loading = False
        self._member: MemberInput | None = None
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.native_name = QLineEdit()
        self.native_name.setPlaceholderText(tr(C, "the name in its own script, if known"))
        # Ticking "known" asks for the date: an empty field, never a made-up 1 January.
        self.birth_date = OptionalDate(tr(C, "known"), None, past=True, today=today)
        self._prefilled = ""  # the family name copied from the main person, until it is edited
        self.sex = QComboBox()
        self.sex.addItem("", None)
        self.sex.addItem(labels.sex("female"), "female")
        self.sex.addItem(labels.sex("male"), "male")
        self.relation = QComboBox()
        self.relation.setEditable(True)
        self.relation.addItems(RELATIONS)
        self.nationality = QLineEdit()
        self.languages = QLineEdit()
        self.cpr = QLineEdit()
        self.cpr.setPlaceholderText(tr(C, "DDMMYY-SSSS, when assigned"))
        self.udl_nr = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItem(labels.person_kind(QUOTA), QUOTA)
        self.kind.addItem(labels.person_kind(FAMILY_REUNIFIED), FAMILY_REUNIFIED)
        # Three columns of four rows: every field of a member in view on a 1280x720 screen.
        columns = (
            (
                (tr(C, "Given name"), self.given_name),
                (tr(C, "Family name"), self.family_name),
                (tr(C, "Name (own script)"), self.native_name),
                (tr(C, "Birth date"), self.birth_date),
            ),
            (
                (tr(C, "Arrives as"), self.kind),
                (tr(C, "Sex"), self.sex),
                (tr(C, "Relation"), self.relation),
                (tr(C, "Udl.-nr."), self.udl_nr),
            ),
            (
                (tr(C, "Nationality"), self.nationality),
                (tr(C, "Language"), self.languages),
                (tr(C, "CPR number"), self.cpr),
            ),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        for rows in columns:
            form = QFormLayout()
            form.setVerticalSpacing(4)
            for label, widget in rows:
                form.addRow(label, widget)
            layout.addLayout(form, 1)
        self.family_name.installEventFilter(self)
        for edit in (
            self.given_name,
            self.family_name,
            self.native_name,
            self.nationality,
            self.languages,
            self.cpr,
            self.udl_nr,
        ):
            edit.textEdited.connect(lambda _t: self._emit())
        self.relation.currentTextChanged.connect(lambda _t: self._emit())
        for combo in (self.sex, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self._emit())
        self.birth_date.changed.connect(self._emit)
        self.setEnabled(False)

    def show_member(self, member: MemberInput | None, prefilled_family: bool = False) -> None:
        """Show ``member``; ``prefilled_family``: its family name was copied from the main person,
        so it is selected and typing replaces it."""
        self._loading = True
        self._member = member
        self.setEnabled(member is not None)
        member = member or MemberInput("", "")
        self.given_name.setText(member.given_name)
        self.family_name.setText(member.family_name)
        self.native_name.setText(member.native_name)
        self.birth_date.set_value(member.birth_date)
        self.sex.setCurrentIndex(max(0, self.sex.findData(member.sex)))
        self.relation.setCurrentText(member.relation)
        self.nationality.setText(member.nationality)
        self.languages.setText(member.languages)
        self.cpr.setText(member.cpr)
        self.udl_nr.setText(member.udl_nr)
        self.kind.setCurrentIndex(max(0, self.kind.findData(member.kind)))
        self._prefilled = member.family_name if prefilled_family else ""
        if self._prefilled:
            self.family_name.selectAll()
        self._loading = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.family_name
            and event.type() == QEvent.Type.FocusIn
            and self._prefilled
            and self.family_name.text() == self._prefilled
        ):
            QTimer.singleShot(0, self.family_name.selectAll)  # after a click has placed the cursor
        return super().eventFilter(watched, event)

    def dates_valid(self) -> bool:
        """True when the birth date field holds a date (or none is known); else it says why."""
        return dates_valid(self)

    def _emit(self) -> None:
        if self._loading or self._member is None:
            return
        if self.family_name.text() != self._prefilled:
            self._prefilled = ""
        try:
            birth_date = self.birth_date.value()
        except DateError:
            # Typed text that is no date yet: the field says so, and the dialog refuses to save or
            # to show another member until it is a date (or "known" is unticked).
            birth_date = self._member.birth_date
        self._member = replace(
            self._member,
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            native_name=self.native_name.text(),
            birth_date=birth_date,
            sex=self.sex.currentData(),
            relation=self.relation.currentText(),
            nationality=self.nationality.text(),
            languages=self.languages.text(),
            cpr=self.cpr.text(),
            udl_nr=self.udl_nr.text(),
            kind=self.kind.currentData(),
        )
        self.edited.emit(self._member)


class MembersEditor(QGroupBox):
    """The members table with add/remove buttons above the form for the chosen member."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(tr(C, "Household members"), parent)
        self.model = MembersModel(self)
        self.table = RowTableView(self.model)
        self.table.setSortingEnabled(False)
        self.table.setMinimumHeight(96)  # a header and three members; more scroll in the table
        self._row = -1
        self._settling = False
        self.form = MemberForm(today)
        self.add_button = QPushButton(tr(C, "Add person"))
        self.remove_button = QPushButton(tr(C, "Remove person"))
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._moved(current.row())
        )
        self.form.edited.connect(self._edited)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(top, 1)
        layout.addWidget(self.form)

    def set_members(self, members: tuple[MemberInput, ...]) -> None:
        self.model.set_rows(members)
        if members:
            self._select(0)
        self._chosen(0 if members else -1)

    def members(self) -> tuple[MemberInput, ...]:
        return self.model.members()

    def add_member(self) -> None:
        if not self.form.dates_valid():
            return  # the member shown still holds a birth date that is no date
        members = self.model.members()
        template = members[0] if members else None
        member = MemberInput(
            "",
            template.family_name if template else "",
            nationality=template.nationality if template else "",
            languages=template.languages if template else "",
            relation=default_relation(members),
            kind=template.kind if template else QUOTA,
        )
        row = self.model.append(member)
        self._select(row)
        self._chosen(row, prefilled_family=bool(member.family_name))
        self.form.given_name.setFocus()
        self.changed.emit()

    def remove_member(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        self._row = -1  # the member shown goes, with whatever its fields hold
        self.model.remove(row)
        self._chosen(self.table.currentIndex().row())
        self.changed.emit()

    def _select(self, row: int) -> None:
        self._settling = True
        try:
            self.table.selectRow(row)
        finally:
            self._settling = False

    def _moved(self, row: int) -> None:
        """Another row chosen in the table: show it, unless the member shown holds a birth date that
        is no date — then the table stays on that member and the field says why."""
        if self._settling or row == self._row:
            return
        if 0 <= self._row < self.model.rowCount() and not self.form.dates_valid():
            QTimer.singleShot(0, lambda: self._select(self._row))  # after the view's own update
            return
        self._chosen(row)

    def _chosen(self, row: int, prefilled_family: bool = False) -> None:
        self._row = row
        member = self.model.row_at(row) if 0 <= row < self.model.rowCount() else None
        self.form.show_member(member, prefilled_family)

    def _edited(self, member: MemberInput) -> None:
        if 0 <= self._row < self.model.rowCount():
            self.model.replace_row(self._row, member)
            self.changed.emit()
