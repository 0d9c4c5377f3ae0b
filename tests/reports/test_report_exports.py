"""The Excel and PDF exports hold each report's figures (read back), from the service and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from integration_desk.cli import main
from integration_desk.documents.report_cells import cell_text
from integration_desk.services.context import AppContext
from integration_desk.services.reports import REPORT_NAMES, export_report
from tests.reports.conftest import FIRST, LAST, Known


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_excel_and_pdf_hold_the_figures(ctx: AppContext, known: Known, tmp_path: Path, name: str) -> None:
    table = export_report(ctx, name, FIRST, LAST, tmp_path / "r.xlsx")
    export_report(ctx, name, FIRST, LAST, tmp_path / "r.pdf")
    book = load_workbook(tmp_path / "r.xlsx")
    sheet = book.worksheets[0]
    cells = [tuple(row) for row in sheet.iter_rows(values_only=True)]
    header = cells.index(tuple(table.columns) + (None,) * (sheet.max_column - len(table.columns)))
    expected = list(table.rows) + ([table.total] if table.total is not None else [])
    for offset, row in enumerate(expected, start=1):
        got = cells[header + offset][: len(row)]
        assert [float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v for v in got] == [
            float(c) if isinstance(c, (int, float)) or c.__class__.__name__ == "Decimal" else c for c in row
        ]
    assert len(book.worksheets[1]._charts) == 1  # the chart sheet has an Excel chart
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    assert table.title in text
    for row in expected:
        for cell in row:
            if cell is not None:
                assert cell_text(cell) in text, cell


def test_command_line_report(
    sqlite_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.reports.conftest import build

    build(sqlite_ctx)
    url = sqlite_ctx.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "kvote.xlsx"
    code = main(
        [
            "--database",
            url,
            "--today",
            "2016-10-03",
            "report",
            "quota",
            "--from",
            "2016-W09",
            "--to",
            "2016-04-30",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert ("2016-03", 10, 3, 0, 0, 7, 0) in rows
    assert "Kvote" in capsys.readouterr().out
    assert (
        main(
            [
                "--database",
                url,
                "report",
                "quota",
                "--from",
                "2016-03-01",
                "--to",
                "2016-04-30",
                "--out",
                str(tmp_path / "x.txt"),
            ]
        )
        == 2
    )
    assert (
        main(
            [
                "--database",
                url,
                "report",
                "quota",
                "--from",
                "2016-05-01",
                "--to",
                "2016-04-30",
                "--out",
                str(out),
            ]
        )
        == 1
    )


def test_the_command_knows_every_report() -> None:
    from integration_desk.commands.reports import NAMES
    from integration_desk.services.reports import report_kinds

    assert NAMES == REPORT_NAMES == tuple(report_kinds())
