"""The real PDF pages on screen (QtPdf), printing through QPrintDialog, saving as PDF, and one PDF
of every contract ready for signing with a progress dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from integration_desk.services import contracts_print
from integration_desk.services.context import AppContext
from integration_desk.ui import ops
from integration_desk.ui.format import fmt_date
from integration_desk.ui.i18n import by_count, tr
from integration_desk.ui.widgets.errors import run_action
from integration_desk.ui.widgets.feedback import announce
from integration_desk.ui.widgets.file_dialogs import PDF, save_file
from integration_desk.ui.widgets.window_size import fit_to_screen

C = "ContractPreview"
PRINT_DPI = 300


class PdfPreviewDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        pdf: bytes,
        contract_ids: Sequence[int],
        title: str,
        parent: QWidget | None = None,
        *,
        file_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pdf = pdf
        #: what "Save as PDF" suggests (without .pdf)
        self.file_name = file_name or title
        self.contract_ids = list(contract_ids)
        self.setWindowTitle(title)
        fit_to_screen(self, 820, 940)
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.pages = QLabel(
            by_count(self.document.pageCount(), tr(C, "{n} page"), tr(C, "{n} pages")).format(
                n=self.document.pageCount()
            )
        )
        print_button = QPushButton(tr(C, "Print…"))
        save_button = QPushButton(tr(C, "Save as PDF…"))
        close_button = QPushButton(tr(C, "Close"))
        print_button.clicked.connect(self.print_dialog)
        save_button.clicked.connect(self.save_dialog)
        close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages)
        buttons.addStretch(1)
        for button in (print_button, save_button, close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        print_button.setDefault(True)

    @classmethod
    def for_contract(
        cls, ctx: AppContext, contract_id: int, parent: QWidget | None, *, file_name: str = ""
    ) -> PdfPreviewDialog | None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf = run_action(parent, lambda: contracts_print.render_contract(ctx, contract_id))
        finally:
            QApplication.restoreOverrideCursor()
        if pdf is None:
            return None
        return cls(ctx, pdf, [contract_id], tr(C, "Contract: preview"), parent, file_name=file_name)

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(self.document.pageCount(), 1))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Each PDF page as a picture at the printer's resolution, in the printer's page range."""
        first = max(printer.fromPage(), 1) if printer.fromPage() else 1
        last = printer.toPage() if printer.toPage() else self.document.pageCount()
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, tr(C, "Print"), tr(C, "The printer could not be started."))
            return
        try:
            for number in range(first - 1, min(last, self.document.pageCount())):
                if number > first - 1:
                    printer.newPage()
                target = printer.pageLayout().paintRectPixels(printer.resolution())
                points = self.document.pagePointSize(number)
                scale = min(target.width() / points.width(), target.height() / points.height())
                size = QSize(int(points.width() * scale), int(points.height() * scale))
                painter.drawImage(0, 0, self.document.render(number, size))
        finally:
            painter.end()
        name = printer.printerName() or printer.outputFileName()
        ids = list(self.contract_ids)

        def printed(count: int) -> None:
            one, many = (
                tr(C, "The contract was printed on {printer}."),
                tr(C, "{n} contracts printed on {printer}."),
            )
            announce((one if count == 1 else many).format(n=count, printer=name))

        ops.run(
            self,
            lambda _task: contracts_print.record_printed(self.ctx, ids, "printer"),
            printed,
            changes={"audit_events"},
            initiator=self,
        )

    def save_dialog(self) -> None:
        path = save_file(self, tr(C, "Save as PDF"), self.file_name, PDF)
        if path is not None:
            self.save_to(str(path))

    def save_to(self, path: str, on_saved: Callable[[bool], None] | None = None) -> bool:
        """Write the PDF (all or nothing, on a worker) and record the print; False when ``path``'s
        folder does not exist. ``on_saved(ok)`` runs once it is written or failed."""
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if not Path(path).parent.is_dir():
            self._not_written()
            return False
        ids, pdf = list(self.contract_ids), self.pdf

        def saved(count: int) -> None:
            one, many = (
                tr(C, "The contract was saved as PDF: {path}"),
                tr(C, "{n} contracts saved as PDF: {path}"),
            )
            announce((one if count == 1 else many).format(n=count, path=path))
            if on_saved is not None:
                on_saved(True)

        def failed(error: BaseException) -> bool:
            if on_saved is not None:
                on_saved(False)
            if isinstance(error, OSError):
                self._not_written()
                return True
            return False

        ops.run(
            self,
            lambda _task: contracts_print.save_pdf(self.ctx, ids, pdf, Path(path)),
            saved,
            failed,
            changes={"audit_events"},
            initiator=self,
        )
        return True

    def _not_written(self) -> None:
        QMessageBox.warning(
            self, tr(C, "Save as PDF"), tr(C, "The file could not be written. Choose another folder.")
        )


def contract_file_name(given_name: str, family_name: str, version_no: int) -> str:
    """What and whom, never the CPR number: "Integrationskontrakt Amina Testesen v1"."""
    name = f"{given_name} {family_name}".strip()
    return tr(C, "Integration contract {name} v{version}").format(name=name, version=version_no)


@dataclass
class ReadyBatch:
    """What "Print all ready for signing" is doing: ``dialog`` once the PDF is shown."""

    ids: list[int] | None = None
    dialog: PdfPreviewDialog | None = None
    operation: ops.Operation[bytes] | None = None
    cancelled: bool = False


def print_ready(
    ctx: AppContext,
    parent: QWidget | None,
    caseworker_id: int | None,
    *,
    trigger: QWidget | None = None,
) -> ReadyBatch:
    """One PDF of every contract ready for signing (the caseworker's own when given), made on a
    worker with a progress dialog that can cancel; shown in the preview for printing or saving."""
    batch = ReadyBatch()

    def render(ids: list[int]) -> None:
        batch.ids = ids
        if not ids:
            QMessageBox.information(parent, tr(C, "Print"), tr(C, "No contracts are ready for signing."))
            return
        batch.operation = ops.run(
            parent,
            lambda task: contracts_print.render_many(ctx, ids, task.progress),
            lambda pdf: show(ids, pdf),
            failed,
            progress=by_count(
                len(ids),
                tr(C, "Making the PDF of {n} contract…"),
                tr(C, "Making the PDF of {n} contracts…"),
            ).format(n=len(ids)),
            trigger=trigger,
        )

    def failed(error: BaseException) -> bool:
        if isinstance(error, ops.Cancelled):
            batch.cancelled = True
            announce(tr(C, "Cancelled: no PDF of the contracts was made."))
            return True
        return False

    def show(ids: list[int], pdf: bytes) -> None:
        dialog = PdfPreviewDialog(
            ctx,
            pdf,
            ids,
            tr(C, "Contracts ready for signing: {n}").format(n=len(ids)),
            parent,
            file_name=tr(C, "Contracts ready for signing {date}").format(date=fmt_date(ctx.today())),
        )
        batch.dialog = dialog
        dialog.show()

    ops.run(
        parent,
        lambda _task: contracts_print.ready_contract_ids(ctx, caseworker_id),
        render,
        trigger=trigger,
        idempotent=True,
    )
    return batch
