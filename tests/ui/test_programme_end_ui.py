"""The programme reminder in the GUI (issue 13, point 14): on the overview and in the calendar,
done from the person's file by recording why the programme ends; its weeks in the rule-set editor."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from integration_desk.services import rules
from integration_desk.services.calendar import ItemKind
from integration_desk.services.context import AppContext
from integration_desk.ui import ops
from integration_desk.ui.admin.rule_sets_dialog import RuleSetsDialog
from integration_desk.ui.calendar.view import CalendarView
from integration_desk.ui.overview.panels import ThisWeekPanel
from integration_desk.ui.overview.view import OverviewView
from integration_desk.ui.people import programme_end as end_dialog
from integration_desk.ui.people.detail import PersonDetailPane
from tests.contracts.conftest import make_person
from tests.contracts.test_programme_end import sign_contract

REMINDER = "05-10-2016  Programmet udløber — forlæng eller afslut: Feven Asmerom"


def _this_week(ctx: AppContext, qtbot: Any) -> list[str]:
    view = OverviewView(ctx)
    qtbot.addWidget(view)
    view.reload()
    qtbot.waitUntil(ops.idle)
    panel = next(p for p in view.panels if isinstance(p, ThisWeekPanel))
    return [panel.list.item(r).text() for r in range(panel.list.count())]


def _agenda(ctx: AppContext, qtbot: Any) -> list[str]:
    calendar = CalendarView(ctx)
    qtbot.addWidget(calendar)
    calendar.resize(1280, 720)
    calendar.show()
    calendar.show_date(date(2016, 10, 5))
    qtbot.waitUntil(ops.idle)
    assert any(i.kind is ItemKind.DEADLINE and "forlæng eller afslut" in i.short for i in calendar.items)
    return [calendar.agenda.item(r).text().strip() for r in range(calendar.agenda.count())]


def test_the_reminder_shows_and_recording_a_reason_removes_it(
    qtbot: Any, desk_app: Any, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, no_message_boxes: list[str]
) -> None:
    person_id = make_person(ctx)
    sign_contract(ctx, person_id, date(2016, 11, 30))  # 8 weeks before: Wednesday 5 October
    assert REMINDER in _this_week(ctx, qtbot)
    assert "Programmet udløber — forlæng eller afslut: Feven Asmerom" in _agenda(ctx, qtbot)

    pane = PersonDetailPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_person(person_id)
    texts = [pane.deadlines.item(r).text() for r in range(pane.deadlines.count())]
    row = next(i for i, text in enumerate(texts) if "forlæng eller afslut" in text)
    pane.deadlines.setCurrentRow(row)
    assert pane.mark_done_button.text() == "Registrér programslut …" and pane.mark_done_button.isEnabled()

    def answer(dialog: QDialog) -> int:
        dialog.reason.setCurrentIndex(dialog.reason.findData("danish_test"))  # type: ignore[attr-defined]
        dialog.ended_on.set_value(date(2016, 10, 1))  # type: ignore[attr-defined]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(end_dialog.ProgrammeEndDialog, "exec", answer)
    qtbot.mouseClick(pane.mark_done_button, Qt.MouseButton.LeftButton)
    assert no_message_boxes == []
    assert pane.deadlines.item(row).text().endswith("udført 01-10-2016 af tester (Bestået danskprøve)")
    assert pane.reopen_button.isEnabled()
    assert REMINDER not in _this_week(ctx, qtbot)
    assert "✓ Programmet udløber — forlæng eller afslut: Feven Asmerom" in _agenda(ctx, qtbot)

    qtbot.mouseClick(pane.reopen_button, Qt.MouseButton.LeftButton)  # a mistake: taken back
    assert no_message_boxes == []
    assert pane.deadlines.item(row).text().endswith("åben")
    assert REMINDER in _this_week(ctx, qtbot)


def test_the_rule_set_editor_shows_and_saves_the_weeks(
    qtbot: Any, desk_app: Any, ctx: AppContext, no_message_boxes: list[str]
) -> None:
    dialog = RuleSetsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow(1)  # Integrationsloven 2016, helbredsvurdering
    weeks = dialog.editors["programme_extension_notice_weeks"]
    assert weeks.value() == 8  # type: ignore[union-attr]
    help_text = dialog.findChild(type(dialog.status), "programme_extension_notice_weeks_help")
    assert help_text is not None and help_text.isVisible()
    assert help_text.text().startswith("Ubekræftet og teamets eget valg")
    weeks.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(weeks, "12")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert no_message_boxes == []
    assert dialog.status.text() == "Gemt."
    stored = {s.rules.effective_from: s.rules for s in rules.stored_rule_sets(ctx)}
    assert stored[date(2016, 6, 1)].programme_extension_notice_weeks == 12
    assert stored[date(2016, 1, 1)].programme_extension_notice_weeks == 8  # only the chosen one
