"""The week grid driven like a caseworker does: type with the keyboard, paste a block, save, approve."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QTableView
from sqlalchemy import select

from integration_desk.db.models import AuditEvent, HourEntry
from integration_desk.domain.weeks import IsoWeek
from integration_desk.services.context import AppContext
from integration_desk.ui.hours.grid_model import ATTENDED, NOTE, PLANNED, SICK, UNEXCUSED, HoursGridModel
from integration_desk.ui.hours.history import show_history
from integration_desk.ui.hours.panel import HoursCompliancePanel
from integration_desk.ui.hours.view import HoursView
from tests.hours.conftest import Resident

W39 = IsoWeek(2016, 39)  # the week before the test's "today", 3 October 2016


@pytest.fixture
def view(qtbot, desk_app, sqlite_ctx: AppContext, sqlite_resident: Resident, monkeypatch) -> HoursView:  # type: ignore[no-untyped-def]
    def unexpected(*args: object) -> None:
        raise AssertionError(f"unexpected message box: {args[2]}")

    # A refusal shown in a modal box would hang an offscreen test: fail instead.
    monkeypatch.setattr(QMessageBox, "warning", unexpected)
    view = HoursView(sqlite_ctx)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def type_into(qtbot, view: HoursView, text: str, then: Qt.Key = Qt.Key.Key_Return) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` over the current cell: the first key opens the editor, the rest go into it.

    After Tab the next cell is already being edited with its text selected: typing replaces it."""
    table = view.table
    if table.state() == table.State.EditingState:
        editor = open_editor(table)
        qtbot.keyClicks(editor, text)
    else:
        qtbot.keyClick(table, text[0])
        editor = open_editor(table)
        if text[1:]:
            qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, then)
    if then in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        # Qt commits an editor closed by Enter through a queued call.
        qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def open_editor(table: QTableView) -> QLineEdit:
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def stored(ctx: AppContext) -> list[tuple[int, D, D, D, D, str, bool]]:
    with ctx.uow(readonly=True) as uow:
        return [
            (e.activity_id or 0, e.planned, e.attended, e.absent_sick, e.absent_unexcused, e.note, e.approved)
            for e in uow.session.scalars(select(HourEntry).order_by(HourEntry.activity_id))
        ]


def test_the_grid_shows_the_week_with_planned_hours_and_totals(view: HoursView, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert view.week == W39
    assert view.week_label.text() == "uge 39, 2016"
    model = view.model
    assert model.rowCount() == 3  # two activities and the person's total
    assert model.data(model.index(0, 0)) == "Rami Haddad"
    assert model.data(model.index(0, 1)) == "Virksomhedspraktik"
    assert model.data(model.index(0, PLANNED)) == "25,0"
    assert model.data(model.index(2, 1)) == "I alt"
    assert model.data(model.index(2, PLANNED)) == "37,0"
    assert "Planlagt 37,0 t" in view.totals.text()
    qtmodeltester.check(model)
    qtmodeltester.check(HoursGridModel())


def test_keyboard_entry_validation_save_and_audit(
    qtbot, view: HoursView, sqlite_ctx: AppContext, sqlite_resident: Resident, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    model, table = view.model, view.table
    table.setFocus()
    table.setCurrentIndex(model.index(0, ATTENDED))
    type_into(qtbot, view, "20", then=Qt.Key.Key_Tab)  # Tab moves right, to "sick"
    assert table.currentIndex().column() == SICK
    type_into(qtbot, view, "2,5")  # Enter moves down
    assert model.data(model.index(0, ATTENDED)) == "20,0"
    assert model.data(model.index(0, SICK)) == "2,5"
    assert table.currentIndex().row() == 1
    # absence without a valid reason and no note: marked at once, the save is refused
    table.setCurrentIndex(model.index(0, UNEXCUSED))
    type_into(qtbot, view, "2,5")
    assert view.problems.isVisible()
    assert "bemærkning" in view.problems.text()
    assert model.data(model.index(0, NOTE), Qt.ItemDataRole.BackgroundRole) is not None
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert warnings and stored(sqlite_ctx) == []
    table.setCurrentIndex(model.index(0, NOTE))
    type_into(qtbot, view, "Mødte ikke op")
    assert not view.problems.isVisible()
    qtbot.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(sqlite_ctx) == [
        (sqlite_resident.placement_id, D(25), D(20), D("2.5"), D("2.5"), "Mødte ikke op", False)
    ]
    with sqlite_ctx.uow(readonly=True) as uow:
        events = list(uow.session.scalars(select(AuditEvent).where(AuditEvent.entity == "hour_entries")))
    assert [e.action for e in events] == ["create"]
    assert json.loads(events[0].changes)["absent_unexcused"] == [None, "2.50"]
    assert model.data(model.index(0, 8)) == "Gemt"


def test_paste_a_block_attended_as_planned_approve_and_reopen(
    qtbot, view: HoursView, sqlite_ctx: AppContext, sqlite_resident: Resident, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    model, table = view.model, view.table
    QApplication.clipboard().setText("24\t1\n11,5\t0,5\n")
    table.setFocus()
    table.setCurrentIndex(model.index(0, ATTENDED))
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [model.data(model.index(r, c)) for r in (0, 1) for c in (ATTENDED, SICK)] == [
        "24,0",
        "1,0",
        "11,5",
        "0,5",
    ]
    assert model.data(model.index(2, ATTENDED)) == "35,5"  # the person's total follows
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert [(a, att, sick) for a, _, att, sick, *_ in stored(sqlite_ctx)] == [
        (sqlite_resident.placement_id, D(24), D(1)),
        (sqlite_resident.classes_id, D("11.5"), D("0.5")),
    ]
    # "attended as planned" for one selected row, then approve everything shown
    table.clearSelection()
    table.selectionModel().select(model.index(1, ATTENDED), table.selectionModel().SelectionFlag.Select)
    qtbot.mouseClick(view.as_planned_button, Qt.MouseButton.LeftButton)
    assert model.data(model.index(1, ATTENDED)) == "11,5"  # 12 planned less 0,5 sick
    table.clearSelection()
    qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)  # saves first, then locks
    assert [row[-1] for row in stored(sqlite_ctx)] == [True, True]
    assert not (model.flags(model.index(0, ATTENDED)) & Qt.ItemFlag.ItemIsEditable)
    assert model.data(model.index(0, 8)) == "Godkendt"
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Sprogskolen rettede listen", True))
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    assert [row[-1] for row in stored(sqlite_ctx)] == [False, False]
    assert model.flags(model.index(0, ATTENDED)) & Qt.ItemFlag.ItemIsEditable
    with sqlite_ctx.uow(readonly=True) as uow:
        reasons = [
            json.loads(e.changes).get("reopen_reason")
            for e in uow.session.scalars(select(AuditEvent).where(AuditEvent.entity == "hour_entries"))
        ]
    assert reasons.count([None, "Sprogskolen rettede listen"]) == 2


def test_copy_last_week_and_week_navigation(qtbot, view: HoursView, sqlite_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    model, table = view.model, view.table
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.week == IsoWeek(2016, 38)
    qtbot.mouseClick(view.as_planned_button, Qt.MouseButton.LeftButton)
    table.setCurrentIndex(model.index(1, SICK))
    table.setFocus()
    type_into(qtbot, view, "2")
    table.setCurrentIndex(model.index(1, ATTENDED))
    type_into(qtbot, view, "10")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.week == W39
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert [model.data(model.index(r, c)) for r in (0, 1) for c in (ATTENDED, SICK)] == [
        "25,0",
        "0,0",
        "10,0",
        "2,0",
    ]
    assert view.model.is_dirty()


def test_history_dialog_compliance_tab_and_overview_panel(
    qtbot, view: HoursView, sqlite_ctx: AppContext, sqlite_resident: Resident
) -> None:  # type: ignore[no-untyped-def]
    model = view.model
    model.setData(model.index(0, ATTENDED), "20")
    model.setData(model.index(0, UNEXCUSED), "5")
    model.setData(model.index(0, NOTE), "Udeblev mandag")
    model.setData(model.index(1, ATTENDED), "12")
    assert view.save()
    dialog = show_history(view, sqlite_ctx, sqlite_resident.person_id)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert len(dialog.chart_view.chart().series()) == 5
    assert "Udeblev mandag" in dialog.unexcused_list.item(0).text()
    assert "Uge 39, 2016" in dialog.below_list.item(0).text()
    view.tabs.setCurrentIndex(1)
    assert view.compliance.model.rowCount() == 1
    assert view.compliance.model.data(view.compliance.model.index(0, 0)) == "Rami Haddad"
    panel = HoursCompliancePanel(sqlite_ctx)
    qtbot.addWidget(panel)
    panel.load()
    assert "Rami Haddad" in panel.list.item(0).text()
    assert "uden gyldig grund" in panel.list.item(0).text()


def test_margin_is_a_team_setting_changed_from_the_grid(
    qtbot, view: HoursView, sqlite_ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from integration_desk.services.hours_plan import hours_margin

    monkeypatch.setattr(QInputDialog, "getDouble", lambda *args, **kwargs: (1.5, True))
    qtbot.mouseClick(view.margin_button, Qt.MouseButton.LeftButton)
    assert hours_margin(sqlite_ctx) == D("1.5")
    qtbot.waitUntil(lambda: view.model.margin == D("1.5"))
    model = view.model
    model.setData(model.index(0, ATTENDED), "26")  # planned 25 + 1,5 margin: accepted
    assert not view.problems.isVisible()
    model.setData(model.index(0, ATTENDED), "27")
    assert view.problems.isVisible()
