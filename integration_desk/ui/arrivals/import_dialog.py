"""Importing arrivals from Excel: check or import with a progress dialog, then the list of results."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
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
from integration_desk.ui.i18n import tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.errors import run_action
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

    def run(self, *, dry_run: bool) -> ImportResult | None:
        progress = QProgressDialog(tr(C, "Checking and importing …"), tr(C, "Cancel"), 0, 100, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(done: int, total: int) -> bool:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        self.results.clear()
        try:
            result = run_action(self, lambda: self._import(dry_run, report))
        finally:
            progress.reset()
            progress.deleteLater()
        if result is not None:
            announce(f"{self.path.name}: {describe_result(result)}")
        return result

    def _import(self, dry_run: bool, report: object) -> ImportResult | None:
        try:
            result = import_arrivals(self.ctx, self.path, dry_run=dry_run, progress=report)  # type: ignore[arg-type]
        except ImportRefused as error:
            self.summary.setText(str(error))
            self.summary.setStyleSheet("color: #b00020; font-weight: bold;")
            for problem in error.problems:
                item = QListWidgetItem(problem.describe())
                item.setForeground(QBrush(ERROR_COLOUR))
                self.results.addItem(item)
            return None
        except ImportCancelled as error:
            self.summary.setText(str(error))
            self.summary.setStyleSheet("")
            return None
        self.summary.setText(describe_result(result))
        self.summary.setStyleSheet("color: #1b5e20; font-weight: bold;")
        for warning in result.warnings:
            item = QListWidgetItem(tr(C, "Warning: {text}").format(text=warning.describe()))
            item.setForeground(QBrush(WARNING_COLOUR))
            self.results.addItem(item)
        if not result.warnings:
            self.results.addItem(tr(C, "No warnings."))
        if not dry_run:
            self.imported = True
            self.import_button.setEnabled(False)
            self.check_button.setEnabled(False)
            for table in ("households", "persons", "arrival_notices"):
                hub.broadcast({table})
        return result
