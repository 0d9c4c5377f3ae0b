"""Before the program migrates an older SQLite database it offers a backup (and a way out)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from integration_desk.ui.i18n import tr

C = "BackupOffer"


def offer_backup_before_upgrade(parent: QWidget | None, url: str) -> bool:
    """Ask before upgrading an older SQLite schema; False when the user chose not to go on."""
    from integration_desk.services import backup
    from integration_desk.services.database import upgrade_pending
    from integration_desk.services.errors import DatabaseSetupError, DomainError

    try:
        revision = upgrade_pending(url)
    except DatabaseSetupError:
        return True  # opening the database reports it in its own dialog
    if revision is None:
        return True
    answer = QMessageBox.question(
        parent,
        tr(C, "Update the database"),
        tr(
            C,
            "This version of Integration Desk updates the database to a newer format. "
            "Make a backup copy of the database first?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return False
    if answer != QMessageBox.StandardButton.Yes:
        return True
    try:
        result = backup.backup_before_upgrade(url, revision)
    except (DomainError, OSError) as error:
        QMessageBox.critical(
            parent,
            tr(C, "Update the database"),
            tr(C, "The backup could not be made, and the database was not updated: {why}").format(
                why=str(error)
            ),
        )
        return False
    QMessageBox.information(
        parent,
        tr(C, "Update the database"),
        tr(C, "A backup copy was saved as {file} and checked: it holds every row of the database.").format(
            file=str(result.path)
        ),
    )
    return True
