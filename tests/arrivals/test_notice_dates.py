"""Issue 13, point 3, in the notice dialog: a whole typed date is stored as typed, in every form a
Danish user types; a text that is no date is refused at the field and nothing is saved."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from integration_desk.db.models import ArrivalNotice, Person
from integration_desk.services import arrivals
from integration_desk.services.context import AppContext
from integration_desk.ui.arrivals.notice_dialog import NoticeDialog
from integration_desk.ui.widgets.date_field import DateField
from tests.arrivals.conftest import notice_input


def _type(qtbot: Any, field: DateField, text: str) -> None:
    """As in the issue: select the date shown and type a whole one over it."""
    field.line.setFocus()
    field.line.selectAll()
    qtbot.keyClicks(field.line, text)


def _stored(ctx: AppContext, notice_id: int) -> tuple[date, int]:
    with ctx.uow(readonly=True) as uow:
        notice = uow.session.get(ArrivalNotice, notice_id)
        assert notice is not None
        return notice.expected_arrival_on, notice.version


def _birth_dates(ctx: AppContext, notice_id: int) -> dict[str, date | None]:
    with ctx.uow(readonly=True) as uow:
        notice = uow.session.get(ArrivalNotice, notice_id)
        assert notice is not None
        people = uow.session.scalars(select(Person).where(Person.household_id == notice.household_id))
        return {p.given_name: p.birth_date for p in people}


def test_every_danish_form_typed_into_the_notice_is_stored(
    qtbot: Any, desk_app: Any, ctx: AppContext, no_message_boxes: list[str]
) -> None:
    notice_id = arrivals.save_notice(ctx, notice_input(expected_arrival_on=date(2016, 10, 17))).notice_id
    dialog = NoticeDialog(ctx, notice_id)
    qtbot.addWidget(dialog)
    field = dialog.expected_arrival_on
    typed = {
        "23-10-2016": date(2016, 10, 23),  # stored 17-10-2016 before (issue 13)
        "24.10.2016": date(2016, 10, 24),
        "25/10/2016": date(2016, 10, 25),
        "261016": date(2016, 10, 26),
        "27-10-16": date(2016, 10, 27),
        "2016-10-28": date(2016, 10, 28),
        "2016/10/29": date(2016, 10, 29),  # changed nothing and said nothing before
    }
    for text, expected in typed.items():
        _type(qtbot, field, text)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert no_message_boxes == []
        assert dialog.status.text() == "Gemt.", text
        assert _stored(ctx, notice_id)[0] == expected, text
        assert field.line.text() == expected.strftime("%d-%m-%Y")  # the date as read, shown


def test_a_typed_text_that_is_no_date_is_refused_at_the_field_and_nothing_changes(
    qtbot: Any, desk_app: Any, ctx: AppContext, no_message_boxes: list[str]
) -> None:
    notice_id = arrivals.save_notice(ctx, notice_input(expected_arrival_on=date(2016, 10, 17))).notice_id
    before = _stored(ctx, notice_id)
    dialog = NoticeDialog(ctx, notice_id)
    qtbot.addWidget(dialog)
    field = dialog.expected_arrival_on
    for text, message in (
        ("31-02-2016", "31-02-2016 findes ikke."),
        ("23-13-2016", "23-13-2016 findes ikke."),
        ("23 okt 2016", "Ikke en dato: skriv fx 23-10-2016."),
        ("2310", "Ikke en dato: skriv fx 23-10-2016."),
        ("23-10.2016", "Ikke en dato: skriv fx 23-10-2016."),
    ):
        _type(qtbot, field, text)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert field.shown_error() == message, text
        assert field.message.isVisibleTo(dialog)
        assert field.line.text() == text  # what was typed stays, to be corrected
        assert dialog.status.text() != "Gemt."
        assert _stored(ctx, notice_id) == before  # nothing saved, not even the old date again
    assert no_message_boxes == []  # said at the field, not in a box

    # A birth date that is no date stops the save as well.
    form = dialog.members.form
    _type(qtbot, field, "23-10-2016")
    assert field.shown_error() == ""  # the message goes once the text is a date
    assert form.given_name.text() == "Ahmad" and form.birth_date.check.isChecked()
    _type(qtbot, form.birth_date.edit, "1980")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert form.birth_date.edit.shown_error() == "Ikke en dato: skriv fx 23-10-2016."
    assert _stored(ctx, notice_id) == before
    assert _birth_dates(ctx, notice_id)["Ahmad"] == date(1980, 5, 1)

    # Choosing another member keeps the form on this one until its birth date is a date.
    dialog.members.table.selectRow(1)
    QApplication.processEvents()
    assert dialog.members.table.currentIndex().row() == 0
    assert form.given_name.text() == "Ahmad"
    _type(qtbot, form.birth_date.edit, "020580")
    dialog.members.table.selectRow(1)
    assert form.given_name.text() == "Rana"

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Gemt."
    assert _stored(ctx, notice_id)[0] == date(2016, 10, 23)
    assert _birth_dates(ctx, notice_id)["Ahmad"] == date(1980, 5, 2)  # 020580: a birth date, so 1980
    assert no_message_boxes == []
