"""The room board: rooms as rows, days as columns, stays as bars; drag a bar to move it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from integration_desk.domain.weeks import public_holidays
from integration_desk.services.housing_board import Board, BoardStay
from integration_desk.ui.format import fmt_date
from integration_desk.ui.housing.board_paint import (
    HEADER_H,
    LABEL_W,
    ROW_H,
    ZOOM_DAY_WIDTH,
    GhostBar,
    StayBar,
    paint_frozen,
    paint_grid,
)
from integration_desk.ui.housing.words import beds_text
from integration_desk.ui.i18n import tr

C = "HousingBoard"
HOUSEHOLD_MIME = "application/x-integration-desk-household"


class BoardView(QGraphicsView):
    #: stay id, version, new room id, new start, new end (None = open)
    stay_moved = Signal(int, int, int, object, object)
    #: household id, room id, day — a waiting household dropped onto a room
    household_dropped = Signal(int, int, object)
    #: the stay under the mouse, global position
    stay_menu = Signal(object, object)
    #: a suggestion (ghost bar) under the mouse, global position
    ghost_menu = Signal(object, object)
    #: the selected stay and what a key asks for: "edit", "end", "split", "open", "delete", "menu"
    stay_key = Signal(object, str)

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
        self.holidays: dict[date, str] = {}
        self.bars: list[StayBar] = []
        self.today: date | None = None
        self.selected_stay: int | None = None
        self._drop_marker: QGraphicsRectItem | None = None
        self.row_labels: list[tuple[str, bool]] = []
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

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
        self.holidays = {}
        for year in {board.first.year, (board.first + timedelta(days=board.days)).year}:
            self.holidays.update(public_holidays(year))
        scene = self.scene()
        scene.clear()
        self._drop_marker = None
        self.row_of_room.clear()
        self.room_of_row = []
        self.row_labels = []
        last_unit: int | None = None
        last_site: int | None = None
        for room in board.rooms:
            if room.site_id != last_site or room.unit_id != last_unit:
                text = f"{room.site} — {room.unit}" if room.site_id != last_site else room.unit
                self.row_labels.append((text, True))
                self.room_of_row.append(None)
                last_site, last_unit = room.site_id, room.unit_id
            self.row_of_room[room.id] = len(self.room_of_row)
            self.row_labels.append((f"{room.name} ({beds_text(room.beds)})", False))
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
        for room in board.rooms:
            if room.retired_on is None or room.retired_on >= end:
                continue
            start = max(room.retired_on, board.first)
            rect = QRectF(self.x_of(start), self.y_of_row(self.row_of_room[room.id]) + 2,
                          (end - start).days * self.day_w, ROW_H - 4)  # fmt: skip
            retired = scene.addRect(
                rect, QPen(Qt.PenStyle.NoPen), QBrush(QColor("#8a8a8a"), Qt.BrushStyle.Dense5Pattern)
            )
            retired.setToolTip(tr(C, "Out of use from {date}").format(date=fmt_date(room.retired_on)))
        self.bars = []
        for stay in board.stays:
            if stay.room_id not in self.row_of_room:
                continue
            bar = StayBar(stay, self._bar_rect(stay, stay.room_id, stay.starts_on, stay.ends_on))
            scene.addItem(bar)
            self.bars.append(bar)
        self.bars.sort(key=lambda b: (self.row_of_room[b.stay.room_id], b.stay.starts_on))
        width = LABEL_W + board.days * self.day_w
        scene.setSceneRect(QRectF(0, 0, width, self.y_of_row(len(self.room_of_row)) + ROW_H))
        self.resetCachedContent()
        kept = next((b for b in self.bars if b.stay.id == self.selected_stay), None)
        self.selected_stay = None
        if kept is not None:
            self.select_bar(kept, scroll=False)

    def _bar_rect(self, stay: BoardStay, room_id: int, starts_on: date, ends_on: date | None) -> QRectF:
        assert self.board is not None
        end = self.board.first + timedelta(days=self.board.days)
        start = max(starts_on, self.board.first)
        stop = min(ends_on or end, end)
        return QRectF(self.x_of(start), self.y_of_row(self.row_of_room[room_id]) + 3,
                      max((stop - start).days, 1) * self.day_w, ROW_H - 6)  # fmt: skip

    # -- painting (board_paint draws; the view only says when) ------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # type: ignore[override]
        paint_grid(self, painter, rect)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # type: ignore[override]
        paint_frozen(self, painter)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        # Qt scrolls by moving pixels; the frozen parts must be painted afresh where they belong.
        self.viewport().update()

    def in_label_column(self, point: QPoint) -> bool:
        """Viewport points over the frozen room names or calendar header hold no day."""
        return point.x() < LABEL_W or point.y() < HEADER_H

    # -- selecting a bar and the keyboard ------------------------------------------------------------

    def select_bar(self, bar: StayBar | None, *, scroll: bool = True) -> None:
        for other in self.bars:
            if other.stay.id == self.selected_stay:
                other.set_selected(False)
        self.selected_stay = bar.stay.id if bar is not None else None
        if bar is not None:
            bar.set_selected(True)
            if scroll:
                rect = bar.sceneBoundingRect()
                # Keep the bar's start clear of the frozen names and header.
                self.ensureVisible(QRectF(rect.left() - LABEL_W, rect.top() - HEADER_H,
                                          min(rect.width(), 200) + LABEL_W, rect.height() + HEADER_H), 4, 4)  # fmt: skip

    def selected_bar(self) -> StayBar | None:
        return next((b for b in self.bars if b.stay.id == self.selected_stay), None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        bar = self.selected_bar()
        step = (
            1
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Right)
            else -1
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Left)
            else 0
        )
        if step and not ctrl and self.bars:
            index = self.bars.index(bar) + step if bar is not None else 0
            self.select_bar(self.bars[max(0, min(index, len(self.bars) - 1))])
        elif key == Qt.Key.Key_Home and self.bars:
            self.select_bar(self.bars[0])
        elif key == Qt.Key.Key_Escape and bar is not None:
            self.select_bar(None)
        elif bar is not None and (action := self._key_action(event)) is not None:
            self.stay_key.emit(bar.stay, action)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    @staticmethod
    def _key_action(event: QKeyEvent) -> str | None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return "edit"
        if ctrl and key == Qt.Key.Key_E:
            return "end"
        if ctrl and key == Qt.Key.Key_M:
            return "split"
        if ctrl and key == Qt.Key.Key_O:
            return "open"
        if key == Qt.Key.Key_Delete:
            return "delete"
        if key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and mods & Qt.KeyboardModifier.ShiftModifier):
            return "menu"
        return None

    def menu_position(self, bar: StayBar) -> QPoint:
        """Where the context menu of a bar opens when asked for from the keyboard."""
        rect = bar.sceneBoundingRect()
        point = self.mapFromScene(
            QPointF(max(rect.left(), self.mapToScene(LABEL_W, 0).x()) + 8, rect.bottom())
        )
        return self.viewport().mapToGlobal(point)

    # -- a waiting household dragged with the mouse from the list beside the board ---------------------

    def preview_drop(self, point: QPoint | None) -> None:
        """A dashed outline on the room and day under ``point`` (viewport coordinates); None removes it."""
        target = self._drop_target(point) if point is not None else None
        if target is None:
            if self._drop_marker is not None:
                self._drop_marker.setVisible(False)
            return
        room, day = target
        rect = QRectF(self.x_of(day), self.y_of_row(self.row_of_room[room]) + 2, self.day_w * 7, ROW_H - 4)
        if self._drop_marker is None:
            self._drop_marker = self.scene().addRect(rect, QPen(QColor("#3030a0"), 1.5, Qt.PenStyle.DashLine),
                                                     QBrush(QColor(120, 120, 200, 60)))  # fmt: skip
            self._drop_marker.setZValue(3)
        self._drop_marker.setRect(rect)
        self._drop_marker.setVisible(True)

    def _drop_target(self, point: QPoint) -> tuple[int, date] | None:
        if self.board is None or not self.viewport().rect().contains(point) or self.in_label_column(point):
            return None
        pos = self.mapToScene(point)
        room = self.room_at(pos.y())
        day = self.day_at(pos.x())
        if room is None or not 0 <= (day - self.board.first).days < self.board.days:
            return None
        return room, day

    def drop_household(self, household_id: int, point: QPoint) -> bool:
        """A waiting household let go over ``point`` (viewport coordinates): True when it landed on a room."""
        self.preview_drop(None)
        target = self._drop_target(point)
        if target is None:
            return False
        self.household_dropped.emit(household_id, *target)
        return True

    # -- dragging a bar to another room or day --------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self.in_label_column(point):
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            pos = self.mapToScene(point)
            item = self._bar_at(point)
            self.select_bar(item, scroll=False)
            if isinstance(item, StayBar):
                # Grabbing the bar's last few pixels drags its end (shorten or lengthen the stay).
                self._resizing = item.mapRectToScene(item.rect()).right() - pos.x() <= min(
                    6.0, self.day_w / 3
                )
                self._drag = (item, pos, item.pos())
                event.accept()
                return
        super().mousePressEvent(event)

    def _bar_at(self, point: QPoint) -> StayBar | None:
        item = self.itemAt(point)
        while item is not None and not isinstance(item, StayBar):
            item = item.parentItem()
        return item

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
            last_day = self.day_at(bar.mapRectToScene(bar.rect()).right() - 1)
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
        household = int(bytes(event.mimeData().data(HOUSEHOLD_MIME).data()).decode())
        if self.drop_household(household, event.position().toPoint()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            bar = self.selected_bar()
            if bar is not None:
                self.stay_menu.emit(bar.stay, self.menu_position(bar))
            return
        item = self.itemAt(event.pos())
        while item is not None and not isinstance(item, StayBar | GhostBar):
            item = item.parentItem()
        if isinstance(item, StayBar):
            self.select_bar(item, scroll=False)
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
