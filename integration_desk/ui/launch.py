"""Starting the GUI: open the database (a clear dialog when that fails), then the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from integration_desk.services.context import AppContext
from integration_desk.services.errors import DatabaseSetupError
from integration_desk.ui.application import make_application
from integration_desk.ui.i18n import tr
from integration_desk.ui.main_window import MainWindow

EXIT_UNUSABLE = 2


class _QuitAfterFirstPaint(QObject):
    """For the start-up benchmark: leave as soon as the window has painted once."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


def run_gui(
    open_context: Callable[[], AppContext],
    *,
    language: str,
    quit_after_paint: bool = False,
) -> int:
    app = make_application(language)
    try:
        ctx = open_context()
    except DatabaseSetupError as error:
        QMessageBox.critical(None, tr("Launch", "Integration Desk cannot start"), str(error))
        return EXIT_UNUSABLE
    window = MainWindow(ctx)
    window.restore_state(QSettings())
    if quit_after_paint:
        painted = _QuitAfterFirstPaint(window)
        window.installEventFilter(painted)
    window.show()
    return app.exec()


def parse_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def take_screenshot(ctx: AppContext, view: str, out: str, size: tuple[int, int], language: str) -> None:
    """Render the main window showing ``view`` offscreen to a PNG."""
    app = make_application(language, offscreen=True)
    window = MainWindow(ctx)
    window.persist_state = False
    window.resize(*size)
    window.show_view(view)
    window.show()
    for _ in range(3):
        app.processEvents()
    if not window.grab().save(out, "PNG"):
        raise OSError(out)
    window.close()
