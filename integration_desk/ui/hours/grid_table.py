"""Keyboard-first editing of the week grid: type to overwrite, Enter and Tab move on, paste a block."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView, QWidget

from integration_desk.ui.hours.grid_model import EDITABLE, HoursGridModel


class HoursTable(QTableView):
    def __init__(self, model: HoursGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.grid = model
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setHighlightSections(False)

    # Enter commits and moves down like a spreadsheet; Tab commits and moves right (Qt's own).
    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._move_down()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self._move_down()
            return
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            for index in self.selectedIndexes():
                if index.flags() & Qt.ItemFlag.ItemIsEditable:
                    self.grid.setData(index, "")
            return
        super().keyPressEvent(event)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # Tab skips the columns and total rows that cannot be edited.
        index = super().moveCursor(action, modifiers)
        if action in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            start = index
            for _ in range(self.grid.rowCount() * self.grid.columnCount()):
                if not index.isValid() or index.flags() & Qt.ItemFlag.ItemIsEditable:
                    break
                self.setCurrentIndex(index)
                index = super().moveCursor(action, modifiers)
                if index == start:
                    break
        return index

    def _move_down(self) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        row = current.row() + 1
        while row < self.grid.rowCount() and not self.grid.is_entry(row):
            row += 1
        if row < self.grid.rowCount():
            self.setCurrentIndex(self.grid.index(row, current.column()))

    def paste(self) -> int:
        """Paste a block of tab-separated cells (from a spreadsheet) from the current cell on.

        Total rows are skipped, so a column copied from another sheet lands on the activity rows.
        Returns how many cells took a value."""
        text = QGuiApplication.clipboard().text()
        return self.paste_text(text)

    def paste_text(self, text: str) -> int:
        current = self.currentIndex()
        if not current.isValid() or not text.strip():
            return 0
        lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
        row = current.row()
        taken = 0
        for line in lines:
            while row < self.grid.rowCount() and not self.grid.is_entry(row):
                row += 1
            if row >= self.grid.rowCount():
                break
            for offset, value in enumerate(line.split("\t")):
                column = current.column() + offset
                if column >= self.grid.columnCount() or column not in EDITABLE:
                    continue
                if self.grid.setData(self.grid.index(row, column), value.strip()):
                    taken += 1
            row += 1
        return taken

    def selected_entry_rows(self) -> list[int]:
        rows = sorted({index.row() for index in self.selectedIndexes()})
        return [row for row in rows if self.grid.is_entry(row)]
