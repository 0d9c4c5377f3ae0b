"""The acceptance flow through the editor: create, add activities, ready, sign, edit, print."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from integration_desk.db.models import AuditEvent
from integration_desk.domain.contracts import ActivityInput
from integration_desk.services import contracts
from integration_desk.services.context import AppContext
from integration_desk.ui.contracts import dialogs
from integration_desk.ui.contracts.preview import PdfPreviewDialog
from integration_desk.ui.contracts.view import ContractsView, PersonContractDialog


def _queue_activities(monkeypatch: pytest.MonkeyPatch, queue: list[ActivityInput]) -> None:
    def fake_exec(self: dialogs.ActivityDialog) -> int:
        activity = queue.pop(0)
        self.kind.setCurrentIndex(self.kind.findData(activity.kind))
        self.provider.setText(activity.provider)
        self.starts_on.set_value(activity.starts_on)
        self.ends_on.set_value(activity.ends_on)
        self.hours.setValue(float(activity.hours_per_week))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.ActivityDialog, "exec", fake_exec)


def test_contract_through_the_editor(
    desk_app,
    qtbot,
    sqlite_ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    person_maker,
    wait_ops,
) -> None:
    ctx = sqlite_ctx
    person_id = person_maker(ctx)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    window = PersonContractDialog(ctx, person_id)
    qtbot.addWidget(window)
    editor = window.editor
    assert editor.detail is not None and editor.detail.status == "draft"
    assert editor.programme_end.value() == date(2019, 8, 31)

    _queue_activities(
        monkeypatch,
        [
            ActivityInput(
                "danish_classes", "Sprogcenter Ballerup", date(2016, 9, 1), date(2019, 8, 31), Decimal(15)
            ),
            ActivityInput(
                "work_placement", "Ballerup Genbrug", date(2016, 9, 1), date(2019, 8, 31), Decimal(22)
            ),
        ],
    )
    editor.add_button.click()
    assert "0,0" not in editor.average.text()
    first_average = editor.summary.average
    editor.add_button.click()
    assert editor.model.rowCount() == 2
    assert editor.summary.average > first_average
    assert "Gennemsnit: 3" in editor.average.text()
    editor.employment_goal.setEditText("Job i genbrug")
    editor.ready_button.click()
    assert warnings == []
    assert editor.detail.status == "ready"
    assert editor.sign_button.isVisible() or not editor.isVisible()

    monkeypatch.setattr(dialogs.SignDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    editor.sign_button.click()
    signed_id = editor.detail.id
    assert editor.detail.status == "signed"
    assert not editor.add_button.isEnabled()  # a signed version is read-only

    editor.new_version_button.click()
    assert editor.detail.version_no == 2 and editor.detail.status == "draft"
    assert editor.detail.id != signed_id and len(editor.detail.activities) == 2
    assert contracts.get_contract(ctx, signed_id).status == "signed"

    preview = PdfPreviewDialog.for_contract(ctx, editor.detail.id, window)
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.document.pageCount() >= 1
    out = tmp_path / "kontrakt.pdf"
    assert preview.save_to(str(out))
    wait_ops()
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Feven Asmerom" in text and "Ballerup Genbrug" in text
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    wait_ops()
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    with ctx.uow(readonly=True) as uow:
        printed = uow.session.scalars(select(AuditEvent.changes).where(AuditEvent.action == "print")).all()
    assert len(printed) == 2


def test_invalid_activity_outlines_the_table(
    desk_app, qtbot, sqlite_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, person_maker
) -> None:
    ctx = sqlite_ctx
    person_id = person_maker(ctx)
    window = PersonContractDialog(ctx, person_id)
    qtbot.addWidget(window)
    editor = window.editor
    _queue_activities(
        monkeypatch, [ActivityInput("mentor", "x", date(2015, 1, 1), date(2016, 12, 1), Decimal(2))]
    )
    editor.add_button.click()
    assert "uden for programperioden" in editor.problem_label.text()
    assert "b00020" in editor.table.styleSheet()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    editor.save_button.click()
    assert warnings and "uden for programperioden" in warnings[0]
    assert contracts.get_contract(ctx, editor.detail.id).activities == ()


def test_contracts_view_shows_the_demo_contracts(
    desk_app, qtbot, qtmodeltester, demo_ctx: AppContext
) -> None:
    view = ContractsView(demo_ctx)
    qtbot.addWidget(view)
    view.reload()
    qtmodeltester.check(view.model)
    assert view.model.rowCount() > 10
    assert view.editor.detail is not None
    qtmodeltester.check(view.editor.model)


def test_unsaved_changes_are_not_lost_when_switching(
    desk_app, qtbot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = ContractsView(demo_ctx)
    qtbot.addWidget(view)
    view.reload()
    rows = [view.model.row_at(n) for n in range(view.model.rowCount())]
    draft = next(n for n, r in enumerate(rows) if r.status_code == "draft")
    view.table.selectRow(draft)
    editor = view.editor
    assert editor.detail is not None and editor.detail.status == "draft"
    editor.employment_goal.setEditText("Ændret mål")
    assert editor.has_unsaved_changes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    view.table.selectRow(0 if draft else 1)
    assert editor.detail.id == rows[draft].id
    assert editor.employment_goal.currentText() == "Ændret mål"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Save)
    view.table.selectRow(0 if draft else 1)
    assert contracts.get_contract(demo_ctx, rows[draft].id).employment_goal == "Ændret mål"
    assert editor.detail.id != rows[draft].id
