"""Rapporter: arrivals against the quota per month."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from integration_desk.services import reports
from integration_desk.services.context import AppContext
from integration_desk.services.reports import QuotaMonth
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.table_model import Column, RowTableModel
from integration_desk.ui.widgets.table_view import RowTableView
from integration_desk.ui.widgets.view import View

C = "ReportsView"


class ReportsView(View):
    watches = frozenset({"arrival_notices", "persons", "quotas"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        columns: list[Column[QuotaMonth]] = [
            Column(tr(C, "Month"), lambda r: r.month),
            Column(tr(C, "Quota persons arrived"), lambda r: r.arrived),
            Column(tr(C, "Quota persons announced"), lambda r: r.announced),
            Column(tr(C, "Family-reunified"), lambda r: r.family_reunified),
        ]
        self.model: RowTableModel[QuotaMonth] = RowTableModel(columns, lambda r: 0, self)
        self.table = RowTableView(self.model)
        self.table.set_column_widths([120, 220, 220])
        title = QLabel(tr(C, "Arrivals per month (by actual or expected arrival date)"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.table)

    def load(self) -> None:
        self.model.set_rows(reports.quota_by_month(self.ctx))
