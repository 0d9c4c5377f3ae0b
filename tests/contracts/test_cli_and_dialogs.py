"""The command line, "print all ready for signing", versions side by side and the template editor."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select, update

from integration_desk.cli import main
from integration_desk.db.models import AuditEvent, Contract, Role, User
from integration_desk.db.uow import UnitOfWork
from integration_desk.services import contracts, contracts_edit, contracts_settings
from integration_desk.services.context import AppContext
from integration_desk.ui.contracts.history import CompareDialog, HistoryDialog
from integration_desk.ui.contracts.preview import print_ready
from integration_desk.ui.contracts.templates import TemplatesDialog


def _ready_ids(ctx: AppContext) -> list[int]:
    with ctx.uow(readonly=True) as uow:
        return list(uow.session.scalars(select(Contract.id).where(Contract.status == "ready")))


def test_cli_prints_one_version_and_all_ready(
    demo_url: str, demo_ctx: AppContext, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    person_id = contracts.list_contracts(demo_ctx)[0].person_id
    out = tmp_path / "one.pdf"
    assert (
        main(
            [
                "--database",
                demo_url,
                "--user",
                "mette",
                "contract",
                "print",
                str(person_id),
                "--version",
                "1",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert PdfReader(io.BytesIO(out.read_bytes())).pages
    assert (
        main(
            ["--database", demo_url, "contract", "print", str(person_id), "--version", "9", "--out", str(out)]
        )
        == 1
    )
    assert "version 9" in capsys.readouterr().err
    assert main(["--database", demo_url, "contract", "print", "--out", str(out)]) == 2
    ready = tmp_path / "ready.pdf"
    assert (
        main(["--database", demo_url, "--user", "mette", "contract", "print", "--ready", "--out", str(ready)])
        == 0
    )
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(ready.read_bytes())).pages)
    assert text.count("Side 1 af") == len(_ready_ids(demo_ctx)) >= 1
    with demo_ctx.uow(readonly=True) as uow:
        assert uow.session.scalars(select(AuditEvent).where(AuditEvent.action == "print")).all()


def test_print_all_ready_shows_one_pdf(desk_app, qtbot, demo_ctx: AppContext, wait_ops) -> None:  # type: ignore[no-untyped-def]
    batch = print_ready(demo_ctx, None, None)
    wait_ops()
    dialog = batch.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.contract_ids == sorted(dialog.contract_ids, key=dialog.contract_ids.index)
    assert set(dialog.contract_ids) == set(_ready_ids(demo_ctx))
    assert dialog.document.pageCount() >= len(dialog.contract_ids)


def test_print_all_ready_says_when_there_are_none(
    desk_app, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, wait_ops
) -> None:  # type: ignore[no-untyped-def]
    with demo_ctx.uow() as uow:
        uow.session.execute(update(Contract).where(Contract.status == "ready").values(status="draft"))
        uow.commit()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    batch = print_ready(demo_ctx, None, None)
    wait_ops()
    assert batch.ids == [] and batch.dialog is None
    assert told == ["Ingen kontrakter er klar til underskrift."]


def test_history_and_side_by_side(desk_app, qtbot, qtmodeltester, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    signed = next(r for r in contracts.list_contracts(demo_ctx) if r.status_code == "signed")
    draft_id = contracts_edit.start_new_version(demo_ctx, signed.id)
    draft = contracts.get_contract(demo_ctx, draft_id)
    contracts_edit.save_contract(
        demo_ctx,
        draft_id,
        draft.version,
        contracts_edit.ContractInput(
            draft.caseworker_id,
            draft.concluded_on,
            draft.programme_start,
            draft.programme_end,
            "Nyt mål",
            draft.education_goal,
            draft.interpreter_name,
            draft.interpreter_language,
            draft.activity_inputs()[1:],
        ),
    )
    history = HistoryDialog(demo_ctx, signed.person_id)
    qtbot.addWidget(history)
    qtmodeltester.check(history.model)
    assert history.model.rowCount() == signed.version_no + 1
    compare = CompareDialog(demo_ctx, signed.id, draft_id)
    qtbot.addWidget(compare)
    cells = [compare.table.item(r, 0).text() for r in range(compare.table.rowCount())]
    assert "Beskæftigelsesmål" in cells and "fjernet" in cells


def test_template_editor_saves_for_an_administrator(
    desk_app, qtbot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(demo_ctx.engine, "setup") as uow:  # mette, a caseworker, may not change roles
        uow.session.execute(update(User).where(User.username == "mette").values(role=Role.TEAMLEAD.value))
        uow.commit()
    ctx = AppContext(demo_ctx.engine, "mette", today=demo_ctx.today())
    dialog = TemplatesDialog(ctx)
    qtbot.addWidget(dialog)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    dialog.editors["absence"].setPlainText("Fravær meldes til {sagsbehandlr}.")
    dialog.save()
    assert warnings and "sagsbehandlr" in warnings[0]
    assert "b00020" in dialog.editors["absence"].styleSheet()
    dialog.editors["absence"].setPlainText("Fravær meldes til {sagsbehandler}.")
    dialog.name.setText("Jobcenter Ballerup, Integration")
    dialog.save()
    assert contracts_settings.get_templates(ctx)["absence"] == "Fravær meldes til {sagsbehandler}."
    assert contracts_settings.get_team_settings(ctx).municipality_name == "Jobcenter Ballerup, Integration"
