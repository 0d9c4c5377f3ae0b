"""The person's file: identity, household and deadlines. Opening it is audited by the service."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from integration_desk.domain.deadlines import DeadlineState
from integration_desk.services import people
from integration_desk.services.context import AppContext
from integration_desk.ui.format import fmt_date
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.errors import run_action

OVERDUE_COLOUR = "#b00020"
DONE_COLOUR = "#2e7d32"


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
        QVBoxLayout(members_box).addWidget(self.members)
        layout.addWidget(members_box)

        deadlines_box = QGroupBox(tr("PersonDetail", "Deadlines"))
        self.deadlines = QListWidget()
        QVBoxLayout(deadlines_box).addWidget(self.deadlines)
        layout.addWidget(deadlines_box, 1)
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
        self.deadlines.clear()
        for deadline in detail.deadlines:
            if deadline.state is DeadlineState.DONE:
                state = tr("PersonDetail", "done {date}").format(date=fmt_date(deadline.done_on))
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
        if not detail.deadlines:
            self.deadlines.addItem(tr("PersonDetail", "No deadlines (not arrived yet, or under 18)."))

    def open_contract(self) -> None:
        from integration_desk.ui.contracts.view import PersonContractDialog

        if self.person_id is not None:
            PersonContractDialog(self.ctx, self.person_id, self).show()
