"""Small widgets of the contract editor: the weekly-hours chart and the frames that mark a field."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from integration_desk.domain.contracts_summary import ProgrammeSummary
from integration_desk.ui.i18n import tr

C = "ContractEditor"
ERROR_STYLE = "border: 2px solid #b00020;"
WARNING_STYLE = "border: 2px solid #e09000;"


class HoursChart(QWidget):
    """Planned hours per ISO week as bars, with the week's expected hours as a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: ProgrammeSummary | None = None
        self.setMinimumHeight(80)
        self.setMaximumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(
            tr(C, "Planned hours per week (bars) against the 37-hour target (line); red weeks fall short.")
        )

    def set_summary(self, summary: ProgrammeSummary | None) -> None:
        self.summary = summary
        self.update()

    def _bars(self) -> QRectF:
        return QRectF(self.rect()).adjusted(30, 6, -4, -16)

    def year_labels(self) -> list[tuple[QRectF, str]]:
        """Where each year is named under the bars: at its week 1, and at the first week when the
        programme starts within a year. A label that would run into the next one is left out (the
        first, then: "2016" squeezed against "2017" read "20162017" in a narrow window)."""
        summary = self.summary
        if summary is None or not summary.weeks:
            return []
        rect = self._bars()
        step = rect.width() / len(summary.weeks)
        metrics = self.fontMetrics()
        labels: list[tuple[QRectF, str]] = []
        for n, week in enumerate(summary.weeks):
            if week.week.week == 1 or n == 0:
                text = str(week.week.year)
                place = QRectF(
                    rect.left() + n * step, rect.bottom() + 1, metrics.horizontalAdvance(text) + 2, 14
                )
                if labels and labels[-1][0].right() + metrics.horizontalAdvance("  ") > place.left():
                    labels.pop()
                labels.append((place, text))
        return labels

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._bars()
        painter.fillRect(self.rect(), QColor("#fafbfc"))
        summary = self.summary
        if summary is None or not summary.weeks:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr(C, "No programme period yet."))
            return
        top = float(max(max((w.total for w in summary.weeks), default=0), summary.target)) * 1.1
        step = rect.width() / len(summary.weeks)

        def y(value: float) -> float:
            return rect.bottom() - rect.height() * value / top

        painter.setPen(QColor("#666"))
        for mark in (0, float(summary.target)):
            painter.drawText(QRectF(0, y(mark) - 8, 27, 16), Qt.AlignmentFlag.AlignRight, f"{mark:g}")
        for n, week in enumerate(summary.weeks):
            short = week.total < week.expected
            colour = QColor("#c62828") if short else QColor("#2e7d32")
            x = rect.left() + n * step
            painter.fillRect(
                QRectF(x, y(float(week.total)), max(step - 0.6, 0.6), rect.bottom() - y(float(week.total))),
                colour,
            )
        painter.setPen(QColor("#444"))
        for place, year in self.year_labels():
            painter.drawText(place, Qt.AlignmentFlag.AlignLeft, year)
        painter.setPen(QPen(QColor("#1565c0"), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(
            QLineF(rect.left(), y(float(summary.target)), rect.right(), y(float(summary.target)))
        )
        painter.end()
