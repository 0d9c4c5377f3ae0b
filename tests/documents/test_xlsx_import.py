"""The shared import reader: every problem reported with sheet, row and column; parsers never crash."""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from integration_desk.documents.xlsx_import import (
    CellError,
    ImportProblem,
    ImportRefused,
    RowReader,
    parse_cpr_cell,
    parse_date,
    parse_hours,
    parse_int,
    parse_text,
    parse_yes_no,
    read_sheet,
)


def _workbook(path: Path, rows: list[list[object]], title: str = "Ankomster") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_columns_are_found_by_name_in_any_order_and_empty_rows_skipped(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "a.xlsx",
        [
            ["  fornavn ", "Fødselsdato", "Andet"],
            ["Selam", datetime(1990, 1, 2), "x"],
            [None, None],
            ["Ali", "3.4.1985"],
        ],
    )
    problems: list[ImportProblem] = []
    data = read_sheet(
        path, required_columns=["Fødselsdato", "Fornavn"], optional_columns=["CPR"], problems=problems
    )
    assert problems == [] and data is not None
    assert [(r.number, r.cells) for r in data.rows] == [
        (2, {"Fødselsdato": datetime(1990, 1, 2), "Fornavn": "Selam", "CPR": None}),
        (4, {"Fødselsdato": "3.4.1985", "Fornavn": "Ali", "CPR": None}),
    ]


def test_missing_columns_and_unreadable_files_are_problems_not_exceptions(tmp_path: Path) -> None:
    problems: list[ImportProblem] = []
    path = _workbook(tmp_path / "a.xlsx", [["Fornavn"]])
    assert read_sheet(path, required_columns=["Fornavn", "Efternavn", "CPR"], problems=problems) is None
    assert [(p.sheet, p.row, p.column) for p in problems] == [
        ("Ankomster", 1, "Efternavn"),
        ("Ankomster", 1, "CPR"),
    ]
    assert problems[0].describe() == "Ark Ankomster, række 1, kolonne Efternavn: Kolonnen mangler."

    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"this is not a zip file")
    problems.clear()
    assert read_sheet(junk, required_columns=["Fornavn"], problems=problems) is None
    assert len(problems) == 1 and "kan ikke læses" in problems[0].message


def test_a_row_reader_collects_every_problem_of_a_row(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "a.xlsx", [["Dato", "Timer", "CPR"], ["31-02-2016", "-3", "12345"]])
    problems: list[ImportProblem] = []
    data = read_sheet(path, required_columns=["Dato", "Timer", "CPR"], problems=problems)
    assert data is not None
    reader = RowReader(data.sheet, data.rows[0], problems)
    assert reader.required("Dato", parse_date) is None
    assert reader.required("Timer", parse_hours) is None
    assert reader.optional("CPR", parse_cpr_cell) is None
    assert not reader.ok
    assert [(p.row, p.column) for p in problems] == [(2, "Dato"), (2, "Timer"), (2, "CPR")]
    refused = ImportRefused(problems)
    assert "3" in str(refused) and "intet blev skrevet" in str(refused)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("24-03-2016", date(2016, 3, 24)), ("24.3.2016", date(2016, 3, 24)), ("2016-03-24", date(2016, 3, 24))],
)
def test_dates_in_the_three_text_forms(text: str, expected: date) -> None:
    assert parse_date(text) == expected
    assert parse_date(datetime(2016, 3, 24, 0, 0)) == date(2016, 3, 24)


@pytest.mark.parametrize("text", ["29-02-2017", "2016/03/24", "next week", "24-03-16"])
def test_impossible_or_unknown_dates_are_refused(text: str) -> None:
    with pytest.raises(CellError):
        parse_date(text)


def test_cpr_with_or_without_dash_and_as_an_excel_number() -> None:
    assert parse_cpr_cell("020580-4321") == "0205804321"
    assert parse_cpr_cell("0205804321") == "0205804321"
    assert parse_cpr_cell(101904562) == "0101904562"  # Excel dropped the leading zero
    with pytest.raises(CellError) as error:
        parse_cpr_cell("3102901234")
    assert "3102901234" not in str(error.value)


def test_hours_numbers_and_yes_no() -> None:
    assert parse_hours("7,5") == Decimal("7.50")
    assert parse_hours(12) == Decimal("12.00")
    assert parse_int("42") == 42 and parse_yes_no("Ja") is True and parse_yes_no("nej") is False
    assert parse_text("  Center   Sandholm ") == "Center Sandholm"
    for bad in ("NaN", "inf", "200", "-0.5", "syv"):
        with pytest.raises(CellError):
            parse_hours(bad)


_cells = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.dates(),
    st.decimals(allow_nan=True),
)


@given(_cells)
def test_parsers_only_ever_raise_their_own_error(value: object) -> None:
    for parse in (parse_date, parse_cpr_cell, parse_hours, parse_int, parse_text, parse_yes_no):
        with contextlib.suppress(CellError):  # anything else fails the test
            parse(value)
