"""A one-line label that shortens its text with "…" to the room it gets, and then shows the whole
text as its tooltip: for headings and status lines that must not push a window wider than the
screen (a long name, a long period), where wrapping would push the rest of the view down."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._own_tooltip = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def is_elided(self) -> bool:
        return super().text() != self._full

    def text(self) -> str:
        """The whole text, as QLabel would give it (what is shown may be shortened)."""
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def setToolTip(self, tip: str) -> None:
        """A tooltip of its own; the whole text is added to it while the text is shortened."""
        self._own_tooltip = tip
        self._elide()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        margin = 2 * self.margin() + self.contentsMargins().left() + self.contentsMargins().right()
        return QSize(metrics.horizontalAdvance(self._full) + margin, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(room, 0))
        QLabel.setText(self, shown)
        tip = self._own_tooltip
        if shown != self._full:
            tip = f"{self._full}\n{tip}" if tip else self._full
        QLabel.setToolTip(self, tip)
