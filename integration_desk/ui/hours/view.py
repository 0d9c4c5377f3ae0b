"""Timer: the week grid (planned against attended, absence by reason) and the compliance overview."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from integration_desk.domain.weeks import IsoWeek
from integration_desk.services import hours, hours_plan, labels
from integration_desk.services.access import Permission, can
from integration_desk.services.context import AppContext
from integration_desk.services.hours_plan import GridFilter
from integration_desk.ui.format import fmt_date, fmt_hours
from integration_desk.ui.hours.compliance import CompliancePage
from integration_desk.ui.hours.grid_model import (
    ACTIVITY,
    NOTE,
    PERSON,
    STATUS,
    UNEXCUSED,
    VALID,
    HoursGridModel,
)
from integration_desk.ui.hours.grid_table import HoursTable
from integration_desk.ui.hours.history import show_history
from integration_desk.ui.i18n import tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.date_field import DateField
from integration_desk.ui.widgets.errors import run_action
from integration_desk.ui.widgets.view import View

C = "HoursView"
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


def week_title(week: IsoWeek) -> str:
    return tr(C, "week {week}, {year}").format(week=week.week, year=week.year)


class HoursView(View):
    watches = frozenset({"hour_entries", "contracts", "contract_activities", "team_settings"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # The last whole week is the one caseworkers record on Monday morning.
        self.week = IsoWeek.of(ctx.today() - timedelta(days=7))
        self.model = HoursGridModel(self)
        self.table = HoursTable(self.model)
        self.model.dataChanged.connect(lambda *_: self._show_totals())

        self.week_label = QLabel()
        font = self.week_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.week_label.setFont(font)
        self.week_label.setMinimumWidth(130)
        self.previous_button = QPushButton(tr(C, "◀ Previous"))
        self.next_button = QPushButton(tr(C, "Next ▶"))
        self.previous_button.setToolTip(tr(C, "Previous week (Alt+Left)"))
        self.next_button.setToolTip(tr(C, "Next week (Alt+Right)"))
        self.previous_button.clicked.connect(lambda: self.show_week(self.week.previous()))
        self.next_button.clicked.connect(lambda: self.show_week(self.week.next()))
        self.date_edit = DateField(ctx.today(), today=ctx.today())
        self.date_edit.set_hint(tr(C, "Pick a date to show its week"))
        self.date_edit.committed.connect(self._date_picked)

        self.caseworker_filter = QComboBox()
        self.site_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(tr(C, "All activities"), None)
        for kind in ACTIVITY_KINDS:
            self.kind_filter.addItem(labels.activity_kind(kind), kind)
        for combo in (self.caseworker_filter, self.site_filter, self.kind_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.activated.connect(lambda *_: self._filter_changed())
        self.caseworker_filter.setMinimumContentsLength(19)  # "Alle sagsbehandlere" in full

        self.save_button = QPushButton(tr(C, "Save week"))
        self.save_button.setToolTip(tr(C, "Save every change of this week in one go (Ctrl+S)"))
        self.as_planned_button = QPushButton(tr(C, "Attended as planned"))
        self.as_planned_button.setToolTip(
            tr(
                C,
                "Set attended = planned less absence for the selected rows (all rows when none is selected)",
            )
        )
        self.copy_button = QPushButton(tr(C, "Copy last week"))
        self.copy_button.setToolTip(tr(C, "Fill in the hours the way they were recorded last week"))
        self.approve_button = QPushButton(tr(C, "Approve week"))
        self.approve_button.setToolTip(
            tr(C, "Lock the week of the selected persons (all shown when none is selected)")
        )
        self.reopen_button = QPushButton(tr(C, "Reopen…"))
        self.reopen_button.setToolTip(tr(C, "Unlock an approved week; the reason is logged"))
        self.history_button = QPushButton(tr(C, "Person's history…"))
        self.margin_button = QPushButton(tr(C, "Margin…"))
        self.margin_button.setToolTip(
            tr(C, "How many hours attended plus absence may exceed the planned hours (team setting)")
        )
        self.margin_button.clicked.connect(self.change_margin)
        self.save_button.clicked.connect(self.save)
        self.as_planned_button.clicked.connect(self.attended_as_planned)
        self.copy_button.clicked.connect(self.copy_last_week)
        self.approve_button.clicked.connect(self.approve)
        self.reopen_button.clicked.connect(self.reopen)
        self.history_button.clicked.connect(self.open_history)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        QShortcut(QKeySequence("Alt+Left"), self).activated.connect(
            lambda: self.show_week(self.week.previous())
        )
        QShortcut(QKeySequence("Alt+Right"), self).activated.connect(lambda: self.show_week(self.week.next()))

        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")

        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.week_label)
        nav.addWidget(self.next_button)
        nav.addWidget(self.date_edit)
        nav.addStretch(1)
        # The filters on a row of their own: beside the week they squeezed "Alle sagsbehandlere".
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr(C, "Caseworker:")))
        filters.addWidget(self.caseworker_filter)
        filters.addWidget(QLabel(tr(C, "Site:")))
        filters.addWidget(self.site_filter)
        filters.addWidget(QLabel(tr(C, "Activity:")))
        filters.addWidget(self.kind_filter)
        filters.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.save_button, self.as_planned_button, self.copy_button):
            actions.addWidget(button)
        actions.addSpacing(16)
        for button in (self.approve_button, self.reopen_button, self.history_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.import_button = QPushButton(tr(C, "Import attendance list…"))
        self.export_button = QPushButton(tr(C, "Export hours…"))
        self.import_button.clicked.connect(self.import_list)
        self.export_button.clicked.connect(self.export_hours)
        # The transfer buttons sit at the end of the week's row: on the action or filter row they
        # cut the others short at 1280x720 and 1024x640.
        nav.addWidget(self.import_button)
        nav.addWidget(self.export_button)
        actions.addWidget(self.margin_button)
        # A role that may not record hours is not offered the buttons (the service refuses as well).
        writer = can(ctx, Permission.EDIT_CASES)
        for button in (
            self.save_button,
            self.as_planned_button,
            self.copy_button,
            self.approve_button,
            self.reopen_button,
            self.import_button,
        ):
            button.setVisible(writer)

        week_page = QWidget()
        week_layout = QVBoxLayout(week_page)
        week_layout.addLayout(nav)
        week_layout.addLayout(filters)
        week_layout.addLayout(actions)
        week_layout.addWidget(self.table, 1)
        week_layout.addWidget(self.problems)
        week_layout.addWidget(self.totals)
        self.compliance = CompliancePage(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(week_page, tr(C, "Week"))
        self.tabs.addTab(self.compliance, tr(C, "Compliance (37 hours)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._filters_loaded = False
        self.table.doubleClicked.connect(self._double_clicked)

    # --- loading ---------------------------------------------------------------------------

    def _load_filters(self) -> None:
        caseworkers, sites = hours_plan.filter_choices(self.ctx)
        self.caseworker_filter.clear()
        self.caseworker_filter.addItem(tr(C, "All caseworkers"), None)
        for choice in caseworkers:
            self.caseworker_filter.addItem(choice.name, choice.id)
        self.site_filter.clear()
        self.site_filter.addItem(tr(C, "All sites"), None)
        for choice in sites:
            self.site_filter.addItem(choice.name, choice.id)
        self._filters_loaded = True

    def grid_filter(self) -> GridFilter:
        return GridFilter(
            caseworker_id=self.caseworker_filter.currentData(),
            site_id=self.site_filter.currentData(),
            activity_kind=self.kind_filter.currentData(),
        )

    def load(self) -> None:
        if not self._filters_loaded:
            self._load_filters()
        grid = hours.load_week(self.ctx, self.week, self.grid_filter())
        self.model.set_grid(grid)
        self.week_label.setText(week_title(self.week))
        self.date_edit.blockSignals(True)
        monday = self.week.monday()
        self.date_edit.set_value(monday)
        self.date_edit.blockSignals(False)
        widths = {PERSON: 180, ACTIVITY: 170, VALID: 112, UNEXCUSED: 136, NOTE: 320, STATUS: 100}
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, widths.get(column, 86))
        self.table.horizontalHeader().setStretchLastSection(True)
        self._show_totals()
        if self.tabs.currentIndex() == 1:
            self.compliance.load()

    def _show_totals(self) -> None:
        totals = self.model.week_totals()
        persons = len(self.model.person_ids())
        self.totals.setText(
            tr(
                C,
                "{week} ({start} – {end}): {persons} persons. Planned {planned} h, attended {attended} h, "
                "sick {sick} h, valid reason {valid} h, no valid reason {unexcused} h. Weekly target {target} h.",
            ).format(
                week=week_title(self.week),
                start=fmt_date(self.week.monday()),
                end=fmt_date(self.week.sunday()),
                persons=persons,
                planned=fmt_hours(totals.planned),
                attended=fmt_hours(totals.attended),
                sick=fmt_hours(totals.absent_sick),
                valid=fmt_hours(totals.absent_valid),
                unexcused=fmt_hours(totals.absent_unexcused),
                target=fmt_hours(self.model.target),
            )
        )
        problems = self.model.problems()
        self.problems.setText("\n".join(f"{where}: {p.message}" for where, p in problems[:4]))
        self.problems.setVisible(bool(problems))
        self.save_button.setEnabled(self.model.is_dirty())

    # --- navigation ------------------------------------------------------------------------

    def _may_leave(self) -> bool:
        if not self.model.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            tr(C, "Unsaved hours"),
            tr(C, "The hours of {week} are not saved. Save them now?").format(week=week_title(self.week)),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def show_week(self, week: IsoWeek) -> None:
        if week == self.week or not self._may_leave():
            return
        self.week = week
        self.reload()

    def _date_picked(self) -> None:
        picked = self.date_edit.value()
        if picked is not None:
            self.show_week(IsoWeek.of(picked))

    def _filter_changed(self) -> None:
        if self._may_leave():
            self.reload()

    # --- actions ---------------------------------------------------------------------------

    def save(self) -> bool:
        edits = self.model.edits()
        if not edits:
            return True
        problems = self.model.problems()
        if problems:
            QMessageBox.warning(
                self,
                tr(C, "Hours not saved"),
                tr(C, "Correct the marked cells first:")
                + "\n"
                + "\n".join(f"{w}: {p.message}" for w, p in problems[:10]),
            )
            return False
        # The database away: the edits stay in the grid and are saved when it answers again.
        result = run_action(self, lambda: hours.save_week(self.ctx, self.week, edits), retry=self.save)
        if result is None:
            return False
        hub.broadcast({"hour_entries"})
        self.reload()
        return True

    def attended_as_planned(self) -> None:
        rows = self.table.selected_entry_rows() or [
            r for r in range(self.model.rowCount()) if self.model.is_entry(r)
        ]
        self.model.attended_as_planned(rows)

    def copy_last_week(self) -> None:
        pattern = run_action(
            self, lambda: hours.previous_week_pattern(self.ctx, self.week, self.model.person_ids())
        )
        if pattern is None:
            return
        if not self.model.apply_pattern(pattern):
            QMessageBox.information(
                self, tr(C, "Copy last week"), tr(C, "Last week has nothing that differs from this week.")
            )

    def _chosen_persons(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        chosen = [p for p in dict.fromkeys(self.model.person_at(r) for r in rows) if p is not None]
        return chosen or self.model.person_ids()

    def approve(self) -> None:
        if self.model.is_dirty() and not self.save():
            return
        persons = self._chosen_persons()
        if not persons:
            return
        if run_action(self, lambda: hours.approve_week(self.ctx, self.week, persons)) is not None:
            hub.broadcast({"hour_entries"})
            self.reload()

    def reopen(self) -> None:
        persons = self._chosen_persons()
        if not persons:
            return
        reason, ok = QInputDialog.getText(
            self,
            tr(C, "Reopen approved week"),
            tr(C, "Why is {week} reopened? The reason is kept in the audit log.").format(
                week=week_title(self.week)
            ),
        )
        if not ok:
            return
        if run_action(self, lambda: hours.reopen_week(self.ctx, self.week, persons, reason)) is not None:
            hub.broadcast({"hour_entries"})
            self.reload()

    def change_margin(self) -> None:
        value, ok = QInputDialog.getDouble(
            self,
            tr(C, "Margin"),
            tr(C, "Attended plus absence may exceed the planned hours by at most (hours):"),
            float(self.model.margin),
            0.0,
            40.0,
            2,
        )
        if not ok:
            return
        margin = Decimal(str(round(value, 2)))
        if run_action(self, lambda: hours_plan.set_hours_margin(self.ctx, margin)) is not None:
            hub.broadcast({"team_settings"})

    def import_list(self) -> None:
        from integration_desk.ui.hours.transfer import import_list

        import_list(self, self.ctx, trigger=self.import_button)

    def export_hours(self) -> None:
        """The hours of the year up to the week shown."""
        from integration_desk.ui.hours.transfer import export_period

        export_period(self, self.ctx, IsoWeek(self.week.year, 1), self.week, trigger=self.export_button)

    def open_history(self) -> None:
        person = self.model.person_at(self.table.currentIndex().row())
        if person is None:
            QMessageBox.information(
                self, tr(C, "Person's history"), tr(C, "Choose a row of the person first.")
            )
            return
        show_history(self, self.ctx, person)

    def _double_clicked(self, index) -> None:  # type: ignore[no-untyped-def]
        if index.column() == PERSON and not (index.flags() & Qt.ItemFlag.ItemIsEditable):
            person = self.model.person_at(index.row())
            if person is not None:
                show_history(self, self.ctx, person)
