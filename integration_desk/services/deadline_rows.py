"""A deadline as the person's page shows it: shared by ``deadlines`` and ``programme_end``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from integration_desk.db.models import Deadline
from integration_desk.domain.deadlines import DeadlineKind, DeadlineState, deadline_state


@dataclass(frozen=True)
class DeadlineRow:
    id: int
    version: int
    person_id: int
    kind: str
    label: str
    due_on: date
    done_on: date | None
    done_by: str | None
    state: DeadlineState
    #: what closed it, where that is more than a date (why the programme ended)
    note: str = ""

    @property
    def is_programme_extension(self) -> bool:
        """Done by a later signed end or a recorded end reason, never by a bare "Mark done"."""
        return self.kind == DeadlineKind.PROGRAMME_EXTENSION.value


def row_of(deadline: Deadline, today: date, note: str = "") -> DeadlineRow:
    return DeadlineRow(
        id=deadline.id,
        version=deadline.version,
        person_id=deadline.person_id,
        kind=deadline.kind,
        label=DeadlineKind(deadline.kind).label(),
        due_on=deadline.due_on,
        done_on=deadline.done_on,
        done_by=deadline.done_by,
        state=deadline_state(deadline.due_on, deadline.done_on, today),
        note=note,
    )
