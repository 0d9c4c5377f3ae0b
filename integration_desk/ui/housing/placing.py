"""The board's one way to put persons in rooms, and to take it back: one undo step each.

A drop, "Allocate a room …", a dragged bar, F2 and Ctrl+M all ask the placement service first
(``services.housing_placement``): when the room is too small for the persons it must house, the
user chooses free rooms of the same unit for the rest of the family (``RestDialog``), or reads why
there are none; the stays are then saved together in one transaction, and undone together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from integration_desk.services import housing_allocations as allocations
from integration_desk.services.context import AppContext
from integration_desk.services.housing_allocations import AllocationInput, Batch
from integration_desk.services.housing_placement import Placement, plan_placement
from integration_desk.ui.housing.commands import ServiceCommand
from integration_desk.ui.housing.rest_dialog import RestDialog
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.errors import run_action

if TYPE_CHECKING:
    from integration_desk.ui.housing.view import HousingView

C = "HousingView"
Ids = tuple[tuple[int, int], ...]


@dataclass
class _Step:
    """What a redo needs to be undone: the changed stay's version, the new stays' ids and versions."""

    version: int = 0
    ids: Ids = ()

    def saved(self, batch: Batch) -> Batch:
        self.version = batch.updated[0].version if batch.updated else 0
        self.ids = tuple((saved.id, saved.version) for saved in batch.created)
        return batch


class Placing:
    def __init__(self, view: HousingView) -> None:
        self.view = view

    @property
    def ctx(self) -> AppContext:
        return self.view.ctx

    def _stays_for(self, placement: Placement | None) -> tuple[AllocationInput, ...] | None:
        """The stays the user settles on: the room alone when it holds everyone, else the room and
        the free rooms ticked for the rest; None when cancelled."""
        if placement is None:
            return None
        if placement.rest == 0:
            return placement.stays()
        dialog = RestDialog(placement, self.view)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return run_action(self.view, lambda: placement.stays(dialog.chosen()))

    # -- new stays ------------------------------------------------------------------------------

    def place(
        self,
        household_id: int,
        room_id: int,
        starts_on: date,
        ends_on: date | None = None,
        persons: int | None = None,
    ) -> None:
        """A waiting household into a room (and, asked, the rooms beside it for the rest)."""
        placement = run_action(
            self.view,
            lambda: plan_placement(self.ctx, household_id, room_id, starts_on, ends_on, persons=persons),
        )
        stays = self._stays_for(placement)
        if stays:
            self.create(tr(C, "Allocate room"), stays)

    def create(self, text: str, stays: tuple[AllocationInput, ...]) -> bool:
        """New stays, saved together; undo removes them together. True when they were saved."""
        step = _Step()

        def do() -> object:
            return step.saved(allocations.save_stays(self.ctx, create=stays))

        def undo() -> object:
            return step.saved(allocations.save_stays(self.ctx, delete=step.ids))

        command = ServiceCommand(self.view, text, do, undo)
        self.view.undo_stack.push(command)
        return command.took

    # -- a stay changed or moved ------------------------------------------------------------------

    def change(
        self, text: str, stay_id: int, version: int, old: AllocationInput, new: AllocationInput
    ) -> None:
        """A stay to another room, other dates or persons; a room too small for the persons it
        housed asks for the rest like a new stay does."""
        placement = run_action(
            self.view,
            lambda: plan_placement(
                self.ctx, new.household_id, new.room_id, new.starts_on, new.ends_on,
                persons=new.persons, keep=old.persons, ignore=stay_id, end_reason=new.end_reason,
            ),
        )  # fmt: skip
        stays = self._stays_for(placement)
        if not stays:
            return
        main, extra = stays[0], stays[1:]
        step = _Step(version)

        def do() -> object:
            return step.saved(
                allocations.save_stays(self.ctx, update=((stay_id, step.version, main),), create=extra)
            )

        self.view.undo_stack.push(ServiceCommand(self.view, text, do, self._back(step, stay_id, old)))

    def _back(self, step: _Step, stay_id: int, old: AllocationInput) -> Callable[[], object]:
        """The undo of a change or a move: the new stays go, the stay is as it was — one transaction."""

        def undo() -> object:
            return step.saved(
                allocations.save_stays(self.ctx, delete=step.ids, update=((stay_id, step.version, old),))
            )

        return undo

    def move_from(self, stay_id: int, version: int, old: AllocationInput, on: date, room_id: int) -> None:
        """The household moves to ``room_id`` on ``on`` (Ctrl+M); the rest of it beside, asked."""
        placement = run_action(
            self.view,
            lambda: plan_placement(
                self.ctx, old.household_id, room_id, on, old.ends_on,
                persons=old.persons, keep=old.persons, ignore=stay_id, end_reason=old.end_reason,
            ),
        )  # fmt: skip
        stays = self._stays_for(placement)
        if not stays:
            return
        step = _Step(version)

        def do() -> object:
            return step.saved(allocations.move_from(self.ctx, stay_id, step.version, on, stays))

        self.view.undo_stack.push(
            ServiceCommand(self.view, tr(C, "Move to another room"), do, self._back(step, stay_id, old))
        )
