"""The question a too-small room asks: where do the rest of the family live, in the same unit?"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from integration_desk.services.housing_placement import Placement
from integration_desk.ui.housing.words import beds_text, persons_text
from integration_desk.ui.i18n import tr

C = "HousingRestDialog"


class RestDialog(QDialog):
    """The free rooms of the unit, for the same dates, ticked for the rest of the household; OK only
    when they hold everyone (the fewest rooms that do are ticked to begin with)."""

    def __init__(self, placement: Placement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placement = placement
        self.setWindowTitle(tr(C, "The rest of {household}").format(household=placement.household))
        question = QLabel(placement.question())
        question.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        self.rooms: dict[int, QCheckBox] = {}
        for room in placement.free_rooms:
            box = QCheckBox(tr(C, "{room} ({beds})").format(room=room.name, beds=beds_text(room.beds)))
            box.setChecked(room.room_id in placement.proposal)
            box.toggled.connect(self._update)
            self.rooms[room.room_id] = box
            layout.addWidget(box)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._update()

    def chosen(self) -> list[int]:
        return [room_id for room_id, box in self.rooms.items() if box.isChecked()]

    def _update(self) -> None:
        beds = sum(r.beds for r in self.placement.free_rooms if r.room_id in self.chosen())
        rest = self.placement.rest
        enough = beds >= rest
        if enough:
            text = tr(C, "Chosen: {beds} for the other {rest}.").format(
                beds=beds_text(beds), rest=persons_text(rest)
            )
        else:
            text = tr(C, "Choose beds for {missing} more.").format(missing=persons_text(rest - beds))
        self.status.setText(text)
        self.status.setStyleSheet("" if enough else "color: #b00020; font-weight: bold")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(enough)
