"""End to end in the GUI: a notice typed into the dialog, the arrival registered, the deadlines seen
in the calendar, on the overview and in the person's file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from integration_desk.db.models import ArrivalNotice, Deadline, Person
from integration_desk.services.calendar import ItemKind
from integration_desk.services.context import AppContext
from integration_desk.ui import ops
from integration_desk.ui.arrivals.import_dialog import ImportDialog
from integration_desk.ui.arrivals.notice_dialog import NoticeDialog
from integration_desk.ui.calendar.view import CalendarView
from integration_desk.ui.overview.view import OverviewView
from integration_desk.ui.people.detail import PersonDetailPane
from integration_desk.ui.signals import hub


def _fill_notice(qtbot: Any, dialog: NoticeDialog) -> None:
    qtbot.keyClicks(dialog.reference, "US-2016-777")
    dialog.received_on.set_value(date(2016, 9, 10))
    dialog.decision_on.set_value(date(2016, 8, 20))
    dialog.expected_arrival_on.set_value(date(2016, 10, 1))
    dialog.takeover_agreed.check.setChecked(True)
    dialog.takeover_agreed.edit.set_value(date(2016, 9, 22))
    qtbot.keyClicks(dialog.asylum_centre, "Center Jelling")
    form = dialog.members.form
    qtbot.keyClicks(form.given_name, "Yonas")
    qtbot.keyClicks(form.family_name, "Tesfay")
    form.birth_date.check.setChecked(True)
    form.birth_date.edit.set_value(date(1985, 3, 4))
    qtbot.keyClicks(form.cpr, "040385-1237")
    qtbot.mouseClick(dialog.members.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.given_name, "Selam")
    form.birth_date.check.setChecked(True)
    form.birth_date.edit.set_value(date(2012, 1, 1))


def test_notice_to_deadlines_in_calendar_and_overview(
    qtbot: Any, desk_app: Any, demo_ctx: AppContext, no_message_boxes: list[str], qtmodeltester: Any
) -> None:
    dialog = NoticeDialog(demo_ctx)
    qtbot.addWidget(dialog)
    _fill_notice(qtbot, dialog)
    qtmodeltester.check(dialog.members.model)
    members = dialog.members.members()
    assert [(m.given_name, m.family_name) for m in members] == [("Yonas", "Tesfay"), ("Selam", "Tesfay")]
    assert "Kort varsel: 21 dage" in dialog.warnings.text()  # a warning, not an error
    assert "01-10-2016" in dialog.takeover_label.text()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert no_message_boxes == []
    assert dialog.status.text() == "Gemt."
    with demo_ctx.uow(readonly=True) as uow:
        notice = uow.session.scalars(
            select(ArrivalNotice).where(ArrivalNotice.reference == "US-2016-777")
        ).one()
        assert notice.takeover_on == date(2016, 9, 22) and notice.takeover_agreed
        assert notice.household.display_name == "Familien Tesfay"
        assert sorted(p.given_name for p in notice.household.persons) == ["Selam", "Yonas"]

    dialog.arrival_date.set_value(date(2016, 10, 1))
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert no_message_boxes == []
    assert "5 frister" in dialog.status.text()
    assert not dialog.register_button.isEnabled()
    with demo_ctx.uow(readonly=True) as uow:
        notice = uow.session.scalars(
            select(ArrivalNotice).where(ArrivalNotice.reference == "US-2016-777")
        ).one()
        yonas = next(p for p in notice.household.persons if p.given_name == "Yonas")
        assert yonas.status == "arrived"
        due = dict(
            uow.session.execute(
                select(Deadline.kind, Deadline.due_on).where(Deadline.person_id == yonas.id)
            ).all()
        )
        assert due["first_offer"] == date(2016, 10, 6)
        yonas_id = yonas.id

    calendar = CalendarView(demo_ctx)
    qtbot.addWidget(calendar)
    calendar.resize(1400, 900)
    calendar.show()
    qtbot.waitUntil(ops.idle)
    found = [i for i in calendar.items if i.kind is ItemKind.DEADLINE and "Yonas Tesfay" in i.title]
    assert {i.on for i in found} == {date(2016, 10, 6), date(2016, 10, 22)}  # first offer, contract
    agenda = [calendar.agenda.item(r).text() for r in range(calendar.agenda.count())]
    assert any("Første tilbud senest: Yonas Tesfay" in text for text in agenda)
    calendar.grid.grab()  # paint, so that the items have their places
    hit = next(h for h in calendar.grid._hits if h.item is not None and "Yonas" in h.item.title)
    with qtbot.waitSignal(hub.open_person) as opened:
        qtbot.mouseDClick(calendar.grid, Qt.MouseButton.LeftButton, pos=hit.rect.center())
    assert opened.args == [yonas_id]

    overview = OverviewView(demo_ctx)
    qtbot.addWidget(overview)
    overview.show()
    qtbot.waitUntil(ops.idle)
    this_week = next(p for p in overview.panels if type(p).__name__ == "ThisWeekPanel")
    texts = [this_week.list.item(r).text() for r in range(this_week.list.count())]
    assert "06-10-2016  Første tilbud senest: Yonas Tesfay" in texts


def test_person_file_marks_a_deadline_done_and_opens_the_notice(
    qtbot: Any, desk_app: Any, demo_ctx: AppContext, no_message_boxes: list[str]
) -> None:
    with demo_ctx.uow(readonly=True) as uow:
        person_id = uow.session.scalar(
            select(Deadline.person_id)
            .where(Deadline.done_on.is_(None), Deadline.due_on < date(2016, 10, 3))
            .limit(1)
        )
    pane = PersonDetailPane(demo_ctx)
    qtbot.addWidget(pane)
    pane.show_person(person_id)
    texts = [pane.deadlines.item(r).text() for r in range(pane.deadlines.count())]
    row = next(i for i, text in enumerate(texts) if "overskredet" in text)
    pane.deadlines.setCurrentRow(row)
    assert pane.mark_done_button.isEnabled() and not pane.reopen_button.isEnabled()
    qtbot.mouseClick(pane.mark_done_button, Qt.MouseButton.LeftButton)
    assert no_message_boxes == []
    assert pane.deadlines.item(row).text().endswith("udført 03-10-2016 af mette")
    assert pane.reopen_button.isEnabled()
    qtbot.mouseClick(pane.open_notice_button, Qt.MouseButton.LeftButton)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, NoticeDialog) and w.isVisible()]
    assert dialogs and dialogs[-1].notice_id == pane.notice_id
    for dialog in dialogs:
        dialog.close()


def test_a_refused_notice_keeps_what_was_typed(
    qtbot: Any, desk_app: Any, sqlite_ctx: AppContext, no_message_boxes: list[str]
) -> None:
    dialog = NoticeDialog(sqlite_ctx)
    qtbot.addWidget(dialog)
    _fill_notice(qtbot, dialog)
    dialog.members.form.cpr.setText("")
    qtbot.keyClicks(dialog.members.form.cpr, "12345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(no_message_boxes) == 1 and "CPR" in no_message_boxes[0]
    assert dialog.reference.text() == "US-2016-777" and dialog.members.model.rowCount() == 2
    with sqlite_ctx.uow(readonly=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(ArrivalNotice)) == 0


def test_calendar_double_click_on_a_visit_opens_the_notice_and_week_view(
    qtbot: Any, desk_app: Any, demo_ctx: AppContext
) -> None:
    calendar = CalendarView(demo_ctx)
    qtbot.addWidget(calendar)
    calendar.resize(1400, 900)
    calendar.show()
    calendar.show_date(date(2016, 10, 21))
    qtbot.waitUntil(ops.idle)
    visit = next(i for i in calendar.items if i.kind is ItemKind.VISIT)
    calendar._open(visit)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, NoticeDialog) and w.isVisible()]
    assert dialogs and dialogs[-1].notice_id == visit.notice_id
    assert dialogs[-1].visit_on.value() == visit.on
    for dialog in dialogs:
        dialog.close()
    qtbot.mouseClick(calendar.week_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ops.idle)
    assert len(calendar.grid.weeks) == 1 and calendar.title.text().startswith("Uge 42 2016")
    calendar.groups[next(iter(calendar.groups))].setChecked(False)  # hide arrivals
    qtbot.waitUntil(ops.idle)
    assert all(i.kind not in (ItemKind.ARRIVAL, ItemKind.EXPECTED_ARRIVAL) for i in calendar.items)


def test_calendar_marks_public_holidays(qtbot: Any, desk_app: Any, demo_ctx: AppContext) -> None:
    calendar = CalendarView(demo_ctx)
    qtbot.addWidget(calendar)
    calendar.show()
    calendar.show_date(date(2016, 12, 1))
    qtbot.waitUntil(ops.idle)
    assert calendar.grid.holidays[date(2016, 12, 25)] and calendar.grid.holidays[date(2016, 12, 26)]
    agenda = [calendar.agenda.item(r).text() for r in range(calendar.agenda.count())]
    assert any("25-12-2016 (uge 51)" in text for text in agenda)


def test_import_dialog_lists_problems_and_imports(
    qtbot: Any,
    desk_app: Any,
    sqlite_ctx: AppContext,
    tmp_path: Path,
    xlsx_row: Any,
    workbook: Any,
    wait_ops: Any,
) -> None:
    bad = workbook(tmp_path / "bad.xlsx", [xlsx_row(), xlsx_row("US-2", "B", Modtaget="32-01-2016")])
    dialog = ImportDialog(sqlite_ctx, bad)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_ops()
    assert "intet blev skrevet" in dialog.summary.text()
    assert (
        dialog.results.item(0).text()
        == "Ark Ankomster, række 3, kolonne Modtaget: Datoen findes ikke: 32-01-2016."
    )
    good = workbook(tmp_path / "good.xlsx", [xlsx_row(), xlsx_row(given="Rana")])
    dialog = ImportDialog(sqlite_ctx, good)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    wait_ops()
    assert "kan importeres" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_ops()
    assert dialog.summary.text() == "1 meddelelser med 2 personer er importeret."
    with sqlite_ctx.uow(readonly=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Person)) == 2


def test_quota_dialog_saves_a_period(
    qtbot: Any, desk_app: Any, sqlite_ctx: AppContext, no_message_boxes: list[str], qtmodeltester: Any
) -> None:
    from integration_desk.services.quota import list_quotas
    from integration_desk.ui.arrivals.quota_dialog import QuotaDialog

    dialog = QuotaDialog(sqlite_ctx)
    qtbot.addWidget(dialog)
    dialog.starts_on.set_value(date(2016, 3, 1))
    dialog.ends_on.set_value(date(2017, 2, 28))
    dialog.persons.setValue(72)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert no_message_boxes == []
    assert [(q.starts_on, q.persons) for q in list_quotas(sqlite_ctx)] == [(date(2016, 3, 1), 72)]
    qtmodeltester.check(dialog.model)
    dialog.table.selectRow(0)
    dialog.persons.setValue(80)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [q.persons for q in list_quotas(sqlite_ctx)] == [80]
    dialog._new()
    dialog.starts_on.set_value(date(2017, 1, 1))
    dialog.ends_on.set_value(date(2017, 12, 31))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(no_message_boxes) == 1 and "overlapper" in no_message_boxes[0]
