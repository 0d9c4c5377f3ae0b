"""The start page's housing panel: days ahead where announced arrivals exceed the free beds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from integration_desk.domain.weeks import IsoWeek
from integration_desk.services import housing_board
from integration_desk.services.context import AppContext
from integration_desk.ui.format import fmt_date
from integration_desk.ui.housing.words import free_beds_text, more_days_text, persons_waiting_text
from integration_desk.ui.i18n import tr
from integration_desk.ui.overview.panels import Panel

C = "HousingPanels"
#: at most this many days listed; the rest are summed up
SHOWN_DAYS = 12


class CapacityShortfallPanel(Panel):
    watches = frozenset({"allocations", "rooms", "room_closures", "arrival_notices", "persons"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr(C, "Too few free beds (next 90 days)"), parent)
        layout = QVBoxLayout(self)
        self.help = QLabel(
            tr(
                C,
                "Days where the persons announced to arrive by then who have no bed that day (also the rest of a family only partly housed) exceed the free beds.",
            )
        )
        self.help.setWordWrap(True)
        self.list = QListWidget()
        layout.addWidget(self.help)
        layout.addWidget(self.list)

    def load(self) -> None:
        self.list.clear()
        short = [day for day in housing_board.outlook(self.ctx) if day.short]
        for day in short[:SHOWN_DAYS]:
            item = QListWidgetItem(
                tr(C, "{date} (week {week}): {waiting}, {free}").format(
                    date=fmt_date(day.day),
                    week=IsoWeek.of(day.day).week,
                    waiting=persons_waiting_text(day.waiting_persons),
                    free=free_beds_text(day.free_beds),
                )
            )
            item.setForeground(Qt.GlobalColor.red)
            self.list.addItem(item)
        if len(short) > SHOWN_DAYS:
            self.list.addItem(more_days_text(len(short) - SHOWN_DAYS))
        if not short:
            self.list.addItem(tr(C, "Enough free beds for every announced arrival."))
