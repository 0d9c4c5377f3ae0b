"""Other users' writes reach the views (NOTIFY on PostgreSQL, a poll on SQLite); the program's own
writes are broadcast by the operation that made them, not heard a second time (issue 14)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from integration_desk.db.models import Household
from integration_desk.services import changes
from integration_desk.services.context import AppContext
from integration_desk.services.database import open_database
from integration_desk.ui import ops
from integration_desk.ui.change_watcher import ChangeWatcher
from integration_desk.ui.signals import Change, hub


def _add_household(ctx: AppContext, name: str = "Tesfay") -> None:
    with ctx.uow() as uow:
        uow.session.add(Household(display_name=name))
        uow.commit()


@pytest.fixture
def other_pc(database_url: str, ctx: AppContext) -> Iterator[AppContext]:
    """Hanne on another PC: her own engine (own connections) on the same database."""
    engine = open_database(database_url)
    yield AppContext(engine, "hanne")
    engine.dispose()


@pytest.fixture
def watched(qtbot: Any, ctx: AppContext) -> Iterator[tuple[ChangeWatcher, list[Change]]]:
    heard: list[Change] = []
    hub.changed.connect(heard.append)
    watcher = ChangeWatcher()
    watcher.start(ctx)
    if ctx.engine.dialect.name == "postgresql":
        qtbot.waitUntil(lambda: watcher._listener is not None and watcher._listener.listening)
    else:
        qtbot.waitUntil(lambda: watcher._watch is not None)
    try:
        yield watcher, heard
    finally:
        watcher.stop()
        hub.changed.disconnect(heard.append)


def _poll(qtbot: Any, watcher: ChangeWatcher) -> None:
    watcher.poll()
    qtbot.waitUntil(ops.idle)


def _tables(heard: list[Change]) -> set[str]:
    return {table for change in heard for table in change.tables}


def test_another_users_write_reaches_the_hub(
    qtbot: Any, ctx: AppContext, other_pc: AppContext, watched: Any
) -> None:
    watcher, heard = watched
    _add_household(other_pc)
    if ctx.engine.dialect.name == "postgresql":
        qtbot.waitUntil(lambda: "households" in _tables(heard), timeout=5000)
    else:
        _poll(qtbot, watcher)
        assert _tables(heard) == {"households"}
        heard.clear()
        _poll(qtbot, watcher)
        assert heard == []  # nothing new: nothing emitted
    assert all(change.initiator is None for change in heard)


def test_the_programs_own_write_is_not_heard_again(
    qtbot: Any, ctx: AppContext, other_pc: AppContext, watched: Any
) -> None:
    """The view that saved already shows its write; the watcher must not make it reload later."""
    watcher, heard = watched
    if ctx.engine.dialect.name == "postgresql":
        _add_household(ctx)  # this program's own connection: its NOTIFY is left out
        _add_household(other_pc, "Haile")  # another PC's: heard
        qtbot.waitUntil(lambda: "households" in _tables(heard), timeout=5000)
        with other_pc.uow() as uow:  # a last notification, so that ours would have arrived by now
            uow.session.add(Household(display_name="Kidane"))
            uow.commit()
        qtbot.waitUntil(lambda: sum("households" in c.tables for c in heard) >= 2, timeout=5000)
        assert sum("households" in c.tables for c in heard) == 2  # Haile and Kidane, not ours
    else:
        _add_household(ctx)
        _poll(qtbot, watcher)
        assert heard == []  # our own write: already broadcast by the operation that made it
        _add_household(other_pc, "Haile")
        _poll(qtbot, watcher)
        assert _tables(heard) == {"households"}


def test_table_stamps_move_with_a_write(ctx: AppContext) -> None:
    tables = changes.editable_tables()
    assert "contracts" in tables and "persons" in tables
    before = changes.table_stamps(ctx.engine, tables)
    _add_household(ctx)
    assert changes.changed_tables(before, changes.table_stamps(ctx.engine, tables)) == ["households"]
