"""The reports about persons: quota per month, arrivals by nationality and household, deadlines."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from integration_desk.db.models import ArrivalNotice, Deadline, Person, PersonKind, Quota
from integration_desk.documents.report_table import Cell, Chart, ReportTable, Series
from integration_desk.domain.deadlines import DeadlineKind, DeadlineState, deadline_state
from integration_desk.domain.people import is_adult
from integration_desk.formats import fmt_date
from integration_desk.i18n import tr
from integration_desk.services.quota import QuotaMonth, progress_of
from integration_desk.services.report_base import (
    ReportFilter,
    month_label,
    months_between,
    person_conditions,
)

C = "reports"

# --- quota ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuotaReportMonth:
    month: date  # first day of the month
    quota: int | None  # the persons of the quota period holding the month (None: no period)
    arrived: int
    announced: int
    family_reunified: int
    remaining: int | None  # of the quota after this month's arrived and announced persons (never < 0)
    over: int | None  # arrived and announced persons beyond the quota by the end of this month


@dataclass(frozen=True)
class QuotaReport:
    first: date
    last: date
    months: tuple[QuotaReportMonth, ...]

    def table(self) -> ReportTable:
        rows = tuple(
            (month_label(m.month), m.quota, m.arrived, m.announced, m.family_reunified, m.remaining, m.over)
            for m in self.months
        )
        total: tuple[Cell, ...] = (
            tr(C, "Total"), None,
            sum(m.arrived for m in self.months), sum(m.announced for m in self.months),
            sum(m.family_reunified for m in self.months),
            self.months[-1].remaining if self.months else None,
            self.months[-1].over if self.months else None,
        )  # fmt: skip
        chart = Chart(
            tuple(month_label(m.month) for m in self.months),
            (
                Series(tr(C, "Arrived"), tuple(float(m.arrived) for m in self.months)),
                Series(tr(C, "Announced"), tuple(float(m.announced) for m in self.months)),
                Series(tr(C, "Family-reunified"), tuple(float(m.family_reunified) for m in self.months)),
            ),
            stacked=True,
            value_label=tr(C, "Persons"),
        )
        return ReportTable(
            "quota",
            tr(C, "Quota: arrived, announced, remaining"),
            self.first,
            self.last,
            (
                tr(C, "Month"), tr(C, "Quota"), tr(C, "Arrived"), tr(C, "Announced"),
                tr(C, "Family-reunified"), tr(C, "Remaining"), tr(C, "Over the quota"),
            ),
            rows,
            total,
            chart,
            (
                tr(C, "Persons per month of arrival (announced: expected arrival). Family-reunified persons do not count against the quota."),
            ),
        )  # fmt: skip


def quota_report(
    session: Session, first: date, last: date, report_filter: ReportFilter, today: date
) -> QuotaReport:
    conditions = person_conditions(report_filter, first, last)
    quotas = session.scalars(
        select(Quota).where(Quota.starts_on <= last, Quota.ends_on >= first).order_by(Quota.starts_on)
    )
    by_month: dict[date, QuotaMonth] = {}
    for quota in quotas:
        for m in progress_of(session, quota, *conditions).months:
            by_month[m.month] = m
    reunified: Counter[date] = Counter()
    on = ArrivalNotice.arrived_on
    query = (
        select(on, ArrivalNotice.expected_arrival_on)
        .join(Person, Person.household_id == ArrivalNotice.household_id)
        .where(Person.kind == PersonKind.FAMILY_REUNIFIED, *conditions)
    )
    months_in_period = months_between(first, last)
    wanted = set(months_in_period)
    for arrived_on, expected_on in session.execute(query):
        month = (arrived_on or expected_on).replace(day=1)
        if month in wanted:
            reunified[month] += 1
    months = []
    for month in months_in_period:
        held = by_month.get(month)
        if held is None:
            months.append(QuotaReportMonth(month, None, 0, 0, reunified[month], None, None))
            continue
        r = held.running
        months.append(
            QuotaReportMonth(
                month, r.quota, held.arrived, held.announced, reunified[month], r.remaining, r.overrun
            )
        )
    return QuotaReport(first, last, tuple(months))


# --- arrivals ---------------------------------------------------------------------------------


class HouseholdType:
    SINGLE = "single"
    COUPLE = "couple"
    FAMILY = "family"


def household_type(members: list[date | None], on: date) -> str:
    """Single (one person), couple (adults only) or family with children (anyone under 18 on ``on``)."""
    if len(members) <= 1:
        return HouseholdType.SINGLE
    if any(born is not None and not is_adult(born, on) for born in members):
        return HouseholdType.FAMILY
    return HouseholdType.COUPLE


@dataclass(frozen=True)
class ArrivalsRow:
    nationality: str
    single: int
    couple: int
    family: int
    quota: int
    family_reunified: int

    @property
    def total(self) -> int:
        return self.single + self.couple + self.family


@dataclass(frozen=True)
class ArrivalsReport:
    first: date
    last: date
    rows: tuple[ArrivalsRow, ...]

    def table(self) -> ReportTable:
        rows = tuple(
            (r.nationality, r.single, r.couple, r.family, r.quota, r.family_reunified, r.total)
            for r in self.rows
        )
        total: tuple[Cell, ...] = (
            tr(C, "Total"),
            *(sum(r[i] for r in rows) for i in range(1, 7)),  # type: ignore[misc]
        )
        chart = Chart(
            tuple(r.nationality for r in self.rows),
            (
                Series(tr(C, "Single"), tuple(float(r.single) for r in self.rows)),
                Series(tr(C, "Couple without children"), tuple(float(r.couple) for r in self.rows)),
                Series(tr(C, "Family with children"), tuple(float(r.family) for r in self.rows)),
            ),
            stacked=True,
            value_label=tr(C, "Persons"),
        )
        return ReportTable(
            "arrivals",
            tr(C, "Arrivals by nationality and household"),
            self.first,
            self.last,
            (
                tr(C, "Nationality"), tr(C, "Single"), tr(C, "Couple without children"),
                tr(C, "Family with children"), tr(C, "Quota"), tr(C, "Family-reunified"), tr(C, "Persons"),
            ),
            rows,
            total,
            chart,
            (tr(C, "Persons who arrived in the period, by the type of their household on arrival."),),
        )  # fmt: skip


def arrivals_report(
    session: Session, first: date, last: date, report_filter: ReportFilter, today: date
) -> ArrivalsReport:
    conditions = person_conditions(report_filter, first, last)
    arrived = list(
        session.execute(
            select(Person.household_id, Person.nationality, Person.kind, ArrivalNotice.arrived_on)
            .join(ArrivalNotice, ArrivalNotice.household_id == Person.household_id)
            .where(ArrivalNotice.arrived_on.between(first, last), *conditions)
        )
    )
    households = {household_id for household_id, *_ in arrived}
    members: dict[int, list[date | None]] = defaultdict(list)
    if households:
        for household_id, born in session.execute(
            select(Person.household_id, Person.birth_date).where(Person.household_id.in_(households))
        ):
            members[household_id].append(born)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for household_id, nationality, kind, arrived_on in arrived:
        assert arrived_on is not None  # the query asks for arrivals in the period
        row = counts[nationality or tr(C, "(unknown)")]
        row[household_type(members[household_id], arrived_on)] += 1
        row["reunified" if kind == PersonKind.FAMILY_REUNIFIED else "quota"] += 1
    rows = tuple(
        ArrivalsRow(
            nationality, c[HouseholdType.SINGLE], c[HouseholdType.COUPLE], c[HouseholdType.FAMILY],
            c["quota"], c["reunified"],
        )
        for nationality, c in sorted(counts.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    )  # fmt: skip
    return ArrivalsReport(first, last, rows)


# --- deadlines --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeadlinesRow:
    kind: DeadlineKind
    due: int
    on_time: int
    late: int
    days_late_average: Decimal | None
    days_late_max: int | None
    overdue: int
    open: int


@dataclass(frozen=True)
class DeadlinesReport:
    first: date
    last: date
    today: date
    rows: tuple[DeadlinesRow, ...]
    days_late: tuple[int, ...]  # every late deadline's days late, for the total's average

    def table(self) -> ReportTable:
        rows = tuple(
            (
                r.kind.label(),
                r.due,
                r.on_time,
                r.late,
                r.days_late_average,
                r.days_late_max,
                r.overdue,
                r.open,
            )
            for r in self.rows
        )
        late = self.days_late
        total: tuple[Cell, ...] = (
            tr(C, "Total"), sum(r.due for r in self.rows), sum(r.on_time for r in self.rows),
            sum(r.late for r in self.rows), _average(late), max(late) if late else None,
            sum(r.overdue for r in self.rows), sum(r.open for r in self.rows),
        )  # fmt: skip
        chart = Chart(
            tuple(r.kind.label() for r in self.rows),
            (
                Series(tr(C, "On time"), tuple(float(r.on_time) for r in self.rows)),
                Series(tr(C, "Late"), tuple(float(r.late) for r in self.rows)),
                Series(tr(C, "Overdue now"), tuple(float(r.overdue) for r in self.rows)),
                Series(tr(C, "Not yet due"), tuple(float(r.open) for r in self.rows)),
            ),
            stacked=True,
            value_label=tr(C, "Deadlines"),
        )
        return ReportTable(
            "deadlines",
            tr(C, "Deadlines met, late and overdue"),
            self.first,
            self.last,
            (
                tr(C, "Deadline"), tr(C, "Due in period"), tr(C, "On time"), tr(C, "Late"),
                tr(C, "Days late, average"), tr(C, "Days late, most"), tr(C, "Overdue now"), tr(C, "Not yet due"),
            ),
            rows,
            total,
            chart,
            (tr(C, "Deadlines due in the period; overdue and not yet due as of {date}.").format(
                date=fmt_date(self.today)),),
        )  # fmt: skip


def _average(values: tuple[int, ...] | list[int]) -> Decimal | None:
    if not values:
        return None
    return (Decimal(sum(values)) / len(values)).quantize(Decimal("0.1"))


def deadlines_report(
    session: Session, first: date, last: date, report_filter: ReportFilter, today: date
) -> DeadlinesReport:
    conditions = person_conditions(report_filter, first, last)
    query = (
        select(Deadline.kind, Deadline.due_on, Deadline.done_on)
        .join(Person, Person.id == Deadline.person_id)
        .where(Deadline.due_on.between(first, last), *conditions)
    )
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    late_days: dict[str, list[int]] = defaultdict(list)
    for kind, due_on, done_on in session.execute(query):
        row = counts[kind]
        row["due"] += 1
        state = deadline_state(due_on, done_on, today)
        if state is DeadlineState.DONE and done_on is not None:
            if done_on <= due_on:
                row["on_time"] += 1
            else:
                row["late"] += 1
                late_days[kind].append((done_on - due_on).days)
        elif state is DeadlineState.OVERDUE:
            row["overdue"] += 1
        else:
            row["open"] += 1
    rows = tuple(
        DeadlinesRow(
            kind, counts[kind]["due"], counts[kind]["on_time"], counts[kind]["late"],
            _average(late_days[kind]), max(late_days[kind]) if late_days[kind] else None,
            counts[kind]["overdue"], counts[kind]["open"],
        )
        for kind in DeadlineKind
        if kind.value in counts
    )  # fmt: skip
    every = tuple(day for kind in DeadlineKind for day in late_days.get(kind.value, []))
    return DeadlinesReport(first, last, today, rows, every)
