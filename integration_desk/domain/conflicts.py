"""Three-way merge for optimistic locking: what the user loaded, what is stored now, what they typed.

A field only one side changed merges by itself; a field both sides changed to different values is
a true conflict the user settles (keep theirs, take yours). Lists of stored rows (a contract's
activities, a notice's household members) merge row by row by their stored id: a row either side
added is kept, a row one side removed and the other left alone goes, and a row one side removed
while the other edited it is a true conflict like a field both changed (delete against edit).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from integration_desk.domain.errors import ConflictError

THEIRS = "theirs"
MINE = "mine"
#: ends the prefix of a row field of ``keyed_rows`` ("activity:12"); no plain field name holds it
ROW_MARK = ":"

R = TypeVar("R")


@dataclass(frozen=True)
class FieldConflict:
    """One field both sides changed: the value loaded, the stored (their) value, the user's value."""

    field: str
    base: Any
    theirs: Any
    mine: Any

    @property
    def is_row(self) -> bool:
        """A row of ``keyed_rows``: ``None`` on a side means that side deleted it."""
        return is_row_field(self.field)

    @property
    def deleted_by(self) -> str | None:
        """``THEIRS`` or ``MINE`` when one side deleted the row the other edited, else None."""
        if not self.is_row:
            return None
        if self.theirs is None:
            return THEIRS
        return MINE if self.mine is None else None


def is_row_field(field: str) -> bool:
    return ROW_MARK in field


@dataclass(frozen=True)
class MergeResult:
    merged: dict[str, Any]
    conflicts: tuple[FieldConflict, ...]


def merge_fields(base: Mapping[str, Any], theirs: Mapping[str, Any], mine: Mapping[str, Any]) -> MergeResult:
    """Every field of ``theirs`` in the result: auto-merged where one side changed it; for a true
    conflict the merged value is theirs until the user chooses (see ``resolve``)."""
    merged: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for field, their_value in theirs.items():
        base_value = base.get(field)
        my_value = mine.get(field, base_value)
        if my_value in (their_value, base_value):
            merged[field] = their_value
        elif their_value == base_value:
            merged[field] = my_value
        else:
            merged[field] = their_value
            conflicts.append(FieldConflict(field, base_value, their_value, my_value))
    return MergeResult(merged, tuple(conflicts))


def keyed_rows(
    prefix: str, base: Sequence[R], theirs: Sequence[R], mine: Sequence[R], key: Callable[[R], Any]
) -> tuple[dict[str, R | None], dict[str, R | None], dict[str, R | None]]:
    """Rows that carry a key (a stored id) as one field each, ``"{prefix}{key}"``, so that
    ``merge_fields`` compares them row by row: a row one side edited merges by itself, a row both
    sides edited differently is a conflict, a row one side removed is ``None`` on that side (and a
    conflict when the other side edited it). Rows without a key (new, unsaved ones) are left out:
    the caller adds them back. A ``prefix`` ending with ``ROW_MARK`` lets the conflict dialog tell
    a deleted row (``FieldConflict.deleted_by``) from an emptied field."""

    def keyed(rows: Sequence[R]) -> dict[str, R]:
        return {f"{prefix}{key(row)}": row for row in rows if key(row) is not None}

    b, t, m = keyed(base), keyed(theirs), keyed(mine)
    names = list(t) + [n for n in b if n not in t] + [n for n in m if n not in t and n not in b]
    return (
        {n: b.get(n) for n in names},
        {n: t.get(n) for n in names},
        {n: m.get(n) for n in names},
    )


def rows_of(values: Mapping[str, Any], prefix: str) -> tuple[Any, ...]:
    """The rows kept in a merged or resolved result of ``keyed_rows`` fields, in order."""
    return tuple(v for n, v in values.items() if n.startswith(prefix) and v is not None)


def resolve(result: MergeResult, choices: Mapping[str, str]) -> dict[str, Any]:
    """The row to save: the auto-merged fields plus, per true conflict, the side the user chose
    (``THEIRS`` when not named)."""
    merged = dict(result.merged)
    for conflict in result.conflicts:
        if choices.get(conflict.field, THEIRS) == MINE:
            merged[conflict.field] = conflict.mine
    return merged


class EditConflict(ConflictError):
    """A save found the row changed by someone else: both sides, merged as far as possible.

    ``their_version`` is the stored row version to save the resolution against.
    """

    def __init__(self, message: str, result: MergeResult, their_version: int, by: str = "") -> None:
        super().__init__(message)
        self.result = result
        self.their_version = their_version
        self.by = by
