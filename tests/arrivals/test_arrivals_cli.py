"""`export arrivals-template`, `import-arrivals [--dry-run]` and `export arrivals`: output and exit codes."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from integration_desk.cli import main
from integration_desk.documents.arrivals_xlsx import COLUMNS


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_template(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _err = _run(capsys, "export", "arrivals-template", str(tmp_path / "t.xlsx"))
    assert code == 0 and out.strip().endswith("t.xlsx")
    assert [c.value for c in openpyxl.load_workbook(tmp_path / "t.xlsx").active[1]] == list(COLUMNS)
    code, _out, err = _run(capsys, "export", "arrivals-template", str(tmp_path / "none" / "t.xlsx"))
    assert code == 2 and err.count("\n") == 1


def test_import_dry_run_then_import_then_refused(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path, xlsx_row: Any, workbook: Any
) -> None:
    path = workbook(
        tmp_path / "in.xlsx", [xlsx_row("NY-1"), xlsx_row("NY-1", given="Rana", CPR="0101801235")]
    )
    base = ("--database", demo_url, "--user", "mette", "--today", "2016-10-03")
    code, out, _err = _run(capsys, *base, "import-arrivals", str(path), "--dry-run")
    assert code == 0 and "kan importeres" in out and "Advarsel" in out
    code, out, _err = _run(capsys, *base, "import-arrivals", str(path))
    assert code == 0 and "1 meddelelser med 2 personer er importeret." in out
    code, out, err = _run(capsys, *base, "import-arrivals", str(path))
    assert code == 1
    assert "række 2, kolonne Reference" in out and "intet blev skrevet" in err
    assert "0101801235" not in out + err and "010180-1235" not in out + err
    code, _out, err = _run(capsys, *base, "import-arrivals", str(tmp_path / "missing.xlsx"))
    assert code == 2 and "findes ikke" in err


def test_export_with_period(capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path) -> None:
    base = ("--database", demo_url, "--user", "mette", "--today", "2016-10-03")
    out_path = tmp_path / "out.xlsx"
    code, out, _err = _run(
        capsys, *base, "export", "arrivals", str(out_path), "--from", "2016-10-01", "--to", "2016-11-30"
    )
    assert code == 0
    rows = list(openpyxl.load_workbook(out_path).active.iter_rows(values_only=True))
    header, data = rows[0], rows[1:]
    assert header[: len(COLUMNS)] == COLUMNS and "Kontrakt senest" in header
    assert data and f"{len(data)} personer" in out
    expected = header.index("Forventet ankomst")
    assert all(date(2016, 10, 1) <= row[expected].date() <= date(2016, 11, 30) for row in data)
    code, _out, err = _run(
        capsys, *base, "export", "arrivals", str(out_path), "--from", "2016-12-01", "--to", "2016-11-01"
    )
    assert code == 2 and err.count("\n") == 1
