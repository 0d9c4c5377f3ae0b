"""What a week's hours are measured against: the contract version in force, planned hours, targets.

The contract version in force in a week is the person's newest version that had been signed by the
week's Sunday (status signed, or superseded now but signed then). Its activities that overlap the
week are the rows of the week grid; their planned hours come from the shared domain rule
(``domain.programme.planned_hours``) with the public holidays and the rule set's agreed days off.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, Subquery, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from integration_desk.db.models import (
    Allocation,
    AuditAction,
    Contract,
    ContractActivity,
    ContractStatus,
    HousingUnit,
    Person,
    Role,
    Room,
    TeamSetting,
)
from integration_desk.domain.errors import PermissionDeniedError, ValidationError
from integration_desk.domain.hours import ZERO
from integration_desk.domain.programme import WEEKDAYS, ActivityPlan, planned_hours
from integration_desk.domain.rules import RuleSet, rule_set_in_force
from integration_desk.domain.weeks import IsoWeek, working_days
from integration_desk.i18n import tr
from integration_desk.services import audit
from integration_desk.services.context import AppContext
from integration_desk.services.rules import load_rule_sets

MARGIN_KEY = "hours_margin"
SelectT = TypeVar("SelectT", bound="Select[*tuple[Any, ...]]")
SIGNED_STATES = (ContractStatus.SIGNED.value, ContractStatus.SUPERSEDED.value)


@dataclass(frozen=True)
class GridFilter:
    caseworker_id: int | None = None
    site_id: int | None = None
    activity_kind: str | None = None
    person_id: int | None = None


class WeekRules:
    """The rule set of each week, loaded once per use case (the grid asks for many weeks)."""

    def __init__(self, session: Session) -> None:
        self._rule_sets = load_rule_sets(session)
        self._cache: dict[IsoWeek, RuleSet] = {}
        self._weeks: dict[tuple[int, int], tuple[IsoWeek, Decimal, Decimal]] = {}

    def of(self, week: IsoWeek) -> RuleSet:
        rule_set = self._cache.get(week)
        if rule_set is None:
            rule_set = rule_set_in_force(self._rule_sets, week.monday())
            self._cache[week] = rule_set
        return rule_set

    def target(self, week: IsoWeek) -> Decimal:
        return self.of(week).weekly_hours_target

    def share(self, week: IsoWeek) -> Decimal:
        return self.week(week.year, week.week)[1]

    def week(self, year: int, number: int) -> tuple[IsoWeek, Decimal, Decimal]:
        """(the week, its share of a full week, its target), cached: histories ask for every week."""
        known = self._weeks.get((year, number))
        if known is None:
            week = IsoWeek(year, number)
            rule_set = self.of(week)
            share = Decimal(len(working_days(week, rule_set.days_off()))) / 5
            known = self._weeks[(year, number)] = (week, share, rule_set.weekly_hours_target)
        return known

    def planned(self, activity: ContractActivity, week: IsoWeek) -> Decimal:
        return planned_hours(activity_plan(activity), week, self.of(week).days_off())


def activity_plan(activity: ContractActivity) -> ActivityPlan:
    weekday_hours: dict[str, Decimal] = {}
    if activity.weekday_hours:
        try:
            raw = json.loads(activity.weekday_hours)
            weekday_hours = {k: Decimal(str(v)) for k, v in raw.items() if k in WEEKDAYS}
        except (ValueError, TypeError, AttributeError, InvalidOperation):
            weekday_hours = {}
    return ActivityPlan(
        kind=activity.kind,
        starts_on=activity.starts_on,
        ends_on=activity.ends_on,
        hours_per_week=activity.hours_per_week,
        weekday_hours=weekday_hours,
    )


def contract_in_force_ids(week: IsoWeek) -> Subquery:
    """A subquery: (person_id, contract id) of each person's contract version in force in ``week``."""
    sunday = week.sunday()
    newer = aliased(Contract)
    later_signed = exists().where(
        newer.person_id == Contract.person_id,
        newer.version_no > Contract.version_no,
        newer.status.in_(SIGNED_STATES),
        newer.signed_on.is_not(None),
        newer.signed_on <= sunday,
    )
    return (
        select(Contract.person_id, Contract.id.label("contract_id"))
        .where(
            Contract.status.in_(SIGNED_STATES),
            Contract.signed_on.is_not(None),
            Contract.signed_on <= sunday,
            ~later_signed,
        )
        .subquery()
    )


def site_condition(site_id: int, week: IsoWeek) -> ColumnElement[bool]:
    """The person's household lived at the site during (part of) the week."""
    return exists().where(
        Allocation.household_id == Person.household_id,
        Allocation.room_id == Room.id,
        Room.unit_id == HousingUnit.id,
        HousingUnit.site_id == site_id,
        Allocation.starts_on <= week.sunday(),
        or_(Allocation.ends_on.is_(None), Allocation.ends_on > week.monday()),
    )


def activities_in_force(
    session: Session, week: IsoWeek, grid_filter: GridFilter | None = None
) -> list[tuple[Person, ContractActivity]]:
    """(person, activity) for every activity of a contract in force that overlaps ``week``."""
    grid_filter = grid_filter or GridFilter()
    in_force = contract_in_force_ids(week)
    query = (
        select(Person, ContractActivity)
        .join(in_force, in_force.c.person_id == Person.id)
        .join(ContractActivity, ContractActivity.contract_id == in_force.c.contract_id)
        .where(and_(ContractActivity.starts_on <= week.sunday(), ContractActivity.ends_on >= week.monday()))
        .order_by(
            Person.family_name, Person.given_name, Person.id, ContractActivity.starts_on, ContractActivity.id
        )
    )
    query = apply_person_filter(query, week, grid_filter)
    if grid_filter.activity_kind:
        query = query.where(ContractActivity.kind == grid_filter.activity_kind)
    return [(row[0], row[1]) for row in session.execute(query)]


def apply_person_filter(query: SelectT, week: IsoWeek, grid_filter: GridFilter) -> SelectT:
    if grid_filter.caseworker_id is not None:
        query = query.where(Person.caseworker_id == grid_filter.caseworker_id)
    if grid_filter.person_id is not None:
        query = query.where(Person.id == grid_filter.person_id)
    if grid_filter.site_id is not None:
        query = query.where(site_condition(grid_filter.site_id, week))
    return query


# --- the configurable margin ("attended plus absences not above planned plus a margin") ------


def margin(session: Session) -> Decimal:
    value = session.scalar(select(TeamSetting.value).where(TeamSetting.key == MARGIN_KEY))
    if not value:
        return ZERO
    try:
        number = Decimal(value)
    except InvalidOperation:
        return ZERO
    return number if number.is_finite() and number >= 0 else ZERO


def hours_margin(ctx: AppContext) -> Decimal:
    with ctx.uow(readonly=True) as uow:
        return margin(uow.session)


def set_hours_margin(ctx: AppContext, value: Decimal) -> Decimal:
    """Team-wide: only a team lead or an administrator (or an unregistered local user) may change it."""
    if ctx.user.role not in (None, Role.ADMIN.value, Role.TEAMLEAD.value):
        raise PermissionDeniedError(
            tr("hours", "Only a team lead or an administrator can change the margin.")
        )
    if not value.is_finite() or value < 0 or value > 40:
        raise ValidationError(tr("hours", "The margin must be between 0 and 40 hours."), field="margin")
    with ctx.uow() as uow:
        row = uow.session.scalars(select(TeamSetting).where(TeamSetting.key == MARGIN_KEY)).one_or_none()
        if row is None:
            row = TeamSetting(key=MARGIN_KEY, value=str(value))
            uow.session.add(row)
            uow.session.flush()
            audit.record(uow, AuditAction.CREATE, "team_settings", row.id, changes=audit.created(row))
        else:
            row.value = str(value)
            changes = audit.changes_of(row)
            uow.session.flush()
            audit.record(uow, AuditAction.UPDATE, "team_settings", row.id, changes=changes)
        uow.commit()
    return value


# --- choices for the filters ------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


def filter_choices(ctx: AppContext) -> tuple[Sequence[Choice], Sequence[Choice]]:
    """(caseworkers, housing sites) for the grid's filters."""
    from integration_desk.db.models import HousingSite, User

    with ctx.uow(readonly=True) as uow:
        caseworker_ids = select(Person.caseworker_id).where(Person.caseworker_id.is_not(None)).distinct()
        caseworkers = [
            Choice(row.id, row.display_name)
            for row in uow.session.scalars(
                select(User).where(User.id.in_(caseworker_ids)).order_by(User.display_name)
            )
        ]
        sites = [
            Choice(row.id, row.name)
            for row in uow.session.scalars(select(HousingSite).order_by(func.lower(HousingSite.name)))
        ]
    return caseworkers, sites
