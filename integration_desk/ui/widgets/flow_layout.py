"""A row of controls that wraps onto the next line when the window is too narrow for it (Qt's
"flow layout" example): filter bars whose Danish labels are long keep every control visible."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch_after: set[int] = set()
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_stretch(self) -> None:
        """On a line that fits, the controls after this point are pushed to the right edge."""
        self._stretch_after.add(len(self._items))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            return self._items.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in self._shown()) + self._gap() * max(
            len(self._shown()) - 1, 0
        )
        height = max((item.sizeHint().height() for item in self._shown()), default=0)
        return QSize(width, height) + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """One control a line at worst."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        metric = parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if parent else -1
        return metric if metric >= 0 else 6

    def _lines(self, width: int) -> list[list[int]]:
        lines: list[list[int]] = [[]]
        used = 0
        gap = self._gap()
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            wide = item.sizeHint().width()
            if lines[-1] and used + gap + wide > width:
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + wide
            lines[-1].append(index)
        return lines

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        y = area.y()
        for line in self._lines(area.width()):
            items = [self._items[i] for i in line]
            height = max((item.sizeHint().height() for item in items), default=0)
            if apply:
                widths = [min(item.sizeHint().width(), area.width()) for item in items]
                spare = area.width() - sum(widths) - gap * max(len(items) - 1, 0)
                x = area.x()
                for position, (index, item, wide) in enumerate(zip(line, items, widths, strict=True)):
                    if position and index in self._stretch_after and spare > 0:
                        x += spare
                        spare = 0
                    item.setGeometry(QRect(QPoint(x, y), QSize(wide, height)))
                    x += wide + gap
            y += height + gap
        return y - gap - rect.y() + margins.bottom() if self._shown() else 0
