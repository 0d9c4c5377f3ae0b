"""The room board: rooms as rows, days as columns, stays as bars; drag a bar to move it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QMouseEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from integration_desk.domain.housing import StayState
from integration_desk.domain.weeks import IsoWeek, public_holidays
from integration_desk.services.housing_board import Board, BoardStay
from integration_desk.ui.housing.dialogs import beds_text
from integration_desk.ui.i18n import tr

C = "HousingBoard"
ROW_H = 22
HOUSEHOLD_MIME = "application/x-integration-desk-household"
HEADER_H = 40
LABEL_W = 190
ZOOM_DAY_WIDTH = {"week": 44.0, "month": 26.0, "quarter": 10.0}
STATE_COLOURS = {
    StayState.PLANNED: QColor("#9ecae1"),
    StayState.OCCUPIED: QColor("#74c476"),
    StayState.ENDING_SOON: QColor("#fdae6b"),
    StayState.ENDED: QColor("#bdbdbd"),
}


class StayBar(QGraphicsRectItem):
    def __init__(self, stay: BoardStay, rect: QRectF) -> None:
        super().__init__(rect)
        self.stay = stay
        self.setBrush(QBrush(STATE_COLOURS[stay.state]))
        self.setPen(QPen(QColor("#404040"), 0.5))
        self.setToolTip(f"{stay.household} — {stay.persons}")
        self.setCacheMode(QGraphicsRectItem.CacheMode.DeviceCoordinateCache)
        label = QGraphicsSimpleTextItem(f"{stay.household} ({stay.persons})", self)
        label.setPos(rect.x() + 3, rect.y() + 2)
        label.setFont(QFont(label.font().family(), 8))
        self.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemClipsChildrenToShape, True)


class GhostBar(QGraphicsRectItem):
    """A suggested stay: a dashed outline the coordinator accepts (right-click) or ignores."""

    def __init__(self, suggestion: object, label: str, rect: QRectF) -> None:
        super().__init__(rect)
        self.suggestion = suggestion
        self.setBrush(QBrush(QColor(120, 120, 200, 60)))
        self.setPen(QPen(QColor("#3030a0"), 1, Qt.PenStyle.DashLine))
        self.setToolTip(tr(C, "Suggestion: {label}").format(label=label))
        text = QGraphicsSimpleTextItem(label, self)
        text.setPos(rect.x() + 3, rect.y() + 2)
        text.setFont(QFont(text.font().family(), 8))
        self.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemClipsChildrenToShape, True)


class BoardView(QGraphicsView):
    #: stay id, version, new room id, new start, new end (None = open)
    stay_moved = Signal(int, int, int, object, object)
    #: household id, room id, day — a waiting household dropped onto a room
    household_dropped = Signal(int, int, object)
    #: the stay under the mouse, global position
    stay_menu = Signal(object, object)
    #: a suggestion (ghost bar) under the mouse, global position
    ghost_menu = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.day_w = ZOOM_DAY_WIDTH["month"]
        self.board: Board | None = None
        self.row_of_room: dict[int, int] = {}
        self.room_of_row: list[int | None] = []
        self._drag: tuple[StayBar, QPointF, QPointF] | None = None
        self._resizing = False
        self._holidays: dict[date, str] = {}
        self.setAcceptDrops(True)

    # -- geometry --------------------------------------------------------------------------------

    def x_of(self, day: date) -> float:
        assert self.board is not None
        return LABEL_W + (day - self.board.first).days * self.day_w

    def day_at(self, x: float) -> date:
        assert self.board is not None
        return self.board.first + timedelta(days=int((x - LABEL_W) // self.day_w))

    def y_of_row(self, row: int) -> float:
        return HEADER_H + row * ROW_H

    def scene_pos_of(self, room_id: int, day: date) -> QPointF:
        return QPointF(self.x_of(day) + self.day_w / 2, self.y_of_row(self.row_of_room[room_id]) + ROW_H / 2)

    def room_at(self, y: float) -> int | None:
        row = int((y - HEADER_H) // ROW_H)
        return self.room_of_row[row] if 0 <= row < len(self.room_of_row) else None

    # -- filling ---------------------------------------------------------------------------------

    def set_board(self, board: Board, zoom: str) -> None:
        self.board = board
        self.day_w = ZOOM_DAY_WIDTH[zoom]
        self._holidays = {}
        for year in {board.first.year, (board.first + timedelta(days=board.days)).year}:
            self._holidays.update(public_holidays(year))
        scene = self.scene()
        scene.clear()
        self.row_of_room.clear()
        self.room_of_row = []
        last_unit: int | None = None
        last_site: int | None = None
        bold = QFont()
        bold.setBold(True)
        for room in board.rooms:
            if room.site_id != last_site or room.unit_id != last_unit:
                text = f"{room.site} — {room.unit}" if room.site_id != last_site else room.unit
                item = scene.addSimpleText(text, bold)
                item.setPos(4, self.y_of_row(len(self.room_of_row)) + 3)
                self.room_of_row.append(None)
                last_site, last_unit = room.site_id, room.unit_id
            self.row_of_room[room.id] = len(self.room_of_row)
            label = scene.addSimpleText(f"{room.name} ({beds_text(room.beds)})")
            label.setPos(16, self.y_of_row(len(self.room_of_row)) + 3)
            self.room_of_row.append(room.id)
        end = board.first + timedelta(days=board.days)
        for closure in board.closures:
            if closure.room_id not in self.row_of_room:
                continue
            start = max(closure.starts_on, board.first)
            stop = min(closure.ends_on + timedelta(days=1), end)
            rect = QRectF(self.x_of(start), self.y_of_row(self.row_of_room[closure.room_id]) + 2,
                          (stop - start).days * self.day_w, ROW_H - 4)  # fmt: skip
            hatch = scene.addRect(
                rect, QPen(QColor("#7f0000"), 0.5), QBrush(QColor("#b22222"), Qt.BrushStyle.BDiagPattern)
            )
            hatch.setToolTip(tr(C, "Out of service"))
        for stay in board.stays:
            if stay.room_id not in self.row_of_room:
                continue
            scene.addItem(StayBar(stay, self._bar_rect(stay, stay.room_id, stay.starts_on, stay.ends_on)))
        width = LABEL_W + board.days * self.day_w
        scene.setSceneRect(QRectF(0, 0, width, self.y_of_row(len(self.room_of_row)) + ROW_H))
        self.resetCachedContent()

    def _bar_rect(self, stay: BoardStay, room_id: int, starts_on: date, ends_on: date | None) -> QRectF:
        assert self.board is not None
        end = self.board.first + timedelta(days=self.board.days)
        start = max(starts_on, self.board.first)
        stop = min(ends_on or end, end)
        return QRectF(self.x_of(start), self.y_of_row(self.row_of_room[room_id]) + 3,
                      max((stop - start).days, 1) * self.day_w, ROW_H - 6)  # fmt: skip

    # -- painting the grid, only what is exposed ---------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # type: ignore[override]
        painter.fillRect(rect, QColor("white"))
        if self.board is None:
            return
        first_index = max(0, int((rect.left() - LABEL_W) // self.day_w))
        last_index = min(self.board.days, int((rect.right() - LABEL_W) // self.day_w) + 1)
        bottom = self.sceneRect().bottom()
        painter.setPen(QPen(QColor("#e0e0e0"), 0))
        for index in range(first_index, last_index):
            day = self.board.first + timedelta(days=index)
            x = LABEL_W + index * self.day_w
            if day.weekday() >= 5 or day in self._holidays:
                painter.fillRect(QRectF(x, HEADER_H, self.day_w, bottom - HEADER_H), QColor("#f0f0f5"))
            if day in self.board.short_days:
                painter.fillRect(QRectF(x, HEADER_H - 6, self.day_w, 6), QColor("#d7301f"))
            painter.drawLine(QPointF(x, HEADER_H), QPointF(x, bottom))
            if day.weekday() == 0 or index == first_index:
                painter.save()
                painter.setPen(QColor("#202020"))
                painter.drawText(QPointF(x + 2, 14), tr(C, "week {week}").format(week=IsoWeek.of(day).week))
                painter.restore()
            if self.day_w >= 20 or day.day == 1:
                painter.save()
                painter.setPen(QColor("#505050"))
                painter.drawText(
                    QPointF(x + 2, 30), f"{day.day}" if self.day_w >= 20 else day.strftime("%d-%m")
                )
                painter.restore()
        for row in range(len(self.room_of_row) + 1):
            y = self.y_of_row(row)
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        if self.board.first <= date.today() < self.board.first + timedelta(days=self.board.days):
            pass

    # -- dragging a bar to another room or day --------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            pos = self.mapToScene(event.position().toPoint())
            item = self.itemAt(event.position().toPoint())
            while item is not None and not isinstance(item, StayBar):
                item = item.parentItem()
            if isinstance(item, StayBar):
                # Grabbing the bar's last few pixels drags its end (shorten or lengthen the stay).
                self._resizing = item.sceneBoundingRect().right() - pos.x() <= min(6.0, self.day_w / 3)
                self._drag = (item, pos, item.pos())
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            bar, start, origin = self._drag
            delta = self.mapToScene(event.position().toPoint()) - start
            if self._resizing:
                rect = bar.rect()
                rect.setWidth(max(self.day_w, rect.width() + delta.x()))
                bar.setRect(rect)
                self._drag = (bar, start + delta, origin)
            else:
                bar.setPos(origin + delta)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            super().mouseReleaseEvent(event)
            return
        bar, start, origin = self._drag
        self._drag = None
        end = self.mapToScene(event.position().toPoint())
        bar.setPos(origin)
        room = self.room_at(end.y())
        days = round((end.x() - start.x()) / self.day_w)
        stay = bar.stay
        if self._resizing:
            last_day = self.day_at(bar.sceneBoundingRect().right() - 1)
            bar.setRect(self._bar_rect(stay, stay.room_id, stay.starts_on, stay.ends_on))
            new_end = last_day + timedelta(days=1)
            if new_end != stay.ends_on and new_end > stay.starts_on:
                self.stay_moved.emit(stay.id, stay.version, stay.room_id, stay.starts_on, new_end)
            return
        if room is None or (days == 0 and room == stay.room_id):
            return
        shift = timedelta(days=days)
        self.stay_moved.emit(
            stay.id,
            stay.version,
            room,
            stay.starts_on + shift,
            stay.ends_on + shift if stay.ends_on else None,
        )

    # -- a waiting household dropped on a room and day -------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(HOUSEHOLD_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(HOUSEHOLD_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(HOUSEHOLD_MIME) or self.board is None:
            super().dropEvent(event)
            return
        pos = self.mapToScene(event.position().toPoint())
        room = self.room_at(pos.y())
        if room is None or pos.x() < LABEL_W:
            event.ignore()
            return
        household = int(bytes(event.mimeData().data(HOUSEHOLD_MIME).data()).decode())
        event.acceptProposedAction()
        self.household_dropped.emit(household, room, self.day_at(pos.x()))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.itemAt(event.pos())
        while item is not None and not isinstance(item, StayBar | GhostBar):
            item = item.parentItem()
        if isinstance(item, StayBar):
            self.stay_menu.emit(item.stay, event.globalPos())
        elif isinstance(item, GhostBar):
            self.ghost_menu.emit(item.suggestion, event.globalPos())

    def show_suggestions(self, suggestions: list[tuple[object, int, date, str]]) -> None:
        """(suggestion, room id, first day, label) as ghost bars; earlier ghosts are removed."""
        for item in self.scene().items():
            if isinstance(item, GhostBar):
                self.scene().removeItem(item)
        if self.board is None:
            return
        end = self.board.first + timedelta(days=self.board.days)
        for suggestion, room_id, starts_on, label in suggestions:
            if room_id not in self.row_of_room or starts_on >= end:
                continue
            start = max(starts_on, self.board.first)
            rect = QRectF(self.x_of(start), self.y_of_row(self.row_of_room[room_id]) + 3,
                          (end - start).days * self.day_w, ROW_H - 6)  # fmt: skip
            ghost = GhostBar(suggestion, label, rect)
            ghost.setZValue(2)
            self.scene().addItem(ghost)
