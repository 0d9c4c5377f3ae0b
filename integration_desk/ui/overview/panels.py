"""The foundation's panels of the start page: deadlines, arrivals soon, quota, temporary housing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from integration_desk.services import overview
from integration_desk.services.context import AppContext
from integration_desk.services.overview import DueItem
from integration_desk.ui.format import fmt_date
from integration_desk.ui.i18n import tr
from integration_desk.ui.signals import hub

C = "OverviewView"
OVERDUE_COLOUR = Qt.GlobalColor.red
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


class Panel(QGroupBox):
    """One box of the start page; ``load`` fetches from the services and fills it."""

    watches: frozenset[str] = frozenset()
    #: how many grid cells wide (the grid has two columns)
    span = 1

    def __init__(self, ctx: AppContext, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.ctx = ctx

    def load(self) -> None:
        raise NotImplementedError


def _due_list(items: tuple[DueItem, ...], widget: QListWidget, *, overdue: bool, empty: str) -> None:
    widget.clear()
    for due in items:
        item = QListWidgetItem(f"{fmt_date(due.due_on)}  {due.label}: {due.person}")
        item.setData(PERSON_ROLE, due.person_id)
        if overdue:
            item.setForeground(OVERDUE_COLOUR)
        widget.addItem(item)
    if not items:
        widget.addItem(empty)


def _person_list() -> QListWidget:
    widget = QListWidget()
    widget.itemDoubleClicked.connect(
        lambda item: hub.open_person.emit(item.data(PERSON_ROLE)) if item.data(PERSON_ROLE) else None
    )
    return widget


class OverduePanel(Panel):
    watches = frozenset({"deadlines", "persons"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr(C, "Overdue deadlines"), parent)
        self.list = _person_list()
        QVBoxLayout(self).addWidget(self.list)

    def load(self) -> None:
        _due_list(overview.overdue(self.ctx), self.list, overdue=True, empty=tr(C, "Nothing overdue."))


class ThisWeekPanel(Panel):
    watches = frozenset({"deadlines", "persons"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr(C, "Deadlines this week"), parent)
        self.list = _person_list()
        QVBoxLayout(self).addWidget(self.list)

    def load(self) -> None:
        _due_list(
            overview.this_week(self.ctx), self.list, overdue=False, empty=tr(C, "No deadlines this week.")
        )


class ArrivalsPanel(Panel):
    watches = frozenset({"arrival_notices", "allocations", "persons"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr(C, "Arrivals in the next 30 days"), parent)
        self.list = QListWidget()
        QVBoxLayout(self).addWidget(self.list)

    def load(self) -> None:
        self.list.clear()
        arrivals = overview.upcoming_arrivals(self.ctx)
        for arrival in arrivals:
            room = tr(C, "room planned") if arrival.room_planned else tr(C, "NO ROOM YET")
            item = QListWidgetItem(
                f"{fmt_date(arrival.expected_on)}  {arrival.household} — "
                + tr(C, "{n} pers.").format(n=arrival.persons)
                + f" — {room}"
            )
            if not arrival.room_planned:
                item.setForeground(OVERDUE_COLOUR)
            self.list.addItem(item)
        if not arrivals:
            self.list.addItem(tr(C, "No arrivals announced."))


class QuotaPanel(Panel):
    watches = frozenset({"arrival_notices", "persons", "quotas"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr(C, "Quota"), parent)
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addStretch(1)

    def load(self) -> None:
        from integration_desk.services.quota import quota_progress

        quota = quota_progress(self.ctx)
        if quota is None:
            self.label.setText(tr(C, "No quota period covers today."))
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
            return
        self.label.setText(
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
        self.bar.setRange(0, max(quota.quota, quota.arrived + quota.announced))
        self.bar.setValue(quota.arrived)
        self.bar.setFormat(tr(C, "%v of %m arrived"))


class HousingPanel(Panel):
    watches = frozenset({"allocations", "rooms"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr(C, "Temporary housing today"), parent)
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        layout.addStretch(1)

    def load(self) -> None:
        from integration_desk.services.housing import occupancy

        now = occupancy(self.ctx)
        self.label.setText(
            tr(C, "{rooms} rooms with {beds} beds; {used} beds in use, {free} free.").format(
                rooms=now.rooms, beds=now.beds, used=now.beds_used, free=now.beds - now.beds_used
            )
        )
