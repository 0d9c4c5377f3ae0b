"""Settling an edit conflict: per field, the value someone else saved beside the user's own.

The user keeps theirs, takes their own, or chooses per field. Cancelling leaves the editor as it
was, so nothing typed is lost. Fields only one side changed were merged already and are not shown.
A row one side deleted while the other edited it shows as "Deleted by Hanne Holm" beside
"Your change: …": keeping theirs deletes it, taking yours keeps the edited row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from integration_desk.domain.conflicts import MINE, THEIRS, EditConflict, FieldConflict
from integration_desk.ui.format import fmt_date
from integration_desk.ui.i18n import tr

C = "ConflictDialog"


def default_text(value: Any) -> str:
    if value is None or value == "":
        return tr(C, "(empty)")
    if hasattr(value, "strftime"):
        return fmt_date(value)
    return str(value)


def side_text(conflict: FieldConflict, side: str, by: str, show: Callable[[str, Any], str]) -> str:
    """One side's value as its radio button reads; a deleted row says who deleted it."""
    value = conflict.theirs if side == THEIRS else conflict.mine
    deleted = conflict.deleted_by
    if deleted is None:
        return show(conflict.field, value)
    name = by or tr(C, "someone else")
    if deleted == side:
        return tr(C, "Deleted by {name}").format(name=name) if side == THEIRS else tr(C, "Deleted by you")
    row = show(conflict.field, value)
    if side == MINE:
        return tr(C, "Your change: {row}").format(row=row)
    return tr(C, "Changed by {name}: {row}").format(name=name, row=row)


class ConflictDialog(QDialog):
    """``choices()`` after ``exec()``: field -> ``THEIRS`` or ``MINE``."""

    def __init__(
        self,
        conflicts: tuple[FieldConflict, ...],
        labels: Mapping[str, str],
        by: str,
        parent: QWidget | None = None,
        text_of: Callable[[str, Any], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(tr(C, "Changed by someone else"))
        self.setModal(True)
        show = text_of or (lambda _field, value: default_text(value))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                C,
                "{name} saved the same record while you were editing it. Changes only one of you made "
                "are merged already. Choose which value to keep where you both changed the same field.",
            ).format(name=by or tr(C, "Someone else"))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.addWidget(QLabel("<b>" + tr(C, "Field") + "</b>"), 0, 0)
        grid.addWidget(QLabel("<b>" + tr(C, "Their value") + "</b>"), 0, 1)
        grid.addWidget(QLabel("<b>" + tr(C, "Your value") + "</b>"), 0, 2)
        self.theirs: dict[str, QRadioButton] = {}
        self.mine: dict[str, QRadioButton] = {}
        self._groups: list[QButtonGroup] = []
        for row, conflict in enumerate(conflicts, start=1):
            grid.addWidget(QLabel(labels.get(conflict.field, conflict.field)), row, 0)
            theirs = QRadioButton(side_text(conflict, THEIRS, by, show))
            mine = QRadioButton(side_text(conflict, MINE, by, show))
            theirs.setObjectName(f"theirs_{conflict.field}")
            mine.setObjectName(f"mine_{conflict.field}")
            mine.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(theirs)
            group.addButton(mine)
            self._groups.append(group)
            grid.addWidget(theirs, row, 1)
            grid.addWidget(mine, row, 2)
            self.theirs[conflict.field] = theirs
            self.mine[conflict.field] = mine
        layout.addLayout(grid)
        buttons = QDialogButtonBox()
        self.keep_theirs = QPushButton(tr(C, "Keep theirs"))
        self.take_mine = QPushButton(tr(C, "Use mine"))
        self.save_chosen = QPushButton(tr(C, "Save chosen"))
        self.save_chosen.setDefault(True)
        for button in (self.keep_theirs, self.take_mine, self.save_chosen):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(tr(C, "Back to editing"))
        self.keep_theirs.clicked.connect(lambda: self._all(self.theirs))
        self.take_mine.clicked.connect(lambda: self._all(self.mine))
        self.save_chosen.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _all(self, side: dict[str, QRadioButton]) -> None:
        for button in side.values():
            button.setChecked(True)
        self.accept()

    def choices(self) -> dict[str, str]:
        return {field: MINE if button.isChecked() else THEIRS for field, button in self.mine.items()}


def settle(
    factory: Callable[..., ConflictDialog],
    conflict: EditConflict,
    labels: Mapping[str, str],
    parent: QWidget | None,
    text_of: Callable[[str, Any], str] | None = None,
) -> dict[str, str] | None:
    """The user's choice per conflicting field: ``{}`` when everything merged by itself, None when
    they went back to editing (nothing is saved then and the editor keeps what they typed)."""
    if not conflict.result.conflicts:
        return {}
    dialog = factory(conflict.result.conflicts, labels, conflict.by, parent, text_of)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choices()
