"""Kalender: a month with ISO week numbers and Danish public holidays, beside the month's agenda."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from integration_desk.domain.weeks import IsoWeek, public_holidays
from integration_desk.services import arrivals
from integration_desk.services.context import AppContext
from integration_desk.ui.format import fmt_date
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.view import View

C = "CalendarView"
HOLIDAY_COLOUR = "#b00020"


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class CalendarView(View):
    watches = frozenset({"arrival_notices", "deadlines", "allocations"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.calendar = QCalendarWidget()
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        today = ctx.today()
        self.calendar.setSelectedDate(_qdate(today))
        self.calendar.currentPageChanged.connect(lambda *_: self.reload())
        self.calendar.selectionChanged.connect(self._on_selected)
        self.week_label = QLabel()
        self.agenda = QListWidget()
        self.month_label = QLabel()
        font = self.month_label.font()
        font.setBold(True)
        self.month_label.setFont(font)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.month_label)
        right_layout.addWidget(self.agenda)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.calendar, 1)
        row = QHBoxLayout()
        row.addWidget(self.week_label)
        row.addStretch(1)
        left_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([900, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _month(self) -> tuple[date, date]:
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return first, last

    def load(self) -> None:
        first, last = self._month()
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        holiday_format = QTextCharFormat()
        holiday_format.setForeground(QBrush(QColor(HOLIDAY_COLOUR)))
        holiday_format.setFontWeight(QFont.Weight.Bold)
        holidays = {**public_holidays(first.year), **public_holidays(last.year)}
        for day, name in holidays.items():
            fmt = QTextCharFormat(holiday_format)
            fmt.setToolTip(name)
            self.calendar.setDateTextFormat(_qdate(day), fmt)
        items = arrivals.calendar_items(self.ctx, first, last)
        busy = QTextCharFormat()
        busy.setBackground(QBrush(QColor("#e3f2fd")))
        for item in items:
            if item.on not in holidays:
                self.calendar.setDateTextFormat(_qdate(item.on), busy)
        self.month_label.setText(
            tr(C, "Agenda {first} – {last}").format(first=fmt_date(first), last=fmt_date(last))
        )
        self.agenda.clear()
        merged = [
            (day, tr(C, "Public holiday: {name}").format(name=name), False)
            for day, name in holidays.items()
            if first <= day <= last
        ]
        merged += [(item.on, item.title, item.overdue) for item in items]
        for day, title, overdue in sorted(merged, key=lambda entry: entry[0]):
            week = IsoWeek.of(day)
            entry = QListWidgetItem(
                tr(C, "{date} (wk. {week})  {title}").format(date=fmt_date(day), week=week.week, title=title)
            )
            if overdue:
                entry.setForeground(QBrush(QColor(HOLIDAY_COLOUR)))
                font = entry.font()
                font.setBold(True)
                entry.setFont(font)
            self.agenda.addItem(entry)
        if not merged:
            self.agenda.addItem(tr(C, "Nothing this month."))
        self._on_selected()

    def _on_selected(self) -> None:
        qdate = self.calendar.selectedDate()
        selected = date(qdate.year(), qdate.month(), qdate.day())
        self.week_label.setText(IsoWeek.of(selected).label())
