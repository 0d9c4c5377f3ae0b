"""The person's file: identity, household and deadlines. Opening it is audited by the service."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from integration_desk.domain.deadlines import DeadlineState
from integration_desk.services import arrivals, deadlines, people, presence, retention
from integration_desk.services.access import Permission, can
from integration_desk.services.context import AppContext
from integration_desk.services.deadlines import DeadlineRow
from integration_desk.ui.format import fmt_date
from integration_desk.ui.i18n import tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.date_field import DateField, accept_if_dates_valid, dates_valid
from integration_desk.ui.widgets.errors import run_action

OVERDUE_COLOUR = "#b00020"
DONE_COLOUR = "#2e7d32"
log = logging.getLogger(__name__)


class PersonDetailPane(QScrollArea):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: int | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.heading = QLabel(tr("PersonDetail", "Choose a person in the list."))
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.native = QLabel()
        self.native.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        layout.addWidget(self.native)
        # "Redigeres lige nu af Hanne Holm": someone has the person's notice open (issue 7)
        self.editing_elsewhere = QLabel()
        self.editing_elsewhere.setObjectName("editingElsewhere")
        self.editing_elsewhere.setStyleSheet("color: #5c4400;")
        self.editing_elsewhere.hide()
        layout.addWidget(self.editing_elsewhere)
        self._presence_timer = QTimer(self)
        self._presence_timer.setInterval(presence.HEARTBEAT_S * 1000)
        self._presence_timer.timeout.connect(self.show_editors)
        self.contract_button = QPushButton(tr("PersonDetail", "Integration contract…"))
        self.contract_button.setEnabled(False)
        self.contract_button.clicked.connect(self.open_contract)
        layout.addWidget(self.contract_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.fields: dict[str, QLabel] = {}
        box = QGroupBox(tr("PersonDetail", "Person"))
        form = QFormLayout(box)
        for key, label in (
            ("birth_date", tr("PersonDetail", "Birth date")),
            ("sex", tr("PersonDetail", "Sex")),
            ("nationality", tr("PersonDetail", "Nationality")),
            ("languages", tr("PersonDetail", "Languages")),
            ("cpr", tr("PersonDetail", "CPR number")),
            ("udl_nr", tr("PersonDetail", "Udl.-nr.")),
            ("status", tr("PersonDetail", "Status")),
            ("kind", tr("PersonDetail", "Arrived as")),
            ("caseworker", tr("PersonDetail", "Caseworker")),
            ("takeover_date", tr("PersonDetail", "Takeover date")),
            ("household", tr("PersonDetail", "Household")),
            ("relation", tr("PersonDetail", "Relation")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(label, value)
            self.fields[key] = value
        layout.addWidget(box)

        members_box = QGroupBox(tr("PersonDetail", "Household members"))
        self.members = QListWidget()
        self.members.setMaximumHeight(110)
        members_layout = QVBoxLayout(members_box)
        members_layout.addWidget(self.members)
        layout.addWidget(members_box)

        self.open_notice_button = QPushButton(tr("PersonDetail", "Open the arrival notice"))
        self.open_notice_button.clicked.connect(self.open_notice)
        self.open_notice_button.setEnabled(False)
        members_layout.addWidget(self.open_notice_button)

        deadlines_box = QGroupBox(tr("PersonDetail", "Deadlines"))
        self.deadlines = QListWidget()
        self.deadlines.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.deadlines.itemDoubleClicked.connect(lambda _item: self.mark_done())
        self.done_on = DateField(ctx.today(), today=ctx.today())
        self.mark_done_button = QPushButton(tr("PersonDetail", "Mark done"))
        self.mark_done_button.clicked.connect(self.mark_done)
        self.reopen_button = QPushButton(tr("PersonDetail", "Reopen"))
        self.reopen_button.clicked.connect(self.reopen)
        deadline_layout = QVBoxLayout(deadlines_box)
        deadline_layout.addWidget(self.deadlines)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("PersonDetail", "Done on")))
        row.addWidget(self.done_on, 1)
        deadline_layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_done_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        deadline_layout.addLayout(buttons)
        layout.addWidget(deadlines_box, 1)

        # Closing the case: the retention period counts from this day (issue 7, retention).
        case_box = QGroupBox(tr("PersonDetail", "Case"))
        case_layout = QHBoxLayout(case_box)
        self.case_state = QLabel()
        self.close_case_button = QPushButton(tr("PersonDetail", "Close the case …"))
        self.close_case_button.clicked.connect(self.close_case)
        self.reopen_case_button = QPushButton(tr("PersonDetail", "Reopen the case"))
        self.reopen_case_button.clicked.connect(self.reopen_case)
        case_layout.addWidget(self.case_state, 1)
        case_layout.addWidget(self.close_case_button)
        case_layout.addWidget(self.reopen_case_button)
        layout.addWidget(case_box)
        self.closed_on: date | None = None
        from integration_desk.ui.people.funding import FundingBox

        self.funding = FundingBox(ctx)
        layout.addWidget(self.funding)
        self.notice_id: int | None = None
        self._deadlines: tuple[DeadlineRow, ...] = ()
        # What the role may not do is not offered (the services refuse it as well).
        self.may_edit = can(ctx, Permission.EDIT_CASES)
        self.contract_button.setVisible(can(ctx, Permission.CASE_DATA))
        self._update_buttons()
        self.show_case(None)
        self.setWidget(body)

    def show_person(self, person_id: int) -> None:
        detail = run_action(self, lambda: people.get_person(self.ctx, person_id))
        if detail is None:
            return
        self.person_id = person_id
        self.contract_button.setEnabled(True)
        self.heading.setText(f"{detail.given_name} {detail.family_name}")
        self.native.setText(detail.native_name)
        age = tr("PersonDetail", "{age} years").format(age=detail.age) if detail.age is not None else ""
        values = {
            "birth_date": f"{fmt_date(detail.birth_date)}  ({age})" if detail.birth_date else "",
            "sex": detail.sex,
            "nationality": detail.nationality,
            "languages": detail.languages,
            "cpr": detail.cpr or tr("PersonDetail", "not assigned yet"),
            "udl_nr": detail.udl_nr,
            "status": detail.status,
            "kind": detail.kind,
            "caseworker": detail.caseworker,
            "takeover_date": fmt_date(detail.takeover_date),
            "household": detail.household,
            "relation": detail.relation,
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        self.members.clear()
        self.members.addItems(list(detail.household_members) or [tr("PersonDetail", "(lives alone)")])
        self.notice_id = arrivals.notice_of_person(self.ctx, person_id)
        self.open_notice_button.setEnabled(self.notice_id is not None)
        self.show_editors()
        self._presence_timer.start()
        self.done_on.set_value(self.ctx.today())
        self.show_case(detail.closed_on)
        self.load_deadlines()
        self.funding.show_person(person_id)

    def show_editors(self) -> None:
        """Who else has this person's notice open in an editor now; a failure only hides the line."""
        others: list[presence.Editor] = []
        if self.notice_id is not None:
            try:
                others = presence.others_editing(self.ctx, arrivals.PRESENCE_ENTITY, self.notice_id)
            except Exception as error:
                log.warning("edit presence not read: %s", type(error).__name__)
        names = ", ".join(o.display_name for o in others)
        self.editing_elsewhere.setText(
            tr("PersonDetail", "Being edited right now by {names}").format(names=names)
        )
        self.editing_elsewhere.setVisible(bool(others))

    def load_deadlines(self) -> None:
        if self.person_id is None:
            return
        person_id = self.person_id
        rows = run_action(self, lambda: deadlines.deadlines_of(self.ctx, person_id))
        self._deadlines = rows or ()
        current = self.deadlines.currentRow()
        self.deadlines.clear()
        for deadline in self._deadlines:
            if deadline.state is DeadlineState.DONE:
                state = tr("PersonDetail", "done {date} by {user}").format(
                    date=fmt_date(deadline.done_on), user=deadline.done_by or ""
                )
                if deadline.note:
                    state += f" ({deadline.note})"
            elif deadline.state is DeadlineState.OVERDUE:
                state = tr("PersonDetail", "overdue")
            else:
                state = tr("PersonDetail", "open")
            item = QListWidgetItem(f"{fmt_date(deadline.due_on)}  {deadline.label} — {state}")
            if deadline.state is DeadlineState.OVERDUE:
                item.setForeground(Qt.GlobalColor.red)
            elif deadline.state is DeadlineState.DONE:
                item.setForeground(Qt.GlobalColor.darkGreen)
            self.deadlines.addItem(item)
        if not self._deadlines:
            self.deadlines.addItem(tr("PersonDetail", "No deadlines (not arrived yet, or under 18)."))
        elif 0 <= current < len(self._deadlines):
            self.deadlines.setCurrentRow(current)
        self._update_buttons()

    def _chosen_deadline(self) -> DeadlineRow | None:
        row = self.deadlines.currentRow()
        return self._deadlines[row] if 0 <= row < len(self._deadlines) else None

    def _update_buttons(self) -> None:
        chosen = self._chosen_deadline()
        done = chosen is not None and chosen.state is DeadlineState.DONE
        # The programme reminder is done by a later signed end or a recorded end reason (a dialog).
        extension = chosen is not None and chosen.is_programme_extension
        self.mark_done_button.setText(
            tr("PersonDetail", "Record programme end …") if extension else tr("PersonDetail", "Mark done")
        )
        self.mark_done_button.setEnabled(self.may_edit and chosen is not None and not done)
        self.done_on.setEnabled(self.may_edit and chosen is not None and not done and not extension)
        self.reopen_button.setEnabled(self.may_edit and done)

    def mark_done(self) -> None:
        chosen = self._chosen_deadline()
        if chosen is None or chosen.state is DeadlineState.DONE or not dates_valid(self.done_on):
            return
        if chosen.is_programme_extension:
            self.record_programme_end(chosen)
            return
        on = self.done_on.date_value()
        if run_action(self, lambda: deadlines.mark_done(self.ctx, chosen.id, chosen.version, on)) is not None:
            self.load_deadlines()
            hub.broadcast({"deadlines"})

    def record_programme_end(self, chosen: DeadlineRow) -> None:
        """Why the programme ends instead of being extended; the reminder is done from that day."""
        from integration_desk.services.programme_end import record_programme_end
        from integration_desk.ui.people.programme_end import ProgrammeEndDialog

        dialog = ProgrammeEndDialog(self.ctx.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason, on = dialog.chosen_reason(), dialog.ended_on.date_value()
        recorded = run_action(
            self, lambda: record_programme_end(self.ctx, chosen.id, chosen.version, reason, on)
        )
        if recorded is not None:
            self.load_deadlines()
            hub.broadcast({"deadlines"})
            hub.broadcast({"contracts"})

    def reopen(self) -> None:
        chosen = self._chosen_deadline()
        if chosen is None or chosen.state is not DeadlineState.DONE:
            return
        if run_action(self, lambda: deadlines.reopen(self.ctx, chosen.id, chosen.version)) is not None:
            self.load_deadlines()
            hub.broadcast({"deadlines"})
            if chosen.is_programme_extension:
                hub.broadcast({"contracts"})  # the recorded end was taken back

    def show_case(self, closed_on: date | None) -> None:
        self.closed_on = closed_on
        chosen = self.person_id is not None
        self.case_state.setText(
            tr("PersonDetail", "Closed on {date}").format(date=fmt_date(closed_on))
            if closed_on is not None
            else (tr("PersonDetail", "Open") if chosen else "")
        )
        self.close_case_button.setVisible(self.may_edit and closed_on is None)
        self.reopen_case_button.setVisible(self.may_edit and closed_on is not None)
        self.close_case_button.setEnabled(chosen)

    def close_case(self) -> None:
        person_id = self.person_id
        if person_id is None:
            return
        dialog = CloseCaseDialog(self.ctx.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        on = dialog.closed_on.date_value()
        if run_action(self, lambda: _closed(self.ctx, person_id, on)):
            self.show_case(on)
            hub.broadcast({"persons"})

    def reopen_case(self) -> None:
        person_id = self.person_id
        if person_id is None:
            return
        answer = QMessageBox.question(
            self, tr("PersonDetail", "Reopen the case"), tr("PersonDetail", "Reopen this person's case?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if run_action(self, lambda: _closed(self.ctx, person_id, None)):
            self.show_case(None)
            hub.broadcast({"persons"})

    def open_notice(self) -> None:
        if self.notice_id is not None:
            from integration_desk.ui.arrivals.menu import open_notice

            open_notice(self.ctx, self.notice_id, self.window())

    def open_contract(self) -> None:
        from integration_desk.ui.contracts.view import PersonContractDialog

        if self.person_id is not None:
            PersonContractDialog(self.ctx, self.person_id, self).show()


def _closed(ctx: AppContext, person_id: int, on: date | None) -> bool:
    """Close (or with None reopen) the case; True once done (``run_action`` gives None if refused)."""
    retention.close_case(ctx, person_id, on)
    return True


class CloseCaseDialog(QDialog):
    """The day the case closes; the retention period counts from it."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("PersonDetail", "Close the case"))
        self.closed_on = DateField(today, today=today)
        form = QFormLayout(self)
        note = QLabel(
            tr(
                "PersonDetail",
                "A closed case is kept for the team's retention period and then offered to the team lead "
                "for anonymisation.",
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(tr("PersonDetail", "Closed on"), self.closed_on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(lambda: accept_if_dates_valid(self))
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
