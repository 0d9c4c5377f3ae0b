"""The contract editor writes only what the user changed: "Preview and print…" of an unchanged
contract saves nothing, a save says "Gemt" (or that there was nothing to save), and one save of a
header field and an activity is one version step (issue 13 points 5 and 8, issue 18 point 6)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from integration_desk.db.models import AuditEvent
from integration_desk.domain.contracts import ActivityInput
from integration_desk.services import contracts, contracts_edit
from integration_desk.services.context import AppContext
from integration_desk.ui.contracts.preview import PdfPreviewDialog
from integration_desk.ui.contracts.view import PersonContractDialog
from tests.contracts.test_services import data
from tests.contracts.test_ui import _queue_activities


def _updates(ctx: AppContext, contract_id: int) -> list[dict[str, object]]:
    with ctx.uow(readonly=True) as uow:
        rows = uow.session.scalars(
            select(AuditEvent.changes)
            .where(AuditEvent.entity_id == contract_id, AuditEvent.action == "update")
            .order_by(AuditEvent.id)
        )
        return [json.loads(changes) for changes in rows]


@pytest.fixture
def editor_of(desk_app, qtbot, sqlite_ctx: AppContext, person_maker, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The editor (in the person's contract window) on a saved draft with two activities."""
    person_id = person_maker(sqlite_ctx)
    contract_id = contracts_edit.create_contract(sqlite_ctx, person_id)
    detail = contracts.get_contract(sqlite_ctx, contract_id)
    contracts_edit.save_contract(
        sqlite_ctx, contract_id, detail.version, data(caseworker_id=detail.caseworker_id)
    )
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    window = PersonContractDialog(sqlite_ctx, person_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window.editor
    assert warnings == []


def test_preview_of_an_unchanged_contract_saves_nothing(
    qtbot, editor_of, sqlite_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    editor = editor_of
    shown: list[PdfPreviewDialog] = []
    monkeypatch.setattr(PdfPreviewDialog, "show", lambda self: shown.append(self))
    contract_id, version = editor.detail.id, editor.detail.version
    saves = _updates(sqlite_ctx, contract_id)

    qtbot.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 2
    assert _updates(sqlite_ctx, contract_id) == saves  # nothing written: no "activities [null, 2]"
    assert contracts.get_contract(sqlite_ctx, contract_id).version == version

    qtbot.keyClicks(editor.interpreter_name, " Haddad")
    qtbot.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 3
    assert _updates(sqlite_ctx, contract_id)[len(saves) :] == [{"interpreter_name": ["Rami", "Rami Haddad"]}]
    assert contracts.get_contract(sqlite_ctx, contract_id).version == version + 1


def test_saving_says_gemt_and_when_there_was_nothing_to_save(
    qtbot, editor_of, sqlite_ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    editor = editor_of
    contract_id = editor.detail.id
    saves = len(_updates(sqlite_ctx, contract_id))
    assert not editor.save_status.isVisible()

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.save_status.isVisible() and editor.save_status.text() == "Ingen ændringer at gemme."
    assert len(_updates(sqlite_ctx, contract_id)) == saves

    qtbot.keyClicks(editor.employment_goal.lineEdit(), " i køkken")
    assert not editor.save_status.isVisible()  # an edit after the save: "Gemt" no longer holds
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.save_status.isVisible() and editor.save_status.text() == "Gemt."
    assert len(_updates(sqlite_ctx, contract_id)) == saves + 1
    assert contracts.get_contract(sqlite_ctx, contract_id).employment_goal == "Job som kok i køkken"


def test_one_save_of_a_header_field_and_an_activity_is_one_version_step(
    qtbot, editor_of, sqlite_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    editor = editor_of
    contract_id, version = editor.detail.id, editor.detail.version
    _queue_activities(
        monkeypatch, [ActivityInput("mentor", "Mentorkorps", date(2016, 9, 5), date(2017, 9, 1), Decimal(2))]
    )
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.education_goal.lineEdit(), " (EUD)")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.detail.version == version + 1
    assert contracts.get_contract(sqlite_ctx, contract_id).version == version + 1
    last = _updates(sqlite_ctx, contract_id)[-1]
    assert last["education_goal"] == ["Erhvervsuddannelse", "Erhvervsuddannelse (EUD)"]
    old, new = last["activities"]  # type: ignore[misc]
    assert len(old) == 2 and len(new) == 3
    qtbot.keyClicks(editor.interpreter_language, "-arabisk")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.detail.version == version + 2  # a header field only: one step too
