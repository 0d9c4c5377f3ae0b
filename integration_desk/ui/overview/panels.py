"""The foundation's panels of the start page: deadlines, arrivals soon, quota, temporary housing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

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

from integration_desk.domain.quota import arrived_text, overrun_warning, position_text
from integration_desk.services import overview
from integration_desk.services.context import AppContext
from integration_desk.services.overview import DueItem
from integration_desk.ui.format import fmt_date
from integration_desk.ui.i18n import tr
from integration_desk.ui.signals import hub

C = "OverviewView"
OVERDUE_COLOUR = Qt.GlobalColor.red
WARNING_COLOUR = "#b00020"
#: the quota bar once arrived and announced persons overrun the quota
OVERRUN_BAR = (
    f"QProgressBar {{ border: 1px solid {WARNING_COLOUR}; border-radius: 3px; background: white;"
    " text-align: center; font-weight: bold; }"
    " QProgressBar::chunk { background: #f4a7b0; }"
)
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
NOTICE_ROLE = Qt.ItemDataRole.UserRole + 2


class Panel(QGroupBox):
    """One box of the start page: ``fetch()`` (GUI thread) returns the services call the overview
    runs on a worker, ``fill(data)`` (GUI thread) shows its result. A panel that only has ``load``
    (fetch and fill at once) is loaded on the GUI thread, after the others arrived."""

    watches: frozenset[str] = frozenset()
    #: how many grid cells wide (the grid has two columns)
    span = 1
    #: shown only to a role with this permission (``services.access.Permission`` value)
    needs: str | None = None

    def __init__(self, ctx: AppContext, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.ctx = ctx

    def fetch(self) -> Callable[[], Any] | None:
        """The services call for the worker (it must not touch a widget); None: use ``load``."""
        return None

    def fill(self, data: Any) -> None:
        raise NotImplementedError

    def load(self) -> None:
        """Fetch and fill at once, on the calling thread (tests; a panel not split yet)."""
        work = self.fetch()
        if work is None:
            raise NotImplementedError
        self.fill(work())


def _due_list(
    items: tuple[DueItem, ...], widget: QListWidget, *, overdue: bool, empty: str, today: date | None = None
) -> None:
    widget.clear()
    for due in items:
        when = tr(C, "Today") if due.due_on == today else fmt_date(due.due_on)
        item = QListWidgetItem(f"{when}  {due.label}: {due.person}")
        item.setData(PERSON_ROLE, due.person_id)
        if overdue:
            item.setForeground(OVERDUE_COLOUR)
        if due.due_on == today:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
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

    def fetch(self) -> Callable[[], tuple[DueItem, ...]]:
        ctx = self.ctx
        return lambda: overview.overdue(ctx)

    def fill(self, data: tuple[DueItem, ...]) -> None:
        _due_list(data, self.list, overdue=True, empty=tr(C, "Nothing overdue."))


class ThisWeekPanel(Panel):
    watches = frozenset({"deadlines", "persons"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr(C, "Deadlines today and this week"), parent)
        self.list = _person_list()
        QVBoxLayout(self).addWidget(self.list)

    def fetch(self) -> Callable[[], tuple[DueItem, ...]]:
        ctx = self.ctx
        return lambda: overview.this_week(ctx)

    def fill(self, data: tuple[DueItem, ...]) -> None:
        _due_list(
            data,
            self.list,
            overdue=False,
            empty=tr(C, "No deadlines this week."),
            today=self.ctx.today(),
        )


class ArrivalsPanel(Panel):
    watches = frozenset({"arrival_notices", "allocations", "persons"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr(C, "Arrivals in the next 30 days"), parent)
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(self._open)
        QVBoxLayout(self).addWidget(self.list)

    def _open(self, item: QListWidgetItem) -> None:
        from integration_desk.ui.arrivals.menu import open_notice

        notice_id = item.data(NOTICE_ROLE)
        if notice_id:
            open_notice(self.ctx, notice_id, self.window())

    def fetch(self) -> Callable[[], Any]:
        ctx = self.ctx
        return lambda: overview.upcoming_arrivals(ctx)

    def fill(self, arrivals: Any) -> None:
        self.list.clear()
        from integration_desk.ui.housing.words import beds_state_text

        for arrival in arrivals:
            beds = beds_state_text(arrival.beds) if arrival.beds is not None else ""
            room = tr(C, "room planned") if arrival.room_planned else beds or tr(C, "NO ROOM YET")
            item = QListWidgetItem(
                f"{fmt_date(arrival.expected_on)}  {arrival.household} — "
                + tr(C, "{n} pers.").format(n=arrival.persons)
                + f" — {room}"
            )
            item.setData(NOTICE_ROLE, arrival.notice_id)
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
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")
        self.bar = QProgressBar()
        self.months = QLabel()
        self.months.setWordWrap(True)
        self.months.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.warning)
        layout.addWidget(self.months)
        layout.addStretch(1)

    def fetch(self) -> Callable[[], Any]:
        from integration_desk.services.quota import quota_progress

        ctx = self.ctx
        return lambda: quota_progress(ctx)

    def fill(self, progress: Any) -> None:
        if progress is None:
            self.label.setText(tr(C, "No quota period covers today."))
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
            self.bar.setFormat("")
            self.bar.setStyleSheet("")
            self.warning.setVisible(False)
            self.months.clear()
            return
        quota = progress.summary
        self.label.setText(
            tr(C, "{start} – {end}: {position}.").format(
                start=fmt_date(progress.starts_on),
                end=fmt_date(progress.ends_on),
                position=position_text(quota),
            )
            + " "
            + tr(C, "Family-reunified persons are not counted.")
        )
        self.bar.setRange(0, quota.bar_maximum)
        self.bar.setValue(quota.bar_value)
        self.bar.setFormat(arrived_text(quota).replace("%", "%%"))
        self.bar.setStyleSheet(OVERRUN_BAR if quota.exceeded else "")
        self.warning.setVisible(quota.exceeded)
        self.warning.setText(overrun_warning(quota))
        header = "".join(
            f"<th style='padding:0 2px'>{month_abbreviation(m.month)}</th>" for m in progress.months
        )
        arrived = "".join(f"<td align='center'>{m.arrived or ''}</td>" for m in progress.months)
        announced = "".join(f"<td align='center'>{m.announced or ''}</td>" for m in progress.months)
        remaining = "".join(f"<td align='center'>{m.running.remaining}</td>" for m in progress.months)
        rows = (
            f"<tr><td></td>{header}</tr>"
            f"<tr><td>{tr(C, 'Arrived')}&nbsp;</td>{arrived}</tr>"
            f"<tr><td>{tr(C, 'Announced')}</td>{announced}</tr>"
            f"<tr><td>{tr(C, 'Remaining')}&nbsp;</td>{remaining}</tr>"
        )
        if quota.exceeded:
            over = "".join(
                f"<td align='center' style='color:{WARNING_COLOUR}'>{m.running.overrun or ''}</td>"
                for m in progress.months
            )
            rows += f"<tr><td style='color:{WARNING_COLOUR}'>{tr(C, 'Over the quota')}&nbsp;</td>{over}</tr>"
        self.months.setText(f"<table cellspacing='0' style='font-size:9pt'>{rows}</table>")


def month_abbreviation(month: date) -> str:
    from integration_desk.ui.calendar.grid import locale

    return locale().monthName(month.month, locale().FormatType.ShortFormat).rstrip(".")


class HousingPanel(Panel):
    watches = frozenset({"allocations", "rooms", "room_closures", "arrival_notices", "persons"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr(C, "Temporary housing today"), parent)
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        layout.addStretch(1)

    def fetch(self) -> Callable[[], Any]:
        from integration_desk.services.housing import occupancy

        ctx = self.ctx
        return lambda: occupancy(ctx)

    def fill(self, now: Any) -> None:
        from integration_desk.ui.housing.words import beds_text, free_beds_text, persons_text, rooms_text

        text = tr(C, "{rooms} with {beds}; {persons} with a bed, {free} in empty rooms.").format(
            rooms=rooms_text(now.rooms),
            beds=beds_text(now.beds),
            persons=persons_text(now.beds_used),
            free=free_beds_text(now.free_beds or 0),
        )
        if now.without_bed:
            text += " " + tr(C, "{persons} without a bed today.").format(
                persons=persons_text(now.without_bed)
            )
        self.label.setText(text)


class TeamLeadPanel(Panel):
    """The team lead's figures: quota, beds today, overdue deadlines, 37 hours, funding this month."""

    needs = "case_data"  # it reads the hours

    watches = frozenset(
        {"arrival_notices", "persons", "quotas", "allocations", "rooms", "deadlines", "hour_entries",
         "funding_events", "jobs"}
    )  # fmt: skip

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr(C, "Team lead: the position today"), parent)
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.label)
        layout.addStretch(1)

    def fetch(self) -> Callable[[], Any]:
        from integration_desk.services.reports import team_lead_figures

        ctx = self.ctx
        return lambda: team_lead_figures(ctx)

    def fill(self, f: Any) -> None:
        from integration_desk.documents.report_cells import cell_text

        if f.quota is None:
            quota = tr(C, "no quota period today")
        elif f.quota.exceeded:
            quota = f"<span style='color:{WARNING_COLOUR}'>{escape(position_text(f.quota))}</span>"
        else:
            quota = escape(position_text(f.quota))
        occupancy = f"{round(100 * f.beds_used / f.beds)} %" if f.beds else "–"
        lines = [
            (tr(C, "Quota"), quota),
            (tr(C, "Occupancy today"), tr(C, "{used} of {beds} beds ({percent})").format(
                used=f.beds_used, beds=f.beds, percent=occupancy)),
            (tr(C, "Deadlines overdue, whole team"), str(f.deadlines_overdue)),
            (tr(C, "Below 37 hours"), tr(C, "{below} of {persons} persons").format(
                below=f.persons_below_target, persons=f.persons_with_hours)),
            (tr(C, "Funding events this month"), tr(C, "{events}, expected {amount} kr.").format(
                events=f.funding_events, amount=cell_text(f.funding_amount))),
        ]  # fmt: skip
        self.label.setText(
            "<table cellspacing='2'>"
            + "".join(f"<tr><td><b>{name}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>" for name, value in lines)
            + "</table>"
        )
