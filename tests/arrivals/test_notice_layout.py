"""Issue 13, point 7: the notice dialog on a 1280x720 screen, and a new member's sensible defaults."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from sqlalchemy import select

from integration_desk.db.models import ArrivalNotice
from integration_desk.domain.arrivals import MemberInput, default_relation
from integration_desk.services import arrivals
from integration_desk.services.context import AppContext
from integration_desk.ui.arrivals.members import MemberForm
from integration_desk.ui.arrivals.notice_dialog import NoticeDialog, fitted_size
from tests.arrivals.conftest import notice_input

#: a 1280x720 screen less a 40-pixel taskbar
AVAILABLE = QSize(1280, 720 - 40)


def _member_fields(form: MemberForm) -> dict[str, QWidget]:
    return {
        "Fornavn": form.given_name,
        "Efternavn": form.family_name,
        "Navn (egen skrift)": form.native_name,
        "Fødselsdato": form.birth_date,
        "Kommer som": form.kind,
        "Køn": form.sex,
        "Relation": form.relation,
        "Udl.-nr.": form.udl_nr,
        "Nationalitet": form.nationality,
        "Sprog": form.languages,
        "CPR-nummer": form.cpr,
    }


def _shown(dialog: NoticeDialog) -> None:
    dialog.resize(fitted_size(AVAILABLE))
    dialog.show()
    QApplication.processEvents()


def _assert_every_member_field_in_view(dialog: NoticeDialog) -> None:
    size = fitted_size(AVAILABLE)
    assert size.width() <= AVAILABLE.width() and size.height() <= AVAILABLE.height() - 30  # title bar
    assert dialog.size() == size
    assert dialog.findChildren(QScrollArea) == []  # the dialog has no scroll bar of its own
    minimum = dialog.minimumSizeHint()
    assert minimum.width() <= size.width() and minimum.height() <= size.height()  # nothing squeezed
    inside = dialog.rect()
    for name, widget in _member_fields(dialog.members.form).items():
        place = QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
        assert widget.isVisible(), name
        assert inside.contains(place), f"{name} at {place} is outside {inside}"
        assert widget.height() >= widget.minimumSizeHint().height(), name


def test_every_field_of_a_member_fits_on_a_1280x720_screen(
    qtbot: Any, desk_app: Any, ctx: AppContext, no_message_boxes: list[str]
) -> None:
    notice_id = arrivals.save_notice(ctx, notice_input()).notice_id
    dialog = NoticeDialog(ctx, notice_id)
    qtbot.addWidget(dialog)
    _shown(dialog)
    _assert_every_member_field_in_view(dialog)
    # ... also while two fields show why their text is no date.
    for field, text in (
        (dialog.expected_arrival_on, "31-02-2016"),
        (dialog.members.form.birth_date.edit, "1980"),
    ):
        field.line.selectAll()
        qtbot.keyClicks(field.line, text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.members.form.birth_date.edit.shown_error() == "Ikke en dato: skriv fx 23-10-2016."
    QApplication.processEvents()
    _assert_every_member_field_in_view(dialog)


def test_a_new_member_has_sensible_defaults(
    qtbot: Any, desk_app: Any, ctx: AppContext, no_message_boxes: list[str]
) -> None:
    dialog = NoticeDialog(ctx)
    qtbot.addWidget(dialog)
    _shown(dialog)
    _assert_every_member_field_in_view(dialog)
    members, form = dialog.members, dialog.members.form
    qtbot.keyClicks(dialog.reference, "US-2016-913")
    qtbot.keyClicks(form.given_name, "Yonas")
    qtbot.keyClicks(form.family_name, "Tesfay")

    qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    # The family name copied from the main person is selected: typing replaces it.
    assert form.family_name.text() == "Tesfay" and form.family_name.selectedText() == "Tesfay"
    assert form.given_name.hasFocus()
    qtbot.keyClicks(form.given_name, "Selam")
    qtbot.mouseClick(form.family_name, Qt.MouseButton.LeftButton)  # a click places the cursor ...
    QApplication.processEvents()
    assert form.family_name.selectedText() == "Tesfay"  # ... and still the whole name is selected
    qtbot.keyClicks(form.family_name, "Gebre")
    assert form.family_name.text() == "Gebre"
    # Ticking "kendt" asks for the birth date: an empty field, not 01-01-1986.
    qtbot.mouseClick(form.birth_date.check, Qt.MouseButton.LeftButton)
    assert form.birth_date.edit.isEnabled() and form.birth_date.edit.line.text() == ""
    assert form.birth_date.edit.line.hasFocus()
    qtbot.keyClicks(form.birth_date.edit.line, "120288")

    qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.given_name, "Meron")
    qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.given_name, "Abel")
    relations = [(m.given_name, m.family_name, m.relation, m.birth_date) for m in members.members()]
    assert relations == [
        ("Yonas", "Tesfay", "hovedperson", None),
        ("Selam", "Gebre", "ægtefælle", date(1988, 2, 12)),
        ("Meron", "Tesfay", "barn", None),
        ("Abel", "Tesfay", "barn", None),
    ]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert no_message_boxes == [] and dialog.status.text() == "Gemt."
    with ctx.uow(readonly=True) as uow:
        notice = uow.session.scalars(
            select(ArrivalNotice).where(ArrivalNotice.reference == "US-2016-913")
        ).one()
        stored = {p.given_name: (p.relation, p.birth_date) for p in notice.household.persons}
    assert stored["Selam"] == ("ægtefælle", date(1988, 2, 12))
    assert stored["Abel"] == ("barn", None)


def test_the_relation_a_new_member_gets() -> None:
    def members(*relations: str) -> tuple[MemberInput, ...]:
        return tuple(MemberInput("A", "B", relation=r) for r in relations)

    assert default_relation(()) == "hovedperson"
    assert default_relation(members("hovedperson")) == "ægtefælle"
    assert default_relation(members("hovedperson", "ægtefælle")) == "barn"
    assert default_relation(members("hovedperson", "barn")) == "barn"  # the spouse comes before the children
