"""Issue 7: a record being edited elsewhere shows who holds it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select, update

from integration_desk.db.base import utcnow
from integration_desk.db.models import EditPresence, Role, User
from integration_desk.services import contracts_edit, presence
from integration_desk.services.context import AppContext
from integration_desk.ui.contracts.view import PersonContractDialog


def _hanne(ctx: AppContext) -> AppContext:
    with ctx.uow() as uow:
        uow.session.add(User(username="hanne", display_name="Hanne Holm", role=Role.CASEWORKER.value))
        uow.commit()
    return AppContext(ctx.engine, "hanne")


def test_presence_open_heartbeat_stale_and_close(ctx: AppContext, person_id: int) -> None:
    hanne = _hanne(ctx)
    assert presence.open_edit(hanne, "contracts", 7) == []
    others = presence.open_edit(ctx, "contracts", 7)
    assert [(o.username, o.display_name) for o in others] == [("hanne", "Hanne Holm")]
    assert [o.display_name for o in presence.heartbeat(hanne, "contracts", 7)] == ["Mette Holm"]
    assert presence.others_editing(ctx, "contracts", 8) == []
    # a program that died: its heartbeat grows old and it no longer counts
    later = utcnow() + presence.STALE_AFTER + timedelta(seconds=1)
    assert presence.others_editing(ctx, "contracts", 7, now=later) == []
    presence.close_edit(hanne, "contracts", 7)
    assert presence.others_editing(ctx, "contracts", 7) == []
    with ctx.uow(readonly=True) as uow:
        assert uow.session.scalars(select(EditPresence.username)).all() == ["tester"]


def test_editor_shows_who_else_edits_the_contract(
    desk_app: Any, qtbot: Any, sqlite_ctx: AppContext, person_maker: Any, monkeypatch: Any
) -> None:
    ctx = sqlite_ctx
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    person_id = person_maker(ctx)
    contract_id = contracts_edit.create_contract(ctx, person_id)
    hanne = _hanne(ctx)
    presence.open_edit(hanne, "contracts", contract_id)
    with ctx.uow() as uow:
        since = utcnow().replace(hour=9, minute=14)
        uow.session.execute(update(EditPresence).values(since=since))
        uow.commit()
    window = PersonContractDialog(ctx, person_id)
    qtbot.addWidget(window)
    banner = window.editor.presence
    assert not banner.isHidden()
    expected = f"{since.astimezone():%H:%M}"
    assert banner.text() == f"Redigeres også af Hanne Holm siden {expected}"
    presence.close_edit(hanne, "contracts", contract_id)
    banner.beat()
    assert banner.isHidden()
    assert [o.username for o in presence.others_editing(hanne, "contracts", contract_id)] == ["tester"]
    window.close()
    assert presence.others_editing(hanne, "contracts", contract_id) == []
