"""A person's state funding events: the list with expected amounts, and recording new ones."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from integration_desk.services import funding
from integration_desk.services.context import AppContext
from integration_desk.services.funding import FundingItem, JobRow, PersonFunding
from integration_desk.ui.format import fmt_date
from integration_desk.ui.i18n import tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.date_field import DateField, OptionalDate, dates_valid
from integration_desk.ui.widgets.errors import run_action

C = "PersonFunding"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def _amount(value: Decimal) -> str:
    from integration_desk.documents.report_cells import cell_text

    return cell_text(value)


class FundingBox(QGroupBox):
    """The box on the person's page."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(tr(C, "State funding events"), parent)
        self.ctx = ctx
        self.person_id: int | None = None
        self.data: PersonFunding | None = None
        self.base = QLabel()
        self.base.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMinimumHeight(90)
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.test_button = QPushButton(tr(C, "Danish test passed…"))
        self.test_button.clicked.connect(lambda: self.open_dialog("test"))
        self.job_button = QPushButton(tr(C, "Job started…"))
        self.job_button.clicked.connect(lambda: self.open_dialog("job"))
        self.education_button = QPushButton(tr(C, "Education started…"))
        self.education_button.clicked.connect(lambda: self.open_dialog("education"))
        self.delete_button = QPushButton(tr(C, "Delete"))
        self.delete_button.clicked.connect(self.delete_chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.base)
        layout.addWidget(self.list)
        buttons = QGridLayout()
        buttons.addWidget(self.test_button, 0, 0)
        buttons.addWidget(self.job_button, 0, 1)
        buttons.addWidget(self.education_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        layout.addLayout(buttons)
        self.dialog: FundingDialog | None = None
        self._update_buttons()

    def show_person(self, person_id: int) -> None:
        self.person_id = person_id
        self.load()

    def load(self) -> None:
        if self.person_id is None:
            return
        person_id = self.person_id
        data = run_action(self, lambda: funding.funding_of(self.ctx, person_id))
        if data is None:
            return
        self.data = data
        if data.takeover is None:
            self.base.setText(tr(C, "Base grant: counted from the takeover date, which is not set yet."))
        else:
            self.base.setText(
                tr(
                    C, "Base grant: month {n} of {total} since the takeover on {date}; {amount} kr. so far."
                ).format(
                    n=data.base_months_so_far,
                    total=data.base_months_total,
                    date=fmt_date(data.takeover),
                    amount=_amount(data.base_amount_so_far),
                )
            )
        today = self.ctx.today()
        self.list.clear()
        for event in data.events:
            text = (
                f"{fmt_date(event.on)}  {event.kind.label()} — {event.details} — {_amount(event.amount)} kr."
            )
            if event.derived and event.on > today:
                text += " " + tr(C, "(expected, if the job goes on)")
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(ITEM_ROLE, ("event", event))
            self.list.addItem(item)
        for job in data.jobs:
            end = fmt_date(job.ends_on) if job.ends_on else tr(C, "still working")
            hours = f"{job.hours_per_week:f}".rstrip("0").rstrip(".").replace(".", ",")
            item = QListWidgetItem(
                tr(C, "Job: {employer}, {hours} h/week, {start} – {end}").format(
                    employer=job.employer, hours=hours, start=fmt_date(job.starts_on), end=end
                )
            )
            item.setData(ITEM_ROLE, ("job", job))
            item.setForeground(Qt.GlobalColor.darkGray)
            self.list.addItem(item)
        if not data.events and not data.jobs:
            self.list.addItem(tr(C, "No events recorded."))
        self._update_buttons()

    def _chosen(self) -> tuple[str, FundingItem | JobRow] | None:
        item = self.list.currentItem()
        data = item.data(ITEM_ROLE) if item is not None else None
        return data if isinstance(data, tuple) else None

    def _update_buttons(self) -> None:
        chosen = self._chosen()
        deletable = chosen is not None and (
            chosen[0] == "job" or (isinstance(chosen[1], FundingItem) and chosen[1].event_id is not None)
        )
        self.delete_button.setEnabled(deletable)
        for button in (self.test_button, self.job_button, self.education_button):
            button.setEnabled(self.person_id is not None)

    def open_dialog(self, kind: str) -> FundingDialog | None:
        if self.person_id is None:
            return None
        self.dialog = FundingDialog(self.ctx, self.person_id, kind, self)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def _saved(self) -> None:
        self.load()
        hub.broadcast({"funding_events"})

    def delete_chosen(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self, tr(C, "Delete"), tr(C, "Delete the chosen entry? Use this only for a mistake.")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        _kind, row = chosen
        if isinstance(row, JobRow):
            job = row

            def remove() -> bool:
                funding.delete_job(self.ctx, job.id, job.version)
                return True

            done = run_action(self, remove)
        else:
            event = row
            if event.event_id is None or event.version is None:
                return
            event_id, version = event.event_id, event.version

            def remove_event() -> bool:
                funding.delete_event(self.ctx, event_id, version)
                return True

            done = run_action(self, remove_event)
        if done:
            self._saved()


class FundingDialog(QDialog):
    """Record a Danish test passed, a job started or an education started."""

    def __init__(self, ctx: AppContext, person_id: int, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.kind = kind
        today = ctx.today()
        form = QFormLayout(self)
        self.test = QComboBox()
        self.test.setEditable(True)
        self.test.addItems(list(funding.DANISH_TESTS))
        self.employer = QLineEdit()
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 80)
        self.hours.setDecimals(1)
        self.hours.setValue(37)
        self.institution = QLineEdit()
        self.on = DateField(today, today=today)
        self.ends_on = OptionalDate(tr(C, "Ended"), today, today=today)
        if kind == "test":
            self.setWindowTitle(tr(C, "Danish test passed"))
            form.addRow(tr(C, "Test"), self.test)
            form.addRow(tr(C, "Passed on"), self.on)
        elif kind == "job":
            self.setWindowTitle(tr(C, "Job started"))
            form.addRow(tr(C, "Employer"), self.employer)
            form.addRow(tr(C, "Hours per week"), self.hours)
            form.addRow(tr(C, "Started on"), self.on)
            form.addRow(tr(C, "Last working day"), self.ends_on)
            hint = QLabel(
                tr(
                    C,
                    "The job grant is earned after 6 continuous months at an average of at least 20 hours a week.",
                )
            )
            hint.setWordWrap(True)
            form.addRow(hint)
        else:
            self.setWindowTitle(tr(C, "Education started"))
            form.addRow(tr(C, "Institution"), self.institution)
            form.addRow(tr(C, "Started on"), self.on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        if not dates_valid(self):
            return
        person_id, on = self.person_id, self.on.date_value()
        if self.kind == "test":
            test = self.test.currentText()
            result = run_action(self, lambda: funding.record_danish_test(self.ctx, person_id, test, on))
        elif self.kind == "job":
            employer, hours, ends_on = (
                self.employer.text(),
                Decimal(str(self.hours.value())),
                self.ends_on.value(),
            )
            result = run_action(
                self, lambda: funding.save_job(self.ctx, person_id, employer, hours, on, ends_on)
            )
        else:
            institution = self.institution.text()
            result = run_action(self, lambda: funding.record_education(self.ctx, person_id, institution, on))
        if result is not None:
            self.accept()
