"""The contract editor: header, goals, the programme table and the live 37-hour summary.

Only a draft is edited; a ready contract goes back to draft first, and a signed one starts a new
draft version. Problems are listed in Danish under the form and their fields are outlined.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from integration_desk.domain import contracts as domain
from integration_desk.domain.contracts import ActivityInput, ContractHeader, Problem
from integration_desk.domain.contracts_summary import describe_runs, summarise
from integration_desk.domain.rules import RuleSet
from integration_desk.services import contracts, contracts_edit, labels
from integration_desk.services.context import AppContext
from integration_desk.services.contracts import ContractDetail
from integration_desk.ui.contracts.dialogs import ActivityDialog
from integration_desk.ui.contracts.editor_actions import EditorActions
from integration_desk.ui.contracts.widgets import ERROR_STYLE, WARNING_STYLE, HoursChart
from integration_desk.ui.format import fmt_date, fmt_hours
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.date_field import DateField, dates_valid
from integration_desk.ui.widgets.errors import run_action
from integration_desk.ui.widgets.flow_layout import FlowLayout
from integration_desk.ui.widgets.presence_banner import PresenceBanner
from integration_desk.ui.widgets.table_model import Column, RowTableModel
from integration_desk.ui.widgets.table_view import RowTableView

C = "ContractEditor"


class ContractEditor(EditorActions):
    #: the contract shown changed to another id (a new version was started)
    contract_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: ContractDetail | None = None
        self.rules: RuleSet | None = None
        self.activities: list[ActivityInput] = []
        self.problems: tuple[Problem, ...] = ()

        self.title = QLabel(tr(C, "Choose a contract in the list."))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.presence = PresenceBanner(ctx, "contracts", self)
        self.stale_notice = QLabel(
            tr(C, "Changed elsewhere since you opened it.") + ' <a href="reload">' + tr(C, "Reload") + "</a>"
        )
        self.stale_notice.setObjectName("staleNotice")
        self.stale_notice.setStyleSheet("color: #5c4400;")
        self.stale_notice.linkActivated.connect(lambda _link: self.reload_discarding())
        self.stale_notice.hide()

        self.caseworker = QComboBox()
        # Empty is allowed while drafting: the contract's own checks name a missing start or end.
        self.concluded_on = DateField(optional=True, today=ctx.today())
        self.programme_start = DateField(optional=True, today=ctx.today())
        self.programme_end = DateField(optional=True, today=ctx.today())
        self.employment_goal = QComboBox()
        self.education_goal = QComboBox()
        for combo in (self.employment_goal, self.education_goal):
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setMinimumContentsLength(24)
        self.interpreter_name = QLineEdit()
        self.interpreter_language = QLineEdit()
        for edit in (self.interpreter_name, self.interpreter_language):  # a name fits in a narrow window
            edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 20)
        self.takeover = QLabel()
        header = QGroupBox(tr(C, "Contract"))
        grid = QGridLayout(header)
        cells = [
            (tr(C, "Takeover date"), self.takeover, tr(C, "Caseworker"), self.caseworker),
            (tr(C, "Programme start"), self.programme_start, tr(C, "Programme end"), self.programme_end),
            (tr(C, "Concluded on"), self.concluded_on, tr(C, "Employment goal"), self.employment_goal),
            (tr(C, "Interpreter"), self.interpreter_name, tr(C, "Education goal"), self.education_goal),
            (tr(C, "Interpreter's language"), self.interpreter_language, "", QLabel()),
        ]
        for row, (l1, w1, l2, w2) in enumerate(cells):
            grid.addWidget(QLabel(l1), row, 0)
            grid.addWidget(w1, row, 1)
            grid.addWidget(QLabel(l2), row, 2)
            grid.addWidget(w2, row, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)

        columns: list[Column[tuple[int, ActivityInput]]] = [
            Column(tr(C, "Type"), lambda r: labels.activity_kind(r[1].kind)),
            Column(tr(C, "Provider or company"), lambda r: r[1].provider),
            Column(tr(C, "Start"), lambda r: r[1].starts_on),
            Column(tr(C, "End"), lambda r: r[1].ends_on),
            Column(tr(C, "Hours/week"), lambda r: r[1].hours_per_week),
            Column(tr(C, "Notes"), lambda r: r[1].notes),
        ]
        self.model: RowTableModel[tuple[int, ActivityInput]] = RowTableModel(columns, lambda r: r[0], self)
        self.table = RowTableView(self.model)
        self.table.set_column_widths([150, 200, 95, 95, 80])
        self.table.doubleClicked.connect(lambda _index: self.edit_activity())
        self.add_button = QPushButton(tr(C, "Add activity…"))
        self.edit_button = QPushButton(tr(C, "Edit…"))
        self.remove_button = QPushButton(tr(C, "Remove"))
        self.add_button.clicked.connect(self.add_activity)
        self.edit_button.clicked.connect(self.edit_activity)
        self.remove_button.clicked.connect(self.remove_activity)
        programme = QGroupBox(tr(C, "Programme"))
        programme_layout = QVBoxLayout(programme)
        row_buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        programme_layout.addLayout(row_buttons)
        programme_layout.addWidget(self.table, 1)
        self.table.setMinimumHeight(105)
        self.chart = HoursChart()
        self.average = QLabel()
        self.average.setWordWrap(True)
        programme_layout.addWidget(self.chart)
        programme_layout.addWidget(self.average)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")

        self.save_button = QPushButton(tr(C, "Save"))
        self.ready_button = QPushButton(tr(C, "Ready for signing"))
        self.draft_button = QPushButton(tr(C, "Back to draft"))
        self.sign_button = QPushButton(tr(C, "Register signatures…"))
        self.new_version_button = QPushButton(tr(C, "Edit (new version)"))
        self.paper = QCheckBox(tr(C, "Paper copy received"))
        # "Saved." after a save, as the notice dialog says it; gone again at the next edit.
        self.save_status = QLabel()
        self.save_status.setObjectName("saveStatus")
        self.save_status.hide()
        self.history_button = QPushButton(tr(C, "Versions…"))
        self.print_button = QPushButton(tr(C, "Preview and print…"))
        self.save_button.clicked.connect(self.save)
        self.ready_button.clicked.connect(self.mark_ready)
        self.draft_button.clicked.connect(self.back_to_draft)
        self.sign_button.clicked.connect(self.sign)
        self.new_version_button.clicked.connect(self.start_new_version)
        self.paper.clicked.connect(self.set_paper_copy)
        self.history_button.clicked.connect(self.show_history)
        self.print_button.clicked.connect(self.preview)
        actions = FlowLayout()  # wraps onto a second line in a narrow window
        for widget in (
            self.save_button,
            self.ready_button,
            self.draft_button,
            self.sign_button,
            self.new_version_button,
            self.paper,
            self.save_status,
        ):
            actions.addWidget(widget)
        actions.add_stretch()
        actions.addWidget(self.history_button)
        actions.addWidget(self.print_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.presence)
        layout.addWidget(self.stale_notice)
        layout.addLayout(actions)
        layout.addWidget(header)
        layout.addWidget(programme, 1)
        layout.addWidget(self.problem_label)
        self._inputs: list[QWidget] = [
            self.caseworker,
            self.concluded_on,
            self.programme_start,
            self.programme_end,
            self.employment_goal,
            self.education_goal,
            self.interpreter_name,
            self.interpreter_language,
            self.add_button,
            self.edit_button,
            self.remove_button,
        ]
        self._field_widgets = {
            "programme_start": self.programme_start,
            "programme_end": self.programme_end,
            "concluded_on": self.concluded_on,
            "activity_end": self.table,
            "activity_period": self.table,
            "activity_hours": self.table,
            "activities": self.table,
        }
        self.programme_start.committed.connect(self._start_changed)
        self.programme_end.changed.connect(self.refresh_summary)
        self.concluded_on.changed.connect(self.refresh_summary)
        self.caseworker.currentIndexChanged.connect(lambda _i: self.form_changed())
        for combo in (self.employment_goal, self.education_goal):
            combo.editTextChanged.connect(lambda _t: self.form_changed())
        for line in (self.interpreter_name, self.interpreter_language):
            line.textChanged.connect(lambda _t: self.form_changed())
        self._filled = False
        self._suggestions_loaded = False
        self.setEnabled(False)

    # --- loading -------------------------------------------------------------------------
    def load(self, contract_id: int) -> None:
        detail = run_action(self, lambda: contracts.get_contract(self.ctx, contract_id))
        if detail is not None:
            self.show_detail(detail)

    def show_detail(self, detail: ContractDetail) -> None:
        self._filled = False
        self.stale_notice.hide()
        self.save_status.hide()
        self.detail = detail
        self.setEnabled(True)
        self._load_choices()
        self.title.setText(
            tr(C, "{name}: contract version {version}").format(name=detail.person, version=detail.version_no)
        )
        self.takeover.setText(fmt_date(detail.takeover_date) or tr(C, "(not set)"))
        index = self.caseworker.findData(detail.caseworker_id)
        if index < 0 and detail.caseworker_id is not None:
            self.caseworker.addItem(detail.caseworker, detail.caseworker_id)
            index = self.caseworker.count() - 1
        self.caseworker.setCurrentIndex(max(index, 0))
        self.concluded_on.set_value(detail.concluded_on)
        self.programme_start.set_value(detail.programme_start)
        self.programme_end.set_value(detail.programme_end)
        self.employment_goal.setEditText(detail.employment_goal)
        self.education_goal.setEditText(detail.education_goal)
        self.interpreter_name.setText(detail.interpreter_name)
        self.interpreter_language.setText(detail.interpreter_language)
        self.paper.setChecked(detail.paper_copy_received)
        self.activities = list(detail.activity_inputs())
        self._fill_table()
        self._fill_state()
        self._filled = True
        self.refresh_summary()
        if detail.editable:
            self.presence.track(detail.id)
        else:
            self.presence.release()

    def _load_choices(self) -> None:
        if self._suggestions_loaded:
            return
        self.caseworker.clear()
        self.caseworker.addItem(tr(C, "(none)"), None)
        for choice in contracts_edit.caseworkers(self.ctx):
            self.caseworker.addItem(choice.name, choice.id)
        employment, education = contracts_edit.goal_suggestions(self.ctx)
        self.employment_goal.addItems(employment)
        self.education_goal.addItems(education)
        self._suggestions_loaded = True

    def _fill_state(self) -> None:
        detail = self.detail
        assert detail is not None
        status = detail.status
        text = tr(C, "Status: {status}").format(status=detail.status_label)
        if status in (domain.SIGNED, domain.SUPERSEDED):
            text += "  " + tr(C, "Signed by the resident {r}, by the caseworker {c}.").format(
                r=fmt_date(detail.signed_on), c=fmt_date(detail.signed_by_caseworker_on)
            )
        if detail.version_no < detail.newest_version_no:
            text += "  " + tr(C, "A newer version ({n}) exists.").format(n=detail.newest_version_no)
        self.state.setText(text)
        editable = domain.is_editable(status)
        for widget in self._inputs:
            widget.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.ready_button.setVisible(status == domain.DRAFT)
        self.draft_button.setVisible(status == domain.READY)
        self.sign_button.setVisible(status == domain.READY)
        self.new_version_button.setVisible(domain.starts_new_version(status))
        self.paper.setVisible(status in (domain.SIGNED, domain.SUPERSEDED))

    def _fill_table(self) -> None:
        self.model.set_rows(list(enumerate(self.activities)))

    # --- the live summary and checks ------------------------------------------------------
    def _start_changed(self) -> None:
        start = self.programme_start.value()
        if not self._filled or start is None:
            return
        self.rules = run_action(self, lambda: contracts.rules_on(self.ctx, start))
        if self.rules is not None and self.detail is not None and self.detail.editable:
            # The end follows the rule set's default length, never beyond its maximum.
            self.programme_end.set_value(domain.default_programme_end(start, self.rules))
        self.refresh_summary()

    def _date_fields(self) -> tuple[DateField, ...]:
        return (self.concluded_on, self.programme_start, self.programme_end)

    def header(self) -> ContractHeader:
        takeover = self.detail.takeover_date if self.detail else None
        return ContractHeader(
            takeover, self.concluded_on.value(), self.programme_start.value(), self.programme_end.value()
        )

    def refresh_summary(self) -> None:
        if not self._filled or self.detail is None:
            return
        self.form_changed()
        if not all(f.is_valid() for f in self._date_fields()):
            return  # a date field that holds no date shows its own message
        start, end = self.programme_start.value(), self.programme_end.value()
        if start is None or end is None:
            return
        if self.rules is None or self.rules.effective_from > start:
            self.rules = run_action(self, lambda: contracts.rules_on(self.ctx, start))
            if self.rules is None:
                return
        summary = summarise(
            contracts.plans_of(self.activities), start, min(end, start + timedelta(days=3660)), self.rules
        )
        self.chart.set_summary(summary)
        lines = [
            tr(C, "Average: {avg} h/week (target {target}).").format(
                avg=fmt_hours(summary.average), target=fmt_hours(summary.target)
            )
            + "  "
            + tr(C, "Danish classes: {avg} h/week (at most {cap}).").format(
                avg=fmt_hours(summary.danish_average), cap=fmt_hours(summary.danish_cap)
            )
        ]
        if summary.gaps:
            lines.append(tr(C, "No activities in: {weeks}").format(weeks=describe_runs(summary.gaps)))
        if summary.short_weeks:
            lines.append(
                tr(C, "Fewer hours than the target in: {weeks}").format(
                    weeks=describe_runs(summary.short_weeks)
                )
            )
        self.average.setText("\n".join(lines))
        ok = summary.meets_target and not summary.danish_over_cap
        self.average.setStyleSheet("" if ok else "color: #8a4b00;")
        self.summary = summary
        self.problems = domain.validate(self.header(), self.activities, self.rules, self.ctx.today())
        self._show_problems()

    def _show_problems(self) -> None:
        for widget in set(self._field_widgets.values()):
            widget.setStyleSheet("")
        for problem in reversed(self.problems):
            target = self._field_widgets.get(problem.field)
            if target is not None:
                target.setStyleSheet(WARNING_STYLE if problem.warning else ERROR_STYLE)
        self.problem_label.setText(
            "\n".join((tr(C, "Warning: ") if p.warning else "") + p.message for p in self.problems)
        )

    def highlight(self, field: str | None) -> None:
        widget = self._field_widgets.get(field or "")
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            widget.setFocus()

    # --- activities ------------------------------------------------------------------------
    def _new_activity(self) -> ActivityInput:
        start = self.programme_start.value() or self.ctx.today()
        end = self.programme_end.value() or start
        return ActivityInput("danish_classes", "", start, end, Decimal(15))

    def _ask(self, activity: ActivityInput) -> ActivityInput | None:
        limit = self.rules.weekly_hours_target if self.rules else Decimal(37)
        dialog = ActivityDialog(activity, limit, self)
        return dialog.activity() if dialog.exec() == ActivityDialog.DialogCode.Accepted else None

    def add_activity(self) -> None:
        if not dates_valid(self):
            return  # the new activity's dates come from the programme period
        activity = self._ask(self._new_activity())
        if activity is not None:
            self.activities.append(activity)
            self._fill_table()
            self.refresh_summary()

    def _selected(self) -> int | None:
        return self.table.current_id()

    def edit_activity(self) -> None:
        row = self._selected()
        if row is None or self.detail is None or not self.detail.editable:
            return
        activity = self._ask(self.activities[row])
        if activity is not None:
            self.activities[row] = activity
            self._fill_table()
            self.refresh_summary()

    def remove_activity(self) -> None:
        row = self._selected()
        if row is not None:
            del self.activities[row]
            self._fill_table()
            self.refresh_summary()
