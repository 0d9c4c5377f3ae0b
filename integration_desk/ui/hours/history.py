"""A person's programme weeks: chart of planned against attended and the running average, and the
weeks a benefit-deduction case needs (below target, absence without a valid reason)."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from integration_desk.services import hours_history
from integration_desk.services.context import AppContext
from integration_desk.services.hours_history import PersonHistory
from integration_desk.ui.format import fmt_hours
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.errors import run_action
from integration_desk.ui.widgets.window_size import fit_to_screen

C = "HoursHistory"


def _week_text(item: hours_history.HistoryWeek) -> str:
    w = item.hours
    return tr(C, "Week {week}, {year}: credited {credited} of {target} h").format(
        week=w.week.week, year=w.week.year, credited=fmt_hours(w.credited), target=fmt_hours(w.week_target)
    )


class HistoryDialog(QDialog):
    def __init__(self, history: PersonHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.setWindowTitle(tr(C, "Programme hours: {person}").format(person=history.person))
        fit_to_screen(self, 1100, 720)
        summary = QLabel(
            tr(
                C,
                "{weeks} weeks recorded. Programme average {average} h/week, last 4 weeks {recent} h/week; "
                "target {target} h/week. Credited hours are attended hours plus absence with a reason; "
                "holiday weeks count as part of a week.",
            ).format(
                weeks=len(history.weeks),
                average=fmt_hours(history.average) if history.average is not None else "–",
                recent=fmt_hours(history.recent) if history.recent is not None else "–",
                target=fmt_hours(history.target),
            )
        )
        summary.setWordWrap(True)
        self.chart_view = QChartView(self._chart())
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.below_list = QListWidget()
        for item in history.below_target:
            self.below_list.addItem(_week_text(item))
        if not history.below_target:
            self.below_list.addItem(tr(C, "No week below target."))
        self.unexcused_list = QListWidget()
        for item in history.unexcused:
            w = item.hours
            self.unexcused_list.addItem(
                tr(C, "Week {week}, {year}: {hours} h without a valid reason — {note}").format(
                    week=w.week.week,
                    year=w.week.year,
                    hours=fmt_hours(w.absent_unexcused),
                    note=item.notes or "–",
                )
            )
        if not history.unexcused:
            self.unexcused_list.addItem(tr(C, "No absence without a valid reason."))
        lists = QHBoxLayout()
        for title, widget in (
            (tr(C, "Weeks below target"), self.below_list),
            (tr(C, "Weeks with absence without a valid reason"), self.unexcused_list),
        ):
            column = QVBoxLayout()
            label = QLabel(title)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            column.addWidget(label)
            column.addWidget(widget)
            lists.addLayout(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.chart_view, 3)
        layout.addLayout(lists, 2)
        layout.addWidget(buttons)

    def _chart(self) -> QChart:
        chart = QChart()
        chart.setTitle(tr(C, "Hours per week"))
        planned = _series(tr(C, "Planned"))
        credited = _series(tr(C, "Attended + absence with reason"))
        attended = _series(tr(C, "Attended"))
        average = _series(tr(C, "Running average"))
        target = _series(tr(C, "Target"))
        top = float(self.history.target)
        for index, item in enumerate(self.history.weeks):
            w = item.hours
            planned.append(index, float(w.planned))
            credited.append(index, float(w.credited))
            attended.append(index, float(w.attended))
            if item.running_average is not None:
                average.append(index, float(item.running_average))
            target.append(index, float(w.target))
            top = max(top, float(w.planned), float(w.credited))
        average.setPen(QPen(QColor("#1f5fa8"), 3))
        target.setPen(QPen(QColor("#b00020"), 2, Qt.PenStyle.DashLine))
        planned.setPen(QPen(QColor("#888888"), 2))
        attended.setPen(QPen(QColor("#2e8b57"), 2))
        credited.setPen(QPen(QColor("#e0a000"), 1, Qt.PenStyle.DotLine))
        x_axis = QValueAxis()
        x_axis.setTitleText(tr(C, "Programme week"))
        x_axis.setLabelFormat("%d")
        x_axis.setRange(0, max(1, len(self.history.weeks) - 1))
        y_axis = QValueAxis()
        y_axis.setTitleText(tr(C, "Hours"))
        y_axis.setRange(0, top * 1.1)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (planned, attended, credited, average, target):
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart


def _series(name: str) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    return series


def show_history(parent: QWidget, ctx: AppContext, person_id: int) -> HistoryDialog | None:
    history = run_action(parent, lambda: hours_history.person_history(ctx, person_id))
    if history is None:
        return None
    dialog = HistoryDialog(history, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()  # non-modal: the caseworker can keep the grid open beside it
    return dialog
