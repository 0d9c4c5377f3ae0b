"""Overblik: the start page, a grid of panels; each area of the program contributes its own.

The panels sit two to a row on a page that scrolls when the window is too small for them, rather
than squeezing a panel below what its text needs; when two panels no longer fit side by side (a
narrow window) they stack in one column. Their lists wrap long lines."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from integration_desk.domain.weeks import IsoWeek
from integration_desk.services.access import permissions_of
from integration_desk.services.context import AppContext
from integration_desk.ui import ops
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


class PanelPage(QWidget):
    """The panels in reading order, two to a row (one when two do not fit side by side); each row
    as tall as its tallest panel needs at the width it gets, the spare height shared out evenly.
    (Qt's grid layout, asked to honour wrapped text, let rows overlap on a small screen.)"""

    SPACING = 6

    def __init__(self, panels: list[Panel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panels = panels
        for panel in panels:
            panel.setParent(self)
        self.columns = 2

    def rows(self) -> list[list[Panel]]:
        rows: list[list[Panel]] = []
        column = self.columns
        for panel in self.panels:
            span = min(panel.span, self.columns)
            if column + span > self.columns:
                rows.append([])
                column = 0
            rows[-1].append(panel)
            column += span
        return rows

    def _widths(self, row: list[Panel], width: int) -> list[int]:
        column = (width - self.SPACING * (self.columns - 1)) // self.columns
        return [
            column * min(p.span, self.columns) + self.SPACING * (min(p.span, self.columns) - 1) for p in row
        ]

    def _heights(self, width: int) -> list[int]:
        return [
            max(minimum_height(panel, w) for panel, w in zip(row, self._widths(row, width), strict=True))
            for row in self.rows()
        ]

    def needed_height(self, width: int) -> int:
        """The least height at ``width``; two columns when the widest panel fits twice."""
        widest = max((panel.minimumSizeHint().width() for panel in self.panels), default=0)
        self.columns = 2 if width >= 2 * widest + self.SPACING else 1
        heights = self._heights(width)
        return sum(heights) + self.SPACING * max(len(heights) - 1, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place()

    def place(self) -> None:
        width = self.width()
        heights = self._heights(width)
        spare = max(self.height() - sum(heights) - self.SPACING * max(len(heights) - 1, 0), 0)
        y = 0
        for index, (row, height) in enumerate(zip(self.rows(), heights, strict=True)):
            height += spare // len(heights) + (1 if index < spare % len(heights) else 0)
            x = 0
            for panel, panel_width in zip(row, self._widths(row, width), strict=True):
                panel.setGeometry(x, y, panel_width, height)
                x += panel_width + self.SPACING
            y += height + self.SPACING


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
        self.page = PanelPage(self.panels)
        self.page_area = ScrollPage(self.page, self.page.needed_height)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.page_area, 1)

    def loader(self) -> Callable[[], list[Any]]:
        """Every split panel's services call, run one after the other on the worker."""
        works = [panel.fetch() for panel in self.panels]
        return lambda: [work() if work is not None else None for work in works]

    def show_data(self, data: list[Any]) -> None:
        today = self.ctx.today()
        self.heading.setText(
            tr(C, "Overview — {date}, week {week}").format(date=fmt_date(today), week=IsoWeek.of(today).week)
        )
        for panel, result in zip(self.panels, data, strict=True):
            if type(panel).fetch is Panel.fetch:  # not split yet: loads here, on the GUI thread
                try:
                    panel.load()
                except Exception as error:  # told as a worker's failure is (a lost connection: the banner)
                    ops.report_error(self, error)
            else:
                panel.fill(result)
        self.page_area.fit()
        self.page.place()
