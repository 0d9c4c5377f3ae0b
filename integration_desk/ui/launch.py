"""Starting the GUI: paint the window, then open the database (a clear dialog when that fails)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from integration_desk.ui import ops
from integration_desk.ui.application import make_application
from integration_desk.ui.i18n import tr
from integration_desk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from integration_desk.services.context import AppContext

EXIT_UNUSABLE = 2


@dataclass(frozen=True)
class SignIn:
    """What the sign-in needs: the configured database, the OS login as a suggestion, the date."""

    url: str
    open_context: Callable[[], AppContext]
    username: str = ""
    today: date | None = None


class _OnPaint(QObject):
    """Calls ``action`` (once, after the event) at the next paint of any watched widget."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.action: Callable[[], None] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.action is not None and event.type() == QEvent.Type.Paint:
            action, self.action = self.action, None
            QTimer.singleShot(0, action)
        return False

    def watch(self, widget: QObject) -> None:
        widget.installEventFilter(self)
        for child in widget.findChildren(QObject):
            if child.isWidgetType():
                child.installEventFilter(self)


def _signed_in(sign_in: SignIn) -> AppContext | int:
    """Ask for a user name and password when the database wants them; a context, or an exit code."""
    from integration_desk.services import signin
    from integration_desk.services.errors import DatabaseSetupError
    from integration_desk.ui.signin_dialog import SignInDialog

    try:
        if not signin.sign_in_required(sign_in.url):
            return sign_in.open_context()
    except DatabaseSetupError as error:
        QMessageBox.critical(None, tr("Launch", "Integration Desk cannot start"), str(error))
        return EXIT_UNUSABLE
    dialog = SignInDialog(
        lambda username, password: signin.sign_in(sign_in.url, username, password, today=sign_in.today),
        database=signin.describe_database(sign_in.url),
        username=sign_in.username,
    )
    if dialog.exec() != SignInDialog.DialogCode.Accepted or dialog.ctx is None:
        return 0
    return dialog.ctx


def run_gui(
    open_context: Callable[[], AppContext],
    *,
    language: str,
    quit_after: str | None = None,
    sign_in: SignIn | None = None,
    database_url: str | None = None,
) -> int:
    """Paint the window at once, then open the database and fill the views.

    ``quit_after`` ("paint" or "data") ends the program at that point, for the start-up benchmark.
    Before an older SQLite schema at ``database_url`` is migrated a backup is offered.
    With ``sign_in`` the sign-in dialog comes first when the database asks for it (PostgreSQL
    always, SQLite once some user has a password); the window then opens as the signed-in user.
    """
    app = make_application(language)
    url = database_url or (sign_in.url if sign_in is not None else None)
    if url is not None:
        from integration_desk.ui.backup_offer import offer_backup_before_upgrade

        if not offer_backup_before_upgrade(None, url):
            return 0
    opened: list[MainWindow] = []
    if sign_in is None:
        opened.append(_open_window(app, open_context, quit_after))
        return app.exec()

    def ask() -> None:  # inside the application's event loop, like every later dialog
        # Closing the dialog closes the only window there is: that must not end the program.
        app.setQuitOnLastWindowClosed(False)
        try:
            signed_in = _signed_in(sign_in)
            if isinstance(signed_in, int):
                app.exit(signed_in)
                return
            opened.append(_open_window(app, lambda: signed_in, quit_after))
        finally:
            app.setQuitOnLastWindowClosed(True)

    QTimer.singleShot(0, ask)
    return app.exec()


def _open_window(
    app: QApplication, open_context: Callable[[], AppContext], quit_after: str | None
) -> MainWindow:
    window = MainWindow()
    window.restore_state(QSettings())
    on_paint = _OnPaint(window)

    def connect() -> None:
        from integration_desk.services.errors import DatabaseSetupError

        try:
            ctx = open_context()
        except DatabaseSetupError as error:
            window.hide()
            QMessageBox.critical(None, tr("Launch", "Integration Desk cannot start"), str(error))
            app.exit(EXIT_UNUSABLE)
            return
        window.attach(ctx)
        if quit_after == "data":
            on_paint.watch(window)
            on_paint.action = QApplication.quit
            window.update()

    on_paint.watch(window)
    on_paint.action = QApplication.quit if quit_after == "paint" else connect
    window.show()
    return window


def create_missing_database(url: str, language: str) -> bool:
    """A named SQLite file that does not exist is created only on the user's explicit yes.

    True when there is nothing to ask (the file exists, PostgreSQL, a malformed address — which the
    start reports in its own dialog) or the new database was made; False when the user chose to exit
    or it could not be made. A mistyped path must not open the program on an empty database.
    """
    from integration_desk.services.database import missing_sqlite_file, open_database
    from integration_desk.services.errors import DatabaseSetupError

    try:
        missing = missing_sqlite_file(url)
    except DatabaseSetupError:
        return True
    if missing is None:
        return True
    make_application(language)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Launch", "Integration Desk"),
        tr("Launch", "The database does not exist: {path}").format(path=missing),
    )
    box.setInformativeText(
        tr("Launch", "Create a new, empty database? If the name is mistyped, choose Exit and correct it.")
    )
    create = box.addButton(tr("Launch", "Create the database"), QMessageBox.ButtonRole.AcceptRole)
    leave = box.addButton(tr("Launch", "Exit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(leave)  # Enter does not create
    box.setEscapeButton(leave)
    box.exec()
    if box.clickedButton() is not create:
        return False
    try:
        open_database(url).dispose()
    except DatabaseSetupError as error:
        QMessageBox.critical(None, tr("Launch", "Integration Desk cannot start"), str(error))
        return False
    return True


def run_setup(language: str) -> str | None:
    """First run: the set-up wizard, before sign-in and the window. None when it was cancelled (then
    nothing is stored and the program ends); else the user name to suggest at sign-in ("" for none)."""
    from integration_desk.ui.setup_wizard import SetupWizard

    make_application(language)
    wizard = SetupWizard()
    if wizard.exec() != SetupWizard.DialogCode.Accepted or wizard.url is None:
        return None
    return wizard.admin_username or ""


class ScreenshotError(RuntimeError):
    """The view raised while it was being shown; nothing was saved."""


def take_screenshot(ctx: AppContext, view: str, out: str, size: tuple[int, int], language: str) -> None:
    """Render the main window showing ``view`` offscreen to a PNG."""
    app = make_application(language, offscreen=True)
    # A view that fails to load raises inside Qt's showEvent, which only prints the error; collect
    # it, so that a broken view fails the command instead of saving a picture of the opening page.
    failures: list[BaseException] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda _type, error, _tb: failures.append(error)
    try:
        with ops.collecting_errors() as failed:
            window = MainWindow(ctx)
            window.persist_state = False
            window.resize(*size)
            window.show_view(view)
            window.show()
            for _ in range(3):
                app.processEvents()
            ops.wait(30_000)  # the view's data comes from a worker
            for _ in range(3):
                app.processEvents()
        failures.extend(failed)
    except Exception as error:  # raised straight through a Python call into Qt
        failures.append(error)
    finally:
        sys.excepthook = previous_hook
    if failures:
        window.close()
        # PySide prefixes "Error calling Python override of QWidget::showEvent(): "; keep the reason.
        reason = str(failures[0]).split("(): ", 1)[-1]
        raise ScreenshotError(reason) from failures[0]
    if not window.grab().save(out, "PNG"):
        raise OSError(out)
    window.close()
