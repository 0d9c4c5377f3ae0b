"""The Arrivals menu (new notice, Excel import and export, quota periods) and opening items."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from integration_desk.services.access import Permission, can
from integration_desk.services.calendar import CalendarItem
from integration_desk.services.context import AppContext
from integration_desk.ui.format import fmt_date
from integration_desk.ui.i18n import by_count, tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.feedback import run_long
from integration_desk.ui.widgets.file_dialogs import EXCEL, open_file, save_file

C = "ArrivalsMenu"


def open_notice(ctx: AppContext, notice_id: int | None, parent: QWidget | None) -> QWidget:
    """Show a notice (or a new one) in its own window; returns the dialog."""
    from integration_desk.ui.arrivals.notice_dialog import NoticeDialog

    dialog = NoticeDialog(ctx, notice_id, parent)
    dialog.setModal(False)
    dialog.show()
    return dialog


def open_item(ctx: AppContext, item: CalendarItem, parent: QWidget | None) -> QWidget | None:
    """A notice, visit or arrival opens the notice; a deadline or a move opens the person's file."""
    if item.notice_id is not None:
        return open_notice(ctx, item.notice_id, parent)
    if item.person_id is not None:
        hub.open_person.emit(item.person_id)
    return None


class ArrivalsMenuButton(QToolButton):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setText(tr(C, "Arrivals"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        writer = can(ctx, Permission.EDIT_CASES)
        for text, slot, writes in (
            (tr(C, "New arrival notice …"), self.new_notice, True),
            (tr(C, "Import arrivals from Excel …"), self.import_arrivals, True),
            (tr(C, "Save the import template …"), self.save_template, False),
            (tr(C, "Export arrivals to Excel …"), self.export_arrivals, False),
            (tr(C, "Quota periods …"), self.edit_quotas, True),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            action.setVisible(writer or not writes)
            menu.addAction(action)
        self.setMenu(menu)

    def new_notice(self) -> None:
        open_notice(self.ctx, None, self.window())

    def import_arrivals(self) -> None:
        from integration_desk.ui.arrivals.import_dialog import ImportDialog

        path = open_file(self, tr(C, "Import arrivals"), EXCEL)
        if path is not None:
            ImportDialog(self.ctx, path, self.window()).exec()

    def save_template(self) -> None:
        from integration_desk.documents.arrivals_xlsx import write_template

        path = save_file(
            self, tr(C, "Save the import template"), tr(C, "Import template for arrivals"), EXCEL
        )
        saved = tr(C, "The import template was saved: {path}").format(path=path)
        if path is not None and run_long(self, lambda: write_template(path), lambda _r: saved) is not None:
            QMessageBox.information(self, tr(C, "Arrivals"), tr(C, "The template was saved."))

    def export_arrivals(self) -> None:
        from integration_desk.services.arrivals_export import export_arrivals

        name = tr(C, "Arrivals {date}").format(date=fmt_date(self.ctx.today()))
        path = save_file(self, tr(C, "Export arrivals"), name, EXCEL)
        if path is None:
            return
        count = run_long(
            self,
            lambda: export_arrivals(self.ctx, path),
            lambda n: by_count(
                n, tr(C, "{n} person exported to {path}"), tr(C, "{n} persons exported to {path}")
            ).format(n=n, path=path),
        )
        if count is not None:
            QMessageBox.information(
                self,
                tr(C, "Arrivals"),
                by_count(
                    count, tr(C, "{n} person was exported."), tr(C, "{n} persons were exported.")
                ).format(n=count),
            )

    def edit_quotas(self) -> None:
        from integration_desk.ui.arrivals.quota_dialog import QuotaDialog

        QuotaDialog(self.ctx, self.window()).exec()
