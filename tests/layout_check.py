"""What "fits" means for a window on a small screen, checked on the real widgets after layout.

A window passes when, at the size it is shown at:
- it is no larger than the screen;
- no one-line label, button, tab, combo box or filled-in field is narrower than its text (an
  eliding label is fine when its tooltip holds the whole text);
- no word-wrapped label is shorter than its wrapped text;
- every visible widget lies inside its parent, except inside a scroll area (which scrolls), and
  no two visible siblings cover each other;
- no list item is cut off at the list's edge without a tooltip holding its text.

The wizard's own test started this (tests/setup/test_wizard_layout.py); every view and dialog is
checked the same way (tests/ui/test_small_screens.py).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollBar,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

from integration_desk.ui.widgets.elided_label import ElidedLabel

#: pixels a widget may stick out of its parent (frames and focus rectangles drawn on the edge)
SLACK = 2


def _name(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "currentText", "title", "placeholderText"):
        value = getattr(widget, getter, None)
        if callable(value):
            try:
                text = value()
            except TypeError:
                continue
            if isinstance(text, str) and text:
                break
    path = []
    node: QWidget | None = widget
    while node is not None and len(path) < 3:
        path.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return f"{'<'.join(path)} {text[:60]!r}"


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's viewport (scrolling shows it), or a scroll area's own machinery."""
    node = widget.parentWidget()
    while node is not None and node is not top:
        parent = node.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and node is parent.viewport():
            return True
        node = parent
    return False


def _one_line_cut(widget: QWidget) -> bool:
    if isinstance(widget, ElidedLabel):
        return widget.is_elided() and widget.full_text() not in widget.toolTip()
    if isinstance(widget, QLabel):
        if (
            widget.wordWrap()
            or not widget.text()
            or (widget.pixmap() is not None and not widget.pixmap().isNull())
        ):
            return False
        return widget.width() < widget.sizeHint().width() or widget.height() < widget.sizeHint().height()
    if isinstance(widget, QPushButton | QToolButton):
        if not widget.text():
            return False
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        return widget.width() < widget.fontMetrics().horizontalAdvance(text) + icon + 8
    if isinstance(widget, QAbstractButton):  # check boxes and radio buttons: the box and the text
        return bool(widget.text()) and widget.width() < widget.sizeHint().width()
    if isinstance(widget, QComboBox):
        if widget.isEditable() or not widget.currentText():
            return False
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
        )
        needed = widget.fontMetrics().horizontalAdvance(widget.currentText())
        return field.width() < needed and widget.toolTip() != widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.width() < widget.sizeHint().width()
    if isinstance(widget, QLineEdit):
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            return False
        text = widget.text() or widget.placeholderText()
        if not text or widget.echoMode() != QLineEdit.EchoMode.Normal:
            return False
        room = widget.width() - 12  # the frame and the text margins
        return widget.fontMetrics().horizontalAdvance(text) > room and widget.toolTip() != widget.text()
    return False


def _wrapped_cut(widget: QWidget) -> bool:
    return (
        isinstance(widget, QLabel)
        and widget.wordWrap()
        and bool(widget.text())
        and widget.height() < widget.heightForWidth(widget.width())
    )


def _tabs_cut(widget: QWidget) -> list[str]:
    if not isinstance(widget, QTabBar):
        return []
    return [
        f"tab cut short: {widget.tabText(i)!r}"
        for i in range(widget.count())
        if widget.isTabVisible(i) and widget.tabRect(i).width() < widget.tabSizeHint(i).width() - 1
    ]


def _list_items_cut(widget: QWidget) -> list[str]:
    if not isinstance(widget, QListView) or isinstance(widget, QTableView) or widget.model() is None:
        return []
    model = widget.model()
    width = widget.viewport().width()
    cut = []
    for row in range(model.rowCount(widget.rootIndex())):
        index = model.index(row, widget.modelColumn(), widget.rootIndex())
        if widget.isRowHidden(row):
            continue
        rect = widget.visualRect(index)
        hint = widget.sizeHintForIndex(index)
        too_wide = not widget.wordWrap() and rect.left() + hint.width() > width + SLACK
        if (too_wide or rect.height() < hint.height() - SLACK) and not index.data(
            Qt.ItemDataRole.ToolTipRole
        ):
            cut.append(f"list item cut off: {str(index.data())[:60]!r}")
    return cut


def _outside(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    if parent is None or widget is top or widget.isWindow() or _scrolled(widget, top):
        return False
    if isinstance(widget, QScrollBar):
        return False
    inside = parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
    return not inside.contains(widget.geometry())


def _overlapping(parent: QWidget) -> list[str]:
    """Visible siblings that cover each other (a layout given less room than its rows need)."""
    shown = [
        child
        for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.isVisible() and not child.isWindow() and not isinstance(child, QScrollBar)
    ]
    found = []
    for index, first in enumerate(shown):
        for second in shown[index + 1 :]:
            common = first.geometry().intersected(second.geometry())
            if common.width() > SLACK and common.height() > SLACK:
                found.append(f"overlapping: {_name(first)} and {_name(second)}")
    return found


def layout_problems(window: QWidget, screen: QSize) -> list[str]:
    """Everything on ``window`` (shown and laid out) that a user at ``screen`` cannot read."""
    problems = []
    if window.width() > screen.width() or window.height() > screen.height():
        problems.append(f"window {window.width()}x{window.height()} is larger than the screen")
    area = QRect(0, 0, screen.width(), screen.height())
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or (widget is not window and widget.window() is not window):
            continue
        if _one_line_cut(widget):
            problems.append(f"cut short: {_name(widget)}")
        if _wrapped_cut(widget):
            problems.append(f"wrapped text cut: {_name(widget)}")
        if _outside(widget, window):
            problems.append(f"outside its parent: {_name(widget)}")
        elif widget is not window and not _scrolled(widget, window):
            where = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
            if not area.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(where):
                problems.append(f"off the screen: {_name(widget)}")
        problems += _tabs_cut(widget)
        problems += _overlapping(widget)
        problems += _list_items_cut(widget)
    return problems
