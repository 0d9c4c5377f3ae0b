"""What the board's painting needs of the board view: its data, scale and geometry.

``board_paint`` draws against this protocol and ``board`` (the view) satisfies it, so the painter
does not import the view that imports the painter.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QPolygonF
from PySide6.QtWidgets import QWidget

from integration_desk.services.housing_board import Board


class BoardCanvas(Protocol):
    board: Board | None
    day_w: float
    today: date | None
    holidays: dict[date, str]
    room_of_row: list[int | None]
    row_labels: list[tuple[str, bool]]

    def x_of(self, day: date) -> float: ...

    def day_at(self, x: float) -> date: ...

    def y_of_row(self, row: int) -> float: ...

    def mapToScene(self, rect: QRect, /) -> QPolygonF: ...

    def viewport(self) -> QWidget: ...

    def sceneRect(self) -> QRectF: ...
