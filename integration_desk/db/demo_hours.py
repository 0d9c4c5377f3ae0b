"""Demo data, part four: the weekly hour register of every adult with a signed contract.

One row per activity in force and ISO week, from the programme's first activity up to the week
before today: planned hours cut by public holidays (a fifth of the weekly hours per weekday off),
attended hours less absence - mostly none, sometimes sick, a valid reason, or no valid reason,
the last always with a note because it is the basis of benefit deductions. Weeks older than two
weeks are approved. These are the bulk of the demo, so they go in by Core ``executemany``.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from integration_desk.db.base import utcnow
from integration_desk.db.demo_names import SICK_NOTES, UNEXCUSED_NOTES, VALID_NOTES
from integration_desk.db.models import ContractActivity, HourEntry, Person
from integration_desk.domain.rules import RuleSet, rule_set_in_force
from integration_desk.domain.weeks import IsoWeek, working_days

_BATCH = 5000
_CENT = Decimal("0.01")
_FIVE = Decimal(5)
_NONE = Decimal(0)


@dataclass(frozen=True)
class _Plan:
    person: Person
    username: str  # the caseworker, who records and approves
    activities: tuple[ContractActivity, ...]


class HourRegister:
    def __init__(self, session: Session, rng: random.Random, today: date, rule_sets: list[RuleSet]) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.rule_sets = rule_sets
        self._plans: list[_Plan] = []
        self._workdays: dict[date, tuple[date, ...]] = {}

    def add(self, person: Person, username: str, activities: tuple[ContractActivity, ...]) -> None:
        """Register the activities of ``person``'s signed contracts; rows are made by ``write``."""
        if activities:
            self._plans.append(_Plan(person, username, activities))

    def write(self) -> int:
        """Insert every row (persons and activities must have ids by now); returns how many."""
        table = HourEntry.metadata.tables[HourEntry.__tablename__]
        written = 0
        batch: list[dict[str, Any]] = []
        for plan in self._plans:
            for row in self._rows(plan):
                batch.append(row)
                if len(batch) >= _BATCH:
                    # Core executemany on the table: no ORM bookkeeping per row.
                    self.session.execute(insert(table), batch)
                    written += len(batch)
                    batch = []
        if batch:
            self.session.execute(insert(table), batch)
            written += len(batch)
        return written

    def _rows(self, plan: _Plan) -> Iterator[dict[str, Any]]:
        """One row per activity in force and week, up to the week before today's."""
        rng = self.rng
        this_monday = self.today - timedelta(days=self.today.weekday())
        approved_before = this_monday - timedelta(days=14)  # the last two weeks await approval
        stamp, loader = utcnow(), self.session.info.get("username", "system")
        first = min(activity.starts_on for activity in plan.activities)
        monday = first - timedelta(days=first.weekday())
        while monday < this_monday:
            workdays = self._working_days(monday)
            in_force = []
            friday = monday + timedelta(days=4)
            for activity in plan.activities:
                if activity.starts_on <= monday and activity.ends_on >= friday:
                    days = len(workdays)
                elif activity.starts_on > friday or activity.ends_on < monday:
                    continue
                else:
                    days = sum(1 for day in workdays if activity.starts_on <= day <= activity.ends_on)
                if days:
                    in_force.append((activity, days))
            if not in_force:
                monday += timedelta(days=7)
                continue
            draw = rng.random()
            sick = valid = unexcused = 0
            target = rng.randrange(len(in_force))
            if draw < 0.05:
                sick = rng.choice((1, 1, 2, 3, 5))
            elif draw < 0.08:
                valid = 1
            elif draw < 0.105:
                unexcused = rng.choice((1, 1, 2))
            approved = monday < approved_before
            approved_at = (
                datetime.combine(
                    monday + timedelta(days=rng.randint(7, 11)),
                    time(rng.randint(8, 15), rng.choice((0, 15, 30, 45))),
                    tzinfo=UTC,
                )
                if approved
                else None
            )
            iso = monday.isocalendar()
            for index, (activity, days) in enumerate(in_force):
                daily = activity.hours_per_week / _FIVE
                planned = (daily * days).quantize(_CENT)
                absent_sick = min(planned, (daily * min(sick, days)).quantize(_CENT))
                absent_valid = (daily * min(valid, days)).quantize(_CENT) if index == target else _NONE
                absent_unexcused = (
                    (daily * min(unexcused, days)).quantize(_CENT) if index == target else _NONE
                )
                note = ""
                if absent_unexcused:
                    note = rng.choice(UNEXCUSED_NOTES)
                elif absent_valid:
                    note = rng.choice(VALID_NOTES)
                elif absent_sick:
                    note = rng.choice(SICK_NOTES)
                yield {
                    "person_id": plan.person.id,
                    "activity_id": activity.id,
                    "iso_year": iso.year,
                    "iso_week": iso.week,
                    "day": None,
                    "planned": planned,
                    "attended": planned - absent_sick - absent_valid - absent_unexcused,
                    "absent_sick": absent_sick,
                    "absent_valid": absent_valid,
                    "absent_unexcused": absent_unexcused,
                    "note": note,
                    "recorded_by": plan.username,
                    "approved": approved,
                    "approved_by": plan.username if approved else None,
                    "approved_at": approved_at,
                    "version": 1,
                    "created_at": stamp,
                    "created_by": loader,
                    "updated_at": stamp,
                    "updated_by": loader,
                }
            monday += timedelta(days=7)

    def _working_days(self, monday: date) -> tuple[date, ...]:
        """Monday to Friday less public holidays (and the rule set's agreed days off)."""
        days = self._workdays.get(monday)
        if days is None:
            rules = rule_set_in_force(self.rule_sets, monday)
            days = tuple(working_days(IsoWeek.of(monday), rules.days_off()))
            self._workdays[monday] = days
        return days
