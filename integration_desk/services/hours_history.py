"""A person's weeks of the programme, and the compliance overview of the whole team."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import func, select

from integration_desk.db.models import AuditAction, HourEntry, Person, User
from integration_desk.domain.errors import NotFoundError
from integration_desk.domain.hours import (
    RECENT_WEEKS,
    WeekHours,
    average_per_full_week,
    is_below,
    recent_average,
    running_averages,
)
from integration_desk.domain.weeks import IsoWeek
from integration_desk.i18n import tr
from integration_desk.services import audit
from integration_desk.services.context import AppContext
from integration_desk.services.hours import weekly_totals
from integration_desk.services.hours_averages import programme_averages, week_code
from integration_desk.services.hours_plan import WeekRules

C = "hours"


@dataclass(frozen=True)
class HistoryWeek:
    hours: WeekHours
    running_average: Decimal | None
    notes: str  # the notes of the week's entries, joined


@dataclass(frozen=True)
class PersonHistory:
    person_id: int
    person: str
    weeks: tuple[HistoryWeek, ...]
    average: Decimal | None
    recent: Decimal | None
    target: Decimal

    @property
    def below_target(self) -> tuple[HistoryWeek, ...]:
        return tuple(w for w in self.weeks if w.hours.below_target)

    @property
    def unexcused(self) -> tuple[HistoryWeek, ...]:
        return tuple(w for w in self.weeks if w.hours.absent_unexcused > 0)


def person_history(ctx: AppContext, person_id: int, until: IsoWeek | None = None) -> PersonHistory:
    """Every week of ``person_id``'s programme so far; reading it is audited (it is case material)."""
    until = until or IsoWeek.of(ctx.today())
    with ctx.uow() as uow:
        session = uow.session
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(tr(C, "The person no longer exists."))
        rules = WeekRules(session)
        weeks = weekly_totals(session, rules, [person_id], until).get(person_id, [])
        notes: dict[IsoWeek, list[str]] = {}
        query = select(HourEntry.iso_year, HourEntry.iso_week, HourEntry.note).where(
            HourEntry.person_id == person_id, HourEntry.note != ""
        )
        for year, number, note in session.execute(query):
            notes.setdefault(IsoWeek(year, number), []).append(note)
        averages = running_averages(weeks)
        since = IsoWeek.of(until.monday() - timedelta(days=7 * (RECENT_WEEKS - 1)))
        audit.record(
            uow, AuditAction.VIEW, "hour_entries", None, person_id=person_id, changes={"view": "history"}
        )
        uow.commit()
        return PersonHistory(
            person_id=person.id,
            person=f"{person.given_name} {person.family_name}",
            weeks=tuple(
                HistoryWeek(w, avg, "; ".join(notes.get(w.week, [])))
                for w, avg in zip(weeks, averages, strict=True)
            ),
            average=average_per_full_week(weeks),
            recent=recent_average([w for w in weeks if w.week >= since]),
            target=rules.target(until),
        )


@dataclass(frozen=True)
class ComplianceRow:
    person_id: int
    person: str
    caseworker: str
    average: Decimal | None
    recent: Decimal | None
    target: Decimal
    unexcused_hours: Decimal  # in the period
    unexcused_weeks: int  # in the period
    below_average: bool
    below_recent: bool


def compliance(
    ctx: AppContext,
    start: IsoWeek,
    end: IsoWeek,
    *,
    caseworker_id: int | None = None,
    only_problems: bool = True,
) -> tuple[ComplianceRow, ...]:
    """Residents whose programme average or last-4-weeks average (up to ``end``) is below the
    target, and residents with absence without a valid reason in ``start`` – ``end``."""
    with ctx.uow(readonly=True) as uow:
        session = uow.session
        rules = WeekRules(session)
        query = (
            select(Person, User.display_name)
            .outerjoin(User, Person.caseworker_id == User.id)
            .where(Person.id.in_(select(HourEntry.person_id).distinct()))
            .order_by(Person.family_name, Person.given_name, Person.id)
        )
        if caseworker_id is not None:
            query = query.where(Person.caseworker_id == caseworker_id)
        persons = [(row[0], row[1]) for row in session.execute(query)]
        ids = [p.id for p, _ in persons]
        averages = programme_averages(session, rules, ids, end)
        unexcused_weeks: dict[int, list[Decimal]] = {}
        code = HourEntry.iso_year * 100 + HourEntry.iso_week
        unexcused_query = (
            select(HourEntry.person_id, func.sum(HourEntry.absent_unexcused))
            .where(
                HourEntry.person_id.in_(ids),
                code >= week_code(start.year, start.week),
                code <= week_code(end.year, end.week),
                HourEntry.absent_unexcused > 0,
            )
            .group_by(HourEntry.person_id, HourEntry.iso_year, HourEntry.iso_week)
        )
        for person_id, hours in session.execute(unexcused_query):
            unexcused_weeks.setdefault(person_id, []).append(Decimal(hours))
        target = rules.target(end)
        result: list[ComplianceRow] = []
        for person, caseworker in persons:
            if person.id not in averages:
                continue
            average, recent = averages[person.id].average, averages[person.id].recent
            unexcused = unexcused_weeks.get(person.id, [])
            row = ComplianceRow(
                person_id=person.id,
                person=f"{person.given_name} {person.family_name}",
                caseworker=caseworker or "",
                average=average,
                recent=recent,
                target=target,
                unexcused_hours=sum(unexcused, start=Decimal(0)),
                unexcused_weeks=len(unexcused),
                below_average=is_below(average, target),
                below_recent=is_below(recent, target),
            )
            if not only_problems or row.below_average or row.below_recent or row.unexcused_weeks:
                result.append(row)
        return tuple(result)


def week_list(weeks: tuple[HistoryWeek, ...]) -> str:
    """ "uge 12, 13, 2016; uge 2, 2017" style list for a deduction case."""
    by_year: dict[int, list[int]] = {}
    for w in weeks:
        by_year.setdefault(w.hours.week.year, []).append(w.hours.week.week)
    return "; ".join(
        tr(C, "week {weeks}, {year}").format(weeks=", ".join(str(n) for n in numbers), year=year)
        for year, numbers in by_year.items()
    )
