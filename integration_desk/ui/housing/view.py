"""Boliger: every room in temporary housing and the household living there today."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from integration_desk.services import housing
from integration_desk.services.context import AppContext
from integration_desk.services.housing import RoomRow
from integration_desk.ui.format import fmt_date
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.table_model import Column, RowTableModel
from integration_desk.ui.widgets.table_view import RowTableView
from integration_desk.ui.widgets.view import View

C = "HousingView"


class HousingView(View):
    watches = frozenset({"allocations", "rooms", "housing_units", "housing_sites", "room_closures"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        columns: list[Column[RoomRow]] = [
            Column(tr(C, "Site"), lambda r: r.site),
            Column(tr(C, "Unit"), lambda r: r.unit),
            Column(tr(C, "Room"), lambda r: r.room),
            Column(tr(C, "Beds"), lambda r: r.beds),
            Column(tr(C, "Household"), lambda r: r.household),
            Column(tr(C, "Persons"), lambda r: r.persons or None),
            Column(tr(C, "From"), lambda r: r.starts_on),
            Column(tr(C, "Moving out"), lambda r: r.ends_on),
            Column(tr(C, "Status"), lambda r: r.status),
        ]
        self.model: RowTableModel[RoomRow] = RowTableModel(columns, lambda r: r.room_id, self)
        self.table = RowTableView(self.model)
        self.table.set_column_widths([150, 170, 80, 60, 220, 70, 100, 100])
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def load(self) -> None:
        rows = housing.list_rooms(self.ctx)
        self.model.set_rows(rows)
        beds = sum(r.beds for r in rows)
        used = sum(r.persons for r in rows)
        self.summary.setText(
            tr(C, "Rooms on {date}: {rooms} rooms, {beds} beds, {used} in use, {free} free.").format(
                date=fmt_date(self.ctx.today()), rooms=len(rows), beds=beds, used=used, free=beds - used
            )
        )
