"""Integration contracts: their states, what may be edited, and the checks before saving.

A contract moves draft → ready (for signing) → signed → superseded (when a newer version is
signed). A ready contract can go back to draft; a signed one never changes again: editing it
starts the next version as a draft copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from integration_desk.domain.deadlines import add_months, contract_deadline, programme_end
from integration_desk.domain.errors import DomainError
from integration_desk.domain.rules import RuleSet
from integration_desk.formats import fmt_date
from integration_desk.i18n import tr

DRAFT = "draft"
READY = "ready"
SIGNED = "signed"
SUPERSEDED = "superseded"
STATUSES = (DRAFT, READY, SIGNED, SUPERSEDED)

_TRANSITIONS: dict[str, frozenset[str]] = {
    DRAFT: frozenset({READY}),
    READY: frozenset({DRAFT, SIGNED}),
    SIGNED: frozenset({SUPERSEDED}),
    SUPERSEDED: frozenset(),
}


def can_change(current: str, new: str) -> bool:
    return new in _TRANSITIONS.get(current, frozenset())


def check_change(current: str, new: str) -> None:
    if not can_change(current, new):
        raise DomainError(tr("domain", "A contract in this state cannot be changed that way."))


def is_editable(status: str) -> bool:
    """Only a draft is edited in place; a ready contract goes back to draft first."""
    return status == DRAFT


def starts_new_version(status: str) -> bool:
    """Editing a signed or superseded version starts a new draft version that copies it."""
    return status in (SIGNED, SUPERSEDED)


@dataclass(frozen=True)
class ActivityInput:
    kind: str
    provider: str
    starts_on: date
    ends_on: date
    hours_per_week: Decimal
    notes: str = ""
    #: optional split over weekdays, (("mon", Decimal("7.4")), ...); empty = evenly Monday to Friday
    weekday_hours: tuple[tuple[str, Decimal], ...] = ()
    #: the stored row this is (None: a new activity); kept through an edit, so saving updates that
    #: row and a merge recognises it. Not part of the activity's content (equality ignores it).
    activity_id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ContractHeader:
    takeover_date: date | None
    concluded_on: date | None
    programme_start: date | None
    programme_end: date | None


@dataclass(frozen=True)
class Problem:
    """One finding of the checks; ``row`` is the activity's index when the finding is about one."""

    message: str
    field: str
    row: int | None = None
    warning: bool = False


def default_programme_end(start: date, rules: RuleSet) -> date:
    return programme_end(start, rules)


def latest_programme_end(start: date, rules: RuleSet) -> date:
    return programme_end(start, rules, rules.programme_max_months)


def validate(
    header: ContractHeader, activities: Sequence[ActivityInput], rules: RuleSet, today: date
) -> tuple[Problem, ...]:
    """Every problem of a contract at once, so the editor can mark all fields in one go."""
    problems: list[Problem] = []
    start, end = header.programme_start, header.programme_end
    if start is None:
        problems.append(Problem(tr("domain", "Enter the programme start date."), "programme_start"))
    if end is None:
        problems.append(Problem(tr("domain", "Enter the programme end date."), "programme_end"))
    if start is not None and end is not None:
        if end < start:
            problems.append(Problem(tr("domain", "The programme ends before it starts."), "programme_end"))
        elif end > latest_programme_end(start, rules):
            problems.append(
                Problem(
                    tr("domain", "The programme may last at most {months} months (rule set).").format(
                        months=rules.programme_max_months
                    ),
                    "programme_end",
                )
            )
    for row, activity in enumerate(activities):
        problems.extend(_activity_problems(row, activity, start, end, rules))
    if header.takeover_date is not None:
        due = contract_deadline(header.takeover_date, rules)
        concluded = header.concluded_on or today
        if concluded > due:
            problems.append(
                Problem(
                    tr("domain", "The contract deadline ({date}) has passed.").format(date=fmt_date(due)),
                    "concluded_on",
                    warning=True,
                )
            )
    return tuple(problems)


def _activity_problems(
    row: int, activity: ActivityInput, start: date | None, end: date | None, rules: RuleSet
) -> list[Problem]:
    number = row + 1
    found: list[Problem] = []
    if activity.ends_on < activity.starts_on:
        found.append(
            Problem(tr("domain", "Activity {n} ends before it starts.").format(n=number), "activity_end", row)
        )
    elif start is not None and end is not None and (activity.starts_on < start or activity.ends_on > end):
        found.append(
            Problem(
                tr("domain", "Activity {n} lies partly outside the programme period.").format(n=number),
                "activity_period",
                row,
            )
        )
    if not Decimal(0) < activity.hours_per_week <= rules.weekly_hours_target:
        found.append(
            Problem(
                tr(
                    "domain", "Activity {n}: the hours per week must be more than 0 and at most {max}."
                ).format(n=number, max=rules.weekly_hours_target),
                "activity_hours",
                row,
            )
        )
    return found


def errors_only(problems: Sequence[Problem]) -> tuple[Problem, ...]:
    return tuple(p for p in problems if not p.warning)


def deadline_passed(takeover: date | None, rules: RuleSet, on: date) -> bool:
    return takeover is not None and on > add_months(takeover, rules.contract_deadline_months)
