"""The versions of a person's contract, and two versions side by side."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from integration_desk.domain.contracts import ActivityInput
from integration_desk.domain.contracts_diff import Change
from integration_desk.services import contracts, labels
from integration_desk.services.context import AppContext
from integration_desk.services.contracts import ContractRow
from integration_desk.ui.format import fmt_date, fmt_hours
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.errors import run_action
from integration_desk.ui.widgets.table_model import ID_ROLE, Column, RowTableModel
from integration_desk.ui.widgets.table_view import RowTableView
from integration_desk.ui.widgets.window_size import fit_to_screen

C = "ContractHistory"
_COLOURS = {Change.ADDED: "#e3f4e4", Change.REMOVED: "#fbe3e3", Change.CHANGED: "#fff4d6"}


class HistoryDialog(QDialog):
    version_chosen = Signal(int)

    def __init__(self, ctx: AppContext, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr(C, "Contract versions"))
        fit_to_screen(self, 720, 360)
        columns: list[Column[ContractRow]] = [
            Column(tr(C, "Version"), lambda r: r.version_no),
            Column(tr(C, "Status"), lambda r: r.status),
            Column(tr(C, "Concluded"), lambda r: r.concluded_on),
            Column(tr(C, "Programme start"), lambda r: r.programme_start),
            Column(tr(C, "Programme end"), lambda r: r.programme_end),
            Column(tr(C, "Activities"), lambda r: r.activities),
        ]
        self.model: RowTableModel[ContractRow] = RowTableModel(columns, lambda r: r.id, self)
        self.table = RowTableView(self.model)
        self.table.setSelectionMode(RowTableView.SelectionMode.ExtendedSelection)
        self.model.set_rows(run_action(self, lambda: contracts.history(ctx, person_id)) or [])
        open_button = QPushButton(tr(C, "Open version"))
        compare_button = QPushButton(tr(C, "Compare two versions"))
        open_button.clicked.connect(self._open)
        compare_button.clicked.connect(self.compare_selected)
        hint = QLabel(
            tr(
                C,
                "Select two versions (Ctrl+click) and compare them; with one selected, it is compared with the one before.",
            )
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(open_button)
        buttons.addWidget(compare_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)

    def _selected_ids(self) -> list[int]:
        ids = []
        for index in self.table.selectionModel().selectedRows():
            ids.append(int(self.table.proxy.data(index, ID_ROLE)))
        return ids

    def _open(self) -> None:
        contract_id = self.table.current_id()
        if contract_id is not None:
            self.version_chosen.emit(contract_id)
            self.accept()

    def compare_selected(self) -> CompareDialog | None:
        ids = self._selected_ids()
        if len(ids) == 1:
            rows = [self.model.row_at(n) for n in range(self.model.rowCount())]
            position = next(i for i, r in enumerate(rows) if r.id == ids[0])
            if position == 0:
                return None
            ids = [rows[position - 1].id, ids[0]]
        if len(ids) != 2:
            return None
        dialog = CompareDialog(self.ctx, ids[0], ids[1], self)
        dialog.show()
        return dialog


def _activity_text(activity: ActivityInput | None) -> str:
    if activity is None:
        return ""
    provider = f", {activity.provider}" if activity.provider else ""
    return (
        f"{labels.activity_kind(activity.kind)}{provider}\n"
        f"{fmt_date(activity.starts_on)} – {fmt_date(activity.ends_on)}, {fmt_hours(activity.hours_per_week)} "
        + tr(C, "h/week")
    )


class CompareDialog(QDialog):
    def __init__(self, ctx: AppContext, old_id: int, new_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(C, "Compare versions"))
        fit_to_screen(self, 900, 520)
        comparison = run_action(self, lambda: contracts.compare(ctx, old_id, new_id))
        layout = QVBoxLayout(self)
        if comparison is None:
            return
        self.comparison = comparison
        old, new = comparison.old, comparison.new
        names = {
            "status": tr(C, "Status"),
            "caseworker": tr(C, "Caseworker"),
            "concluded_on": tr(C, "Concluded"),
            "programme_start": tr(C, "Programme start"),
            "programme_end": tr(C, "Programme end"),
            "employment_goal": tr(C, "Employment goal"),
            "education_goal": tr(C, "Education goal"),
            "interpreter_name": tr(C, "Interpreter"),
            "interpreter_language": tr(C, "Interpreter's language"),
        }
        changes = {
            Change.ADDED: tr(C, "added"),
            Change.REMOVED: tr(C, "removed"),
            Change.CHANGED: tr(C, "changed"),
            Change.SAME: "",
        }
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            ["", tr(C, "Version {n}").format(n=old.version_no), tr(C, "Version {n}").format(n=new.version_no)]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        for key, before, after in comparison.fields:
            self._add(names.get(key, key), before, after, "#fff4d6")
        for change in comparison.activities:
            self._add(
                changes[change.change],
                _activity_text(change.old),
                _activity_text(change.new),
                _COLOURS.get(change.change),
            )
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 360)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeRowsToContents()
        layout.addWidget(
            QLabel(
                tr(C, "{person}: what changed from version {a} to version {b}").format(
                    person=new.person, a=old.version_no, b=new.version_no
                )
            )
        )
        layout.addWidget(self.table, 1)

    def _add(self, label: str, before: str, after: str, colour: str | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((label, before, after)):
            item = QTableWidgetItem(text)
            if colour:
                item.setBackground(QColor(colour))
            self.table.setItem(row, column, item)
