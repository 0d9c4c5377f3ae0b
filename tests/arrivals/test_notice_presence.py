"""Issue 7: a person's file being edited elsewhere shows who holds it (the arrival notice dialog
and the person's file in Borgere)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import update

from integration_desk.db.base import utcnow
from integration_desk.db.models import EditPresence, Role, User
from integration_desk.services import arrivals, presence
from integration_desk.services.context import AppContext
from integration_desk.ui.arrivals.notice_dialog import NoticeDialog
from integration_desk.ui.people.detail import PersonDetailPane
from tests.arrivals.conftest import notice_input

ENTITY = arrivals.PRESENCE_ENTITY


def _hanne_and_notice(ctx: AppContext) -> tuple[AppContext, int]:
    with ctx.uow() as uow:
        uow.session.add(User(username="hanne", display_name="Hanne Holm", role=Role.CASEWORKER.value))
        uow.commit()
    return AppContext(ctx.engine, "hanne"), arrivals.save_notice(ctx, notice_input()).notice_id


def test_notice_dialog_holds_presence_and_shows_who_else_edits(
    desk_app: Any, qtbot: Any, sqlite_ctx: AppContext, no_message_boxes: list[str]
) -> None:
    ctx = sqlite_ctx
    hanne, notice_id = _hanne_and_notice(ctx)
    presence.open_edit(hanne, ENTITY, notice_id)
    since = utcnow().replace(hour=9, minute=14)
    with ctx.uow() as uow:
        uow.session.execute(update(EditPresence).values(since=since))
        uow.commit()

    dialog = NoticeDialog(ctx, notice_id)
    qtbot.addWidget(dialog)
    banner = dialog.presence
    assert not banner.isHidden()
    assert banner.text() == f"Redigeres også af Hanne Holm siden {since.astimezone():%H:%M}"
    # Hanne sees the dialog holding the notice
    assert [o.username for o in presence.others_editing(hanne, ENTITY, notice_id)] == ["tester"]

    presence.close_edit(hanne, ENTITY, notice_id)
    banner.beat()  # the heartbeat
    assert banner.isHidden()
    dialog.reject()  # Close / Esc / the window's cross
    assert presence.others_editing(hanne, ENTITY, notice_id) == []
    assert no_message_boxes == []


def test_new_notice_holds_presence_once_saved(
    desk_app: Any, qtbot: Any, sqlite_ctx: AppContext, no_message_boxes: list[str]
) -> None:
    ctx = sqlite_ctx
    hanne, _notice_id = _hanne_and_notice(ctx)
    dialog = NoticeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reference.setText("US-2016-900")
    dialog.members.set_members(notice_input().members[:1])
    assert dialog.save() is True, no_message_boxes
    assert dialog.notice_id is not None
    assert [o.username for o in presence.others_editing(hanne, ENTITY, dialog.notice_id)] == ["tester"]
    dialog.close()  # the window's cross
    assert presence.others_editing(hanne, ENTITY, dialog.notice_id) == []


def test_person_file_says_who_edits_the_notice_right_now(
    desk_app: Any, qtbot: Any, ctx: AppContext, no_message_boxes: list[str]
) -> None:
    hanne, notice_id = _hanne_and_notice(ctx)
    person_id = arrivals.get_notice(ctx, notice_id).data.members[0].person_id
    assert person_id is not None
    pane = PersonDetailPane(ctx)
    qtbot.addWidget(pane)
    pane.show_person(person_id)
    assert pane.editing_elsewhere.isHidden()

    hanne_dialog = NoticeDialog(hanne, notice_id)
    qtbot.addWidget(hanne_dialog)
    hanne_dialog.show()
    pane.show_editors()  # what the pane's timer does
    assert not pane.editing_elsewhere.isHidden()
    assert pane.editing_elsewhere.text() == "Redigeres lige nu af Hanne Holm"

    # her own open notice is not shown to the editor herself
    own = PersonDetailPane(hanne)
    qtbot.addWidget(own)
    own.show_person(person_id)
    assert own.editing_elsewhere.isHidden()

    hanne_dialog.close()
    pane.show_editors()
    assert pane.editing_elsewhere.isHidden()
    assert no_message_boxes == []
