"""Overblik: the start page, a grid of panels; each area of the program contributes its own.

The panels sit two to a row on a page that scrolls when the window is too small for them, rather
than squeezing a panel below what its text needs; when two panels no longer fit side by side (a
narrow window) they stack in one column. Their lists wrap long lines."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QGridLayout, QLabel, QListView, QVBoxLayout, QWidget

from integration_desk.domain.weeks import IsoWeek
from integration_desk.services.access import permissions_of
from integration_desk.services.context import AppContext
from integration_desk.ui.format import fmt_date
from integration_desk.ui.i18n import tr
from integration_desk.ui.overview.panels import Panel
from integration_desk.ui.widgets.lists import wrap_lines
from integration_desk.ui.widgets.scroll_page import ScrollPage, minimum_height
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
#: a list on the start page shows at least this many lines before it scrolls
LIST_LINES = 3


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
        for panel in self.panels:
            for view in panel.findChildren(QListView):
                wrap_lines(view)
                view.setMinimumHeight(
                    LIST_LINES * view.fontMetrics().lineSpacing() + 2 * view.frameWidth() + 4
                )
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 0
        self.rows: list[list[Panel]] = []
        page = QWidget()
        page.setLayout(self.grid)
        self.page_area = ScrollPage(page, self.needed_height)
        self.arrange(2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.page_area, 1)

    def arrange(self, columns: int) -> None:
        """Lay the panels out in reading order, ``columns`` to a row (a panel may span two)."""
        if columns == self.columns:
            return
        self.columns = columns
        for r in range(self.grid.rowCount()):
            self.grid.setRowStretch(r, 0)
        for panel in self.panels:
            self.grid.removeWidget(panel)
        self.rows = []
        column = columns
        for panel in self.panels:
            span = min(panel.span, columns)
            if column + span > columns:
                self.rows.append([])
                column = 0
            self.grid.addWidget(panel, len(self.rows) - 1, column, 1, span)
            self.rows[-1].append(panel)
            column += span
        for r in range(len(self.rows)):
            self.grid.setRowStretch(r, 1)

    def needed_height(self, width: int) -> int:
        """The page's least height at ``width``; two columns when the widest panel fits twice."""
        spacing = self.grid.horizontalSpacing()
        widest = max((panel.minimumSizeHint().width() for panel in self.panels), default=0)
        self.arrange(2 if width >= 2 * widest + spacing else 1)
        column = (width - spacing * (self.columns - 1)) // self.columns
        total = 0
        for row in self.rows:
            # Each panel of a row is given the row's least height (Qt's grid would share the height
            # out evenly, below what wrapped text needs).
            needs = {panel: minimum_height(panel, self._width(panel, column)) for panel in row}
            height = max(needs.values())
            for panel in row:
                panel.setMinimumHeight(height)
            total += height
        return total + self.grid.verticalSpacing() * max(len(self.rows) - 1, 0)

    def _width(self, panel: Panel, column: int) -> int:
        span = min(panel.span, self.columns)
        return column * span + self.grid.horizontalSpacing() * (span - 1)

    def load(self) -> None:
        today = self.ctx.today()
        self.heading.setText(
            tr(C, "Overview — {date}, week {week}").format(date=fmt_date(today), week=IsoWeek.of(today).week)
        )
        for panel in self.panels:
            panel.load()
        self.page_area.fit()
