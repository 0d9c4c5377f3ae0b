"""The shared table model passes Qt's model tester and shows values the Danish way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from integration_desk.ui.widgets.table_model import ID_ROLE, Column, RowTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    on: date
    hours: Decimal


def test_model_passes_the_model_tester_and_formats_values(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model: RowTableModel[Row] = RowTableModel(
        [
            Column("Navn", lambda r: r.name),
            Column("Dato", lambda r: r.on),
            Column("Timer", lambda r: r.hours),
        ],
        lambda r: r.id,
    )
    model.set_rows(
        [Row(7, "Selam", date(2016, 3, 24), Decimal("37.5")), Row(9, "ሰላም", date(2016, 1, 1), Decimal(0))]
    )
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "24-03-2016"
    assert model.index(0, 2).data() == "37,5"
    assert model.index(1, 0).data() == "ሰላም"
    assert model.index(1, 0).data(ID_ROLE) == 9
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Navn"
