"""Drawing the room board: stay and suggestion bars, the day grid, the frozen names and calendar."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsSimpleTextItem

from integration_desk.domain.housing import StayState
from integration_desk.domain.weeks import IsoWeek
from integration_desk.services.housing_board import BoardStay
from integration_desk.ui.housing.board_canvas import BoardCanvas
from integration_desk.ui.i18n import tr

C = "HousingBoard"
ROW_H = 22
HEADER_H = 40
LABEL_W = 190
ZOOM_DAY_WIDTH = {"week": 44.0, "month": 26.0, "quarter": 10.0}
TODAY_COLOUR = QColor("#2b4c9b")
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

    def set_selected(self, selected: bool) -> None:
        """The bar the keyboard acts on: a thick dark outline, drawn above its neighbours."""
        self.setPen(QPen(QColor("#000000"), 2.5) if selected else QPen(QColor("#404040"), 0.5))
        self.setZValue(1 if selected else 0)


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


def paint_grid(view: BoardCanvas, painter: QPainter, rect: QRectF) -> None:
    """Days, weekends, holidays, rows and today's line — only what is exposed."""
    painter.fillRect(rect, QColor("white"))
    if view.board is None:
        return
    first_index = max(0, int((rect.left() - LABEL_W) // view.day_w))
    last_index = min(view.board.days, int((rect.right() - LABEL_W) // view.day_w) + 1)
    bottom = view.sceneRect().bottom()
    painter.setPen(QPen(QColor("#e0e0e0"), 0))
    for index in range(first_index, last_index):
        day = view.board.first + timedelta(days=index)
        x = LABEL_W + index * view.day_w
        if day.weekday() >= 5 or day in view.holidays:
            painter.fillRect(QRectF(x, HEADER_H, view.day_w, bottom - HEADER_H), QColor("#f0f0f5"))
        painter.drawLine(QPointF(x, HEADER_H), QPointF(x, bottom))
    first_row = max(0, int((rect.top() - HEADER_H) // ROW_H))
    last_row = min(len(view.room_of_row), int((rect.bottom() - HEADER_H) // ROW_H) + 1)
    for row in range(first_row, last_row + 1):
        y = view.y_of_row(row)
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
    if view.today is not None and 0 <= (view.today - view.board.first).days < view.board.days:
        x = view.x_of(view.today)
        painter.fillRect(QRectF(x - 1, HEADER_H, 2, bottom - HEADER_H), TODAY_COLOUR)


def paint_frozen(view: BoardCanvas, painter: QPainter) -> None:
    """The room names on the left and the calendar on top, painted where the viewport is now."""
    if view.board is None:
        return
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    left, top = visible.left(), visible.top()
    _paint_header(view, painter, visible, top)
    painter.fillRect(QRectF(left, top + HEADER_H, LABEL_W, visible.height()), QColor("white"))
    painter.setPen(QPen(QColor("#a0a0a0"), 0))
    painter.drawLine(QPointF(left + LABEL_W, top), QPointF(left + LABEL_W, visible.bottom()))
    first_row = max(0, int((top + HEADER_H - HEADER_H) // ROW_H))
    last_row = min(len(view.row_labels), int((visible.bottom() - HEADER_H) // ROW_H) + 1)
    bold = QFont(painter.font())
    bold.setBold(True)
    plain = QFont(painter.font())
    painter.save()
    painter.setClipRect(QRectF(left, top + HEADER_H, LABEL_W - 2, visible.height()))
    for row in range(first_row, last_row):
        text, heading = view.row_labels[row]
        y = view.y_of_row(row)
        painter.setFont(bold if heading else plain)
        painter.setPen(QColor("#202020"))
        if heading:
            painter.fillRect(QRectF(left, y, LABEL_W, ROW_H), QColor("#eef1f6"))
        painter.drawText(QRectF(left + (4 if heading else 16), y, LABEL_W - 20, ROW_H),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)  # fmt: skip
    painter.restore()


def _paint_header(view: BoardCanvas, painter: QPainter, visible: QRectF, top: float) -> None:
    assert view.board is not None
    painter.fillRect(QRectF(visible.left(), top, visible.width(), HEADER_H), QColor("white"))
    first_index = max(0, int((visible.left() + LABEL_W - LABEL_W) // view.day_w))
    last_index = min(view.board.days, int((visible.right() - LABEL_W) // view.day_w) + 1)
    painter.save()
    days = [(index, view.board.first + timedelta(days=index)) for index in range(first_index, last_index)]
    for index, day in days:  # shading first, so no later day's shading covers a label
        x = LABEL_W + index * view.day_w
        if day.weekday() >= 5 or day in view.holidays:
            painter.fillRect(QRectF(x, top + 18, view.day_w, HEADER_H - 24), QColor("#f0f0f5"))
        if day == view.today:
            painter.fillRect(QRectF(x, top + 18, view.day_w, HEADER_H - 24), TODAY_COLOUR)
        if day in view.board.short_days:
            painter.fillRect(QRectF(x, top + HEADER_H - 6, view.day_w, 6), QColor("#d7301f"))
        if day.weekday() == 0:
            painter.setPen(QPen(QColor("#c0c0c0"), 0))
            painter.drawLine(QPointF(x, top), QPointF(x, top + HEADER_H))
    names_end = visible.left() + LABEL_W
    for index, day in days:
        x = LABEL_W + index * view.day_w
        week_x = max(x, names_end) + 3
        # The week of the first day shown is named too, unless its Monday comes right after.
        if day.weekday() == 0 or (index == first_index and (7 - day.weekday()) * view.day_w > 60):
            painter.setPen(QColor("#202020"))
            painter.drawText(
                QPointF(week_x, top + 14), tr(C, "week {week}").format(week=IsoWeek.of(day).week)
            )
        if (view.day_w >= 20 or day.day == 1) and x >= names_end - 1:
            painter.setPen(QColor("white") if day == view.today and view.day_w >= 20 else QColor("#505050"))
            painter.drawText(
                QPointF(x + 2, top + 31), f"{day.day}" if view.day_w >= 20 else day.strftime("%d-%m")
            )
    painter.setPen(QPen(QColor("#a0a0a0"), 0))
    painter.drawLine(QPointF(visible.left(), top + HEADER_H), QPointF(visible.right(), top + HEADER_H))
    # The corner above the room names: the month and year of the first day shown.
    painter.fillRect(QRectF(visible.left(), top, LABEL_W, HEADER_H), QColor("white"))
    shown = view.day_at(visible.left() + LABEL_W)
    painter.setPen(QColor("#202020"))
    painter.drawText(QRectF(visible.left() + 4, top, LABEL_W - 8, HEADER_H),
                     int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                     QLocale().toString(QDate(shown.year, shown.month, 1), "MMMM yyyy"))  # fmt: skip
    painter.restore()
