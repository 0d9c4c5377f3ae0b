"""The arrivals import: each error class refuses the whole file; a valid file is written at once."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from integration_desk.db.models import ArrivalNotice, AuditEvent, Household, Person
from integration_desk.documents.arrivals_xlsx import COLUMNS, HELP_SHEET, SHEET, write_template
from integration_desk.documents.xlsx_import import ImportRefused
from integration_desk.services import arrivals
from integration_desk.services.arrivals_import import import_arrivals
from integration_desk.services.context import AppContext


def _counts(ctx: AppContext) -> tuple[int, int, int]:
    with ctx.uow(readonly=True) as uow:
        return tuple(  # type: ignore[return-value]
            uow.session.scalar(select(func.count()).select_from(model)) or 0
            for model in (ArrivalNotice, Household, Person)
        )


def _refused(ctx: AppContext, path: Path) -> list[tuple[int | None, str | None, str]]:
    before = _counts(ctx)
    with pytest.raises(ImportRefused) as error:
        import_arrivals(ctx, path)
    assert _counts(ctx) == before
    return [(p.row, p.column, p.message) for p in error.value.problems]


def test_template_has_the_columns_and_a_danish_help_sheet(tmp_path: Path) -> None:
    path = write_template(tmp_path / "skabelon.xlsx")
    book = openpyxl.load_workbook(path)
    assert [c.value for c in book[SHEET][1]] == list(COLUMNS)
    explained = [row[0] for row in book[HELP_SHEET].iter_rows(min_row=2, max_row=16, values_only=True)]
    assert explained == list(COLUMNS)
    assert "husstand" in book[HELP_SHEET]["B7"].value.lower()


def test_a_valid_workbook_is_imported_in_one_go(
    ctx: AppContext, tmp_path: Path, xlsx_row: Any, workbook: Any
) -> None:
    rows = [
        xlsx_row(CPR="010180-1234", **{"Udl.nr.": "U1"}),
        xlsx_row(given="Rana", **{"Fødselsdato": datetime(1984, 2, 3), "Køn": "K", "CPR": "0302841236"}),
        xlsx_row(given="Omar", **{"Fødselsdato": date(2010, 7, 9)}),
        xlsx_row(
            "US-2",
            "Abeba Tesfay",
            given="Abeba",
            family="Tesfay",
            **{"Modtaget": "2016-08-10", "Afgørelsesdato": "1.8.2016", "Forventet ankomst": "02-09-2016"},
        ),
        xlsx_row("US-3", "سارة", given="سارة", family="الأحمد", **{"Familiesammenført": "ja"}),
        xlsx_row("US-4", "ሰላም", given="ሰላም", family="ገብረ", **{"CPR": 101801235}),
    ]
    result = import_arrivals(ctx, workbook(tmp_path / "in.xlsx", rows))
    assert (result.notices, result.persons) == (4, 6)
    assert _counts(ctx) == (4, 4, 6)
    messages = [w.message for w in result.warnings]
    assert any("modulus 11" in m for m in messages)  # 010180-1235 (read from a number) fails it
    assert any("30" in m for m in messages)  # US-2: 23 days' notice
    with ctx.uow(readonly=True) as uow:
        rana = uow.session.scalars(select(Person).where(Person.given_name == "Rana")).one()
        assert (rana.cpr, rana.sex, rana.birth_date) == ("0302841236", "female", date(1984, 2, 3))
        sara = uow.session.scalars(select(Person).where(Person.given_name == "سارة")).one()
        assert sara.kind == "family_reunified"
        notice = uow.session.scalars(select(ArrivalNotice).where(ArrivalNotice.reference == "US-2")).one()
        assert (notice.decision_on, notice.takeover_on) == (date(2016, 8, 1), date(2016, 10, 1))
        assert uow.session.scalar(select(func.count()).where(AuditEvent.entity == "import")) == 1


def test_dry_run_writes_nothing(ctx: AppContext, tmp_path: Path, xlsx_row: Any, workbook: Any) -> None:
    result = import_arrivals(ctx, workbook(tmp_path / "in.xlsx", [xlsx_row()]), dry_run=True)
    assert (result.notices, result.persons, result.dry_run) == (1, 1, True)
    assert _counts(ctx) == (0, 0, 0)


def test_unreadable_file(sqlite_ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"this is not a workbook")
    [(row, column, message)] = _refused(sqlite_ctx, path)
    assert row is None and column is None and "Excel" in message


def test_missing_column(sqlite_ctx: AppContext, tmp_path: Path, xlsx_row: Any, workbook: Any) -> None:
    columns = tuple(c for c in COLUMNS if c != "Forventet ankomst")
    problems = _refused(sqlite_ctx, workbook(tmp_path / "in.xlsx", [xlsx_row()], columns))
    assert problems == [(1, "Forventet ankomst", problems[0][2])]


def test_impossible_date(sqlite_ctx: AppContext, tmp_path: Path, xlsx_row: Any, workbook: Any) -> None:
    rows = [
        xlsx_row(),
        xlsx_row("US-2", "B", **{"Fødselsdato": "31-02-1990"}),
        xlsx_row("US-3", "C", Modtaget="i går"),
    ]
    problems = _refused(sqlite_ctx, workbook(tmp_path / "in.xlsx", rows))
    assert [(r, c) for r, c, _m in problems] == [(3, "Fødselsdato"), (4, "Modtaget")]


def test_invalid_cpr_format(sqlite_ctx: AppContext, tmp_path: Path, xlsx_row: Any, workbook: Any) -> None:
    problems = _refused(sqlite_ctx, workbook(tmp_path / "in.xlsx", [xlsx_row(CPR="12-34")]))
    assert [(r, c) for r, c, _m in problems] == [(2, "CPR")]
    assert "12-34" not in problems[0][2]


def test_reference_already_in_the_database(
    ctx: AppContext, tmp_path: Path, xlsx_row: Any, workbook: Any, make_notice: Any
) -> None:
    arrivals.save_notice(ctx, make_notice("US-1"))
    problems = _refused(ctx, workbook(tmp_path / "in.xlsx", [xlsx_row("US-9", "A"), xlsx_row("US-1", "B")]))
    assert [(r, c) for r, c, _m in problems] == [(3, "Reference")]


def test_household_with_conflicting_notice_data(
    sqlite_ctx: AppContext, tmp_path: Path, xlsx_row: Any, workbook: Any
) -> None:
    rows = [
        xlsx_row(),
        xlsx_row(given="Rana", **{"Forventet ankomst": "21-09-2016"}),
        xlsx_row("US-2", given="Omar"),
    ]
    problems = _refused(sqlite_ctx, workbook(tmp_path / "in.xlsx", rows))
    assert [(r, c) for r, c, _m in problems] == [(3, "Forventet ankomst"), (4, "Reference")]


def test_duplicate_cpr_in_the_file_and_rule_errors(
    sqlite_ctx: AppContext, tmp_path: Path, xlsx_row: Any, workbook: Any
) -> None:
    rows = [
        xlsx_row(CPR="010180-1234"),
        xlsx_row("US-2", "B", CPR="0101801234"),
        xlsx_row("US-3", "C", **{"Afgørelsesdato": "01-09-2016"}),  # decision after the notice
    ]
    problems = _refused(sqlite_ctx, workbook(tmp_path / "in.xlsx", rows))
    assert [(r, c) for r, c, _m in problems] == [(3, "CPR"), (4, "Afgørelsesdato")]


_CELLS = st.one_of(
    st.none(),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.sampled_from(["31-02-2016", "2016-13-01", "29.02.2015", "010180-1234", "ja", "K", "", " "]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    header=st.lists(st.sampled_from([*COLUMNS, "Andet", None, 7]), min_size=0, max_size=18),
    rows=st.lists(st.lists(_CELLS, max_size=18), min_size=1, max_size=6),
    broken_row=st.integers(min_value=0, max_value=5),
)
def test_a_malformed_workbook_only_ever_raises_the_importers_error(
    sqlite_ctx: AppContext, tmp_path: Path, header: list[Any], rows: list[list[Any]], broken_row: int
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for values in rows:
        sheet.append(values)
    # Malformed for sure: "Modtaget" is missing, or one row has an impossible received date there.
    index = broken_row % len(rows)
    for column, name in enumerate(header, start=1):
        if name == "Modtaget":
            sheet.cell(row=index + 2, column=column, value="31-02-2016")
    path = tmp_path / "fuzz.xlsx"
    book.save(path)
    before = _counts(sqlite_ctx)
    with pytest.raises(ImportRefused) as error:
        import_arrivals(sqlite_ctx, path)
    assert error.value.problems
    assert _counts(sqlite_ctx) == before
