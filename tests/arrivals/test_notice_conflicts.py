"""Issue 7, concurrent edits on the arrival notice: two people save the same notice; the second
settles the conflict field by field, household members compared row by row (keyed by person id)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QRadioButton
from sqlalchemy import Engine

from integration_desk.db.models import Role, User
from integration_desk.domain.conflicts import MINE, keyed_rows, merge_fields, resolve, rows_of
from integration_desk.services import arrivals
from integration_desk.services.context import AppContext
from integration_desk.services.database import open_database
from integration_desk.ui.arrivals.notice_dialog import NoticeDialog
from integration_desk.ui.widgets.conflict_dialog import ConflictDialog
from tests.arrivals.conftest import notice_input
from tests.conftest import DEMO_TODAY


def test_keyed_rows_merge_row_by_row() -> None:
    base = [(1, "a"), (2, "b"), (3, "c")]
    theirs = [(1, "a"), (2, "B"), (4, "d")]  # edited 2, removed 3, added 4
    mine = [(1, "A"), (3, "C")]  # edited 1, removed 2, edited 3
    result = merge_fields(*keyed_rows("m", base, theirs, mine, lambda r: r[0]))
    assert sorted(c.field for c in result.conflicts) == ["m2", "m3"]  # edited by one, removed by the other
    assert rows_of(resolve(result, {}), "m") == ((1, "A"), (2, "B"), (4, "d"))
    assert rows_of(resolve(result, {"m2": MINE, "m3": MINE}), "m") == ((1, "A"), (4, "d"), (3, "C"))


@pytest.fixture
def second_engine(database_url: str) -> Any:
    engine = open_database(database_url)
    yield engine
    engine.dispose()


def _two_users(ctx: AppContext, engine: Engine) -> tuple[AppContext, int]:
    with ctx.uow() as uow:
        uow.session.add(User(username="hanne", display_name="Hanne Holm", role=Role.CASEWORKER.value))
        uow.commit()
    notice_id = arrivals.save_notice(ctx, notice_input()).notice_id
    return AppContext(engine, "hanne", today=DEMO_TODAY), notice_id


def _answer_modal(answer: Any) -> list[str]:
    """Answer the next modal dialog from a timer (a hang fails instead of blocking the run)."""
    seen: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        seen.append(type(dialog).__name__)
        answer(dialog)

    QTimer.singleShot(0, act)
    return seen


def _click(qtbot: Any, button: QRadioButton) -> None:
    """On the radio's indicator: a wide grid column leaves the button's centre beyond its text."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def _member(dialog: NoticeDialog, given: str, **changes: Any) -> None:
    dialog.members.set_members(
        tuple(replace(m, **changes) if m.given_name == given else m for m in dialog.members.members())
    )


def test_second_save_settles_the_notice_conflict_field_by_field(
    desk_app: Any, qtbot: Any, ctx: AppContext, second_engine: Engine, no_message_boxes: list[str]
) -> None:
    hanne, notice_id = _two_users(ctx, second_engine)
    mette = NoticeDialog(ctx, notice_id)
    other = NoticeDialog(hanne, notice_id)
    qtbot.addWidget(mette)
    qtbot.addWidget(other)
    ahmad = next(m.person_id for m in mette.members.members() if m.given_name == "Ahmad")

    # Mette types: the expected arrival, the centre, a note, Ahmad's name and Rana's languages.
    mette.expected_arrival_on.set_value(date(2016, 9, 25))
    mette.asylum_centre.setText("Center Jelling")
    mette.notes.setPlainText("Ringer til centret mandag")
    _member(mette, "Ahmad", given_name="Ahmet")
    _member(mette, "Rana", languages="arabisk, engelsk")

    # Meanwhile Hanne changes the same date, centre and name, the visit and Omar's relation; she
    # saves first.
    other.expected_arrival_on.set_value(date(2016, 9, 28))
    other.asylum_centre.setText("Center Vipperød")
    other.visit_by.setText("Hanne Holm")
    _member(other, "Ahmad", given_name="Ahmed")
    _member(other, "Omar", relation="søn")
    qtbot.mouseClick(other.save_button, Qt.MouseButton.LeftButton)
    assert no_message_boxes == []

    def settle(dialog: QDialog) -> None:
        assert isinstance(dialog, ConflictDialog)
        assert sorted(dialog.mine) == ["asylum_centre", "expected_arrival_on", f"member:{ahmad}"]
        assert dialog.theirs["asylum_centre"].text() == "Center Vipperød"
        assert dialog.mine["expected_arrival_on"].text() == "25-09-2016"
        assert dialog.theirs[f"member:{ahmad}"].text().startswith("Ahmed Haddad")
        assert dialog.mine[f"member:{ahmad}"].text().startswith("Ahmet Haddad")
        _click(qtbot, dialog.theirs["asylum_centre"])
        _click(qtbot, dialog.mine["expected_arrival_on"])
        _click(qtbot, dialog.mine[f"member:{ahmad}"])
        assert dialog.choices() == {
            "asylum_centre": "theirs",
            "expected_arrival_on": "mine",
            f"member:{ahmad}": "mine",
        }
        qtbot.mouseClick(dialog.save_chosen, Qt.MouseButton.LeftButton)

    seen = _answer_modal(settle)
    qtbot.mouseClick(mette.save_button, Qt.MouseButton.LeftButton)
    assert seen == ["ConflictDialog"]
    assert no_message_boxes == []

    stored = arrivals.get_notice(ctx, notice_id).data
    assert stored.expected_arrival_on == date(2016, 9, 25)  # mine, chosen
    assert stored.asylum_centre == "Center Vipperød"  # theirs, chosen
    assert stored.notes == "Ringer til centret mandag"  # only mine changed it
    assert stored.visit_by == "Hanne Holm"  # only theirs changed it
    members = {m.person_id: m for m in stored.members}
    assert len(members) == 3
    assert members[ahmad].given_name == "Ahmet"  # mine, chosen
    assert {m.given_name: m.languages for m in stored.members}["Rana"] == "arabisk, engelsk"
    assert {m.given_name: m.relation for m in stored.members}["Omar"] == "søn"
    assert mette.version == arrivals.get_notice(ctx, notice_id).version
    assert mette.status.text() == "Gemt."


def test_back_to_editing_keeps_what_was_typed(
    desk_app: Any, qtbot: Any, sqlite_ctx: AppContext, no_message_boxes: list[str]
) -> None:
    ctx = sqlite_ctx
    hanne, notice_id = _two_users(ctx, ctx.engine)
    dialog = NoticeDialog(ctx, notice_id)
    qtbot.addWidget(dialog)
    theirs = arrivals.get_notice(hanne, notice_id)
    arrivals.save_notice(
        hanne, replace(theirs.data, asylum_centre="Center Vipperød"), notice_id, theirs.version
    )
    dialog.asylum_centre.setText("Center Jelling")
    _member(dialog, "Omar", relation="søn")

    def back(box: QDialog) -> None:
        assert isinstance(box, ConflictDialog)
        assert box.windowTitle() == "Ændret af en anden"
        box.reject()

    seen = _answer_modal(back)
    assert dialog.save() is False
    assert seen == ["ConflictDialog"]
    assert dialog.asylum_centre.text() == "Center Jelling"
    assert {m.given_name: m.relation for m in dialog.members.members()}["Omar"] == "søn"
    stored = arrivals.get_notice(ctx, notice_id).data
    assert stored.asylum_centre == "Center Vipperød"
    assert {m.given_name: m.relation for m in stored.members}["Omar"] == "barn"
    assert no_message_boxes == []


def test_changes_on_different_fields_and_members_merge_without_asking(
    desk_app: Any, qtbot: Any, sqlite_ctx: AppContext, no_message_boxes: list[str]
) -> None:
    ctx = sqlite_ctx
    hanne, notice_id = _two_users(ctx, ctx.engine)
    dialog = NoticeDialog(ctx, notice_id)
    qtbot.addWidget(dialog)
    theirs = arrivals.get_notice(hanne, notice_id)
    # Hanne only changes a member: the notice's version moves all the same
    changed = tuple(replace(m, relation="søn") if m.given_name == "Omar" else m for m in theirs.data.members)
    arrivals.save_notice(hanne, replace(theirs.data, members=changed), notice_id, theirs.version)
    assert arrivals.get_notice(ctx, notice_id).version != theirs.version
    dialog.visit_notes.setPlainText("Tolk bestilt")
    dialog.conflict_dialog = lambda *a: pytest.fail("no dialog for a clean merge")  # type: ignore[method-assign,assignment]
    assert dialog.save() is True
    stored = arrivals.get_notice(ctx, notice_id).data
    assert stored.visit_notes == "Tolk bestilt"
    assert {m.given_name: m.relation for m in stored.members}["Omar"] == "søn"
    assert no_message_boxes == []


# --- issue 18: removing a member while someone else edits them is a conflict -----------------


def _without(data: Any, given: str) -> Any:
    return replace(data, members=tuple(m for m in data.members if m.given_name != given))


def _with(data: Any, given: str, **changes: Any) -> Any:
    return replace(
        data, members=tuple(replace(m, **changes) if m.given_name == given else m for m in data.members)
    )


@pytest.mark.parametrize("deleter", ["theirs", "mine"])
def test_delete_against_edit_of_one_member_is_a_conflict(
    ctx: AppContext, second_engine: Engine, deleter: str
) -> None:
    hanne, notice_id = _two_users(ctx, second_engine)
    loaded = arrivals.get_notice(ctx, notice_id)
    omar = next(m.person_id for m in loaded.data.members if m.given_name == "Omar")
    theirs = arrivals.get_notice(hanne, notice_id)
    hanne_saves = (
        _without(theirs.data, "Omar") if deleter == "theirs" else _with(theirs.data, "Omar", relation="søn")
    )
    arrivals.save_notice(hanne, hanne_saves, notice_id, theirs.version)
    mine = (
        _with(loaded.data, "Omar", relation="søn") if deleter == "theirs" else _without(loaded.data, "Omar")
    )
    with pytest.raises(arrivals.NoticeConflict) as raised:
        arrivals.save_notice(ctx, mine, notice_id, loaded.version, base=loaded.data)
    conflict = raised.value
    assert [(c.field, c.deleted_by) for c in conflict.result.conflicts] == [
        (f"member:{omar}", "theirs" if deleter == "theirs" else "mine")
    ]
    arrivals.save_notice(
        ctx,
        conflict.merged_input({f"member:{omar}": MINE}),
        notice_id,
        conflict.their_version,
        base=conflict.theirs,
    )
    relations = {m.given_name: m.relation for m in arrivals.get_notice(ctx, notice_id).data.members}
    assert relations.get("Omar") == ("søn" if deleter == "theirs" else None)


def test_the_dialog_shows_who_removed_the_member(
    desk_app: Any, qtbot: Any, sqlite_ctx: AppContext, no_message_boxes: list[str]
) -> None:
    ctx = sqlite_ctx
    hanne, notice_id = _two_users(ctx, ctx.engine)
    dialog = NoticeDialog(ctx, notice_id)
    qtbot.addWidget(dialog)
    omar = next(m.person_id for m in dialog.members.members() if m.given_name == "Omar")
    theirs = arrivals.get_notice(hanne, notice_id)
    arrivals.save_notice(hanne, _without(theirs.data, "Omar"), notice_id, theirs.version)
    _member(dialog, "Omar", relation="søn")
    field = f"member:{omar}"

    def settle(box: QDialog) -> None:
        try:
            assert isinstance(box, ConflictDialog)
            assert list(box.mine) == [field]
            assert box.theirs[field].text() == "Slettet af Hanne Holm"
            assert box.mine[field].text().startswith("Din ændring: Omar Haddad")
        except AssertionError:
            box.reject()  # a wrong dialog fails the test instead of waiting for the timeout
            raise
        _click(qtbot, box.mine[field])
        qtbot.mouseClick(box.save_chosen, Qt.MouseButton.LeftButton)

    seen = _answer_modal(settle)
    assert dialog.save() is True
    assert seen == ["ConflictDialog"]
    stored = arrivals.get_notice(ctx, notice_id).data
    assert {m.given_name: m.relation for m in stored.members}["Omar"] == "søn"
    assert no_message_boxes == []
