"""The one date field (issue 13, point 3): typed forms, the calendar, the message at the field, and
dialogs that stay open while a field holds no date."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from integration_desk.domain.dates import DateError
from integration_desk.ui.contracts.dialogs import SignDialog
from integration_desk.ui.housing.dialogs import EndStayDialog, PeriodDialog, SplitDialog
from integration_desk.ui.people.detail import CloseCaseDialog
from integration_desk.ui.widgets.date_field import DateField, OptionalDate, dates_valid

TODAY = date(2016, 10, 3)
UI = Path(__file__).resolve().parents[2] / "integration_desk" / "ui"


def _type(qtbot: Any, field: DateField, text: str) -> None:
    """What a user does: select what the field shows, type over it, leave the field (Enter)."""
    field.line.setFocus()
    field.line.selectAll()
    qtbot.keyClicks(field.line, text)
    qtbot.keyClick(field.line, Qt.Key.Key_Return)


def test_every_date_field_of_the_program_is_the_shared_one() -> None:
    """No view keeps its own QDateEdit (whose typing kept parts of the old date, issue 13)."""
    found = [
        f"{path.relative_to(UI)}: {name}"
        for path in UI.rglob("*.py")
        if path.name != "date_field.py"
        for name in re.findall(r"\b(QDateEdit|QDateTimeEdit|QCalendarWidget)\b", path.read_text("utf-8"))
    ]
    assert found == []


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("23-10-2016", "23-10-2016"),
        ("23.10.2016", "23-10-2016"),
        ("23/10/2016", "23-10-2016"),
        ("231016", "23-10-2016"),
        ("23-10-16", "23-10-2016"),
        ("2016-10-23", "23-10-2016"),
        ("2016/10/23", "23-10-2016"),
        ("3.1.17", "03-01-2017"),
    ],
)
def test_a_typed_date_is_read_whole_and_shown_as_read(
    qtbot: Any, desk_app: Any, typed: str, shown: str
) -> None:
    field = DateField(date(2016, 10, 17), today=TODAY)
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.committed):
        _type(qtbot, field, typed)
    assert field.line.text() == shown
    assert field.value() == date(int(shown[6:]), int(shown[3:5]), int(shown[:2]))
    assert field.shown_error() == ""


def test_text_that_is_no_date_is_never_replaced_by_the_old_date(qtbot: Any, desk_app: Any) -> None:
    field = DateField(date(2016, 10, 17), today=TODAY)
    qtbot.addWidget(field)
    committed: list[object] = []
    field.committed.connect(lambda: committed.append(field.line.text()))
    _type(qtbot, field, "31-02-2016")
    assert field.line.text() == "31-02-2016"  # as typed, not 17-10-2016 nor 02-03-2016
    assert field.shown_error() == "31-02-2016 findes ikke."
    assert field.line.toolTip() == "31-02-2016 findes ikke."
    assert "#b00020" in field.line.styleSheet()  # the red frame
    assert committed == []
    with pytest.raises(DateError):
        field.value()
    qtbot.keyClick(field.line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field.line, "5")  # 31-02-2015: still none
    assert field.shown_error() == "31-02-2015 findes ikke."
    _type(qtbot, field, "28-02-2016")
    assert field.shown_error() == "" and field.line.styleSheet() == ""
    assert committed == ["28-02-2016"]


def test_empty_is_no_date_where_one_is_needed_and_none_where_it_may_be(qtbot: Any, desk_app: Any) -> None:
    required, optional = DateField(TODAY), DateField(TODAY, optional=True)
    for field in (required, optional):
        qtbot.addWidget(field)
        field.line.selectAll()
        qtbot.keyClick(field.line, Qt.Key.Key_Backspace)  # the date deleted
        qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert optional.value() is None and optional.shown_error() == ""
    assert required.shown_error() == "Skriv en dato."
    with pytest.raises(DateError):
        required.value()


def test_the_calendar_and_the_arrow_keys(qtbot: Any, desk_app: Any) -> None:
    field = DateField(date(2016, 10, 17), today=TODAY)
    qtbot.addWidget(field)
    field.show()
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    popup = field._popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate() == QDate(2016, 10, 17)
    assert popup.calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    with qtbot.waitSignal(field.committed):
        popup.calendar.clicked.emit(QDate(2016, 11, 4))
    assert not popup.isVisible() and field.value() == date(2016, 11, 4)
    assert field.line.text() == "04-11-2016"
    qtbot.keyClick(field.line, Qt.Key.Key_Up)
    assert field.value() == date(2016, 11, 5)
    qtbot.keyClick(field.line, Qt.Key.Key_Down)
    qtbot.keyClick(field.line, Qt.Key.Key_Down)
    assert field.value() == date(2016, 11, 3)


def test_an_optional_date_ticked_asks_for_the_date(qtbot: Any, desk_app: Any) -> None:
    unknown = OptionalDate("kendt", None, past=True, today=TODAY)
    suggested = OptionalDate("planlagt:", date(2016, 10, 17), today=TODAY)
    for widget in (unknown, suggested):
        qtbot.addWidget(widget)
        widget.show()
        qtbot.mouseClick(widget.check, Qt.MouseButton.LeftButton)
    assert unknown.edit.line.text() == "" and unknown.edit.isEnabled()
    assert suggested.value() == date(2016, 10, 17)
    with pytest.raises(DateError):
        unknown.value()  # ticked, so a date is wanted
    assert not dates_valid(unknown) and unknown.edit.shown_error() == "Skriv en dato."
    qtbot.keyClicks(unknown.edit.line, "04-03-85")
    assert unknown.value() == date(1985, 3, 4)  # a birth date: 1985, not 2085
    qtbot.mouseClick(unknown.check, Qt.MouseButton.LeftButton)
    assert unknown.value() is None


def test_a_hidden_or_disabled_field_does_not_stop_a_save(qtbot: Any, desk_app: Any) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    hidden, disabled = DateField(None, box), DateField(None, box)
    hidden.hide()
    disabled.setEnabled(False)
    assert dates_valid(box)
    shown = DateField(None, box)
    assert not dates_valid(box) and shown.shown_error() == "Skriv en dato."


@pytest.mark.parametrize(
    "make",
    [
        lambda: EndStayDialog("Familien Haddad", TODAY),
        lambda: SplitDialog("Familien Haddad", (), TODAY),
        lambda: PeriodDialog(TODAY, TODAY),
        lambda: SignDialog(TODAY),
        lambda: CloseCaseDialog(TODAY),
    ],
    ids=["end stay", "move room", "occupancy export", "signatures", "close case"],
)
def test_ok_keeps_the_dialog_open_while_a_date_is_no_date(qtbot: Any, desk_app: Any, make: Any) -> None:
    dialog: QDialog = make()
    qtbot.addWidget(dialog)
    field = dialog.findChildren(DateField)[0]
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    field.line.setText("23-13-2016")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert field.shown_error() == "23-13-2016 findes ikke."
    _type(qtbot, field, "231016")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert field.value() == date(2016, 10, 23)
