"""The editable week grid: a row per activity, grouped by person, each group closed by its total row."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from integration_desk.domain.hours import (
    HourFigures,
    HourProblem,
    hours_text,
    parse_hours_text,
    validate_figures,
)
from integration_desk.services.hours import EntryEdit, GridRow, PersonSummary, WeekGrid
from integration_desk.ui.format import fmt_hours
from integration_desk.ui.i18n import tr

C = "HoursView"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE = Qt.ItemDataRole.UserRole + 3
_Index = QModelIndex | QPersistentModelIndex

PERSON, ACTIVITY, PLANNED, ATTENDED, SICK, VALID, UNEXCUSED, NOTE, STATUS = range(9)
HOUR_COLUMNS = {
    PLANNED: "planned",
    ATTENDED: "attended",
    SICK: "absent_sick",
    VALID: "absent_valid",
    UNEXCUSED: "absent_unexcused",
}
EDITABLE = frozenset({*HOUR_COLUMNS, NOTE})
PROBLEM_COLOUR = QColor("#f8d0d0")
DIRTY_COLOUR = QColor("#fff4c2")
TOTAL_COLOUR = QColor("#e8eef5")
BELOW_COLOUR = QColor("#b00020")
LOCKED_COLOUR = QColor("#666666")


def _figures_of(values: list[Decimal], note: str = "") -> HourFigures:
    planned, attended, sick, valid, unexcused = values
    return HourFigures(planned, attended, sick, valid, unexcused, note)


def _with_hours(figures: HourFigures, name: str, value: Decimal) -> HourFigures:
    changes: dict[str, Any] = {name: value}
    return replace(figures, **changes)


@dataclass
class _Line:
    """One line of the grid: an activity row (``row`` set) or a person's total (``row`` None)."""

    person_id: int
    row: GridRow | None
    figures: HourFigures
    dirty: bool = False
    problems: tuple[HourProblem, ...] = ()


class HoursGridModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[_Line] = []
        self._persons: dict[int, PersonSummary] = {}
        self.target = Decimal(37)
        self.margin = Decimal(0)
        self.headers = [
            tr(C, "Person"),
            tr(C, "Activity"),
            tr(C, "Planned"),
            tr(C, "Attended"),
            tr(C, "Sick"),
            tr(C, "Valid reason"),
            tr(C, "No valid reason"),
            tr(C, "Note"),
            tr(C, "Status"),
        ]

    # --- loading and reading back ---------------------------------------------------------

    def set_grid(self, grid: WeekGrid) -> None:
        self.beginResetModel()
        self._persons = dict(grid.persons)
        self.target = grid.target
        self.margin = grid.margin
        self._lines = []
        current: int | None = None
        for row in grid.rows:
            if current is not None and row.person_id != current:
                self._lines.append(_Line(current, None, HourFigures()))
            current = row.person_id
            self._lines.append(_Line(row.person_id, row, row.figures))
        if current is not None:
            self._lines.append(_Line(current, None, HourFigures()))
        self._recount()
        for line in self._lines:
            if line.row is not None:
                line.problems = validate_figures(line.figures, self.margin) if line.row.entry_id else ()
        self.endResetModel()

    def is_dirty(self) -> bool:
        return any(line.dirty for line in self._lines)

    def edits(self) -> list[EntryEdit]:
        return [
            EntryEdit(line.person_id, line.row.activity_id, line.row.entry_id, line.row.version, line.figures)
            for line in self._lines
            if line.dirty and line.row is not None
        ]

    def problems(self) -> list[tuple[str, HourProblem]]:
        return [
            (f"{line.row.person}, {line.row.activity}", problem)
            for line in self._lines
            if line.row is not None and line.dirty
            for problem in line.problems
        ]

    def is_entry(self, row: int) -> bool:
        return 0 <= row < len(self._lines) and self._lines[row].row is not None

    def grid_row(self, row: int) -> GridRow | None:
        return self._lines[row].row if 0 <= row < len(self._lines) else None

    def figures(self, row: int) -> HourFigures:
        return self._lines[row].figures

    def person_at(self, row: int) -> int | None:
        return self._lines[row].person_id if 0 <= row < len(self._lines) else None

    def person_ids(self) -> list[int]:
        return list(dict.fromkeys(line.person_id for line in self._lines))

    def week_totals(self) -> HourFigures:
        lines = [line.figures for line in self._lines if line.row is not None]
        return _figures_of(
            [sum((getattr(f, name) for f in lines), start=Decimal(0)) for name in HOUR_COLUMNS.values()]
        )

    # --- writing --------------------------------------------------------------------------

    def set_figures(self, row: int, figures: HourFigures) -> bool:
        line = self._lines[row]
        if line.row is None or line.row.approved:
            return False
        if figures == line.figures:
            return True
        line.figures = figures
        line.dirty = True
        line.problems = validate_figures(figures, self.margin)
        total = self._total_line_of(row)
        self._recount()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        if total is not None:
            self.dataChanged.emit(self.index(total, 0), self.index(total, self.columnCount() - 1))
        return True

    def attended_as_planned(self, rows: list[int]) -> int:
        changed = 0
        for row in rows:
            line = self._lines[row]
            if line.row is None or line.row.approved:
                continue
            f = line.figures
            attended = max(Decimal(0), f.planned - f.absent_sick - f.absent_valid - f.absent_unexcused)
            if self.set_figures(row, replace(f, attended=attended)):
                changed += 1
        return changed

    def apply_pattern(self, pattern: dict[tuple[int, int | None], HourFigures]) -> int:
        """Last week's pattern: full attendance stays full (of this week's planned), else the figures."""
        changed = 0
        for row, line in enumerate(self._lines):
            if line.row is None or line.row.approved:
                continue
            before = pattern.get((line.person_id, line.row.activity_id))
            if before is None:
                continue
            planned = line.figures.planned
            if before.attended >= before.planned:
                figures = HourFigures(planned, planned, note="")
            else:
                figures = replace(before, planned=planned)
            if figures != line.figures and self.set_figures(row, figures):
                changed += 1
        return changed

    def _total_line_of(self, row: int) -> int | None:
        for index in range(row, len(self._lines)):
            if self._lines[index].row is None:
                return index
        return None

    def _recount(self) -> None:
        sums: dict[int, list[Decimal]] = {}
        for line in self._lines:
            if line.row is not None:
                acc = sums.setdefault(line.person_id, [Decimal(0)] * 5)
                for i, name in enumerate(HOUR_COLUMNS.values()):
                    acc[i] += getattr(line.figures, name)
        for line in self._lines:
            if line.row is None:
                line.figures = _figures_of(sums.get(line.person_id, [Decimal(0)] * 5))

    # --- Qt's model API -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        line = self._lines[index.row()]
        if line.row is not None and not line.row.approved and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), line, column)
        if role == Qt.ItemDataRole.EditRole:
            if column in HOUR_COLUMNS:
                return fmt_hours(getattr(line.figures, HOUR_COLUMNS[column])) if line.row else ""
            if column == NOTE:
                return line.figures.note
            return self._display(index.row(), line, column)
        if role == ID_ROLE:
            return line.row.entry_id if line.row else None
        if role == PERSON_ROLE:
            return line.person_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in HOUR_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and line.row is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if line.row is None:
                return QBrush(TOTAL_COLOUR)
            if any(self._problem_column(p) == column for p in line.problems):
                return QBrush(PROBLEM_COLOUR)
            if line.dirty and column in EDITABLE:
                return QBrush(DIRTY_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.row is None and column == NOTE and self._below(line.person_id):
                return QBrush(BELOW_COLOUR)
            if line.row is not None and line.row.approved:
                return QBrush(LOCKED_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            messages = [p.message for p in line.problems if self._problem_column(p) == column]
            if messages:
                return "\n".join(messages)
            if line.row is not None and column == ACTIVITY and line.row.provider:
                return line.row.provider
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        line = self._lines[index.row()]
        column = index.column()
        if line.row is None or column not in EDITABLE:
            return False
        if column == NOTE:
            return self.set_figures(index.row(), replace(line.figures, note=str(value)))
        number = value if isinstance(value, Decimal) else parse_hours_text(str(value))
        if number is None:
            return False
        return self.set_figures(index.row(), _with_hours(line.figures, HOUR_COLUMNS[column], number))

    # --- helpers --------------------------------------------------------------------------

    @staticmethod
    def _problem_column(problem: HourProblem) -> int:
        if problem.field == "note":
            return NOTE
        for column, name in HOUR_COLUMNS.items():
            if name == problem.field:
                return column
        return ATTENDED

    def _below(self, person_id: int) -> bool:
        summary = self._persons.get(person_id)
        return summary is not None and (
            (summary.average is not None and summary.average < self.target)
            or (summary.recent is not None and summary.recent < self.target)
        )

    def _display(self, row: int, line: _Line, column: int) -> str:
        if line.row is None:
            if column == PERSON:
                return ""
            if column == ACTIVITY:
                return tr(C, "Total")
            if column in HOUR_COLUMNS:
                return fmt_hours(getattr(line.figures, HOUR_COLUMNS[column]))
            if column == NOTE:
                summary = self._persons.get(line.person_id)
                if summary is None or summary.average is None:
                    return tr(C, "No weeks recorded yet")
                return tr(C, "Avg. {average} h/week; last 4 weeks {recent}; target {target}").format(
                    average=fmt_hours(summary.average),
                    recent=fmt_hours(summary.recent) if summary.recent is not None else "–",
                    target=hours_text(self.target),
                )
            return ""
        grid_row = line.row
        if column == PERSON:
            first = row == 0 or self._lines[row - 1].person_id != line.person_id
            return grid_row.person if first else ""
        if column == ACTIVITY:
            return grid_row.activity
        if column in HOUR_COLUMNS:
            return fmt_hours(getattr(line.figures, HOUR_COLUMNS[column]))
        if column == NOTE:
            return line.figures.note
        if column == STATUS:
            if grid_row.approved:
                return tr(C, "Approved")
            if line.dirty:
                return tr(C, "Not saved")
            return tr(C, "Saved") if grid_row.entry_id else tr(C, "Not recorded")
        return ""
