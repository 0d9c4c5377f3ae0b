"""A page that scrolls when the window is too small for it, and otherwise fills the window.

Qt's scroll area sizes a page with wrapped text by its *preferred* height for the width (every list
at its default 192 pixels), so a page scrolls on screens where all of it would fit; and a plain
layout squeezes wrapped text below the lines it needs. Here the page gets exactly the least height
its content needs at the current width (``minimum_height``), or the whole window when that is more.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLayout, QScrollArea, QWidget


def minimum_height(widget: QWidget, width: int) -> int:
    """The least height ``widget`` needs at ``width``: wrapped labels at their wrapped height, every
    other widget at the least its layout gives it; vertical layouts are summed (others count their
    minimum)."""
    own = widget.minimumSizeHint().height()  # not minimumSize(): that may be this figure, set earlier
    layout = widget.layout()
    if layout is None:
        return max(widget.heightForWidth(width), own) if widget.hasHeightForWidth() else own
    # The widget's own margins hold a group box's title and frame.
    margins = widget.contentsMargins()
    inner = width - margins.left() - margins.right()
    return max(own, margins.top() + margins.bottom() + _layout_height(layout, inner))


def _layout_height(layout: QLayout, width: int) -> int:
    if not isinstance(layout, QBoxLayout) or layout.direction() not in (
        QBoxLayout.Direction.TopToBottom,
        QBoxLayout.Direction.BottomToTop,
    ):
        return layout.minimumSize().height()
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right()
    heights = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None or item.isEmpty():  # hidden widgets and stretches take no room and no spacing
            continue
        widget, nested = item.widget(), item.layout()
        least = item.minimumSize().height()  # a fixed-height widget's minimum is its size hint
        if widget is not None and widget.hasHeightForWidth():
            least = max(least, minimum_height(widget, inner))
        elif nested is not None and nested.hasHeightForWidth() and not isinstance(nested, QBoxLayout):
            least = max(least, nested.heightForWidth(inner))  # e.g. a row of controls that wraps
        elif nested is not None:
            least = max(least, _layout_height(nested, inner))
        heights.append(least)
    spacing = max(layout.spacing(), 0) * max(len(heights) - 1, 0)
    return margins.top() + margins.bottom() + sum(heights) + spacing


class ScrollPage(QScrollArea):
    """Shows ``page`` at the scroll area's width and at ``needed(width)`` (by default its
    ``minimum_height``) or the visible height, whichever is more; wider than the area only when
    ``page`` cannot be narrower. With ``keep_width`` the area itself asks for the page's least width
    (a splitter then takes the room from its other side), so it scrolls only up and down."""

    def __init__(
        self,
        page: QWidget,
        needed: Callable[[int], int] | None = None,
        parent: QWidget | None = None,
        *,
        keep_width: bool = False,
    ) -> None:
        super().__init__(parent)
        self.keep_width = keep_width
        self.needed = needed or (lambda width: minimum_height(page, width))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWidget(page)
        page.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        page = self.widget()
        if not self.keep_width or page is None:
            return hint
        width = (
            page.minimumSizeHint().width()
            + 2 * self.frameWidth()
            + self.verticalScrollBar().sizeHint().width()
        )
        return QSize(max(hint.width(), width), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            if self.keep_width:
                self.updateGeometry()
            self.fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        page = self.widget()
        if page is None:
            return
        frame = 2 * self.frameWidth()
        width, height = self.width() - frame, self.height() - frame
        narrowest = page.minimumSizeHint().width()
        needed = self.needed(max(width, narrowest))
        if needed > height:  # the vertical scroll bar takes its share of the width
            width -= self.verticalScrollBar().sizeHint().width()
            needed = self.needed(max(width, narrowest))
        width = max(width, narrowest)
        if needed > height and width > self.width() - frame:  # both bars
            height -= self.horizontalScrollBar().sizeHint().height()
        size = (width, max(needed, height))
        if (page.width(), page.height()) != size:
            page.resize(*size)
