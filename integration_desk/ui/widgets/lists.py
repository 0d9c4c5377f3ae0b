"""Lists of sentences (deadlines, arrivals, warnings) that wrap at the list's edge instead of running
out of sight behind a horizontal scroll bar: on a small screen the end of a line ("INGEN VÆRELSE
ENDNU") is often the part that matters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListView


def wrap_lines(view: QListView) -> QListView:
    """Make ``view`` wrap each item's text to its width (and re-wrap when it is resized)."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setUniformItemSizes(False)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return view
