"""`export occupancy`: person-days per stay and persons per room per day, from the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from integration_desk.cli import main
from integration_desk.services import housing_allocations as allocations
from integration_desk.services.context import AppContext
from integration_desk.services.housing_allocations import AllocationInput
from integration_desk.services.housing_export import export_occupancy


def test_person_days_count_only_the_days_in_the_period(ctx: AppContext, world: Any, tmp_path: Path) -> None:
    allocations.allocate(
        ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 9, 25), date(2016, 10, 5))
    )
    allocations.allocate(ctx, AllocationInput(world.room2, world.ali, 3, date(2016, 10, 3)))
    path = tmp_path / "occ.xlsx"
    data = export_occupancy(ctx, date(2016, 10, 1), date(2016, 10, 10), path)
    assert [(s.household, s.days, s.person_days) for s in data.stays] == [
        ("Familien Hansen", 4, 8),
        ("Familien Ali", 8, 24),
    ]
    book = load_workbook(path)
    per_stay = book.worksheets[0]
    assert per_stay.cell(row=1, column=10).value == "Persondage"
    assert per_stay.cell(row=per_stay.max_row, column=10).value == 32
    grid = book.worksheets[1]
    assert [grid.cell(row=3, column=c).value for c in range(4, 9)] == [2, 2, 2, 2, None]


def test_the_command_writes_the_file_and_refuses_a_reversed_period(
    demo_url: str, tmp_path: Path, capsys: Any
) -> None:
    path = tmp_path / "occ.xlsx"
    code = main(
        [
            "--database",
            demo_url,
            "export",
            "occupancy",
            str(path),
            "--from",
            "2016-09-01",
            "--to",
            "2016-09-30",
        ]
    )
    assert code == 0 and path.is_file()
    assert "persondage" in capsys.readouterr().out
    code = main(
        [
            "--database",
            demo_url,
            "export",
            "occupancy",
            str(path),
            "--from",
            "2016-09-30",
            "--to",
            "2016-09-01",
        ]
    )
    assert code == 1
    assert "Perioden skal slutte" in capsys.readouterr().err
