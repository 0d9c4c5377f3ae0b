"""`export hours`, `export compliance` and `import-hours` end to end through the command line."""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from integration_desk.cli import main
from integration_desk.db.models import AuditEvent, HourEntry
from integration_desk.domain.weeks import IsoWeek
from integration_desk.services import hours
from integration_desk.services.context import AppContext
from tests.hours.conftest import full_week

HEADER = ["CPR", "Udl.-nr.", "Uge", "Dato", "Aktivitet", "Deltaget", "Fravær", "Fraværsårsag", "Bemærkning"]


def workbook(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Fremmøde"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def entries(ctx: AppContext) -> list[tuple[int, int, D, D, D, D, str]]:
    with ctx.uow(readonly=True) as uow:
        return [
            (e.iso_week, e.activity_id or 0, e.planned, e.attended, e.absent_sick, e.absent_unexcused, e.note)
            for e in uow.session.scalars(
                select(HourEntry).order_by(HourEntry.iso_week, HourEntry.activity_id)
            )
        ]


def test_export_hours_writes_a_row_per_week_and_activity_and_a_summary(
    ctx: AppContext,
    database_url: str,
    resident,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    for number in (11, 12):
        hours.save_week(ctx, IsoWeek(2016, number), full_week(ctx, resident, IsoWeek(2016, number)))
    out = tmp_path / "timer.xlsx"
    assert (
        main(
            [
                "--database",
                database_url,
                "--user",
                "tester",
                "export",
                "hours",
                str(out),
                "--from",
                "2016-W10",
                "--to",
                "2017-W08",
            ]
        )
        == 0
    )
    assert "4" in capsys.readouterr().out
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == ["Timer", "Oversigt pr. person"]
    rows = list(book["Timer"].iter_rows(values_only=True))
    assert rows[0][:6] == ("Person-id", "Navn", "ISO-år", "Uge", "Aktivitet", "Planlagt")
    assert [(r[2], r[3], r[4], r[5]) for r in rows[1:]] == [
        (2016, 11, "Virksomhedspraktik", 25),
        (2016, 11, "Danskuddannelse", 12),
        (2016, 12, "Virksomhedspraktik", 15),
        (2016, 12, "Danskuddannelse", 7.2),
    ]
    summary = list(book["Oversigt pr. person"].iter_rows(values_only=True))
    assert summary[1][:5] == (resident.person_id, "Rami Haddad", 2, 59.2, 59.2)
    assert summary[1][8] == 37
    with ctx.uow(readonly=True) as uow:
        assert uow.session.scalars(select(AuditEvent.action).where(AuditEvent.action == "export")).all() == [
            "export"
        ]
    assert (
        main(
            [
                "--database",
                database_url,
                "export",
                "hours",
                str(out),
                "--from",
                "2016-W10",
                "--to",
                "2015-W08",
            ]
        )
        == 2
    )
    assert (
        main(
            ["--database", database_url, "export", "hours", str(out), "--from", "uge 10", "--to", "2017-W08"]
        )
        == 2
    )


def test_import_hours_by_cpr_or_udl_number_week_or_date(
    ctx: AppContext,
    database_url: str,
    resident,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    path = workbook(
        tmp_path / "liste.xlsx",
        [
            ["010190-4561", None, "2016-W11", None, "Danskuddannelse", 10, 2, "syg", None],
            [None, "US-1001", None, "14-03-2016", "work_placement", 20, 5, "uden gyldig grund", None],
            [None, "US-1001", "2016-W12", None, "virksomhedspraktik", 15, None, None, None],
        ],
    )
    assert main(["--database", database_url, "--user", "tester", "import-hours", str(path), "--dry-run"]) == 0
    assert "--dry-run" in capsys.readouterr().out
    assert entries(ctx) == []
    assert main(["--database", database_url, "--user", "tester", "import-hours", str(path)]) == 0
    stored = entries(ctx)
    assert [(w, a, p, att, sick, unex) for w, a, p, att, sick, unex, _ in stored] == [
        (11, resident.placement_id, D(25), D(20), D(0), D(5)),
        (11, resident.classes_id, D(12), D(10), D(2), D(0)),
        (12, resident.placement_id, D(15), D(15), D(0), D(0)),
    ]
    assert "fremmødeliste" in stored[0][6]
    with ctx.uow(readonly=True) as uow:
        sources = [
            json.loads(e.changes)["source"][1]
            for e in uow.session.scalars(select(AuditEvent).where(AuditEvent.entity == "hour_entries"))
        ]
    assert sources == ["liste.xlsx"] * 3


def test_import_reports_every_problem_and_writes_nothing(
    ctx: AppContext,
    database_url: str,
    resident,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    path = workbook(
        tmp_path / "forkert.xlsx",
        [
            ["010190-4561", None, "2016-W11", None, "Danskuddannelse", 10, None, None, None],  # fine alone
            ["311299-9999", None, "2016-W11", None, "Danskuddannelse", 10, None, None, None],  # nobody
            [None, None, "2016-W11", None, "Danskuddannelse", 10, None, None, None],  # no person
            ["010190-4561", None, None, None, "Danskuddannelse", 10, None, None, None],  # no week
            ["010190-4561", None, "2016-W11", None, "Svømning", 10, None, None, None],  # unknown
            ["010190-4561", None, "2016-W11", None, "Virksomhedspraktik", 24, 3, "syg", None],  # 27 > 25
            ["010190-4561", None, "2016-W11", None, "IGU", 10, 2, "ferie", None],  # no IGU, bad reason
        ],
    )
    assert main(["--database", database_url, "--user", "tester", "import-hours", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Ark Fremmøde, række 3" in err
    assert "række 4, kolonne CPR" in err
    assert "række 5, kolonne Uge" in err
    assert "række 6, kolonne Aktivitet" in err
    assert "række 7" in err and "27" in err
    assert "række 8, kolonne Fraværsårsag" in err
    assert "0101904561" not in err and "010190-4561" not in err
    assert entries(ctx) == []
    assert main(["--database", database_url, "import-hours", str(tmp_path / "findes-ikke.xlsx")]) == 2
    missing = workbook(tmp_path / "kolonner.xlsx", [["x"]], header=["CPR"])
    assert main(["--database", database_url, "--user", "tester", "import-hours", str(missing)]) == 1
    assert "kolonne Aktivitet" in capsys.readouterr().err


def test_import_refuses_an_approved_week(
    ctx: AppContext, database_url: str, resident, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    week = IsoWeek(2016, 11)
    hours.save_week(ctx, week, full_week(ctx, resident, week))
    hours.approve_week(ctx, week, [resident.person_id])
    path = workbook(
        tmp_path / "l.xlsx",
        [["010190-4561", None, "2016-W11", None, "Danskuddannelse", 10, None, None, None]],
    )
    assert main(["--database", database_url, "--user", "tester", "import-hours", str(path)]) == 1
    assert [e[3] for e in entries(ctx)] == [D(25), D(12)]


def test_export_compliance(ctx: AppContext, database_url: str, resident, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    week = IsoWeek(2016, 11)
    hours.save_week(ctx, week, full_week(ctx, resident, week, unexcused=D(4)))
    out = tmp_path / "c.xlsx"
    assert (
        main(
            [
                "--database",
                database_url,
                "--user",
                "tester",
                "export",
                "compliance",
                str(out),
                "--from",
                "2016-W10",
                "--to",
                "2016-W11",
            ]
        )
        == 0
    )
    rows = list(openpyxl.load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    assert rows[2][1] == "Rami Haddad"
    assert rows[2][6] == 4
