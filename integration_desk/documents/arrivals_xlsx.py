"""The arrivals workbook: the import template and the export, one row per person."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from integration_desk.i18n import tr

C = "arrivals_xlsx"
SHEET = "Ankomster"
HELP_SHEET = "Vejledning"
# The column names are the file format: the same whatever language the program speaks.
COLUMNS: tuple[str, ...] = (
    "Reference",
    "Modtaget",
    "Afgørelsesdato",
    "Forventet ankomst",
    "Asylcenter",
    "Husstand",
    "Fornavn",
    "Efternavn",
    "Fødselsdato",
    "Køn",
    "Nationalitet",
    "Sprog",
    "CPR",
    "Udl.nr.",
    "Familiesammenført",
)
REQUIRED: tuple[str, ...] = (*COLUMNS[:4], "Husstand", "Fornavn", "Efternavn")
OPTIONAL: tuple[str, ...] = tuple(c for c in COLUMNS if c not in REQUIRED)
DATE_COLUMNS = frozenset({"Modtaget", "Afgørelsesdato", "Forventet ankomst", "Fødselsdato"})
WIDTHS = {
    "Reference": 16,
    "Asylcenter": 20,
    "Husstand": 22,
    "Fornavn": 16,
    "Efternavn": 18,
    "Forventet ankomst": 17,
}


def explanations() -> list[tuple[str, str]]:
    """(column, what to write) for the help sheet."""
    return [
        (
            "Reference",
            tr(
                C,
                "The immigration service's reference of the notice. Required; the same on every row of a household.",
            ),
        ),
        ("Modtaget", tr(C, "The day the notice was received. A date: 15-03-2016, 15.03.2016 or 2016-03-15.")),
        (
            "Afgørelsesdato",
            tr(C, "The date of the placement decision. The takeover date is computed from it."),
        ),
        (
            "Forventet ankomst",
            tr(C, "The expected arrival date. Less than 30 days after the notice gives a warning."),
        ),
        ("Asylcenter", tr(C, "The asylum centre the household comes from.")),
        ("Husstand", tr(C, "The household's name. Rows with the same name form one household (one notice).")),
        ("Fornavn", tr(C, "Given name, in Latin letters. Required.")),
        ("Efternavn", tr(C, "Family name, in Latin letters. Required.")),
        ("Fødselsdato", tr(C, "Date of birth, when known. Adults (18 or over at takeover) get deadlines.")),
        ("Køn", tr(C, "K (female) or M (male); may be empty.")),
        ("Nationalitet", tr(C, "Nationality, e.g. Syrien.")),
        ("Sprog", tr(C, "The languages the person speaks, e.g. arabisk, kurdisk.")),
        ("CPR", tr(C, "The CPR number, with or without the dash, when assigned. May be empty.")),
        ("Udl.nr.", tr(C, "The immigration service's number of the person, when known.")),
        (
            "Familiesammenført",
            tr(
                C,
                "ja for a family-reunified person (not counted in the quota); nej or empty for a quota refugee.",
            ),
        ),
    ]


def _style_header(sheet: Any) -> None:
    from openpyxl.styles import Font, PatternFill

    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE7F3")
    sheet.freeze_panes = "A2"


def _widths(sheet: Any, columns: Sequence[str]) -> None:
    from openpyxl.utils import get_column_letter

    for index, name in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = WIDTHS.get(name, max(12, len(name) + 3))


def write_template(path: Path) -> Path:
    """An empty import sheet with the columns, and a sheet explaining each column."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(list(COLUMNS))
    _style_header(sheet)
    _widths(sheet, COLUMNS)
    for index, name in enumerate(COLUMNS, start=1):
        if name in DATE_COLUMNS:
            for row in range(2, 502):
                sheet.cell(row=row, column=index).number_format = "DD-MM-YYYY"
        if name in ("CPR", "Udl.nr."):
            for row in range(2, 502):
                sheet.cell(row=row, column=index).number_format = "@"  # text: keeps a leading zero
    help_sheet = book.create_sheet(HELP_SHEET)
    help_sheet.append([tr(C, "Column"), tr(C, "What to write")])
    _style_header(help_sheet)
    for column, text in explanations():
        help_sheet.append([column, text])
    help_sheet.append([])
    help_sheet.append(
        [
            "",
            tr(
                C,
                "One row per person. Nothing is imported when any row has an error; the error list names sheet, row and column.",
            ),
        ]
    )
    help_sheet.column_dimensions["A"].width = 20
    help_sheet.column_dimensions["B"].width = 100
    book.save(path)
    return path


def write_rows(
    path: Path, columns: Sequence[str], rows: Iterable[Sequence[Any]], sheet_title: str = SHEET
) -> None:
    """A plain sheet of ``rows`` under ``columns``; dates are real Excel dates shown dd-mm-yyyy."""
    import openpyxl

    book = openpyxl.Workbook(write_only=False)
    sheet = book.active
    sheet.title = sheet_title
    sheet.append(list(columns))
    _style_header(sheet)
    _widths(sheet, columns)
    for row in rows:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, date):
                cell.number_format = "DD-MM-YYYY"
    book.save(path)
