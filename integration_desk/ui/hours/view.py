"""Timer: one ISO week's hours per person and activity, planned against attended."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from integration_desk.domain.weeks import IsoWeek
from integration_desk.services import hours
from integration_desk.services.context import AppContext
from integration_desk.services.hours import HourRow
from integration_desk.ui.format import fmt_hours
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.table_model import Column, RowTableModel
from integration_desk.ui.widgets.table_view import RowTableView
from integration_desk.ui.widgets.view import View

C = "HoursView"


class HoursView(View):
    watches = frozenset({"hour_entries"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # The last whole week is the one caseworkers record on Monday morning.
        self.week = IsoWeek.of(ctx.today() - timedelta(days=7))
        columns: list[Column[HourRow]] = [
            Column(tr(C, "Person"), lambda r: r.person),
            Column(tr(C, "Activity"), lambda r: r.activity),
            Column(tr(C, "Planned"), lambda r: r.planned),
            Column(tr(C, "Attended"), lambda r: r.attended),
            Column(tr(C, "Sick"), lambda r: r.absent_sick),
            Column(tr(C, "Valid reason"), lambda r: r.absent_valid),
            Column(tr(C, "No valid reason"), lambda r: r.absent_unexcused),
            Column(tr(C, "Approved"), lambda r: r.approved),
            Column(tr(C, "Note"), lambda r: r.note),
        ]
        self.model: RowTableModel[HourRow] = RowTableModel(columns, lambda r: r.entry_id, self)
        self.table = RowTableView(self.model)
        self.table.set_column_widths([210, 200, 80, 85, 60, 110, 145, 85])
        self.week_label = QLabel()
        font = self.week_label.font()
        font.setBold(True)
        self.week_label.setFont(font)
        self.totals = QLabel()
        previous = QPushButton(tr(C, "◀ Previous week"))
        following = QPushButton(tr(C, "Next week ▶"))
        previous.clicked.connect(lambda: self.show_week(self.week.previous()))
        following.clicked.connect(lambda: self.show_week(self.week.next()))
        bar = QHBoxLayout()
        bar.addWidget(previous)
        bar.addWidget(self.week_label)
        bar.addWidget(following)
        bar.addStretch(1)
        bar.addWidget(self.totals)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def show_week(self, week: IsoWeek) -> None:
        self.week = week
        self.reload()

    def load(self) -> None:
        rows = hours.list_week(self.ctx, self.week)
        self.model.set_rows(rows)
        self.week_label.setText(self.week.label())
        planned = sum((r.planned for r in rows), start=0)
        attended = sum((r.attended for r in rows), start=0)
        self.totals.setText(
            tr(C, "Total: planned {planned} h, attended {attended} h").format(
                planned=fmt_hours(planned), attended=fmt_hours(attended)
            )
        )
