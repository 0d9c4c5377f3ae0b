"""Filer → Administration → Regelsæt: the dated figures of the law, edited by a team lead or administrator.

One row per figure of ``domain.rules.RuleSet``; figures the law does not give (the team's own
choices and the placeholder amounts) say so under the field.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from integration_desk.domain.rules import RuleSet
from integration_desk.services.rules import StoredRuleSet, save_rule_set, stored_rule_sets
from integration_desk.ui.format import fmt_date
from integration_desk.ui.i18n import tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.date_field import DateField, dates_valid
from integration_desk.ui.widgets.errors import run_action

if TYPE_CHECKING:
    from integration_desk.services.context import AppContext

C = "RuleSetsDialog"
OK_STYLE = "color: #1b5e20;"
HELP_STYLE = "color: #5c4400; font-size: 9pt;"


@dataclass(frozen=True)
class Figure:
    name: str  # the RuleSet field
    label: str
    help: str = ""  # shown under the field: what is unconfirmed or the team's own choice


def _figures() -> tuple[Figure, ...]:
    unconfirmed = tr(C, "Unconfirmed placeholder: check it against the current rate notice (satsvejledning).")
    return (
        Figure("effective_from", tr(C, "In force from")),
        Figure("name", tr(C, "Name")),
        Figure("min_notice_days", tr(C, "Least notice before arrival (days)")),
        Figure("contract_deadline_months", tr(C, "Contract within (months of takeover)")),
        Figure("danish_referral_deadline_months", tr(C, "Referral to Danish classes within (months)")),
        Figure("first_offer_deadline_days", tr(C, "First offer within (days)")),
        Figure(
            "health_assessment_deadline_months",
            tr(C, "Health assessment within (months)"),
            tr(C, "0: no health assessment deadline in force."),
        ),
        Figure("programme_default_months", tr(C, "Programme length, planned (months)")),
        Figure("programme_max_months", tr(C, "Programme length, longest (months)")),
        Figure(
            "programme_extension_notice_weeks",
            tr(C, "Reminder to extend or end the programme (weeks before its end)"),
            tr(
                C,
                "Unconfirmed, the team's own choice (the law gives no figure): how many weeks before the "
                "programme end of the signed contract the deadline \u201cProgramme expires \u2014 extend or "
                "end\u201d falls. It applies to contracts signed from now on.",
            ),
        ),
        Figure("weekly_hours_target", tr(C, "Programme hours a week (average)")),
        Figure("danish_classes_weekly_cap", tr(C, "Danish classes a week, at most (hours)")),
        Figure("self_payment_cap_single", tr(C, "Self-payment cap, single (kr. a month)")),
        Figure("self_payment_cap_couple", tr(C, "Self-payment cap, couple (kr. a month)")),
        Figure("base_grant_monthly", tr(C, "Base grant (kr. a month)"), unconfirmed),
        Figure("base_grant_months", tr(C, "Base grant for (months after takeover)")),
        Figure("result_grant_job", tr(C, "Result grant, ordinary job (kr.)"), unconfirmed),
        Figure("result_grant_education", tr(C, "Result grant, education (kr.)"), unconfirmed),
        Figure("result_grant_danish_test", tr(C, "Result grant, Danish test (kr.)"), unconfirmed),
        Figure("housing_refund_per_day", tr(C, "Housing refund (kr. a day)"), unconfirmed),
        Figure("constitution_day_off", tr(C, "Constitution Day (5 June) is a day off")),
        Figure("christmas_eve_off", tr(C, "Christmas Eve is a day off")),
        Figure("new_years_eve_off", tr(C, "New Year's Eve is a day off")),
    )


_TYPES = {f.name: f.type for f in fields(RuleSet)}
Editor = DateField | QLineEdit | QSpinBox | QDoubleSpinBox | QCheckBox


def _editor(name: str) -> Editor:
    kind = str(_TYPES[name])
    if kind == "date":
        return DateField()
    if kind == "str":
        return QLineEdit()
    if kind == "bool":
        return QCheckBox()
    if kind == "Decimal":
        money = QDoubleSpinBox()
        money.setDecimals(2)
        money.setRange(0, 10_000_000)
        return money
    count = QSpinBox()
    count.setRange(0, 600)
    return count


class RuleSetsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr(C, "Rule sets"))
        self.stored: list[StoredRuleSet] = []
        self.current: StoredRuleSet | None = None  # None: a new rule set not saved yet
        self.list = QListWidget()
        self.list.setMaximumWidth(300)
        self.list.currentRowChanged.connect(self._show_row)
        self.editors: dict[str, Editor] = {}
        body = QWidget()
        form = QFormLayout(body)
        for figure in _figures():
            editor = _editor(figure.name)
            editor.setObjectName(figure.name)
            self.editors[figure.name] = editor
            if figure.help:
                cell = QWidget()
                column = QVBoxLayout(cell)
                column.setContentsMargins(0, 0, 0, 0)
                column.addWidget(editor)
                note = QLabel(figure.help)
                note.setObjectName(f"{figure.name}_help")
                note.setWordWrap(True)
                note.setStyleSheet(HELP_STYLE)
                column.addWidget(note)
                form.addRow(figure.label, cell)
            else:
                form.addRow(figure.label, editor)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.new_button = QPushButton(tr(C, "New rule set from this one"))
        self.new_button.clicked.connect(self.new_from_current)
        self.save_button = QPushButton(tr(C, "Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(tr(C, "Close"))
        close.clicked.connect(self.reject)
        intro = QLabel(
            tr(
                C,
                "The figures of the law by the day they take effect. A deadline keeps the date it was "
                "given; changed figures apply to what is computed from now on.",
            )
        )
        intro.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = (screen.width() - 40, screen.height() - 60) if screen is not None else (1000, 700)
        self.resize(min(1000, width), min(760, height))
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.stored = run_action(self, lambda: stored_rule_sets(self.ctx)) or []
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.stored:
            self.list.addItem(QListWidgetItem(f"{fmt_date(entry.rules.effective_from)}  {entry.rules.name}"))
        self.list.blockSignals(False)
        ids = [entry.id for entry in self.stored]
        row = ids.index(select_id) if select_id in ids else len(ids) - 1
        self.list.setCurrentRow(row)
        self._show_row(row)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.stored):
            self.current = self.stored[row]
            self.show_rules(self.current.rules)

    def show_rules(self, rules: RuleSet) -> None:
        for name, editor in self.editors.items():
            value = getattr(rules, name)
            if isinstance(editor, DateField):
                editor.set_value(value)
            elif isinstance(editor, QLineEdit):
                editor.setText(value)
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QDoubleSpinBox):
                editor.setValue(float(value))
            else:
                editor.setValue(int(value or 0))

    def rules_typed(self) -> RuleSet:
        """The form as a rule set; raises ``ValidationError`` when the figures cannot go together."""
        values: dict[str, object] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, DateField):
                values[name] = editor.value()
            elif isinstance(editor, QLineEdit):
                values[name] = editor.text().strip()
            elif isinstance(editor, QCheckBox):
                values[name] = editor.isChecked()
            elif isinstance(editor, QDoubleSpinBox):
                values[name] = Decimal(str(round(editor.value(), 2)))
            else:
                values[name] = editor.value()
        if values["health_assessment_deadline_months"] == 0:
            values["health_assessment_deadline_months"] = None
        return RuleSet(**values)  # type: ignore[arg-type]

    def new_from_current(self) -> None:
        """A new rule set, copying the figures shown, in force from today unless changed."""
        self.current = None
        self.list.clearSelection()
        self.editors["effective_from"].setFocus()
        today = self.ctx.today()
        editor = self.editors["effective_from"]
        if isinstance(editor, DateField):
            editor.set_value(today)
        self.status.setText(tr(C, "A new rule set: change the figures and save it."))
        self.status.setStyleSheet("")

    def save(self) -> bool:
        current = self.current
        if not dates_valid(self):
            return False

        def attempt() -> StoredRuleSet:
            rules = self.rules_typed()
            if current is None:
                return save_rule_set(self.ctx, rules)
            return save_rule_set(self.ctx, rules, current.id, current.version)

        saved = run_action(self, attempt)
        if saved is None:
            return False
        hub.broadcast({"rule_sets"})
        self.reload(saved.id)
        self.status.setText(tr(C, "Saved."))
        self.status.setStyleSheet(OK_STYLE)
        return True
