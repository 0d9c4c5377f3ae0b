"""Issue 7: other users' writes reach the views (NOTIFY on PostgreSQL, a poll on SQLite)."""

from __future__ import annotations

from typing import Any

from integration_desk.db.models import Household
from integration_desk.services import changes
from integration_desk.services.context import AppContext
from integration_desk.ui.change_watcher import ChangeWatcher
from integration_desk.ui.signals import hub


def _add_household(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        uow.session.add(Household(display_name="Tesfay"))
        uow.commit()


def test_another_users_write_reaches_the_hub(qtbot: Any, ctx: AppContext) -> None:
    heard: list[str] = []
    hub.changed.connect(heard.append)
    watcher = ChangeWatcher()
    try:
        watcher.start(ctx)
        if ctx.engine.dialect.name == "postgresql":
            qtbot.waitUntil(lambda: watcher._listener is not None and watcher._listener.listening)
            other = AppContext(ctx.engine, "hanne")
            _add_household(other)
            qtbot.waitUntil(lambda: "households" in heard, timeout=5000)
        else:
            _add_household(AppContext(ctx.engine, "hanne"))
            watcher.poll()
            assert "households" in heard
            heard.clear()
            watcher.poll()
            assert heard == []  # nothing new: nothing emitted
    finally:
        watcher.stop()
        hub.changed.disconnect(heard.append)


def test_table_stamps_move_with_a_write(ctx: AppContext) -> None:
    tables = changes.editable_tables()
    assert "contracts" in tables and "persons" in tables
    before = changes.table_stamps(ctx.engine, tables)
    _add_household(ctx)
    assert changes.changed_tables(before, changes.table_stamps(ctx.engine, tables)) == ["households"]
