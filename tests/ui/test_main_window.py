"""The main window on the demo municipality: every view, a search, a person's file and its audit row."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QTableView
from sqlalchemy import select

from integration_desk.db.models import AuditEvent
from integration_desk.services.context import AppContext
from integration_desk.ui.main_window import VIEW_KEYS, MainWindow
from integration_desk.ui.people.view import PeopleView


@pytest.fixture
def window(qtbot, desk_app, demo_ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_ctx)
    window.persist_state = False
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    return window


def _click_nav(qtbot, window: MainWindow, key: str) -> None:  # type: ignore[no-untyped-def]
    from integration_desk.ui import ops

    item = window.nav.item(VIEW_KEYS.index(key))
    rect = window.nav.visualItemRect(item)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(ops.idle)  # the view's load runs on a worker


def test_navigation_reaches_every_view_and_each_shows_demo_rows(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["Overblik", "Kalender", "Boliger", "Borgere", "Kontrakter", "Timer", "Rapporter"]
    for key in VIEW_KEYS:
        _click_nav(qtbot, window, key)
        view = window.views[key]
        assert window.stack.currentWidget() is view
        assert view.isVisible()
        tables = view.findChildren(QTableView)
        lists = view.findChildren(QListWidget)
        filled = [t for t in tables if t.model().rowCount() > 0] + [w for w in lists if w.count() > 0]
        assert filled, f"{key} shows nothing"


def test_status_bar_names_database_and_user(window: MainWindow) -> None:
    assert "SQLite" in window.database_label.text()
    assert window.user_label.text() == "Bruger: Mette Holm (Sagsbehandler)"


def test_search_a_person_open_the_file_and_find_the_audit_row(
    qtbot, window: MainWindow, demo_ctx: AppContext, wait_ops
) -> None:  # type: ignore[no-untyped-def]
    _click_nav(qtbot, window, "people")
    view = window.views["people"]
    assert isinstance(view, PeopleView)
    everyone = view.model.rowCount()
    assert everyone > 50
    family = view.model.row_at(0).name.split()[-1]

    qtbot.keyClicks(view.search, family)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    wait_ops()
    shown = [view.model.row_at(r) for r in range(view.model.rowCount())]
    assert 0 < len(shown) < everyone
    assert all(family.lower() in f"{row.name} {row.household}".lower() for row in shown)
    assert view.count_label.text() == f"{len(shown)} personer"

    first = view.table.proxy.index(0, 0)
    qtbot.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(first).center()
    )
    person_id = view.table.current_id()
    assert person_id is not None
    assert view.detail.heading.text() == first.data()
    assert view.detail.fields["nationality"].text() in {"Syrien", "Eritrea"}

    with demo_ctx.uow(readonly=True) as uow:
        events = uow.session.scalars(select(AuditEvent).where(AuditEvent.action == "view")).all()
    assert [(e.entity, e.entity_id, e.person_id, e.username) for e in events] == [
        ("persons", person_id, person_id, "mette")
    ]
    assert json.loads(events[0].changes) == {}


def test_search_clears_back_to_everyone(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_view("people")
    view = window.views["people"]
    everyone = view.model.rowCount()
    qtbot.keyClicks(view.search, "zzzz-nobody")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=2000)
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == everyone, timeout=2000)


def test_window_state_is_kept_between_runs(qtbot, window: MainWindow, demo_ctx: AppContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    window.show_view("contracts")
    window.save_state(settings)
    again = MainWindow(demo_ctx)
    again.persist_state = False
    qtbot.addWidget(again)
    again.restore_state(settings)
    assert again.stack.currentWidget() is again.views["contracts"]


def test_people_table_is_read_only_and_sortable(window: MainWindow) -> None:
    table = window.view("people").table
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.isSortingEnabled()


def test_any_view_can_ask_for_a_persons_file(
    qtbot, window: MainWindow, demo_ctx: AppContext, wait_ops
) -> None:  # type: ignore[no-untyped-def]
    from integration_desk.services import people
    from integration_desk.ui.signals import hub

    window.show_view("people")
    view = window.views["people"]
    qtbot.keyClicks(view.search, "zzzz-nobody")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    wait_ops()
    target = people.list_people(demo_ctx)[5]
    window.show_view("overview")
    hub.open_person.emit(target.id)
    wait_ops()
    assert window.stack.currentWidget() is view
    assert view.search.text() == ""
    assert view.table.current_id() == target.id
    assert view.detail.heading.text() == target.name


def test_ctrl_f_goes_to_the_search_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_view("people")
    view = window.views["people"]
    view.table.setFocus()
    window.activateWindow()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.search.hasFocus, timeout=1000)


def test_search_for_like_wildcards_finds_no_one_in_the_demo(qtbot, window: MainWindow, wait_ops) -> None:  # type: ignore[no-untyped-def]
    window.show_view("people")
    wait_ops()
    view = window.views["people"]
    assert view.model.rowCount() == 80
    for typed in ("%", "_", "\\", "\\g", "a%n"):  # no demo name holds them: LIKE read them as patterns
        view.search.clear()
        qtbot.keyClicks(view.search, typed)
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
        wait_ops()
        assert view.model.rowCount() == 0, typed
        assert view.count_label.text() == "0 personer"
