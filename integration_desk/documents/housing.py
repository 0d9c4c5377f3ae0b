"""The occupancy workbook: one sheet per stay with person-days, one sheet per room per day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from integration_desk.domain.housing import Period
from integration_desk.domain.weeks import IsoWeek
from integration_desk.i18n import tr

C = "housing"


@dataclass(frozen=True)
class StayRow:
    site: str
    unit: str
    room: str
    room_id: int
    household: str
    persons: int
    starts_on: date
    ends_on: date | None
    status: str
    days: int
    person_days: int


@dataclass(frozen=True)
class Occupancy:
    first: date
    last: date
    rooms: tuple[tuple[int, str, str, str], ...]  # id, site, unit, room
    stays: tuple[StayRow, ...]

    def persons_on(self, room_id: int, day: date) -> int:
        return sum(
            s.persons
            for s in self.stays
            if s.room_id == room_id and Period(s.starts_on, s.ends_on).contains(day)
        )


def write_occupancy(data: Occupancy, path: Path) -> None:
    from openpyxl import Workbook  # openpyxl only when a workbook is written
    from openpyxl.styles import Font

    book = Workbook()
    stays = book.active
    stays.title = tr(C, "Per stay")
    header = [
        tr(C, "Site"), tr(C, "Unit"), tr(C, "Room"), tr(C, "Household"), tr(C, "Persons"),
        tr(C, "Moving in"), tr(C, "Moving out"), tr(C, "Status"), tr(C, "Days in period"), tr(C, "Person-days"),
    ]  # fmt: skip
    stays.append(header)
    for row in data.stays:
        stays.append(
            [row.site, row.unit, row.room, row.household, row.persons, row.starts_on, row.ends_on,
             row.status, row.days, row.person_days]
        )  # fmt: skip
    stays.append([tr(C, "Total"), "", "", "", "", "", "", "", sum(r.days for r in data.stays),
                  sum(r.person_days for r in data.stays)])  # fmt: skip
    for cell in stays[1]:
        cell.font = Font(bold=True)
    for cell in stays[stays.max_row]:
        cell.font = Font(bold=True)
    for column in "FG":
        for cell in stays[column][1:]:
            cell.number_format = "DD-MM-YYYY"
    days = [data.first + timedelta(days=i) for i in range((data.last - data.first).days + 1)]
    grid = book.create_sheet(tr(C, "Per room per day"))
    grid.append([tr(C, "Site"), tr(C, "Unit"), tr(C, "Room"), *[d.strftime("%d-%m") for d in days]])
    grid.append(["", "", tr(C, "Week"), *[IsoWeek.of(d).week for d in days]])
    for room_id, site, unit, room in data.rooms:
        grid.append([site, unit, room, *[data.persons_on(room_id, d) or None for d in days]])
    for cell in grid[1]:
        cell.font = Font(bold=True)
    grid.freeze_panes = "D3"
    stays.freeze_panes = "A2"
    book.save(path)
