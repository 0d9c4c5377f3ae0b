"""Rapporter: choose a report, a period (dates or ISO weeks) and filters; table and chart side by side."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from integration_desk.domain.deadlines import add_months
from integration_desk.domain.errors import DomainError
from integration_desk.domain.weeks import IsoWeek
from integration_desk.services import reports
from integration_desk.services.context import AppContext
from integration_desk.services.reports import Chart, ReportFilter, ReportTable
from integration_desk.ui import ops
from integration_desk.ui.format import fmt_period
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.date_field import DateField, dates_valid
from integration_desk.ui.widgets.file_dialogs import EXCEL, PDF, save_file
from integration_desk.ui.widgets.view import View

C = "ReportsView"
PALETTE = ("#1f6fb2", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1")


def _cell_text(value: object) -> str:
    from integration_desk.documents.report_cells import cell_text

    return cell_text(value)  # type: ignore[arg-type]


@dataclass(frozen=True)
class _Loaded:
    """What the worker read: the filters' choices (once, with the first load) and the report."""

    choices: reports.ReportChoices | None
    table: ReportTable


class ReportsView(View):
    watches = frozenset(
        {"arrival_notices", "persons", "quotas", "allocations", "rooms", "deadlines", "hour_entries",
         "funding_events", "jobs"}
    )  # fmt: skip

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table_data: ReportTable | None = None
        self.kinds = reports.available_reports(ctx)
        self.names = list(self.kinds)
        self.list = QListWidget()
        for name in self.names:
            self.list.addItem(self.kinds[name].title())
        self.list.setMaximumWidth(240)
        self.list.setMinimumWidth(200)
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _row: self.reload())

        today = ctx.today()
        self.mode = QComboBox()
        self.mode.addItem(tr(C, "Dates"), "dates")
        self.mode.addItem(tr(C, "ISO weeks"), "weeks")
        self.first = DateField(today.replace(month=1, day=1), today=today)
        self.last = DateField(add_months(today.replace(day=1), 1) - timedelta(days=1), today=today)
        self.first_week = QLineEdit(str(IsoWeek.of(today.replace(month=1, day=4))))
        self.last_week = QLineEdit(str(IsoWeek.of(today)))
        for edit in (self.first_week, self.last_week):
            edit.setPlaceholderText("2016-W10")
            edit.setMaximumWidth(100)
            edit.editingFinished.connect(self.reload)
        self.first.committed.connect(self.reload)
        self.last.committed.connect(self.reload)
        dates = QWidget()
        dates_layout = QHBoxLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addWidget(self.first)
        dates_layout.addWidget(QLabel("–"))
        dates_layout.addWidget(self.last)
        weeks = QWidget()
        weeks_layout = QHBoxLayout(weeks)
        weeks_layout.setContentsMargins(0, 0, 0, 0)
        weeks_layout.addWidget(self.first_week)
        weeks_layout.addWidget(QLabel("–"))
        weeks_layout.addWidget(self.last_week)
        self.period = QStackedWidget()
        self.period.addWidget(dates)
        self.period.addWidget(weeks)
        self.mode.currentIndexChanged.connect(self._mode_changed)

        self.site = QComboBox()
        self.caseworker = QComboBox()
        self.nationality = QComboBox()
        for combo in (self.site, self.caseworker, self.nationality):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self._choices_loaded = False

        self.excel_button = QPushButton(tr(C, "Excel…"))
        self.excel_button.clicked.connect(lambda: self.export(".xlsx"))
        self.pdf_button = QPushButton(tr(C, "PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr(C, "Period")))
        bar.addWidget(self.mode)
        bar.addWidget(self.period)
        bar.addStretch(1)
        bar.addWidget(self.excel_button)
        bar.addWidget(self.pdf_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr(C, "Site")))
        filters.addWidget(self.site, 1)
        filters.addWidget(QLabel(tr(C, "Caseworker")))
        filters.addWidget(self.caseworker, 1)
        filters.addWidget(QLabel(tr(C, "Nationality")))
        filters.addWidget(self.nationality, 1)
        filters.addStretch(1)

        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setAlternatingRowColors(True)
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumWidth(360)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.chart_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 1000])

        body = QVBoxLayout()
        body.addLayout(bar)
        body.addLayout(filters)
        body.addWidget(self.title)
        body.addWidget(splitter, 1)
        body.addWidget(self.notes)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(body, 1)
        self.list.blockSignals(True)
        self.list.setCurrentRow(0)
        self.list.blockSignals(False)

    # --- choices and period ----------------------------------------------------------------

    def _show_choices(self, choices: reports.ReportChoices) -> None:
        for combo in (self.site, self.caseworker, self.nationality):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr(C, "All"), None)
        for site in choices.sites:
            self.site.addItem(site.name, site.id)
        for caseworker in choices.caseworkers:
            self.caseworker.addItem(caseworker.name, caseworker.id)
        for nationality in choices.nationalities:
            self.nationality.addItem(nationality, nationality)
        for combo in (self.site, self.caseworker, self.nationality):
            combo.blockSignals(False)
        self._choices_loaded = True

    def _mode_changed(self) -> None:
        self.period.setCurrentIndex(self.mode.currentIndex())
        self.reload()

    def chosen_period(self) -> tuple[date, date]:
        if self.mode.currentData() == "weeks":
            return IsoWeek.parse(self.first_week.text()).monday(), IsoWeek.parse(
                self.last_week.text()
            ).sunday()
        return self.first.date_value(), self.last.date_value()

    def chosen_filter(self) -> ReportFilter:
        return ReportFilter(
            self.site.currentData(), self.caseworker.currentData(), self.nationality.currentData()
        )

    def chosen_report(self) -> str:
        row = self.list.currentRow()
        return self.names[row] if 0 <= row < len(self.names) else self.names[0]

    def choose_report(self, name: str) -> None:
        self.list.setCurrentRow(self.names.index(name))

    # --- loading ---------------------------------------------------------------------------

    def loader(self) -> Callable[[], _Loaded | None]:
        ctx, want_choices = self.ctx, not self._choices_loaded
        if not dates_valid(self.period):
            # the period's field says what is wrong; the report shown keeps its own title
            return lambda: None
        try:
            first, last = self.chosen_period()
        except DomainError as error:
            refused = error

            def refuse() -> None:  # told on the GUI thread as every worker's refusal is
                raise refused

            return refuse
        name, chosen = self.chosen_report(), self.chosen_filter()

        def work() -> _Loaded:
            choices = reports.report_choices(ctx) if want_choices else None
            return _Loaded(choices, reports.run_report(ctx, name, first, last, chosen))

        return work

    def show_data(self, data: _Loaded | None) -> None:
        if data is None:
            return
        if data.choices is not None and not self._choices_loaded:
            self._show_choices(data.choices)
        table = data.table
        self.table_data = table
        self.title.setText(
            f"{table.title} — {fmt_period(table.first, table.last)}"
            + (f" ({table.filters})" if table.filters else "")
        )
        self.notes.setText(" ".join(table.notes))
        rows = list(table.rows) + ([table.total] if table.total is not None else [])
        self.grid.clear()
        self.grid.setColumnCount(len(table.columns))
        self.grid.setRowCount(len(rows))
        self.grid.setHorizontalHeaderLabels(list(table.columns))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(_cell_text(value))
                if not isinstance(value, str):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if table.total is not None and r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.grid.setItem(r, c, item)
        self.chart_view.setChart(build_chart(table.chart))

    def cell(self, row: int, column: int) -> str:
        item = self.grid.item(row, column)
        return item.text() if item is not None else ""

    def export(self, suffix: str) -> None:
        if not dates_valid(self.period):
            return
        name = self.chosen_report()
        first, last = self.chosen_period()
        suggested = f"{self.kinds[name].title()} {fmt_period(first, last)}"
        target = save_file(self, tr(C, "Export the report"), suggested, EXCEL if suffix == ".xlsx" else PDF)
        if target is None:
            return
        ctx, chosen = self.ctx, self.chosen_filter()
        ops.run(
            self,
            lambda task: reports.export_report(ctx, name, first, last, target, chosen, task.progress),
            progress=tr(C, "Exporting the report …"),
            trigger=self.excel_button if suffix == ".xlsx" else self.pdf_button,
            status=lambda table: tr(C, "The report \u201c{title}\u201d was saved: {path}").format(
                title=table.title, path=target
            ),
        )


def build_chart(spec: Chart) -> QChart:
    """The report's chart: bars per category (stacked when the report says so), a target line."""
    chart = QChart()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setShowToolTips(True)
    if len(spec.series) > 3:
        legend_font = chart.legend().font()
        legend_font.setPointSizeF(legend_font.pointSizeF() * 0.85)
        chart.legend().setFont(legend_font)
    chart.setLocalizeNumbers(True)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    series = QStackedBarSeries() if spec.stacked else QBarSeries()
    for index, data in enumerate(spec.series):
        bar_set = QBarSet(data.name)
        bar_set.append(list(data.values))
        bar_set.setColor(QColor(PALETTE[index % len(PALETTE)]))
        bar_set.setBorderColor(QColor(PALETTE[index % len(PALETTE)]))
        series.append(bar_set)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append(list(spec.categories))
    font = x_axis.labelsFont()
    font.setPointSizeF(font.pointSizeF() * (0.75 if len(spec.categories) > 12 else 0.9))
    x_axis.setLabelsFont(font)
    if len(spec.categories) > 6:
        x_axis.setLabelsAngle(-90)
    x_axis.setTruncateLabels(False)
    y_axis = QValueAxis()
    y_axis.setTitleText(spec.value_label)
    y_axis.setLabelFormat("%.0f")
    if spec.stacked:
        top = max((sum(v) for v in zip(*(s.values for s in spec.series), strict=True)), default=0.0)
    else:
        top = max((max(s.values, default=0.0) for s in spec.series), default=0.0)
    y_axis.setRange(0, max(top, spec.target or 0, 1) * 1.1)
    y_axis.applyNiceNumbers()
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    if spec.target is not None and spec.categories:
        line = QLineSeries()
        line.setName(f"{spec.target_label} {spec.target:g}")
        line.append(QPointF(-0.5, spec.target))
        line.append(QPointF(len(spec.categories) - 0.5, spec.target))
        line.setPen(QPen(QBrush(QColor("#d00000")), 2))
        chart.addSeries(line)
        value_x = QValueAxis()
        value_x.setRange(-0.5, len(spec.categories) - 0.5)
        value_x.setVisible(False)
        chart.addAxis(value_x, Qt.AlignmentFlag.AlignBottom)
        line.attachAxis(value_x)
        line.attachAxis(y_axis)
    return chart
