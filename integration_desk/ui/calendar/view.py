"""Kalender: a month or a week with ISO week numbers and Danish public holidays, beside the agenda."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from integration_desk.domain.deadlines import add_months
from integration_desk.domain.weeks import IsoWeek, days_off, public_holidays
from integration_desk.services import calendar as calendar_service
from integration_desk.services.arrivals import caseworkers
from integration_desk.services.calendar import CalendarItem, ItemGroup
from integration_desk.services.context import AppContext
from integration_desk.services.rules import list_rule_sets
from integration_desk.ui.arrivals.menu import ArrivalsMenuButton, open_item
from integration_desk.ui.calendar.grid import DONE_TEXT, KIND_COLOUR, OVERDUE, CalendarGrid, locale
from integration_desk.ui.format import fmt_date
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.flow_layout import FlowLayout
from integration_desk.ui.widgets.view import View

C = "CalendarView"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
DAY_ROLE = Qt.ItemDataRole.UserRole + 2


def month_weeks(first: date) -> list[list[date]]:
    """The Monday-to-Sunday weeks that hold any day of ``first``'s month."""
    monday = first - timedelta(days=first.weekday())
    last = add_months(first, 1) - timedelta(days=1)
    weeks = []
    while monday <= last:
        weeks.append([monday + timedelta(days=i) for i in range(7)])
        monday += timedelta(days=7)
    return weeks


@dataclass(frozen=True)
class _Loaded:
    """What the worker read for one period (``CalendarView.loader``)."""

    weeks: list[list[date]]
    month: date | None  # the month shown (None: the week view)
    shown: tuple[date, date]  # the agenda's period
    items: list[CalendarItem]
    holidays: dict[date, str]
    caseworkers: list[tuple[str, int]] | None  # read once, with the first load


def _holidays(ctx: AppContext, first: date, last: date) -> dict[date, str]:
    """The days off between ``first`` and ``last`` by the rule set in force (on the worker)."""
    rule_sets = list_rule_sets(ctx)
    result: dict[date, str] = {}
    for year in {first.year, last.year}:
        in_force = [rs for rs in rule_sets if rs.effective_from <= date(year, 12, 31)]
        if in_force:
            result.update(days_off(year, in_force[-1].days_off()))
        else:
            result.update(public_holidays(year))
    return {day: name for day, name in result.items() if first <= day <= last}


class CalendarView(View):
    watches = frozenset({"arrival_notices", "deadlines", "allocations", "persons", "households"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.anchor = ctx.today()
        self.week_mode = False
        self.grid = CalendarGrid()
        self.grid.day_selected.connect(self._on_day)
        self.grid.item_activated.connect(self._open)
        self.grid.more_requested.connect(self._show_week_of)
        self.agenda = QListWidget()
        self.agenda.setObjectName("agenda")
        self.agenda.itemDoubleClicked.connect(self._open_agenda)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.agenda_title = QLabel()
        self.agenda_title.setFont(QFont(self.font().family(), -1, QFont.Weight.Bold))

        previous = QPushButton("◀")
        previous.setToolTip(tr(C, "Previous (Page Up)"))
        previous.clicked.connect(lambda: self.step(-1))
        following = QPushButton("▶")
        following.setToolTip(tr(C, "Next (Page Down)"))
        following.clicked.connect(lambda: self.step(1))
        for button in (previous, following):
            button.setFixedWidth(36)
        today = QPushButton(tr(C, "Today"))
        today.clicked.connect(self.go_today)
        self.month_button = QPushButton(tr(C, "Month"))
        self.week_button = QPushButton(tr(C, "Week"))
        modes = QButtonGroup(self)
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            modes.addButton(button)
        self.month_button.setChecked(True)
        self.month_button.clicked.connect(lambda: self.set_week_mode(False))
        self.week_button.clicked.connect(lambda: self.set_week_mode(True))

        self.caseworker = QComboBox()
        self.caseworker.setMinimumWidth(150)
        self.caseworker.addItem(tr(C, "All caseworkers"), None)
        self.caseworker.currentIndexChanged.connect(lambda _i: self.reload())
        self.groups: dict[ItemGroup, QCheckBox] = {}
        filters = FlowLayout()
        filters.addWidget(QLabel(tr(C, "Show:")))
        for group in ItemGroup:
            box = QCheckBox(group.label())
            box.setChecked(True)
            box.toggled.connect(lambda _on: self.reload())
            self.groups[group] = box
            filters.addWidget(box)
        caseworker = QWidget()  # the label and its field stay on one line
        caseworker_layout = QHBoxLayout(caseworker)
        caseworker_layout.setContentsMargins(12, 0, 0, 0)
        caseworker_layout.addWidget(QLabel(tr(C, "Caseworker:")))
        caseworker_layout.addWidget(self.caseworker)
        filters.addWidget(caseworker)
        filters.add_stretch()
        self.arrivals_menu = ArrivalsMenuButton(ctx, self)
        self.arrivals_menu.setMinimumWidth(110)
        filters.addWidget(self.arrivals_menu)

        top = QHBoxLayout()
        top.addWidget(previous)
        top.addWidget(following)
        top.addWidget(today)
        top.addSpacing(12)
        top.addWidget(self.title, 1)
        top.addWidget(self.month_button)
        top.addWidget(self.week_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.grid, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.agenda_title)
        right_layout.addWidget(self.agenda, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.step(-1))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.step(1))
        self._caseworkers_loaded = False
        self.items: list[CalendarItem] = []
        # The holiday library (a few hundred ms to import) is imported by the first load, on its
        # worker (``_holidays``): the window does not wait for it.

    # -- navigation -------------------------------------------------------------------------------

    def step(self, direction: int) -> None:
        if self.week_mode:
            self.anchor += timedelta(days=7 * direction)
        else:
            self.anchor = add_months(self.anchor.replace(day=1), direction)
        self.reload()

    def go_today(self) -> None:
        self.anchor = self.ctx.today()
        self.grid.select(self.anchor)
        self.reload()

    def set_week_mode(self, week: bool) -> None:
        self.week_mode = week
        self.week_button.setChecked(week)
        self.month_button.setChecked(not week)
        if week and self.grid.selected is not None and self._in_range(self.grid.selected):
            self.anchor = self.grid.selected
        self.reload()

    def show_date(self, day: date) -> None:
        self.anchor = day
        self.grid.select(day)
        self.reload()

    def _show_week_of(self, day: date) -> None:
        """The week view has room for every item of a busy day."""
        self.grid.select(day)
        self.anchor = day
        self.set_week_mode(True)

    def _in_range(self, day: date) -> bool:
        first, last = self.visible_range()
        return first <= day <= last

    def visible_range(self) -> tuple[date, date]:
        weeks = self._weeks()
        return weeks[0][0], weeks[-1][-1]

    def _weeks(self) -> list[list[date]]:
        if self.week_mode:
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            return [[monday + timedelta(days=i) for i in range(7)]]
        return month_weeks(self.anchor.replace(day=1))

    # -- loading ----------------------------------------------------------------------------------

    def loader(self) -> Callable[[], _Loaded]:
        ctx, weeks = self.ctx, self._weeks()
        first, last = weeks[0][0], weeks[-1][-1]
        groups = [group for group, box in self.groups.items() if box.isChecked()]
        caseworker_id = self.caseworker.currentData()
        want_caseworkers = not self._caseworkers_loaded
        if self.week_mode:
            month, shown = None, (first, last)
        else:
            month_first = self.anchor.replace(day=1)
            month, shown = month_first, (month_first, add_months(month_first, 1) - timedelta(days=1))

        def work() -> _Loaded:
            workers = [(w.name, w.id) for w in caseworkers(ctx)] if want_caseworkers else None
            items = calendar_service.calendar_items(
                ctx, first, last, caseworker_id=caseworker_id, groups=groups
            )
            return _Loaded(weeks, month, shown, items, _holidays(ctx, first, last), workers)

        return work

    def show_data(self, data: _Loaded) -> None:
        if data.caseworkers is not None and not self._caseworkers_loaded:
            self._caseworkers_loaded = True
            self.caseworker.blockSignals(True)
            for name, worker_id in data.caseworkers:
                self.caseworker.addItem(name, worker_id)
            self.caseworker.blockSignals(False)
        weeks = data.weeks
        first, last = weeks[0][0], weeks[-1][-1]
        self.items = data.items
        by_day: dict[date, list[CalendarItem]] = defaultdict(list)
        for item in self.items:
            by_day[item.on].append(item)
        holidays = data.holidays
        loc = locale()
        if data.month is None:
            week = IsoWeek.of(first)
            self.title.setText(
                tr(C, "Week {week} {year}: {first} – {last}").format(
                    week=week.week, year=week.year, first=fmt_date(first), last=fmt_date(last)
                )
            )
            month = None
        else:
            month_first = data.month
            self.title.setText(
                f"{loc.standaloneMonthName(month_first.month).capitalize()} {month_first.year}"
            )
            month = month_first.month
        self.grid.set_days(weeks, month, dict(by_day), holidays, self.ctx.today())
        self._fill_agenda(*data.shown, by_day, holidays)

    def _fill_agenda(
        self, first: date, last: date, by_day: dict[date, list[CalendarItem]], holidays: dict[date, str]
    ) -> None:
        self.agenda_title.setText(
            tr(C, "Agenda {first} – {last}").format(first=fmt_date(first), last=fmt_date(last))
        )
        self.agenda.clear()
        loc = locale()
        bold = QFont(self.agenda.font())
        bold.setBold(True)
        days = sorted(day for day in set(by_day) | set(holidays) if first <= day <= last)
        for day in days:
            weekday = loc.dayName(day.isoweekday(), locale().FormatType.ShortFormat).rstrip(".")
            header = QListWidgetItem(
                tr(C, "{weekday} {date} (wk. {week})").format(
                    weekday=weekday, date=fmt_date(day), week=IsoWeek.of(day).week
                )
            )
            header.setFont(bold)
            header.setData(DAY_ROLE, day)
            header.setBackground(QBrush(QColor("#eef1f5")))
            self.agenda.addItem(header)
            if day in holidays:
                entry = QListWidgetItem("   " + tr(C, "Public holiday: {name}").format(name=holidays[day]))
                entry.setForeground(QBrush(OVERDUE))
                entry.setData(DAY_ROLE, day)
                self.agenda.addItem(entry)
            for item in by_day.get(day, []):
                text = ("✓ " if item.done else "") + item.title
                if item.overdue:
                    text += "  " + tr(C, "(overdue)")
                entry = QListWidgetItem("   " + text)
                entry.setData(ITEM_ROLE, item)
                entry.setData(DAY_ROLE, day)
                entry.setToolTip(item.title)
                entry.setForeground(
                    QBrush(OVERDUE if item.overdue else DONE_TEXT if item.done else KIND_COLOUR[item.kind])
                )
                if item.overdue:
                    entry.setFont(bold)
                self.agenda.addItem(entry)
        if not days:
            self.agenda.addItem(tr(C, "Nothing in this period."))

    # -- interaction ------------------------------------------------------------------------------

    def _on_day(self, day: date) -> None:
        for row in range(self.agenda.count()):
            entry = self.agenda.item(row)
            if entry.data(DAY_ROLE) is not None and entry.data(DAY_ROLE) >= day:
                self.agenda.setCurrentRow(row)
                self.agenda.scrollToItem(entry, QListWidget.ScrollHint.PositionAtTop)
                return

    def _open_agenda(self, entry: QListWidgetItem) -> None:
        item = entry.data(ITEM_ROLE)
        if isinstance(item, CalendarItem):
            self._open(item)

    def _open(self, item: CalendarItem) -> None:
        open_item(self.ctx, item, self)
