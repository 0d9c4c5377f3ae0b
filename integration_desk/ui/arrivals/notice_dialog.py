"""The arrival notice: dates, household, the pre-arrival visit, and registering the arrival."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from integration_desk.domain.arrivals import MemberInput, NoticeInput, validate_notice
from integration_desk.domain.dates import DateError
from integration_desk.domain.deadlines import takeover_date
from integration_desk.domain.errors import DomainError
from integration_desk.domain.rules import rule_set_in_force
from integration_desk.services import arrivals
from integration_desk.services.context import AppContext
from integration_desk.services.rules import list_rule_sets
from integration_desk.ui.arrivals.members import MembersEditor
from integration_desk.ui.format import fmt_date
from integration_desk.ui.i18n import by_count, tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets import window_size
from integration_desk.ui.widgets.conflict_dialog import ConflictDialog, default_text, settle
from integration_desk.ui.widgets.date_field import DateField, OptionalDate, dates_valid
from integration_desk.ui.widgets.errors import run_action
from integration_desk.ui.widgets.feedback import OK_STYLE
from integration_desk.ui.widgets.presence_banner import PresenceBanner

C = "NoticeDialog"
WARNING_STYLE = "color: #8a4b00; background: #fff4e0; padding: 6px; border-radius: 3px;"


def fitted_size(available: QSize) -> QSize:
    """The dialog's size on a screen with ``available`` room: roomy on a large screen, and on a
    1280x720 one (less the taskbar) the whole dialog without a scroll bar."""
    return QSize(
        min(1180, available.width() - window_size.FRAME.width()),
        min(800, available.height() - window_size.FRAME.height()),
    )


def _multiline(height: int = 54) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(height)
    edit.setTabChangesFocus(True)
    return edit


class NoticeDialog(QDialog):
    #: builds the conflict dialog (a test may put its own here)
    conflict_dialog: Callable[..., ConflictDialog] = ConflictDialog

    def __init__(self, ctx: AppContext, notice_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notice_id = notice_id
        self.version: int | None = None
        self.base: NoticeInput | None = None  # the notice as loaded: what a stale save merges against
        self.arrived_on: date | None = None
        self.quota_warning = ""  # the stored notice's quota period, overrun (services.arrivals)
        self._rule_sets = list_rule_sets(ctx)
        today = ctx.today()
        self.setWindowTitle(tr(C, "Arrival notice"))
        self.presence = PresenceBanner(ctx, arrivals.PRESENCE_ENTITY, self)

        self.reference = QLineEdit()
        self.received_on = DateField(today, today=today)
        self.decision_on = DateField(today, today=today)
        self.expected_arrival_on = DateField(today + timedelta(days=45), today=today)
        self.takeover_label = QLabel()
        self.takeover_label.setWordWrap(True)
        self.takeover_agreed = OptionalDate(tr(C, "earlier by agreement:"), today, today=today)
        self.asylum_centre = QLineEdit()
        self.household_name = QLineEdit()
        self.household_name.setPlaceholderText(tr(C, "filled in from the members when left empty"))
        self.caseworker = QComboBox()
        self.caseworker.addItem(tr(C, "(none)"), None)
        for worker in arrivals.caseworkers(ctx):
            self.caseworker.addItem(worker.name, worker.id)
        if ctx.user.user_id is not None:
            self.caseworker.setCurrentIndex(max(0, self.caseworker.findData(ctx.user.user_id)))
        self.notes = _multiline(46)
        # Two columns of fields, so that the household's members below fit on a 1280x720 screen.
        notice_box = QGroupBox(tr(C, "Notice from the immigration service"))
        dates = QFormLayout()
        dates.addRow(tr(C, "Reference"), self.reference)
        dates.addRow(tr(C, "Received"), self.received_on)
        dates.addRow(tr(C, "Placement decision"), self.decision_on)
        dates.addRow(tr(C, "Expected arrival"), self.expected_arrival_on)
        takeover = QVBoxLayout()
        takeover.setSpacing(2)
        takeover.addWidget(self.takeover_label)
        takeover.addWidget(self.takeover_agreed)
        dates.addRow(tr(C, "Takeover"), takeover)
        who = QFormLayout()
        who.addRow(tr(C, "Asylum centre"), self.asylum_centre)
        who.addRow(tr(C, "Household name"), self.household_name)
        who.addRow(tr(C, "Caseworker"), self.caseworker)
        who.addRow(tr(C, "Notes"), self.notes)
        columns = QHBoxLayout(notice_box)
        columns.setContentsMargins(6, 4, 6, 4)
        for form in (dates, who):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            columns.addLayout(column, 1)

        self.visit_on = OptionalDate(tr(C, "planned:"), today + timedelta(days=14), today=today)
        self.visit_by = QLineEdit()
        self.visit_by.setPlaceholderText(tr(C, "who goes"))
        self.interpreter = QCheckBox(tr(C, "Interpreter needed"))
        self.interpreter_language = QLineEdit()
        self.interpreter_language.setPlaceholderText(tr(C, "language"))
        self.visit_notes = _multiline(46)
        visit_box = QGroupBox(tr(C, "Visit to the asylum centre before arrival"))
        visit = QFormLayout(visit_box)
        visit.setContentsMargins(6, 4, 6, 4)
        visit.addRow(tr(C, "Date"), self.visit_on)
        visit.addRow(tr(C, "Who goes"), self.visit_by)
        interpreter = QHBoxLayout()
        interpreter.addWidget(self.interpreter)
        interpreter.addWidget(self.interpreter_language, 1)
        visit.addRow(tr(C, "Interpreter"), interpreter)
        visit.addRow(tr(C, "Notes"), self.visit_notes)
        for form in (dates, who, visit):
            form.setVerticalSpacing(4)

        self.arrival_date = DateField(today, today=today)
        self.register_button = QPushButton(tr(C, "Register arrival"))
        self.register_button.clicked.connect(self.register_arrival)
        self.arrival_label = QLabel()
        arrival_box = QGroupBox(tr(C, "Arrival"))
        arrival = QVBoxLayout(arrival_box)
        arrival.setContentsMargins(6, 4, 6, 4)
        arrival.setSpacing(2)
        arrival_row = QHBoxLayout()
        arrival_row.addWidget(QLabel(tr(C, "Arrived on")))
        arrival_row.addWidget(self.arrival_date)
        arrival_row.addWidget(self.register_button)
        arrival_row.addStretch(1)
        arrival.addLayout(arrival_row)
        arrival.addWidget(self.arrival_label)
        self.arrival_label.setWordWrap(True)

        right = QVBoxLayout()
        right.addWidget(visit_box)
        right.addWidget(arrival_box)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(notice_box, 3)
        top.addLayout(right, 2)

        self.members = MembersEditor(today)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setObjectName("warnings")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(tr(C, "Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(tr(C, "Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.presence)
        layout.addLayout(top)
        layout.addWidget(self.members, 1)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        self.resize(fitted_size(window_size.screen_room(self)))

        for edit in (self.received_on, self.decision_on, self.expected_arrival_on):
            edit.changed.connect(self._refresh)
        self.takeover_agreed.changed.connect(self._refresh)
        self.members.changed.connect(self._refresh)
        self.interpreter.toggled.connect(self.interpreter_language.setEnabled)
        self.interpreter_language.setEnabled(False)
        if notice_id is not None:
            self.load(notice_id)
        else:
            self.members.add_member()
        self._refresh()

    # -- reading and writing ----------------------------------------------------------------------

    def load(self, notice_id: int) -> bool:
        detail = run_action(self, lambda: arrivals.get_notice(self.ctx, notice_id))
        if detail is None:
            return False
        self.notice_id, self.version, self.arrived_on = detail.id, detail.version, detail.arrived_on
        self.quota_warning = detail.quota_warning
        self.presence.track(detail.id)
        data = self.base = detail.data
        self.reference.setText(data.reference)
        self.received_on.set_value(data.received_on)
        self.decision_on.set_value(data.decision_on)
        self.expected_arrival_on.set_value(data.expected_arrival_on)
        self.takeover_agreed.set_value(data.takeover_on)
        self.asylum_centre.setText(data.asylum_centre)
        self.household_name.setText(data.household_name)
        self.caseworker.setCurrentIndex(max(0, self.caseworker.findData(data.caseworker_id)))
        self.notes.setPlainText(data.notes)
        self.visit_on.set_value(data.visit_on)
        self.visit_by.setText(data.visit_by)
        self.interpreter.setChecked(data.visit_interpreter_needed)
        self.interpreter_language.setText(data.visit_interpreter_language)
        self.visit_notes.setPlainText(data.visit_notes)
        self.members.set_members(data.members)
        self.setWindowTitle(tr(C, "Arrival notice {reference}").format(reference=data.reference))
        self._refresh()
        return True

    def notice_input(self) -> NoticeInput:
        return NoticeInput(
            reference=self.reference.text().strip(),
            received_on=self.received_on.date_value(),
            decision_on=self.decision_on.date_value(),
            expected_arrival_on=self.expected_arrival_on.date_value(),
            asylum_centre=self.asylum_centre.text(),
            notes=self.notes.toPlainText(),
            household_name=self.household_name.text(),
            members=self.members.members(),
            takeover_on=self.takeover_agreed.value(),
            visit_on=self.visit_on.value(),
            visit_by=self.visit_by.text(),
            visit_interpreter_needed=self.interpreter.isChecked(),
            visit_interpreter_language=self.interpreter_language.text()
            if self.interpreter.isChecked()
            else "",
            visit_notes=self.visit_notes.toPlainText(),
            caseworker_id=self.caseworker.currentData(),
        )

    def _refresh(self) -> None:
        """Recompute the takeover date and the warnings as the user types."""
        messages: list[str] = []
        try:
            data = self.notice_input()
        except DateError:
            data = None  # a date field holds no date yet and says so itself
        if data is not None:
            computed = takeover_date(data.decision_on)
            self.takeover_label.setText(
                tr(C, "{date} (the first day of the second month after the decision)").format(
                    date=fmt_date(computed)
                )
            )
            try:
                rules = rule_set_in_force(self._rule_sets, data.received_on)
                messages = validate_notice(data, rules, self.ctx.today())
            except DomainError:
                messages = []  # shown when saving, with the field named
        if self.quota_warning:
            messages.append(self.quota_warning)
        self.warnings.setText("\n".join(f"⚠ {m}" for m in messages))
        self.warnings.setStyleSheet(WARNING_STYLE if messages else "")
        self.warnings.setVisible(bool(messages))
        arrived = self.arrived_on is not None
        self.register_button.setEnabled(not arrived)
        self.arrival_date.setEnabled(not arrived)
        if arrived and self.arrived_on is not None:
            self.arrival_date.set_value(self.arrived_on)
            self.arrival_label.setText(tr(C, "Arrived {date}.").format(date=fmt_date(self.arrived_on)))
        elif self.notice_id is None:
            self.arrival_label.setText(tr(C, "The notice is saved first when you register the arrival."))
        else:
            self.arrival_label.setText(tr(C, "Not arrived yet."))

    def done(self, result: int) -> None:
        self.presence.release()  # closed however: Close, Esc, the window's cross
        super().done(result)

    def _conflict_labels(self, conflict: arrivals.NoticeConflict) -> dict[str, str]:
        labels = {
            "reference": tr(C, "Reference"),
            "received_on": tr(C, "Received"),
            "decision_on": tr(C, "Placement decision"),
            "expected_arrival_on": tr(C, "Expected arrival"),
            "takeover_on": tr(C, "Takeover by agreement"),
            "asylum_centre": tr(C, "Asylum centre"),
            "household_name": tr(C, "Household name"),
            "caseworker_id": tr(C, "Caseworker"),
            "notes": tr(C, "Notes"),
            "visit_on": tr(C, "Visit date"),
            "visit_by": tr(C, "Who goes"),
            "visit_interpreter_needed": tr(C, "Interpreter needed"),
            "visit_interpreter_language": tr(C, "Interpreter's language"),
            "visit_notes": tr(C, "Visit notes"),
        }
        for c in conflict.result.conflicts:
            if c.field.startswith(arrivals.MEMBER):
                member = c.base or c.theirs or c.mine
                name = member.full_name if isinstance(member, MemberInput) else c.field
                labels[c.field] = tr(C, "Household member {name}").format(name=name)
        return labels

    def _conflict_text(self, field: str, value: object) -> str:
        if field == "caseworker_id" and value is not None:
            index = self.caseworker.findData(value)
            return str(self.caseworker.itemText(index)) if index >= 0 else str(value)
        if isinstance(value, bool):
            return tr(C, "Yes") if value else tr(C, "No")
        if field.startswith(arrivals.MEMBER):
            if not isinstance(value, MemberInput):
                return tr(C, "(removed)")
            parts = [value.full_name, fmt_date(value.birth_date) if value.birth_date else "", value.relation]
            parts += [value.nationality, value.languages, value.cpr, value.udl_nr]
            return " · ".join(p for p in parts if p)
        return default_text(value)

    def save(self) -> bool:
        if not dates_valid(self):
            return False  # each date field that holds no date says why; nothing is saved
        data, version, base = self.notice_input(), self.version, self.base
        notice_id = self.notice_id
        while True:
            conflicts: list[arrivals.NoticeConflict] = []

            def attempt(
                data: NoticeInput = data,
                version: int | None = version,
                base: NoticeInput | None = base,
                found: list[arrivals.NoticeConflict] = conflicts,
            ) -> arrivals.SaveResult | None:
                try:
                    return arrivals.save_notice(self.ctx, data, notice_id, version, base=base)
                except arrivals.NoticeConflict as error:
                    found.append(error)
                    return None

            result = run_action(self, attempt)
            if not conflicts:
                break
            conflict = conflicts[0]
            choices = settle(
                self.conflict_dialog, conflict, self._conflict_labels(conflict), self, self._conflict_text
            )
            if choices is None:
                return False  # back to the dialog, everything typed still there
            # Save the resolution against the notice as stored now; if it moved again, merge again.
            base, version, data = conflict.theirs, conflict.their_version, conflict.merged_input(choices)
        if result is None:
            return False
        for table in ("households", "persons", "arrival_notices", "deadlines"):
            hub.broadcast({table})
        self.load(result.notice_id)
        self.status.setText(tr(C, "Saved."))
        self.status.setStyleSheet(OK_STYLE)
        return True

    def register_arrival(self) -> None:
        if not self.save() or self.notice_id is None or self.version is None:
            return
        notice_id, version, on = self.notice_id, self.version, self.arrival_date.date_value()
        created = run_action(self, lambda: arrivals.register_arrival(self.ctx, notice_id, on, version))
        if created is None:
            return
        for table in ("persons", "arrival_notices", "deadlines"):
            hub.broadcast({table})
        self.load(notice_id)
        self.status.setText(
            by_count(
                created,
                tr(C, "The arrival is registered; {n} deadline was created."),
                tr(C, "The arrival is registered; {n} deadlines were created."),
            ).format(n=created)
        )
        self.status.setStyleSheet(OK_STYLE)
