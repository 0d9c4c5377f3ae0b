"""Closing a person's case from Borgere (the day retention counts from), and reopening it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from integration_desk.db.models import Person
from integration_desk.db.uow import UnitOfWork
from integration_desk.services import retention
from integration_desk.services.context import AppContext
from integration_desk.ui.people import detail
from integration_desk.ui.people.detail import PersonDetailPane


def _closed_on(ctx: AppContext, person_id: int) -> date | None:
    with UnitOfWork(ctx.engine, "test", readonly=True) as uow:
        return uow.session.scalar(select(Person.closed_on).where(Person.id == person_id))


def test_close_and_reopen_a_case(
    qtbot, desk_app, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(demo_ctx.engine, "test", readonly=True) as uow:
        person_id = uow.session.scalars(select(Person.id).order_by(Person.id)).first()
    assert person_id is not None
    pane = PersonDetailPane(demo_ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_person(person_id)
    assert pane.case_state.text() == "Åben"
    assert pane.close_case_button.isVisible() and not pane.reopen_case_button.isVisible()

    def answer(dialog: QDialog) -> int:
        dialog.closed_on.set_value(date(2010, 5, 31))  # type: ignore[attr-defined]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(detail.CloseCaseDialog, "exec", answer)
    qtbot.mouseClick(pane.close_case_button, Qt.MouseButton.LeftButton)
    assert _closed_on(demo_ctx, person_id) == date(2010, 5, 31)
    assert pane.case_state.text() == "Afsluttet 31-05-2010"
    assert pane.reopen_case_button.isVisible() and not pane.close_case_button.isVisible()
    # Closed more than five years before the demo's today: the team lead is offered it.
    team_lead = AppContext(demo_ctx.engine, "birgit", today=demo_ctx.today())
    assert person_id in {case.person_id for case in retention.cases_due(team_lead)}

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(pane.reopen_case_button, Qt.MouseButton.LeftButton)
    assert _closed_on(demo_ctx, person_id) is None
    assert pane.case_state.text() == "Åben"


def test_the_housing_coordinator_is_not_offered_to_close_cases(qtbot, desk_app, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    pane = PersonDetailPane(AppContext(demo_ctx.engine, "lars", today=demo_ctx.today()))
    qtbot.addWidget(pane)
    pane.show()
    assert not pane.close_case_button.isVisible() and not pane.reopen_case_button.isVisible()
