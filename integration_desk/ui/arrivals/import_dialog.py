"""Importing arrivals from Excel: check or import on a worker (``ui.ops``) with a progress dialog and
*Cancel*, then the list of results."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from integration_desk.documents.xlsx_import import ImportRefused
from integration_desk.services.arrivals_import import (
    ImportCancelled,
    ImportResult,
    describe_result,
    import_arrivals,
)
from integration_desk.services.context import AppContext
from integration_desk.services.progress import Cancelled
from integration_desk.ui import ops
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.feedback import announce
from integration_desk.ui.widgets.window_size import fit_to_screen

C = "ImportDialog"
ERROR_COLOUR = QColor("#b00020")
WARNING_COLOUR = QColor("#8a4b00")


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.imported = False
        self.setWindowTitle(tr(C, "Import arrivals"))
        fit_to_screen(self, 820, 520)
        heading = QLabel(tr(C, "File: {name}").format(name=path.name))
        heading.setToolTip(str(path))
        explanation = QLabel(
            tr(
                C,
                "Every row is checked first. When any row has an error nothing is imported; "
                "warnings do not stop the import.",
            )
        )
        explanation.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("summary")
        self.results = QListWidget()
        self.results.setObjectName("results")
        self.check_button = QPushButton(tr(C, "Check only"))
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button = QPushButton(tr(C, "Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        close = QPushButton(tr(C, "Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)

    def run(self, *, dry_run: bool) -> ops.Operation[ImportResult]:
        """Check (``dry_run``) or import on a worker; a progress dialog with *Cancel* while it runs.

        A cancel rolls the one transaction back: nothing is written."""
        ctx, path = self.ctx, self.path
        self.results.clear()
        self.summary.setText(tr(C, "Checking and importing …"))
        self.summary.setStyleSheet("")
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        return ops.run(
            self,
            lambda task: import_arrivals(ctx, path, dry_run=dry_run, progress=task.progress),
            lambda result: self._show_result(result, dry_run),
            self._failed,
            progress=tr(C, "Checking and importing …"),
            changes=() if dry_run else ("households", "persons", "arrival_notices"),
            initiator=self,
            status=lambda result: f"{path.name}: {describe_result(result)}",
        )

    def _enable(self) -> None:
        if not self.imported:
            self.check_button.setEnabled(True)
            self.import_button.setEnabled(True)

    def _failed(self, error: BaseException) -> bool:
        """The refusal and the cancel are shown in the dialog; anything else as always (ops)."""
        self._enable()
        if isinstance(error, ImportRefused):
            self.summary.setText(str(error))
            self.summary.setStyleSheet("color: #b00020; font-weight: bold;")
            for problem in error.problems:
                item = QListWidgetItem(problem.describe())
                item.setForeground(QBrush(ERROR_COLOUR))
                self.results.addItem(item)
            return True
        if isinstance(error, Cancelled):
            self.summary.setText(str(ImportCancelled()))
            self.summary.setStyleSheet("")
            announce(f"{self.path.name}: {ImportCancelled()}")
            return True
        self.summary.setText("")
        return False

    def _show_result(self, result: ImportResult, dry_run: bool) -> None:
        if not dry_run:
            self.imported = True
        self._enable()
        self.summary.setText(describe_result(result))
        self.summary.setStyleSheet("color: #1b5e20; font-weight: bold;")
        for warning in result.warnings:
            item = QListWidgetItem(tr(C, "Warning: {text}").format(text=warning.describe()))
            item.setForeground(QBrush(WARNING_COLOUR))
            self.results.addItem(item)
        if not result.warnings:
            self.results.addItem(tr(C, "No warnings."))
