"""The painted calendar: a month (or one week) of day cells with their items, ISO weeks on the left.

Painting the cells ourselves keeps a busy month fast (no widget per item) and lets a cell show
the public holiday, today, and overdue items in red. Double-clicking an item asks for it to open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from integration_desk import i18n
from integration_desk.domain.weeks import IsoWeek
from integration_desk.services.calendar import CalendarItem, ItemKind
from integration_desk.ui.i18n import tr

C = "CalendarView"
WEEK_COLUMN = 58
HEADER = 24
OVERDUE = QColor("#b00020")
HOLIDAY_BG = QColor("#fdecee")
WEEKEND_BG = QColor("#f6f7f9")
TODAY_BG = QColor("#e3eefb")
OTHER_MONTH_TEXT = QColor("#9aa0a6")
GRID = QColor("#d0d4da")
SELECTED = QColor("#1f5fa8")
DONE_TEXT = QColor("#6b7280")
KIND_COLOUR = {
    ItemKind.EXPECTED_ARRIVAL: QColor("#1f5fa8"),
    ItemKind.ARRIVAL: QColor("#2e7d32"),
    ItemKind.VISIT: QColor("#8e24aa"),
    ItemKind.DEADLINE: QColor("#e65100"),
    ItemKind.MOVE_IN: QColor("#00838f"),
    ItemKind.MOVE_OUT: QColor("#6d4c41"),
}


def locale() -> QLocale:
    return QLocale(QLocale.Language.Danish if i18n.current_language() == "da" else QLocale.Language.English)


@dataclass(frozen=True)
class _Hit:
    rect: QRect
    item: CalendarItem | None  # None: the "+ n more" line
    day: date


class CalendarGrid(QWidget):
    day_selected = Signal(object)  # date
    item_activated = Signal(object)  # CalendarItem
    more_requested = Signal(object)  # date: the "+ n more" line of that day was double-clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.weeks: list[list[date]] = []
        self.month: int | None = None
        self.items: dict[date, list[CalendarItem]] = {}
        self.holidays: dict[date, str] = {}
        self.today = date.today()
        self.selected: date | None = None
        self._hits: list[_Hit] = []
        self._cells: list[tuple[QRect, date]] = []

    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    def minimumSizeHint(self) -> QSize:
        return QSize(480, 300)

    def set_days(
        self,
        weeks: list[list[date]],
        month: int | None,
        items: dict[date, list[CalendarItem]],
        holidays: dict[date, str],
        today: date,
    ) -> None:
        self.weeks, self.month, self.items, self.holidays, self.today = weeks, month, items, holidays, today
        self.update()

    def select(self, day: date) -> None:
        self.selected = day
        self.update()

    # -- painting ---------------------------------------------------------------------------------

    def _geometry(self) -> tuple[float, float]:
        rows = max(1, len(self.weeks))
        width = (self.width() - WEEK_COLUMN - 1) / 7
        height = (self.height() - HEADER - 1) / rows
        return width, height

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        self._hits, self._cells = [], []
        if not self.weeks:
            return
        width, height = self._geometry()
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.88))
        bold = QFont(base)
        bold.setBold(True)
        small_bold = QFont(small)
        small_bold.setBold(True)
        line = QFontMetrics(small).height() + 2
        loc = locale()
        painter.setFont(bold)
        for column in range(7):
            rect = QRect(int(WEEK_COLUMN + column * width), 0, int(width), HEADER)
            name = loc.dayName(column + 1, QLocale.FormatType.ShortFormat).rstrip(".")
            painter.setPen(OVERDUE if column == 6 else Qt.GlobalColor.black)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        for row, days in enumerate(self.weeks):
            top = int(HEADER + row * height)
            bottom = int(HEADER + (row + 1) * height)
            week_rect = QRect(0, top, WEEK_COLUMN, bottom - top)
            painter.setFont(small_bold)
            painter.setPen(QColor("#44546a"))
            label = tr(C, "wk. {week}").format(week=IsoWeek.of(days[0]).week)
            painter.drawText(
                week_rect.adjusted(4, 4, -4, -4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
            for column, day in enumerate(days):
                left = int(WEEK_COLUMN + column * width)
                right = int(WEEK_COLUMN + (column + 1) * width)
                cell = QRect(left, top, right - left, bottom - top)
                self._cells.append((cell, day))
                self._paint_cell(painter, cell, day, (base, bold, small, small_bold), line)
        painter.setPen(QPen(GRID))
        for row in range(len(self.weeks) + 1):
            y = int(HEADER + row * height)
            painter.drawLine(0, y, self.width(), y)
        for column in range(8):
            x = int(WEEK_COLUMN + column * width)
            painter.drawLine(x, HEADER, x, self.height())
        painter.end()

    def _paint_cell(
        self, painter: QPainter, cell: QRect, day: date, fonts: tuple[QFont, QFont, QFont, QFont], line: int
    ) -> None:
        base, bold, small, small_bold = fonts
        holiday = self.holidays.get(day)
        if holiday:
            painter.fillRect(cell, HOLIDAY_BG)
        elif day == self.today:
            painter.fillRect(cell, TODAY_BG)
        elif day.weekday() >= 5:
            painter.fillRect(cell, WEEKEND_BG)
        inner = cell.adjusted(4, 2, -3, -2)
        other_month = self.month is not None and day.month != self.month
        painter.setFont(bold if day == self.today else base)
        painter.setPen(
            OTHER_MONTH_TEXT
            if other_month
            else (OVERDUE if holiday or day.weekday() == 6 else Qt.GlobalColor.black)
        )
        number = (
            str(day.day)
            if day.day != 1
            else f"{day.day}. {locale().monthName(day.month, QLocale.FormatType.ShortFormat).rstrip('.')}"
        )
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, number)
        head = QFontMetrics(painter.font())
        if holiday:
            painter.setFont(small)
            painter.setPen(OVERDUE)
            x = head.horizontalAdvance(number) + 6
            room = QRect(inner.left() + x, inner.top(), inner.width() - x, head.height())
            painter.drawText(
                room,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QFontMetrics(small).elidedText(holiday, Qt.TextElideMode.ElideRight, room.width()),
            )
        if day == self.selected:
            painter.setPen(QPen(SELECTED, 2))
            painter.drawRect(cell.adjusted(1, 1, -1, -1))
        items = self.items.get(day, [])
        y = inner.top() + head.height() + 2
        capacity = max(0, (inner.bottom() - y) // line)
        shown = items if len(items) <= capacity else items[: max(0, capacity - 1)]
        metrics = QFontMetrics(small)
        for item in shown:
            rect = QRect(inner.left(), y, inner.width(), line - 1)
            colour = KIND_COLOUR[item.kind]
            painter.fillRect(
                QRect(rect.left(), rect.top() + 1, 3, rect.height() - 2), OVERDUE if item.overdue else colour
            )
            if item.overdue:
                painter.fillRect(rect.adjusted(3, 0, 0, 0), QColor("#fde7ea"))
            painter.setFont(small_bold if item.overdue else small)
            painter.setPen(OVERDUE if item.overdue else (DONE_TEXT if item.done else Qt.GlobalColor.black))
            text = ("✓ " if item.done else "") + (item.short or item.title)
            painter.drawText(
                rect.adjusted(6, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 6),
            )
            self._hits.append(_Hit(rect, item, day))
            y += line
        hidden = len(items) - len(shown)
        if hidden > 0:
            rect = QRect(inner.left(), y, inner.width(), line - 1)
            painter.setFont(small_bold)
            painter.setPen(SELECTED)
            painter.drawText(
                rect.adjusted(6, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                tr(C, "+ {n} more").format(n=hidden),
            )
            self._hits.append(_Hit(rect, None, day))

    # -- interaction ------------------------------------------------------------------------------

    def item_at(self, pos: QPoint) -> _Hit | None:
        return next((hit for hit in self._hits if hit.rect.contains(pos)), None)

    def day_at(self, pos: QPoint) -> date | None:
        return next((day for rect, day in self._cells if rect.contains(pos)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.select(day)
            self.day_selected.emit(day)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.item_at(event.position().toPoint())
        if hit is not None and hit.item is not None:
            self.item_activated.emit(hit.item)
        elif hit is not None:
            self.more_requested.emit(hit.day)
        super().mouseDoubleClickEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.item_at(event.pos())
            day = self.day_at(event.pos())
            if hit is not None and hit.item is not None:
                QToolTip.showText(event.globalPos(), hit.item.title, self)
            elif hit is not None:
                titles = [item.title for item in self.items.get(hit.day, [])]
                QToolTip.showText(event.globalPos(), "\n".join(titles), self)
            elif day is not None and day in self.holidays:
                QToolTip.showText(event.globalPos(), self.holidays[day], self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
