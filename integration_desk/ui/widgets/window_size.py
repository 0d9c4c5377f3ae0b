"""How big a window may open: the size it would like, but never more than the screen it is on
(a laptop at 1280×720 with the task bar has less room than a dialog designed on a big monitor)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: left for the window's frame and title bar
FRAME = QSize(16, 40)


def screen_room(widget: QWidget | None = None) -> QSize:
    """The available size of the screen ``widget`` is on (the primary screen before it is shown)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1280, 720)
    return screen.availableGeometry().size()


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to width × height, or to what the screen has room for."""
    room = screen_room(window) - FRAME
    window.resize(min(width, room.width()), min(height, room.height()))
