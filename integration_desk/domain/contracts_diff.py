"""Comparing two versions of a contract: which activities were added, removed or changed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from integration_desk.domain.contracts import ActivityInput


class Change(StrEnum):
    SAME = "same"
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class ActivityChange:
    change: Change
    old: ActivityInput | None
    new: ActivityInput | None


def diff_activities(old: Sequence[ActivityInput], new: Sequence[ActivityInput]) -> tuple[ActivityChange, ...]:
    """Pair equal activities first, then the same type and provider as "changed"; the rest are
    added or removed. The result follows the new version's order, removed ones at the end."""
    unmatched_old = list(old)
    paired: list[tuple[ActivityInput, ActivityInput | None]] = []
    for activity in new:
        if activity in unmatched_old:
            unmatched_old.remove(activity)
            paired.append((activity, activity))
        else:
            paired.append((activity, None))
    result: list[ActivityChange] = []
    for activity, same in paired:
        if same is not None:
            result.append(ActivityChange(Change.SAME, same, activity))
            continue
        match = next(
            (o for o in unmatched_old if (o.kind, o.provider) == (activity.kind, activity.provider)), None
        )
        if match is None:
            match = next((o for o in unmatched_old if o.kind == activity.kind), None)
        if match is None:
            result.append(ActivityChange(Change.ADDED, None, activity))
        else:
            unmatched_old.remove(match)
            result.append(ActivityChange(Change.CHANGED, match, activity))
    result.extend(ActivityChange(Change.REMOVED, o, None) for o in unmatched_old)
    return tuple(result)


def diff_fields(old: Mapping[str, str], new: Mapping[str, str]) -> tuple[tuple[str, str, str], ...]:
    """(field, old text, new text) for every field whose text differs, in ``new``'s order."""
    return tuple((key, old.get(key, ""), value) for key, value in new.items() if old.get(key, "") != value)
