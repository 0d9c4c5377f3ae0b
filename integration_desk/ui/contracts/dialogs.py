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
    QLineEdit,
    QWidget,
)

from integration_desk.domain.contracts import ActivityInput
from integration_desk.services import labels
from integration_desk.services.contracts_edit import Choice
from integration_desk.ui.contracts.widgets import DateField
from integration_desk.ui.i18n import tr

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
    box.accepted.connect(dialog.accept)
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
            starts_on=self.starts_on.value() or date.today(),
            ends_on=self.ends_on.value() or date.today(),
            hours_per_week=Decimal(str(round(self.hours.value(), 1))),
            notes=self.notes.text().strip(),
            weekday_hours=self.weekday_hours,
            activity_id=self.activity_id,
        )


class SignDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(C, "Signed contract"))
        self.resident = DateField()
        self.resident.set_value(today)
        self.caseworker = DateField()
        self.caseworker.set_value(today)
        self.paper = QCheckBox(tr(C, "The signed paper copy has been received back"))
        form = QFormLayout(self)
        form.addRow(tr(C, "Signed by the resident on"), self.resident)
        form.addRow(tr(C, "Signed by the caseworker on"), self.caseworker)
        form.addRow(self.paper)
        form.addRow(_buttons(self))


class NewContractDialog(QDialog):
    def __init__(self, persons: list[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(C, "New contract"))
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for choice in persons:
            self.person.addItem(choice.name, choice.id)
        form = QFormLayout(self)
        form.addRow(tr(C, "Person (adults without a contract)"), self.person)
        form.addRow(_buttons(self))

    def person_id(self) -> int | None:
        data = self.person.currentData()
        return int(data) if data is not None else None
