"""The database server stops in the middle of a session: the banner says so, the edit stays in the
editor, nothing claims to be saved, and the same edit is saved once the server is back."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from integration_desk.db.engine import make_engine
from integration_desk.db.errors import DatabaseUnavailable
from integration_desk.services import contracts
from integration_desk.services.connection import ping, retry_when_safe
from integration_desk.services.context import AppContext
from integration_desk.services.database import open_database
from integration_desk.ui.contracts.view import PersonContractDialog
from integration_desk.ui.main_window import MainWindow
from integration_desk.ui.widgets.connection import monitor
from tests.conftest import DEMO_TODAY, postgres_url
from tests.contracts.conftest import make_person
from tests.resilience.pg_cluster import ThrowawayCluster

pytestmark = pytest.mark.postgres


def wait_until(condition: Callable[[], bool], timeout_s: float = 15.0) -> None:
    """Like ``qtbot.waitUntil``, but processing events with ``QTest.qWait``: once a test has run
    ``run_gui`` to its end, a nested ``QEventLoop`` (which ``qtbot.wait`` uses) returns at once in
    this process, so the timer under test would never get to fire."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QTest.qWait(50)


@pytest.fixture(scope="module")
def cluster() -> Iterator[ThrowawayCluster]:
    if postgres_url() is None:
        pytest.skip("PostgreSQL: set INTEGRATION_DESK_TEST_POSTGRES_URL to run")
    cluster = ThrowawayCluster()
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture
def desk_url(cluster: ThrowawayCluster) -> Iterator[str]:
    admin = make_engine(cluster.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("DROP DATABASE IF EXISTS desk WITH (FORCE)"))
        connection.execute(text("CREATE DATABASE desk"))
    admin.dispose()
    url = cluster.url_for("desk")
    open_database(url).dispose()
    yield url


def test_a_stopped_server_keeps_the_edit_and_saves_it_when_back(
    qtbot: Any, desk_app: Any, cluster: ThrowawayCluster, desk_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = open_database(desk_url)
    ctx = AppContext(engine, "tester", today=DEMO_TODAY)
    person_id = make_person(ctx)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, message, *a: messages.append(message))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, message, *a: messages.append(message))
    # Closing at the end of the test (or after a failure) must not wait on "save changes?".
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

    window = MainWindow(ctx)
    window.persist_state = False
    qtbot.addWidget(window)
    window.show()
    dialog = PersonContractDialog(ctx, person_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.editor
    assert editor.detail is not None
    contract_id, version = editor.detail.id, editor.detail.version
    editor.employment_goal.setEditText("Job som elektriker")
    assert not window.connection_banner.isVisible()

    cluster.stop()
    try:
        editor.save_button.click()
        # The banner, not a claim of success: the edit is still in the editor, the version unchanged.
        assert window.connection_banner.isVisible()
        assert "afbrudt" in window.connection_banner.text()
        assert messages == []
        assert editor.employment_goal.currentText() == "Job som elektriker"
        assert editor.detail.version == version
        assert monitor.is_lost and monitor.pending() == 1
        monitor.check()  # the background check finds it still away
        wait_until(lambda: not monitor.checking)
        assert monitor.is_lost
        assert window.connection_banner.isVisible()
        with pytest.raises(DatabaseUnavailable) as refused:
            contracts.get_contract(ctx, contract_id)
        assert refused.value.nothing_sent
    finally:
        cluster.start()

    # The timer's next ping finds the server; the banner goes and the pending save runs.
    wait_until(lambda: not window.connection_banner.isVisible())
    assert monitor.pending() == 0 and not monitor.is_lost
    assert messages == []
    assert editor.detail.version > version
    fresh = make_engine(desk_url)
    try:
        with fresh.connect() as connection:
            stored = connection.execute(
                text("SELECT employment_goal FROM contracts WHERE id = :id"), {"id": contract_id}
            ).scalar_one()
    finally:
        fresh.dispose()
    assert stored == "Job som elektriker"
    window.close()
    engine.dispose()


def test_reads_are_retried_and_pings_answer(cluster: ThrowawayCluster, desk_url: str) -> None:
    engine = open_database(desk_url)
    try:
        assert ping(engine)
        calls: list[int] = []

        def flaky() -> int:
            calls.append(1)
            if len(calls) == 1:
                raise DatabaseUnavailable("away", nothing_sent=False)
            return 7

        assert retry_when_safe(flaky, idempotent=True) == 7
        calls.clear()
        with pytest.raises(DatabaseUnavailable):
            retry_when_safe(flaky)  # a write that may have reached the server is not repeated
        assert len(calls) == 1
    finally:
        engine.dispose()


def test_the_hours_grid_keeps_its_edit_and_saves_it_when_the_server_is_back(
    qtbot: Any, desk_app: Any, cluster: ThrowawayCluster, desk_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from decimal import Decimal

    from PySide6.QtCore import Qt

    from integration_desk.ui.hours.grid_model import ATTENDED
    from tests.hours.conftest import add_resident

    engine = open_database(desk_url)
    ctx = AppContext(engine, "tester", today=DEMO_TODAY)
    resident = add_resident(ctx)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, message, *a: messages.append(message))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

    window = MainWindow(ctx)
    window.persist_state = False
    qtbot.addWidget(window)
    window.show()
    window.show_view("hours")
    hours_view: Any = window.view("hours")
    model = hours_view.model
    row = next(r for r in range(model.rowCount()) if model.is_entry(r))
    assert model.setData(model.index(row, ATTENDED), "7,5", Qt.ItemDataRole.EditRole)
    assert hours_view.save_button.isEnabled()

    cluster.stop()
    try:
        hours_view.save_button.click()
        assert window.connection_banner.isVisible() and messages == []
        assert model.is_dirty() and model.data(model.index(row, ATTENDED)) == "7,5"
        assert monitor.pending() == 1
    finally:
        cluster.start()

    wait_until(lambda: not window.connection_banner.isVisible())
    assert messages == [] and not model.is_dirty()
    fresh = make_engine(desk_url)
    try:
        with fresh.connect() as connection:
            attended = (
                connection.execute(
                    text("SELECT attended FROM hour_entries WHERE person_id = :id"),
                    {"id": resident.person_id},
                )
                .scalars()
                .all()
            )
    finally:
        fresh.dispose()
    assert Decimal("7.5") in attended
    window.close()
    engine.dispose()
