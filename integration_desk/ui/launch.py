"""Starting the GUI: paint the window, then open the database (a clear dialog when that fails)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from integration_desk.ui.application import make_application
from integration_desk.ui.i18n import tr
from integration_desk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from integration_desk.services.context import AppContext

EXIT_UNUSABLE = 2


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


def run_gui(open_context: Callable[[], AppContext], *, language: str, quit_after: str | None = None) -> int:
    """Paint the window at once, then open the database and fill the views.

    ``quit_after`` ("paint" or "data") ends the program at that point, for the start-up benchmark.
    """
    app = make_application(language)
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
    return app.exec()


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
