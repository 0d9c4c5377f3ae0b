"""The team lead's dialog lists the overdue closed cases and anonymises them after a confirmation."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from integration_desk.db.models import AuditEvent, Person
from integration_desk.services.context import AppContext
from integration_desk.ui.admin.retention_dialog import RetentionDialog
from integration_desk.ui.main_window import MainWindow
from tests.resilience.test_retention import seed_closed_family


def test_the_team_lead_anonymises_from_the_dialog(
    qtbot: Any, desk_app: Any, sqlite_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    father, _kept = seed_closed_family(sqlite_ctx)
    lead = AppContext(sqlite_ctx.engine, "lead", today=date(2016, 10, 3))

    window = MainWindow(lead)
    window.persist_state = False
    qtbot.addWidget(window)
    assert window.retention_action.isVisible() and not window.users_action.isVisible()
    assert window.admin_menu.menuAction().isVisible()

    dialog = RetentionDialog(lead, window)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.row_at(0).name == "Omar Haddad"
    assert dialog.count.text() == "1 sag til anonymisering"

    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: pytest.fail(str(a))))
    dialog.anonymise_button.click()  # "No": nothing happens
    assert dialog.model.rowCount() == 1
    dialog.table.selectRow(0)
    dialog.anonymise_button.click()
    assert "for altid" in asked[1]
    assert dialog.model.rowCount() == 0 and not dialog.anonymise_button.isEnabled()
    with sqlite_ctx.uow(readonly=True) as uow:
        person = uow.session.get(Person, father)
        assert person is not None and person.given_name == "Anonymiseret" and person.anonymised_on
        assert uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "delete", AuditEvent.username == "lead")
        ).one()

    # A longer period is saved as the team's setting.
    dialog.years.setValue(12)
    dialog.save_years_button.click()
    from integration_desk.services import retention

    assert retention.retention_years(lead) == 12
