"""Kontrakter: each adult's newest integration contract and its programme size."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from integration_desk.services import contracts
from integration_desk.services.context import AppContext
from integration_desk.services.contracts import ContractRow
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.table_model import Column, RowTableModel
from integration_desk.ui.widgets.table_view import RowTableView
from integration_desk.ui.widgets.view import View

C = "ContractsView"
TARGET_HOURS = 37


class ContractsView(View):
    watches = frozenset({"contracts", "contract_activities"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        columns: list[Column[ContractRow]] = [
            Column(tr(C, "Person"), lambda r: r.person),
            Column(tr(C, "Version"), lambda r: r.version_no),
            Column(tr(C, "Status"), lambda r: r.status),
            Column(tr(C, "Concluded"), lambda r: r.concluded_on),
            Column(tr(C, "Programme start"), lambda r: r.programme_start),
            Column(tr(C, "Programme end"), lambda r: r.programme_end),
            Column(tr(C, "Activities"), lambda r: r.activities),
            Column(tr(C, "Hours/week (sum)"), lambda r: r.weekly_hours),
        ]
        self.model: RowTableModel[ContractRow] = RowTableModel(columns, lambda r: r.id, self)
        self.table = RowTableView(self.model)
        self.table.set_column_widths([230, 70, 150, 110, 130, 130, 90])
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def load(self) -> None:
        rows = contracts.list_contracts(self.ctx)
        self.model.set_rows(rows)
        self.summary.setText(tr(C, "{n} contracts (newest version per person).").format(n=len(rows)))
