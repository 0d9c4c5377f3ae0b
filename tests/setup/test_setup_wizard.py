"""The set-up wizard driven like a person would: typing, clicking Next, Test and Finish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWizard

from integration_desk import cli, settings
from integration_desk.db.migrate import SCHEMA_HEAD, current_revision
from integration_desk.services import network_drive, setup
from integration_desk.services.contracts_settings import get_team_settings
from integration_desk.services.signin import sign_in
from integration_desk.services.users import list_users
from integration_desk.ui.main_window import MainWindow
from integration_desk.ui.setup_wizard import (
    PAGE_ADMIN,
    PAGE_DONE,
    PAGE_KIND,
    PAGE_MUNICIPALITY,
    PAGE_POSTGRES,
    PAGE_SQLITE,
    SetupWizard,
)
from tests.setup.conftest import PNG, PostgresSetup

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _own_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A settings file and a default data folder of the test's own: the developer's are never touched."""
    ini = tmp_path / "settings.ini"
    monkeypatch.setenv(settings.ENV_SETTINGS_FILE, str(ini))
    monkeypatch.delenv(settings.ENV_DATABASE_URL, raising=False)
    monkeypatch.delenv(settings.ENV_USER, raising=False)
    monkeypatch.setattr(
        settings, "default_sqlite_path", lambda: tmp_path / "data" / "integration-desk.sqlite3"
    )
    return ini


@pytest.fixture
def wizard(qtbot, desk_app) -> SetupWizard:  # type: ignore[no-untyped-def]
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _button(wizard: SetupWizard, which: QWizard.WizardButton):  # type: ignore[no-untyped-def]
    return wizard.button(which)


def _next(qtbot, wizard: SetupWizard) -> None:  # type: ignore[no-untyped-def]
    button = _button(wizard, QWizard.WizardButton.NextButton)
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, LEFT)


def _finish(qtbot, wizard: SetupWizard) -> None:  # type: ignore[no-untyped-def]
    button = _button(wizard, QWizard.WizardButton.FinishButton)
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, LEFT)


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.clear()
    qtbot.keyClicks(widget, text)


def _fill_municipality(qtbot, wizard: SetupWizard, monkeypatch: pytest.MonkeyPatch, logo: Path) -> None:  # type: ignore[no-untyped-def]
    page = wizard.municipality_page
    assert wizard.currentId() == PAGE_MUNICIPALITY
    assert not _button(wizard, QWizard.WizardButton.NextButton).isEnabled()  # the name is required
    _type(qtbot, page.name, "Roskilde Kommune")
    qtbot.keyClicks(page.address, "Rådhusbuen 1")
    qtbot.keyClick(page.address, Qt.Key.Key_Return)
    qtbot.keyClicks(page.address, "4000 Roskilde")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(logo), "")))
    qtbot.mouseClick(_choose(page), LEFT)
    assert page.logo == PNG
    assert not page.preview.pixmap().isNull()
    _next(qtbot, wizard)


def _choose(page) -> QPushButton:  # type: ignore[no-untyped-def]
    button = page.findChild(QPushButton, "choose_logo")
    assert button is not None
    return button


def _fill_admin(qtbot, wizard: SetupWizard, username: str, repeated: str = "hemmelig-123") -> None:  # type: ignore[no-untyped-def]
    page = wizard.admin_page
    assert wizard.currentId() == PAGE_ADMIN
    _type(qtbot, page.username, username)
    _type(qtbot, page.display_name, "Anne Berg")
    _type(qtbot, page.password, "hemmelig-123")
    _type(qtbot, page.repeated, repeated)


@pytest.fixture
def logo(tmp_path: Path) -> Path:
    path = tmp_path / "logo.png"
    path.write_bytes(PNG)
    return path


def test_sqlite_on_this_pc(qtbot, wizard: SetupWizard, tmp_path: Path, logo: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert wizard.currentId() == PAGE_KIND and wizard.kind_page.one_pc.isChecked()
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_SQLITE
    page = wizard.sqlite_page
    assert page.path.text() == str(tmp_path / "data" / "integration-desk.sqlite3")  # the data folder
    database = tmp_path / "kommune" / "desk.sqlite3"
    _type(qtbot, page.path, str(database))
    assert "oprettes en ny database" in page.info.text()
    _next(qtbot, wizard)
    _fill_municipality(qtbot, wizard, monkeypatch, logo)
    _fill_admin(qtbot, wizard, "anne", repeated="hemmelig-124")
    _next(qtbot, wizard)
    assert "ikke ens" in wizard.admin_page.error.text()  # refused, nothing made, still here
    assert wizard.currentId() == PAGE_ADMIN and not database.exists()
    _type(qtbot, wizard.admin_page.repeated, "hemmelig-123")
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_DONE
    summary = wizard.done_page.summary.text()
    assert str(database) in summary and "Roskilde Kommune" in summary and "Anne Berg (anne)" in summary
    assert not database.exists() and settings.saved_database_url() is None  # nothing before Finish
    _finish(qtbot, wizard)
    assert not wizard.isVisible()
    assert wizard.result() == SetupWizard.DialogCode.Accepted
    url = f"sqlite:///{database.as_posix()}"
    assert wizard.url == url and settings.saved_database_url() == url
    ctx = sign_in(url, "anne", "hemmelig-123")
    try:
        assert current_revision(ctx.engine) == SCHEMA_HEAD
        assert [(u.username, u.display_name, u.role) for u in list_users(ctx)] == [
            ("anne", "Anne Berg", "admin")
        ]
        team = get_team_settings(ctx)
        assert (team.municipality_name, team.address, team.logo) == (
            "Roskilde Kommune",
            "Rådhusbuen 1\n4000 Roskilde",
            PNG,
        )
    finally:
        ctx.engine.dispose()


def test_a_network_drive_is_refused_with_the_reason(
    qtbot, wizard: SetupWizard, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _next(qtbot, wizard)
    page = wizard.sqlite_page
    next_button = _button(wizard, QWizard.WizardButton.NextButton)
    _type(qtbot, page.path, r"\\fileserver\integration\desk.sqlite3")
    assert "netværkssti" in page.error.text() and "PostgreSQL" in page.error.text()
    assert not next_button.isEnabled()
    # On Linux an NFS or SMB mount is a network drive too (here: the test's folder, mounted by NFS).
    share = tmp_path / "share"
    monkeypatch.setattr(
        network_drive, "_read_mounts", lambda: f"/dev/sda1 / ext4 rw 0 0\nfs:/team {share} nfs4 rw 0 0\n"
    )
    _type(qtbot, page.path, str(share / "desk.sqlite3"))
    assert "netværksdrev (nfs4" in page.error.text()
    assert not next_button.isEnabled()
    _type(qtbot, page.path, str(tmp_path / "local" / "desk.sqlite3"))
    assert page.error.text() == "" and next_button.isEnabled()


def test_a_database_that_is_set_up_already_needs_only_the_connection(
    qtbot, wizard: SetupWizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "existing.sqlite3"
    setup.complete_setup(
        setup.SqliteTarget(str(database)),
        municipality=setup.Municipality("Roskilde Kommune", "", None),
        administrator=setup.Administrator("anne", "Anne", "hemmelig-123", "hemmelig-123"),
        save=False,
    )
    _next(qtbot, wizard)
    _type(qtbot, wizard.sqlite_page.path, str(database))
    assert "allerede er sat op" in wizard.sqlite_page.info.text()
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_DONE and "bruge den" in wizard.done_page.summary.text()
    _finish(qtbot, wizard)
    assert wizard.result() == SetupWizard.DialogCode.Accepted
    assert settings.saved_database_url() == f"sqlite:///{database.as_posix()}"


@pytest.mark.postgres
def test_postgres_a_failing_then_a_working_connection(
    qtbot, wizard: SetupWizard, pg_setup: PostgresSetup, logo: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    team = wizard.kind_page.team
    qtbot.mouseClick(team, LEFT, pos=QPoint(8, team.height() // 2))  # on the round button
    assert team.isChecked()
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_POSTGRES
    page = wizard.postgres_page
    next_button = _button(wizard, QWizard.WizardButton.NextButton)
    _type(qtbot, page.host, pg_setup.host)
    page.port.setValue(1)  # nothing listens there
    _type(qtbot, page.database, pg_setup.database)
    _type(qtbot, page.username, pg_setup.username)
    _type(qtbot, page.password, pg_setup.password or "ikke-brugt")
    assert not next_button.isEnabled()
    qtbot.mouseClick(page.test_button, LEFT)
    assert f"Ingen forbindelse til {pg_setup.host}:1." in page.status.text()
    assert not next_button.isEnabled()
    page.port.clear()
    qtbot.keyClicks(page.port, str(pg_setup.port))
    assert page.port.value() == pg_setup.port and page.status.text() == ""
    qtbot.mouseClick(page.test_button, LEFT)
    assert f"Databasen {pg_setup.database} bliver oprettet" in page.status.text()
    assert next_button.isEnabled()
    _next(qtbot, wizard)
    _fill_municipality(qtbot, wizard, monkeypatch, logo)
    admin = pg_setup.login()
    _fill_admin(qtbot, wizard, admin)
    assert wizard.admin_page.postgres_note.isVisible()
    _next(qtbot, wizard)
    assert f"{pg_setup.database} på PostgreSQL-serveren" in wizard.done_page.summary.text()
    _finish(qtbot, wizard)
    assert wizard.done_page.error.text() == ""
    assert wizard.result() == SetupWizard.DialogCode.Accepted
    url = f"postgresql+psycopg://{pg_setup.host}:{pg_setup.port}/{pg_setup.database}"
    assert settings.saved_database_url() == url  # no user name, no password
    ctx = sign_in(url, admin, "hemmelig-123")  # the administrator's own login on the server
    try:
        assert ctx.user.role == "admin" and ctx.user.display_name == "Anne Berg"
        assert get_team_settings(ctx).logo == PNG
    finally:
        ctx.engine.dispose()


def _drive_when_shown(action) -> None:  # type: ignore[no-untyped-def]
    """Run ``action(wizard)`` once the (modal) wizard is on screen."""

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, SetupWizard) and widget.isVisible():
                action(widget)
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _first_run_on_sqlite(wizard: SetupWizard, database: Path) -> None:
    """One PC, the file ``database``, Roskilde Kommune, the administrator *anne*; then Finish."""
    wizard.next()
    wizard.sqlite_page.path.setText(str(database))
    wizard.next()
    wizard.municipality_page.name.setText("Roskilde Kommune")
    wizard.next()
    for line, text in (
        (wizard.admin_page.username, "anne"),
        (wizard.admin_page.password, "hemmelig-123"),
        (wizard.admin_page.repeated, "hemmelig-123"),
    ):
        line.setText(text)
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_after_the_first_run_the_sign_in_suggests_the_new_administrator(  # type: ignore[no-untyped-def]
    desk_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from integration_desk.ui import launch

    for widget in QApplication.topLevelWidgets():  # an earlier test's window must not answer for us
        if isinstance(widget, (SetupWizard, MainWindow)):
            widget.close()
            widget.deleteLater()
    QApplication.processEvents()
    database = tmp_path / "first.sqlite3"
    started: list[launch.SignIn | None] = []
    monkeypatch.setattr(launch, "run_gui", lambda *_a, sign_in=None, **_k: started.append(sign_in) or 0)

    _drive_when_shown(lambda wizard: _first_run_on_sqlite(wizard, database))
    assert cli.main(["gui"]) == cli.EXIT_OK
    assert len(started) == 1 and started[0] is not None
    assert started[0].username == "anne"  # not the OS login
    assert started[0].url == f"sqlite:///{database.as_posix()}"


def test_cancelling_the_first_run_ends_the_program_and_stores_nothing(desk_app, _own_settings: Path) -> None:  # type: ignore[no-untyped-def]
    _drive_when_shown(lambda wizard: wizard.button(QWizard.WizardButton.CancelButton).click())
    assert cli.main(["gui"]) == cli.EXIT_OK
    assert not _own_settings.exists()
    assert not settings.default_sqlite_path().exists()


def test_the_first_run_goes_on_to_the_window_on_the_new_database(desk_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "first.sqlite3"

    _drive_when_shown(lambda wizard: _first_run_on_sqlite(wizard, database))
    assert cli.main(["--user", "anne", "gui", "--quit-after", "paint"]) == cli.EXIT_OK
    assert settings.saved_database_url() == f"sqlite:///{database.as_posix()}"
    assert database.exists()


def test_make_run_skips_the_wizard(demo_url: str, desk_app, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(SetupWizard, "exec", lambda self: pytest.fail("the wizard must not open"))
    assert cli.main(["--database", demo_url, "--user", "mette", "gui", "--quit-after", "paint"]) == 0
