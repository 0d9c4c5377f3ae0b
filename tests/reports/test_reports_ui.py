"""The Rapporter view: choose a report, change the period, read the table."""

from __future__ import annotations

from datetime import date

from integration_desk.services.context import AppContext
from integration_desk.ui.reports.view import ReportsView
from tests.arrivals.conftest import no_message_boxes  # noqa: F401 - refusals recorded, not shown
from tests.reports.conftest import build


def test_choose_a_report_and_change_the_period(qtbot, desk_app, sqlite_ctx: AppContext, wait_ops) -> None:  # type: ignore[no-untyped-def]
    build(sqlite_ctx)
    view = ReportsView(sqlite_ctx)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    view.first.set_value(date(2016, 3, 1))
    view.last.set_value(date(2016, 4, 30))
    view.choose_report("deadlines")
    wait_ops()
    assert view.cell(0, 0) == "Kontrakt senest"
    assert [view.cell(3, c) for c in range(8)] == ["I alt", "4", "1", "2", "7,5", "10", "1", "0"]
    view.choose_report("quota")
    wait_ops()
    assert [view.cell(r, 0) for r in range(view.grid.rowCount())] == ["2016-03", "2016-04", "I alt"]
    assert [view.cell(0, c) for c in range(7)] == ["2016-03", "10", "3", "0", "0", "7", "0"]
    # ISO weeks: weeks 9–13 of 2016 end on 3 April, so only March and April's first days.
    view.mode.setCurrentIndex(1)
    view.first_week.setText("2016-W09")
    view.last_week.setText("2016-W13")
    view.reload()
    wait_ops()
    assert view.title.text().endswith("29-02-2016 – 03-04-2016")
    assert [view.cell(r, 0) for r in range(view.grid.rowCount())] == [
        "2016-02",
        "2016-03",
        "2016-04",
        "I alt",
    ]
    # A filter narrows the figures.
    view.nationality.setCurrentIndex(view.nationality.findData("Eritrea"))
    wait_ops()
    assert view.cell(1, 2) == "0"
    assert view.chart_view.chart().series()


def test_team_lead_panel(qtbot, desk_app, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from integration_desk.services.reports import team_lead_figures
    from integration_desk.ui.overview.panels import TeamLeadPanel

    figures = team_lead_figures(demo_ctx)
    assert figures.quota is not None
    assert (figures.quota.quota, figures.quota.arrived, figures.quota.remaining) == (72, 57, 0)
    assert figures.beds_used <= figures.beds
    panel = TeamLeadPanel(demo_ctx)
    qtbot.addWidget(panel)
    panel.load()
    assert "57 af 72 ankommet" in panel.label.text()
    assert f"{figures.funding_events}, forventet" in panel.label.text()


def test_export_from_the_view(
    qtbot, desk_app, sqlite_ctx: AppContext, tmp_path, monkeypatch, wait_ops
) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    build(sqlite_ctx)
    view = ReportsView(sqlite_ctx)
    qtbot.addWidget(view)
    view.first.set_value(date(2016, 3, 1))
    view.last.set_value(date(2016, 4, 30))
    view.choose_report("funding")
    target = tmp_path / "tilskud"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.excel_button.click()
    assert not view.excel_button.isEnabled()  # while the export runs on its worker
    wait_ops()
    assert view.excel_button.isEnabled()
    rows = list(load_workbook(tmp_path / "tilskud.xlsx").worksheets[0].iter_rows(values_only=True))
    assert ("I alt", 6, 97971) in rows
    view.pdf_button.click()
    wait_ops()
    text = PdfReader(tmp_path / "tilskud.pdf").pages[0].extract_text()
    assert "97.971,00" in text and "Statslige tilskudshændelser" in text


def test_the_housing_coordinator_gets_no_hours_report(qtbot, desk_app, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from integration_desk.domain.errors import PermissionDeniedError
    from integration_desk.services.reports import run_report

    lars = AppContext(demo_ctx.engine, "lars", today=demo_ctx.today())
    view = ReportsView(lars)
    qtbot.addWidget(view)
    assert "hours" not in view.names and "occupancy" in view.names
    assert view.list.count() == len(view.names) == 5
    with pytest.raises(PermissionDeniedError):
        run_report(lars, "hours", date(2016, 1, 1), date(2016, 10, 31))
    caseworker_view = ReportsView(demo_ctx)
    qtbot.addWidget(caseworker_view)
    assert "hours" in caseworker_view.names  # a caseworker still has it


def test_a_failed_export_leaves_no_file_and_tells_the_user(  # type: ignore[no-untyped-def]
    qtbot,
    desk_app,
    sqlite_ctx: AppContext,
    tmp_path,
    monkeypatch,
    wait_ops,
    no_message_boxes,  # noqa: F811
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from integration_desk.documents import report_xlsx
    from integration_desk.domain.errors import ValidationError

    build(sqlite_ctx)
    view = ReportsView(sqlite_ctx)
    qtbot.addWidget(view)
    view.first.set_value(date(2016, 3, 1))
    view.last.set_value(date(2016, 4, 30))
    view.choose_report("funding")
    wait_ops()

    def half_then_broken(_table: object, path: object) -> None:
        from pathlib import Path

        Path(str(path)).write_bytes(b"PK half a workbook")
        raise ValidationError("Disken er fuld.")

    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(report_xlsx, "write_report_xlsx", half_then_broken)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder / "tilskud"), ""))
    view.excel_button.click()
    wait_ops()
    assert no_message_boxes == ["Disken er fuld."]
    assert list(folder.iterdir()) == []  # neither the file nor its temporary


def test_a_cancelled_export_leaves_no_file_and_keeps_an_older_one(sqlite_ctx: AppContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from integration_desk.services.progress import Cancelled
    from integration_desk.services.reports import export_report

    build(sqlite_ctx)
    folder = tmp_path / "out"
    folder.mkdir()
    older = folder / "r.pdf"
    older.write_bytes(b"the older report")
    for target in (older, folder / "r.xlsx"):
        with pytest.raises(Cancelled):
            export_report(
                sqlite_ctx, "funding", date(2016, 3, 1), date(2016, 4, 30), target, None, lambda d, t: d < 1
            )
    assert older.read_bytes() == b"the older report"
    assert sorted(p.name for p in folder.iterdir()) == ["r.pdf"]
