"""The compliance tab of Timer: who is below the 37-hour average, who was absent without a valid reason."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from integration_desk.domain.weeks import IsoWeek
from integration_desk.services import hours_export, hours_history
from integration_desk.services.context import AppContext
from integration_desk.services.hours_history import ComplianceRow
from integration_desk.ui.format import fmt_hours
from integration_desk.ui.hours.history import show_history
from integration_desk.ui.i18n import by_count, tr
from integration_desk.ui.widgets.date_field import DateField, dates_valid
from integration_desk.ui.widgets.errors import run_action
from integration_desk.ui.widgets.feedback import run_long
from integration_desk.ui.widgets.file_dialogs import EXCEL, save_file
from integration_desk.ui.widgets.table_model import ID_ROLE, Column, RowTableModel
from integration_desk.ui.widgets.table_view import RowTableView

C = "HoursCompliance"
RED = "#b00020"


def _avg(value: object) -> str:
    return fmt_hours(value) if value is not None else "–"  # type: ignore[arg-type]


class CompliancePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        last = IsoWeek.of(ctx.today() - timedelta(days=7))
        first = IsoWeek.of(last.monday() - timedelta(days=21))
        self.from_edit = self._date_edit(first.monday())
        self.to_edit = self._date_edit(last.sunday())
        show = QPushButton(tr(C, "Show"))
        show.clicked.connect(self.load)
        export = QPushButton(tr(C, "Export to Excel…"))
        export.clicked.connect(self.export)
        columns: list[Column[ComplianceRow]] = [
            Column(tr(C, "Person"), lambda r: r.person),
            Column(tr(C, "Caseworker"), lambda r: r.caseworker),
            Column(
                tr(C, "Programme average"),
                lambda r: _avg(r.average),
                lambda r: RED if r.below_average else None,
            ),
            Column(
                tr(C, "Last 4 weeks"), lambda r: _avg(r.recent), lambda r: RED if r.below_recent else None
            ),
            Column(tr(C, "Target"), lambda r: r.target),
            Column(
                tr(C, "Hours without valid reason"),
                lambda r: r.unexcused_hours,
                lambda r: RED if r.unexcused_hours else None,
            ),
            Column(tr(C, "Weeks with such absence"), lambda r: r.unexcused_weeks),
        ]
        self.model: RowTableModel[ComplianceRow] = RowTableModel(columns, lambda r: r.person_id, self)
        self.table = RowTableView(self.model)
        self.table.set_column_widths([220, 170, 190, 130, 80, 190])
        self.table.doubleClicked.connect(self._open)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr(C, "From:")))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(tr(C, "To:")))
        bar.addWidget(self.to_edit)
        bar.addWidget(show)
        bar.addStretch(1)
        bar.addWidget(export)
        help_text = QLabel(
            tr(
                C,
                "Averages count attended hours plus absence with a valid reason (sickness included) per full "
                "week; public holidays make a week shorter. Averages run to the last week chosen. "
                "Double-click a person to see all weeks.",
            )
        )
        help_text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(help_text)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def _date_edit(self, value: date) -> DateField:
        return DateField(value, today=self.ctx.today())

    def period(self) -> tuple[IsoWeek, IsoWeek]:
        start, end = self.from_edit.date_value(), self.to_edit.date_value()
        return IsoWeek.of(start), IsoWeek.of(end)

    def load(self) -> None:
        if not dates_valid(self):
            return
        start, end = self.period()
        rows = run_action(self, lambda: hours_history.compliance(self.ctx, start, end))
        if rows is None:
            return
        self.model.set_rows(rows)
        self.summary.setText(
            by_count(
                len(rows),
                tr(C, "Week {first} – week {last}: {n} resident needs attention."),
                tr(C, "Week {first} – week {last}: {n} residents need attention."),
            ).format(first=f"{start.week}, {start.year}", last=f"{end.week}, {end.year}", n=len(rows))
        )

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.load()

    def _open(self, index) -> None:  # type: ignore[no-untyped-def]
        person = index.data(ID_ROLE)
        if person:
            show_history(self, self.ctx, int(person))

    def export(self) -> None:
        if not dates_valid(self):
            return
        start, end = self.period()
        name = tr(C, "Programme hours week {first} to week {last}").format(
            first=f"{start.week} {start.year}", last=f"{end.week} {end.year}"
        )
        path = save_file(self, tr(C, "Export compliance"), name, EXCEL)
        if path is None:
            return
        done = run_long(
            self,
            lambda: hours_export.export_compliance(self.ctx, path, start, end),
            lambda d: by_count(
                d.rows, tr(C, "{n} resident exported to {path}"), tr(C, "{n} residents exported to {path}")
            ).format(n=d.rows, path=path),
        )
        if done is not None:
            QMessageBox.information(
                self,
                tr(C, "Export compliance"),
                by_count(
                    done.rows,
                    tr(C, "{n} resident written to the file."),
                    tr(C, "{n} residents written to the file."),
                ).format(n=done.rows),
            )
