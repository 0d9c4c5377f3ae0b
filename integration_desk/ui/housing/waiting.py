"""The households waiting for a room, beside the board: pressed and let go over a room and day."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QListWidget

from integration_desk.ui.housing.board import BoardView

HOUSEHOLD_ROLE = Qt.ItemDataRole.UserRole + 1


class WaitingList(QListWidget):
    """Households waiting for a room; press one and let go over a room and day on the board.

    The drag is plain mouse handling, not QDrag: the list holds the mouse from the press, follows it
    over the board (a dashed outline shows where the stay would start) and hands the release point
    to the board, which turns it into a room and a day.
    """

    def __init__(self, board: BoardView) -> None:
        super().__init__()
        self.board = board
        self._pressed: tuple[int, QPoint] | None = None
        self._dragging = False

    def _board_point(self, point: QPoint) -> QPoint:
        return self.board.viewport().mapFromGlobal(self.viewport().mapToGlobal(point))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        point = event.position().toPoint()
        item = self.itemAt(point)
        household = item.data(HOUSEHOLD_ROLE) if item is not None else None
        if event.button() == Qt.MouseButton.LeftButton and household is not None:
            self._pressed = (int(household), point)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None:
            super().mouseMoveEvent(event)
            return
        point = event.position().toPoint()
        if (
            not self._dragging
            and (point - self._pressed[1]).manhattanLength() >= QApplication.startDragDistance()
        ):
            self._dragging = True
            self.viewport().setCursor(Qt.CursorShape.DragCopyCursor)
        if self._dragging:
            self.board.preview_drop(self._board_point(point))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, dragging = self._pressed, self._dragging
        self._pressed, self._dragging = None, False
        if pressed is None or not dragging:
            super().mouseReleaseEvent(event)
            return
        self.viewport().unsetCursor()
        self.board.drop_household(pressed[0], self._board_point(event.position().toPoint()))
        event.accept()
