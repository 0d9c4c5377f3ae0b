"""Kontrakter: each adult's newest integration contract, and the editor of the one chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from integration_desk.services import contracts, contracts_edit
from integration_desk.services.access import Permission, can
from integration_desk.services.context import AppContext
from integration_desk.services.contracts import ContractRow
from integration_desk.ui.contracts.dialogs import NewContractDialog
from integration_desk.ui.contracts.editor import ContractEditor
from integration_desk.ui.i18n import by_count, tr
from integration_desk.ui.signals import Change, hub
from integration_desk.ui.widgets.errors import run_action
from integration_desk.ui.widgets.flow_layout import FlowLayout
from integration_desk.ui.widgets.scroll_page import ScrollPage
from integration_desk.ui.widgets.table_model import ID_ROLE, Column, RowTableModel
from integration_desk.ui.widgets.table_view import RowTableView
from integration_desk.ui.widgets.view import View
from integration_desk.ui.widgets.window_size import fit_to_screen

if TYPE_CHECKING:
    from integration_desk.ui.contracts.preview import ReadyBatch

C = "ContractsView"


class ContractsView(View):
    watches = frozenset({"contracts", "contract_activities", "persons"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        columns: list[Column[ContractRow]] = [
            Column(tr(C, "Person"), lambda r: r.person),
            Column(tr(C, "Version"), lambda r: r.version_no),
            Column(tr(C, "Status"), lambda r: r.status),
            Column(tr(C, "Programme end"), lambda r: r.programme_end),
        ]
        self.model: RowTableModel[ContractRow] = RowTableModel(columns, lambda r: r.id, self)
        self.table = RowTableView(self.model)
        self.table.set_column_widths([160, 55, 140])
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._open_current())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        new_button = QPushButton(tr(C, "New contract…"))
        ready_button = QPushButton(tr(C, "Print all ready for signing…"))
        texts_button = QPushButton(tr(C, "Texts and letterhead…"))
        new_button.clicked.connect(self.new_contract)
        ready_button.clicked.connect(self.print_ready)
        self.ready_button = ready_button
        texts_button.clicked.connect(self.edit_templates)
        new_button.setVisible(can(ctx, Permission.EDIT_CASES))
        texts_button.setVisible(can(ctx, Permission.TEAM_SETTINGS))
        buttons = FlowLayout()
        buttons.addWidget(new_button)
        buttons.addWidget(ready_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(texts_button)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.table, 1)
        self.editor = ContractEditor(ctx)
        self.editor.contract_changed.connect(self._select)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(ScrollPage(self.editor, keep_width=True))
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 1140])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._shown: int | None = None
        #: the running or last "Print all ready for signing" (tests look at it)
        self.ready_batch: ReadyBatch | None = None

    def load(self) -> None:
        current = self.editor.detail.id if self.editor.detail else None
        rows = contracts.list_contracts(self.ctx)
        self.model.set_rows(rows)
        self.summary.setText(
            by_count(
                len(rows),
                tr(C, "{n} contract (newest version per person)."),
                tr(C, "{n} contracts (newest version per person)."),
            ).format(n=len(rows))
        )
        if current is not None:
            self._select(current, reload=False)
            self.editor.check_changed_elsewhere()
        elif rows:
            self.table.selectRow(0)

    def _select(self, contract_id: int, reload: bool = True) -> None:
        if reload:
            self.reload()
        for row in range(self.table.proxy.rowCount()):
            index = self.table.proxy.index(row, 0)
            if self.table.proxy.data(index, ID_ROLE) == contract_id:
                self._shown = contract_id  # the editor already shows it
                self.table.selectRow(row)
                return

    def _open_current(self) -> None:
        contract_id = self.table.current_id()
        if contract_id is None or contract_id == self._shown:
            return
        if not self.editor.keep_or_save_changes():
            # Stay on the contract being edited: select its row again (no reload, nothing lost).
            shown = self._shown
            if shown is not None:
                self._select(shown, reload=False)
            return
        self._shown = contract_id
        self.editor.load(contract_id)

    def new_contract(self) -> None:
        persons = run_action(self, lambda: contracts_edit.persons_without_contract(self.ctx))
        if persons is None:
            return
        dialog = NewContractDialog(persons, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.person_id() is None:
            return
        person_id = dialog.person_id()
        assert person_id is not None
        contract_id = run_action(self, lambda: contracts_edit.create_contract(self.ctx, person_id))
        if contract_id is not None:
            hub.broadcast({"contracts"})
            self.editor.load(contract_id)
            self._select(contract_id)

    def print_ready(self) -> None:
        from integration_desk.ui.contracts.preview import print_ready

        mine = self.ctx.user.caseload_id
        self.ready_batch = print_ready(self.ctx, self, mine, trigger=self.ready_button)

    def edit_templates(self) -> None:
        from integration_desk.ui.contracts.templates import TemplatesDialog

        TemplatesDialog(self.ctx, self).exec()


class PersonContractDialog(QDialog):
    """The editor in a window of its own, opened from a person's file."""

    def __init__(self, ctx: AppContext, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(C, "Integration contract"))
        fit_to_screen(self, 1150, 820)
        self.editor = ContractEditor(ctx, self)
        QVBoxLayout(self).addWidget(ScrollPage(self.editor, keep_width=True))
        contract_id = contracts.newest_contract_id(ctx, person_id)
        if contract_id is None:
            contract_id = run_action(self, lambda: contracts_edit.create_contract(ctx, person_id))
            if contract_id is not None:
                hub.broadcast({"contracts"})
        if contract_id is not None:
            self.editor.load(contract_id)
        hub.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        if change.touches(("contracts", "contract_activities")):
            self.editor.check_changed_elsewhere()

    def reject(self) -> None:
        if self.editor.keep_or_save_changes():
            self.editor.presence.release()
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor.keep_or_save_changes():
            self.editor.presence.release()
            event.accept()
        else:
            event.ignore()
