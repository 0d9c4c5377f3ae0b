"""Overblik: the start page, a grid of panels; each area of the program contributes its own."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from integration_desk.domain.weeks import IsoWeek
from integration_desk.services.access import permissions_of
from integration_desk.services.context import AppContext
from integration_desk.ui.format import fmt_date
from integration_desk.ui.i18n import tr
from integration_desk.ui.overview.panels import Panel
from integration_desk.ui.widgets.view import View

C = "OverviewView"

#: The panels in reading order ("module:Class"), laid out two to a row.
PANELS: tuple[str, ...] = (
    "integration_desk.ui.overview.panels:OverduePanel",
    "integration_desk.ui.overview.panels:ThisWeekPanel",
    "integration_desk.ui.overview.panels:ArrivalsPanel",
    "integration_desk.ui.overview.panels:QuotaPanel",
    "integration_desk.ui.overview.panels:HousingPanel",
    "integration_desk.ui.housing.panels:CapacityShortfallPanel",
    "integration_desk.ui.hours.panel:HoursCompliancePanel",
    "integration_desk.ui.overview.panels:TeamLeadPanel",
)


def _panel_class(target: str) -> type[Panel]:
    module, _, name = target.partition(":")
    cls: type[Panel] = getattr(importlib.import_module(module), name)
    return cls


class OverviewView(View):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        allowed = permissions_of(ctx.user.role)
        classes = [_panel_class(target) for target in PANELS]
        self.panels: list[Panel] = [cls(ctx) for cls in classes if cls.needs is None or cls.needs in allowed]
        self.watches = frozenset().union(*(panel.watches for panel in self.panels))
        grid = QGridLayout()
        row = column = 0
        for panel in self.panels:
            span = min(panel.span, 2)
            if column + span > 2:
                row, column = row + 1, 0
            grid.addWidget(panel, row, column, 1, span)
            column += span
            if column >= 2:
                row, column = row + 1, 0
        for r in range(row + 1):
            grid.setRowStretch(r, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)

    def load(self) -> None:
        today = self.ctx.today()
        self.heading.setText(
            tr(C, "Overview — {date}, week {week}").format(date=fmt_date(today), week=IsoWeek.of(today).week)
        )
        for panel in self.panels:
            panel.load()
