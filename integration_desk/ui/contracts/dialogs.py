"""The editor's small dialogs: one activity, the signatures, a new contract for a person."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from integration_desk.domain.contracts import ActivityInput
from integration_desk.services import labels
from integration_desk.services.contracts_edit import Choice
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.date_field import DateField, accept_if_dates_valid

C = "ContractEditor"
ACTIVITY_KINDS = (
    "danish_classes",
    "work_placement",
    "wage_subsidy",
    "igu",
    "job_training",
    "upskilling",
    "guidance",
    "mentor",
    "health_assessment",
    "other",
)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(lambda: accept_if_dates_valid(dialog))
    box.rejected.connect(dialog.reject)
    return box


class ActivityDialog(QDialog):
    def __init__(self, activity: ActivityInput, max_hours: Decimal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(C, "Activity"))
        self.weekday_hours = activity.weekday_hours
        self.activity_id = activity.activity_id  # editing a stored activity keeps it that row
        self.kind = QComboBox()
        for code in ACTIVITY_KINDS:
            self.kind.addItem(labels.activity_kind(code), code)
        self.kind.setCurrentIndex(max(self.kind.findData(activity.kind), 0))
        self.provider = QLineEdit(activity.provider)
        self.provider.setMaxLength(200)
        self.provider.setPlaceholderText(tr(C, "Language school, company or the jobcentre"))
        self.provider.setMinimumWidth(self.provider.fontMetrics().averageCharWidth() * 44)  # a company's name
        self.starts_on = DateField()
        self.starts_on.set_value(activity.starts_on)
        self.ends_on = DateField()
        self.ends_on.set_value(activity.ends_on)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, float(max_hours))
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(tr(C, " h/week"))
        self.hours.setValue(float(activity.hours_per_week))
        self.notes = QLineEdit(activity.notes)
        form = QFormLayout(self)
        form.addRow(tr(C, "Type"), self.kind)
        form.addRow(tr(C, "Provider or company"), self.provider)
        form.addRow(tr(C, "Start"), self.starts_on)
        form.addRow(tr(C, "End"), self.ends_on)
        form.addRow(tr(C, "Planned hours per week"), self.hours)
        form.addRow(tr(C, "Notes"), self.notes)
        form.addRow(_buttons(self))

    def activity(self) -> ActivityInput:
        return ActivityInput(
            kind=str(self.kind.currentData()),
            provider=self.provider.text().strip(),
            starts_on=self.starts_on.date_value(),
            ends_on=self.ends_on.date_value(),
            hours_per_week=Decimal(str(round(self.hours.value(), 1))),
            notes=self.notes.text().strip(),
            weekday_hours=self.weekday_hours,
            activity_id=self.activity_id,
        )


class SignDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(C, "Signed contract"))
        self.resident = DateField(today, today=today)
        self.caseworker = DateField(today, today=today)
        self.paper = QCheckBox(tr(C, "The signed paper copy has been received back"))
        form = QFormLayout(self)
        form.addRow(tr(C, "Signed by the resident on"), self.resident)
        form.addRow(tr(C, "Signed by the caseworker on"), self.caseworker)
        form.addRow(self.paper)
        form.addRow(_buttons(self))


class NewContractDialog(QDialog):
    """Asks which person the contract is for: nobody is chosen until the user chooses (a contract for
    whoever happened to be first in the list would be silently wrong)."""

    def __init__(self, persons: list[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(C, "New contract"))
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setMinimumContentsLength(28)
        for choice in persons:
            self.person.addItem(choice.name, choice.id)
        self.person.setCurrentIndex(-1)
        line = self.person.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(tr(C, "Type or choose the person"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.person.currentTextChanged.connect(lambda _text: self.message.hide())
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self._accept)
        box.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr(C, "Person (adults without a contract)"), self.person)
        form.addRow("", self.message)
        form.addRow(box)

    def person_id(self) -> int | None:
        """The person chosen: the text shown must be one of the list's names (a half-typed name is
        nobody)."""
        text = self.person.currentText().strip()
        index = self.person.currentIndex()
        if index < 0 or self.person.itemText(index) != text:
            index = self.person.findText(text)
        data = self.person.itemData(index) if index >= 0 and text else None
        return int(data) if data is not None else None

    def _accept(self) -> None:
        if self.person_id() is None:
            self.message.setText(
                tr(C, "Choose the person the contract is for.")
                if self.person.count()
                else tr(C, "Every adult has a contract already.")
            )
            self.message.show()
            self.person.setFocus()
            return
        self.accept()
