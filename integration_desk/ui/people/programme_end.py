"""Record why a person's programme ends instead of being extended (services.programme_end)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from integration_desk.domain.programme_end import ProgrammeEndReason
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.date_field import DateField, accept_if_dates_valid

C = "ProgrammeEndDialog"


class ProgrammeEndDialog(QDialog):
    """The reason (job, education, Danish test passed, moved away, longest period) and the day."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(C, "The programme ends"))
        self.reason = QComboBox()
        for reason in ProgrammeEndReason:
            self.reason.addItem(reason.label(), reason.value)
        self.ended_on = DateField(today, today=today)
        note = QLabel(
            tr(
                C,
                "The programme must be extended while the person has neither an ordinary job or education "
                "nor a passed Danish test. To extend it, make a new contract version with a later programme "
                "end and sign it; the reminder then moves to the new end. Record a reason here only when the "
                "programme ends.",
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(lambda: accept_if_dates_valid(self))
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(tr(C, "Why it ends"), self.reason)
        form.addRow(tr(C, "Ends on"), self.ended_on)
        form.addRow(buttons)
        self.setMinimumWidth(520)

    def chosen_reason(self) -> str:
        return str(self.reason.currentData())
