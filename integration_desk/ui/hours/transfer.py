"""The hours view's import of an attendance list and export of the hours, on a worker with
progress and Cancel: a cancelled import writes nothing, a cancelled export leaves no file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton, QWidget

from integration_desk.domain.weeks import IsoWeek
from integration_desk.services import hours_export, hours_import
from integration_desk.services.context import AppContext
from integration_desk.ui import ops
from integration_desk.ui.i18n import by_count, tr
from integration_desk.ui.widgets.feedback import announce
from integration_desk.ui.widgets.file_dialogs import EXCEL, open_file, save_file

C = "HoursTransfer"
#: the tables an import writes
IMPORT_CHANGES = frozenset({"hour_entries", "audit_events"})


def import_list(
    owner: QWidget,
    ctx: AppContext,
    path: Path | None = None,
    *,
    trigger: QPushButton | None = None,
) -> ops.Operation[hours_import.ImportSummary] | None:
    """Ask for the workbook (unless given) and import it on a worker."""
    if path is None:
        path = open_file(owner, tr(C, "Import attendance list"), EXCEL)
        if path is None:
            return None
    chosen = path

    def done(summary: hours_import.ImportSummary) -> str:
        return tr(C, "{file}: {created} hour entries created, {updated} updated.").format(
            file=chosen.name, created=summary.entries_created, updated=summary.entries_updated
        )

    return ops.run(
        owner,
        lambda task: hours_import.import_hours(ctx, chosen, progress=task.progress),
        None,
        progress=tr(C, "Importing the attendance list …"),
        changes=IMPORT_CHANGES,  # no initiator: the hours view shows the imported rows too
        trigger=trigger,
        status=done,
    )


def export_period(
    owner: QWidget,
    ctx: AppContext,
    start: IsoWeek,
    end: IsoWeek,
    path: Path | None = None,
    *,
    trigger: QPushButton | None = None,
) -> ops.Operation[hours_export.ExportSummary] | None:
    """Ask where (unless given) and export the hours of ``start``–``end`` on a worker."""
    if path is None:
        name = tr(C, "Hours week {first} to week {last}").format(
            first=f"{start.week} {start.year}", last=f"{end.week} {end.year}"
        )
        path = save_file(owner, tr(C, "Export hours"), name, EXCEL)
        if path is None:
            return None
    chosen = path

    def done(summary: hours_export.ExportSummary) -> None:
        announce(
            by_count(
                summary.rows,
                tr(C, "{n} hour entry exported to {path}"),
                tr(C, "{n} hour entries exported to {path}"),
            ).format(n=summary.rows, path=chosen)
        )

    return ops.run(
        owner,
        lambda task: hours_export.export_hours(ctx, chosen, start, end, progress=task.progress),
        done,
        progress=tr(C, "Exporting the hours …"),
        changes={"audit_events"},
        initiator=owner,
        trigger=trigger,
    )
