"""Rapporter: arrivals against the quota per month (the full view follows)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from integration_desk.services.context import AppContext
from integration_desk.services.reports import Cell, run_report
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.table_model import Column, RowTableModel
from integration_desk.ui.widgets.table_view import RowTableView
from integration_desk.ui.widgets.view import View

C = "ReportsView"


class ReportsView(View):
    watches = frozenset({"arrival_notices", "persons", "quotas"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        columns: list[Column[tuple[Cell, ...]]] = [
            Column(tr(C, "Month"), lambda r: r[0]),
            Column(tr(C, "Quota persons arrived"), lambda r: r[2]),
            Column(tr(C, "Quota persons announced"), lambda r: r[3]),
            Column(tr(C, "Family-reunified"), lambda r: r[4]),
        ]
        self.model: RowTableModel[tuple[Cell, ...]] = RowTableModel(columns, lambda r: 0, self)
        self.table = RowTableView(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def load(self) -> None:
        today = self.ctx.today()
        self.model.set_rows(list(run_report(self.ctx, "quota", today.replace(month=1, day=1), today).rows))
