"""The sign-in dialog, the users dialog and what the main window offers each role (pytest-qt)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import select, text

from integration_desk.db.models import User
from integration_desk.db.uow import UnitOfWork
from integration_desk.domain.passwords import verify_password
from integration_desk.services import signin
from integration_desk.services.context import AppContext
from integration_desk.services.users import NewUser, add_user
from integration_desk.ui.admin.users_dialog import UsersDialog
from integration_desk.ui.launch import SignIn, run_gui
from integration_desk.ui.main_window import MainWindow
from integration_desk.ui.signin_dialog import SignInDialog
from tests.access.conftest import Logins

PASSWORD = "Hemmelig-123"


def _url(ctx: AppContext) -> str:
    return ctx.engine.url.render_as_string(hide_password=False)


def _stored(ctx: AppContext, username: str) -> User:
    with UnitOfWork(ctx.engine, "test", readonly=True) as uow:
        return uow.session.scalars(select(User).where(User.username == username)).one()


def _when_signing_in(action: Callable[[SignInDialog], None]) -> QTimer:
    """Run ``action`` on the sign-in dialog once its modal loop runs (run_gui blocks in exec())."""
    timer = QTimer()

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SignInDialog):
            timer.stop()
            action(dialog)

    timer.timeout.connect(check)
    timer.start(10)
    return timer


def test_sign_in_dialog_says_no_then_lets_in(desk_app, qtbot, sqlite_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    add_user(sqlite_ctx, NewUser("hanne", "Hanne Holm", "caseworker", PASSWORD))
    url = _url(sqlite_ctx)
    dialog = SignInDialog(lambda u, p: signin.sign_in(url, u, p), database="SQLite: test")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "hanne")
    qtbot.keyClicks(dialog.password, "forkert-kode")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.ctx is None
    assert dialog.error.text() == "Forkert brugernavn eller adgangskode."
    assert dialog.password.text() == ""  # typed again, never kept
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.ctx is not None and dialog.ctx.user.display_name == "Hanne Holm"
    dialog.ctx.engine.dispose()


def test_the_program_starts_with_the_sign_in_dialog(desk_app, sqlite_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    add_user(sqlite_ctx, NewUser("hanne", "Hanne Holm", "housing", PASSWORD))
    url = _url(sqlite_ctx)
    seen: list[str] = []

    def fill(dialog: SignInDialog) -> None:
        dialog.password.setText(PASSWORD)
        seen.append(dialog.username.text())
        dialog.accept()

    timer = _when_signing_in(fill)
    never = SignIn(url, lambda: pytest.fail("the OS login must not be used"), username="hanne")
    assert run_gui(never.open_context, language="da", quit_after="data", sign_in=never) == 0
    assert seen == ["hanne"] and not timer.isActive()
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.ctx is not None]
    window = windows[-1]
    assert window.ctx is not None and window.ctx.username == "hanne"
    assert window.user_label.text() == "Bruger: Hanne Holm (Boligkoordinator)"
    window.ctx.engine.dispose()
    window.close()
    window.deleteLater()


def test_cancelling_the_sign_in_ends_the_program(desk_app, sqlite_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    add_user(sqlite_ctx, NewUser("hanne", "", "caseworker", PASSWORD))
    timer = _when_signing_in(lambda dialog: dialog.reject())
    offer = SignIn(_url(sqlite_ctx), lambda: pytest.fail("no context without a sign-in"))
    assert run_gui(offer.open_context, language="da", sign_in=offer) == 0
    assert not timer.isActive()


def test_the_window_offers_each_role_its_own(desk_app, qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    def window_for(username: str) -> MainWindow:
        window = MainWindow(AppContext(demo_ctx.engine, username, today=demo_ctx.today()))
        window.persist_state = False
        qtbot.addWidget(window)
        return window

    housing = window_for("lars")
    hidden = {
        housing.nav.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(housing.nav.count())
        if housing.nav.item(row).isHidden()
    }
    assert hidden == {"contracts", "hours"}
    housing.show_view("contracts")
    assert housing.current_key() == "overview"
    assert not housing.admin_menu.menuAction().isVisible()
    assert not window_for("mette").admin_menu.menuAction().isVisible()
    assert window_for("admin").admin_menu.menuAction().isVisible()


@pytest.mark.parametrize("username", ["lars", "revisor"])
def test_every_view_a_role_is_offered_opens(desk_app, qtbot, demo_ctx: AppContext, username: str) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(AppContext(demo_ctx.engine, username, today=demo_ctx.today()))
    window.persist_state = False
    qtbot.addWidget(window)
    window.show()
    opened = []
    for row in range(window.nav.count()):
        key = window.nav.item(row).data(Qt.ItemDataRole.UserRole)
        if not window.nav.item(row).isHidden():
            window.show_view(key)  # a refused query would raise out of the view's showEvent
            assert window.current_view() is not None
            opened.append(key)
    assert len(opened) == (5 if username == "lars" else 7)
    housing_view = window.views["housing"]
    allocate = [b for b in housing_view.findChildren(QPushButton) if b.shortcut().toString() == "Ctrl+N"]
    assert allocate and allocate[0].isVisibleTo(housing_view) is (username == "lars")
    if username == "revisor":
        hours_view = window.views["hours"]
        assert not hours_view.save_button.isVisibleTo(hours_view)  # type: ignore[attr-defined]
        assert not hours_view.approve_button.isVisibleTo(hours_view)  # type: ignore[attr-defined]


def _users_dialog_flow(qtbot, ctx: AppContext, username: str, monkeypatch: pytest.MonkeyPatch) -> UsersDialog:  # type: ignore[no-untyped-def]
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.display_name, "Lars Bolig")
    dialog.role.setCurrentIndex(dialog.role.findData("housing"))
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.password_again, PASSWORD)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    names = [dialog.model.row_at(r).username for r in range(dialog.model.rowCount())]
    assert username in names and dialog.username.text() == ""
    row = dialog.table.proxy.mapFromSource(dialog.model.index(names.index(username), 0)).row()
    dialog.table.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    state = {
        dialog.model.row_at(r).username: dialog.model.index(r, 3).data()
        for r in range(dialog.model.rowCount())
    }
    assert state[username] == "Deaktiveret"
    return dialog


def test_users_dialog_adds_and_disables_on_sqlite(
    desk_app, qtbot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    admin = AppContext(demo_ctx.engine, "admin", today=demo_ctx.today())
    _users_dialog_flow(qtbot, admin, "lars2", monkeypatch)
    stored = _stored(demo_ctx, "lars2")
    assert (stored.role, stored.display_name, stored.active) == ("housing", "Lars Bolig", False)
    assert verify_password(PASSWORD, stored.password_hash)


def test_users_dialog_refuses_different_passwords(
    desk_app, qtbot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, message, *a: warnings.append(message))
    dialog = UsersDialog(AppContext(demo_ctx.engine, "admin", today=demo_ctx.today()))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "ny")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.password_again, PASSWORD + "x")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert warnings == ["De to adgangskoder er forskellige."]
    assert dialog.username.text() == "ny"  # nothing typed is lost


@pytest.mark.postgres
def test_users_dialog_makes_and_disables_database_logins(  # type: ignore[no-untyped-def]
    desk_app, qtbot, postgres_ctx: AppContext, logins: Logins, monkeypatch: pytest.MonkeyPatch
) -> None:
    from integration_desk.db.pg_roles import init_roles

    init_roles(postgres_ctx.engine)
    admin_name = logins.name("admin")
    add_user(postgres_ctx, NewUser(admin_name, "Admin", "admin", PASSWORD))
    admin = signin.sign_in(_url(postgres_ctx), admin_name, PASSWORD, today=postgres_ctx.today())
    try:
        housing = logins.name("housing")
        _users_dialog_flow(qtbot, admin, housing, monkeypatch)
        with postgres_ctx.engine.connect() as connection:
            row = connection.execute(
                text(
                    "SELECT u.rolcanlogin, g.rolname FROM pg_roles u JOIN pg_auth_members m ON m.member = u.oid"
                    " JOIN pg_roles g ON g.oid = m.roleid WHERE u.rolname = :u"
                ),
                {"u": housing},
            ).one()
        assert tuple(row) == (False, "integration_desk_housing")
        stored = _stored(postgres_ctx, housing)
        assert (stored.role, stored.active, stored.password_hash) == ("housing", False, None)
    finally:
        admin.engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("role", ["housing", "readonly"])
def test_signed_in_on_postgres_every_offered_view_opens(  # type: ignore[no-untyped-def]
    desk_app, qtbot, postgres_ctx: AppContext, logins: Logins, role: str
) -> None:
    """Under the database's own GRANTs (not only the app's check) the views a role is offered work."""
    from integration_desk.db.demo import seed_demo
    from integration_desk.db.pg_roles import init_roles

    seed_demo(postgres_ctx.engine, scale=1, seed=1)
    init_roles(postgres_ctx.engine)
    login = logins.name(role)
    add_user(postgres_ctx, NewUser(login, "Test", role, PASSWORD))
    url = _url(postgres_ctx)
    dialog = SignInDialog(lambda u, p: signin.sign_in(url, u, p, today=postgres_ctx.today()), database="test")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, login)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.ctx is not None, dialog.error.text()
    window = MainWindow(dialog.ctx)
    window.persist_state = False
    qtbot.addWidget(window)
    window.show()
    try:
        offered = [
            window.nav.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(window.nav.count())
            if not window.nav.item(row).isHidden()
        ]
        for key in offered:
            window.show_view(key)
            assert window.current_view() is not None
        assert ("contracts" in offered) is (role == "readonly")
    finally:
        window.close()
        dialog.ctx.engine.dispose()
