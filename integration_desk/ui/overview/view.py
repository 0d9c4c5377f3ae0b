"""Overblik: today's and this week's deadlines, overdue ones, arrivals soon, quota and rooms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from integration_desk.domain.weeks import IsoWeek
from integration_desk.services import overview
from integration_desk.services.context import AppContext
from integration_desk.services.overview import DueItem
from integration_desk.ui.format import fmt_date
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.view import View

C = "OverviewView"


def _list_box(title: str) -> tuple[QGroupBox, QListWidget]:
    box = QGroupBox(title)
    widget = QListWidget()
    QVBoxLayout(box).addWidget(widget)
    return box, widget


class OverviewView(View):
    watches = frozenset({"persons", "deadlines", "arrival_notices", "allocations", "quotas"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        overdue_box, self.overdue = _list_box(tr(C, "Overdue deadlines"))
        week_box, self.this_week = _list_box(tr(C, "Deadlines this week"))
        arrivals_box, self.arrivals = _list_box(tr(C, "Arrivals in the next 30 days"))

        quota_box = QGroupBox(tr(C, "Quota"))
        quota_layout = QVBoxLayout(quota_box)
        self.quota_label = QLabel()
        self.quota_label.setWordWrap(True)
        self.quota_bar = QProgressBar()
        self.quota_bar.setTextVisible(True)
        quota_layout.addWidget(self.quota_label)
        quota_layout.addWidget(self.quota_bar)
        housing_box = QGroupBox(tr(C, "Temporary housing today"))
        self.housing_label = QLabel()
        self.housing_label.setWordWrap(True)
        QVBoxLayout(housing_box).addWidget(self.housing_label)

        grid = QGridLayout()
        grid.addWidget(overdue_box, 0, 0)
        grid.addWidget(week_box, 0, 1)
        grid.addWidget(arrivals_box, 1, 0)
        side = QVBoxLayout()
        side.addWidget(quota_box)
        side.addWidget(housing_box)
        side.addStretch(1)
        grid.addLayout(side, 1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)

    def load(self) -> None:
        data = overview.overview(self.ctx)
        week = IsoWeek.of(data.today)
        self.heading.setText(
            tr(C, "Overview — {date}, week {week}").format(date=fmt_date(data.today), week=week.week)
        )
        self._fill(self.overdue, data.overdue, overdue=True, empty=tr(C, "Nothing overdue."))
        self._fill(self.this_week, data.this_week, overdue=False, empty=tr(C, "No deadlines this week."))
        self.arrivals.clear()
        for arrival in data.arrivals:
            room = tr(C, "room planned") if arrival.room_planned else tr(C, "NO ROOM YET")
            item = QListWidgetItem(
                f"{fmt_date(arrival.expected_on)}  {arrival.household} — "
                + tr(C, "{n} pers.").format(n=arrival.persons)
                + f" — {room}"
            )
            if not arrival.room_planned:
                item.setForeground(Qt.GlobalColor.red)
            self.arrivals.addItem(item)
        if not data.arrivals:
            self.arrivals.addItem(tr(C, "No arrivals announced."))
        quota = data.quota
        if quota is None:
            self.quota_label.setText(tr(C, "No quota period covers today."))
            self.quota_bar.setRange(0, 1)
            self.quota_bar.setValue(0)
        else:
            self.quota_label.setText(
                tr(
                    C,
                    "{start} – {end}: quota {quota} persons; arrived {arrived}, announced {announced}, remaining {remaining}.",
                ).format(
                    start=fmt_date(quota.starts_on),
                    end=fmt_date(quota.ends_on),
                    quota=quota.quota,
                    arrived=quota.arrived,
                    announced=quota.announced,
                    remaining=quota.remaining,
                )
            )
            self.quota_bar.setRange(0, max(quota.quota, quota.arrived + quota.announced))
            self.quota_bar.setValue(quota.arrived)
            self.quota_bar.setFormat(tr(C, "%v of %m arrived"))
        occupancy = data.occupancy
        self.housing_label.setText(
            tr(C, "{rooms} rooms with {beds} beds; {used} beds in use, {free} free.").format(
                rooms=occupancy.rooms,
                beds=occupancy.beds,
                used=occupancy.beds_used,
                free=occupancy.beds - occupancy.beds_used,
            )
        )

    def _fill(self, widget: QListWidget, items: tuple[DueItem, ...], *, overdue: bool, empty: str) -> None:
        widget.clear()
        for due in items:
            item = QListWidgetItem(f"{fmt_date(due.due_on)}  {due.label}: {due.person}")
            if overdue:
                item.setForeground(Qt.GlobalColor.red)
            widget.addItem(item)
        if not items:
            widget.addItem(empty)
