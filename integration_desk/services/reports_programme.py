"""The reports about the programme: housing occupancy, weekly hours, state funding events."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import distinct, exists, func, or_, select
from sqlalchemy.orm import Session

from integration_desk.db.models import (
    Allocation,
    HourEntry,
    HousingSite,
    HousingUnit,
    Person,
    Room,
    RoomClosure,
)
from integration_desk.documents.report_table import Cell, Chart, ReportTable, Series
from integration_desk.domain.funding import FundingKind
from integration_desk.domain.housing import Period, closure_period
from integration_desk.domain.rules import rule_set_in_force
from integration_desk.domain.weeks import IsoWeek
from integration_desk.i18n import tr
from integration_desk.services.funding import funding_items
from integration_desk.services.hours_averages import week_code
from integration_desk.services.hours_plan import WeekRules
from integration_desk.services.report_base import (
    ReportFilter,
    month_label,
    months_between,
    percent,
    person_conditions,
)
from integration_desk.services.rules import load_rule_sets

C = "reports"
_CENT = Decimal("0.01")
ZERO = Decimal(0)


def _month_spans(first: date, last: date) -> list[tuple[date, date, date]]:
    """(month, first day, day after the last day) of each month touching the period, clipped to it."""
    spans = []
    for month in months_between(first, last):
        following = (month + timedelta(days=32)).replace(day=1)
        spans.append((month, max(first, month), min(last + timedelta(days=1), following)))
    return spans


# --- occupancy --------------------------------------------------------------------------------


@dataclass(frozen=True)
class OccupancyRow:
    site: str
    month: date
    bed_days_available: int
    bed_days_used: int
    person_days: int
    refund: Decimal  # person-days times the rule set's refund per day

    @property
    def occupancy(self) -> Decimal | None:
        return percent(self.bed_days_used, self.bed_days_available)


@dataclass(frozen=True)
class OccupancyReport:
    first: date
    last: date
    rows: tuple[OccupancyRow, ...]

    def table(self) -> ReportTable:
        rows = tuple(
            (
                r.site,
                month_label(r.month),
                r.bed_days_available,
                r.bed_days_used,
                r.occupancy,
                r.person_days,
                r.refund,
            )
            for r in self.rows
        )
        available = sum(r.bed_days_available for r in self.rows)
        used = sum(r.bed_days_used for r in self.rows)
        total: tuple[Cell, ...] = (
            tr(C, "Total"), None, available, used, percent(used, available),
            sum(r.person_days for r in self.rows), sum((r.refund for r in self.rows), start=ZERO),
        )  # fmt: skip
        months = sorted({r.month for r in self.rows})
        by_month: dict[date, list[int]] = {m: [0, 0, 0] for m in months}
        for r in self.rows:
            figures = by_month[r.month]
            figures[0] += r.bed_days_available
            figures[1] += r.bed_days_used
            figures[2] += r.person_days
        chart = Chart(
            tuple(month_label(m) for m in months),
            (
                Series(tr(C, "Bed-days available"), tuple(float(by_month[m][0]) for m in months)),
                Series(tr(C, "Bed-days used"), tuple(float(by_month[m][1]) for m in months)),
                Series(tr(C, "Person-days"), tuple(float(by_month[m][2]) for m in months)),
            ),
            value_label=tr(C, "Days"),
        )
        return ReportTable(
            "occupancy",
            tr(C, "Temporary housing: occupancy"),
            self.first,
            self.last,
            (
                tr(C, "Site"), tr(C, "Month"), tr(C, "Bed-days available"), tr(C, "Bed-days used"),
                tr(C, "Occupancy %"), tr(C, "Person-days"), tr(C, "Expected refund (kr.)"),
            ),
            rows,
            total,
            chart,
            (
                tr(C, "A room lived in by a household counts all its beds as used (one household per room). Person-days are the basis of the state's housing refund; the refund per day comes from the rule set."),
            ),
        )  # fmt: skip


def occupancy_report(
    session: Session, first: date, last: date, report_filter: ReportFilter, today: date
) -> OccupancyReport:
    end = last + timedelta(days=1)
    rooms_query = (
        select(Room.id, Room.beds, Room.retired_on, HousingSite.name)
        .join(HousingUnit, Room.unit_id == HousingUnit.id)
        .join(HousingSite, HousingUnit.site_id == HousingSite.id)
        .where(or_(Room.retired_on.is_(None), Room.retired_on > first))
    )
    if report_filter.site_id is not None:
        rooms_query = rooms_query.where(HousingSite.id == report_filter.site_id)
    rooms = {
        room_id: (beds, retired_on, site) for room_id, beds, retired_on, site in session.execute(rooms_query)
    }
    spans = _month_spans(first, last)
    rule_sets = load_rule_sets(session)
    refund_per_day = {
        month: rule_set_in_force(rule_sets, start).housing_refund_per_day for month, start, _ in spans
    }
    available: dict[tuple[str, date], int] = defaultdict(int)
    used: dict[tuple[str, date], int] = defaultdict(int)
    person_days: dict[tuple[str, date], int] = defaultdict(int)
    for beds, retired_on, site in rooms.values():
        in_service = Period(date.min, retired_on) if retired_on is not None else Period(date.min)
        for month, start, stop in spans:
            available[(site, month)] += beds * in_service.days_within(start, stop)
    closures = session.execute(
        select(RoomClosure.room_id, RoomClosure.starts_on, RoomClosure.ends_on).where(
            RoomClosure.starts_on <= last, RoomClosure.ends_on >= first
        )
    )
    for room_id, starts_on, last_day in closures:
        if room_id not in rooms:
            continue
        beds, retired_on, site = rooms[room_id]
        closed = closure_period(
            starts_on, last_day if retired_on is None else min(last_day, retired_on - timedelta(days=1))
        )
        for month, start, stop in spans:
            available[(site, month)] -= beds * closed.days_within(start, stop)
    stays_query = select(
        Allocation.room_id, Allocation.persons, Allocation.starts_on, Allocation.ends_on
    ).where(Allocation.starts_on < end, or_(Allocation.ends_on.is_(None), Allocation.ends_on > first))
    conditions = person_conditions(
        ReportFilter(None, report_filter.caseworker_id, report_filter.nationality), first, last
    )
    if conditions:
        stays_query = stays_query.where(
            exists().where(Person.household_id == Allocation.household_id, *conditions)
        )
    for room_id, persons, starts_on, ends_on in session.execute(stays_query):
        if room_id not in rooms:
            continue
        beds, _, site = rooms[room_id]
        stay = Period(starts_on, ends_on)
        for month, start, stop in spans:
            if start >= stay.end or stop <= stay.starts_on:
                continue
            days = stay.days_within(start, stop)
            used[(site, month)] += beds * days
            person_days[(site, month)] += persons * days
    rows = tuple(
        OccupancyRow(
            site, month, available[(site, month)], used[(site, month)], person_days[(site, month)],
            (person_days[(site, month)] * refund_per_day[month]).quantize(_CENT),
        )
        for site in sorted({site for _, _, site in rooms.values()}, key=str.lower)
        for month, _, _ in spans
    )  # fmt: skip
    return OccupancyReport(first, last, rows)


# --- hours ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HoursRow:
    month: date
    persons: int
    planned: Decimal | None  # hours per full week per person
    attended: Decimal | None
    credited: Decimal | None  # attended plus absence with a reason: what the 37 hours count
    target: Decimal
    persons_below: int  # persons whose credited average of the month is below the target
    unexcused: Decimal  # absence hours without a valid reason (total)


@dataclass(frozen=True)
class HoursReport:
    first: date
    last: date
    rows: tuple[HoursRow, ...]

    def table(self) -> ReportTable:
        rows = tuple(
            (
                month_label(r.month),
                r.persons,
                r.planned,
                r.attended,
                r.credited,
                r.target,
                r.persons_below,
                r.unexcused,
            )
            for r in self.rows
        )
        total: tuple[Cell, ...] = (
            tr(C, "Total"), None, None, None, None, None, None,
            sum((r.unexcused for r in self.rows), start=ZERO),
        )  # fmt: skip
        chart = Chart(
            tuple(month_label(r.month) for r in self.rows),
            (
                Series(tr(C, "Planned"), tuple(float(r.planned or 0) for r in self.rows)),
                Series(tr(C, "Attended"), tuple(float(r.attended or 0) for r in self.rows)),
                Series(tr(C, "Credited"), tuple(float(r.credited or 0) for r in self.rows)),
            ),
            target=float(self.rows[0].target) if self.rows else None,
            target_label=tr(C, "Target"),
            value_label=tr(C, "Hours per week"),
        )
        return ReportTable(
            "hours",
            tr(C, "Programme hours against the target"),
            self.first,
            self.last,
            (
                tr(C, "Month"), tr(C, "Persons"), tr(C, "Planned h/week"), tr(C, "Attended h/week"),
                tr(C, "Credited h/week"), tr(C, "Target h/week"), tr(C, "Persons below target"),
                tr(C, "Unexcused absence (h)"),
            ),
            rows,
            total,
            chart,
            (
                tr(C, "Averages per person per full week (holidays make a week shorter); a week belongs to the month of its Thursday. Credited hours are attended hours plus absence with a valid reason."),
            ),
        )  # fmt: skip


def _per_full_week(total: Decimal, shares: Decimal) -> Decimal | None:
    return (total / shares).quantize(_CENT, rounding=ROUND_HALF_UP) if shares > 0 else None


def hours_report(
    session: Session, first: date, last: date, report_filter: ReportFilter, today: date
) -> HoursReport:
    """Two grouped queries: the week totals of everyone, and each person's credited hours per week
    (for who is below the target); the shares of a week (holidays) come from ``WeekRules``, the
    averages are those of ``domain.hours`` (credited hours per full week)."""
    # Whole weeks whose Thursday lies in the period.
    since = IsoWeek.of(first + timedelta(days=(3 - first.weekday()) % 7))
    until = IsoWeek.of(last - timedelta(days=(last.weekday() - 3) % 7))
    rules = WeekRules(session)
    months = months_between(first, last)
    rows_by_month: dict[date, list[Decimal]] = {m: [ZERO] * 5 for m in months}  # planned … shares
    persons: dict[date, dict[int, list[Decimal]]] = {m: defaultdict(lambda: [ZERO, ZERO]) for m in months}
    if since <= until:
        code = HourEntry.iso_year * 100 + HourEntry.iso_week
        credited = HourEntry.attended + HourEntry.absent_sick + HourEntry.absent_valid
        where = (
            code >= week_code(since.year, since.week),
            code <= week_code(until.year, until.week),
            *person_conditions(report_filter, first, last),
        )
        weeks_query = (
            select(
                HourEntry.iso_year, HourEntry.iso_week, func.sum(HourEntry.planned), func.sum(HourEntry.attended),
                func.sum(credited), func.sum(HourEntry.absent_unexcused), func.count(distinct(HourEntry.person_id)),
            )
            .join(Person, Person.id == HourEntry.person_id)
            .where(*where)
            .group_by(HourEntry.iso_year, HourEntry.iso_week)
        )  # fmt: skip
        for year, number, planned, attended, credit, unexcused, count in session.execute(weeks_query):
            week, share, _ = rules.week(year, number)
            figures = rows_by_month[_month_of(week)]
            for index, value in enumerate((planned, attended, credit, unexcused)):
                figures[index] += Decimal(value or 0)
            figures[4] += share * count
        person_query = (
            select(HourEntry.person_id, HourEntry.iso_year, HourEntry.iso_week, func.sum(credited))
            .join(Person, Person.id == HourEntry.person_id)
            .where(*where)
            .group_by(HourEntry.person_id, HourEntry.iso_year, HourEntry.iso_week)
        )
        month_of: dict[tuple[int, int], tuple[date, Decimal]] = {}
        for person_id, year, number, credit in session.execute(person_query):
            known = month_of.get((year, number))
            if known is None:
                week, week_share, _ = rules.week(year, number)
                known = month_of[(year, number)] = (_month_of(week), week_share)
            month, share = known
            totals = persons[month][person_id]
            totals[0] += Decimal(credit or 0)
            totals[1] += share
    rows = []
    for month in months:
        planned, attended, credit, unexcused, shares = rows_by_month[month]
        thursday = max(first, month) + timedelta(days=(3 - max(first, month).weekday()) % 7)
        target = rules.target(IsoWeek.of(thursday))
        below = sum(
            1 for total, person_shares in persons[month].values()
            if (average := _per_full_week(total, person_shares)) is not None and average < target
        )  # fmt: skip
        rows.append(
            HoursRow(
                month, len(persons[month]), _per_full_week(planned, shares), _per_full_week(attended, shares),
                _per_full_week(credit, shares), target, below, unexcused,
            )
        )  # fmt: skip
    return HoursReport(first, last, tuple(rows))


def _month_of(week: IsoWeek) -> date:
    """A week belongs to the month of its Thursday."""
    return (week.monday() + timedelta(days=3)).replace(day=1)


# --- funding ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FundingRow:
    kind: FundingKind
    events: int
    amount: Decimal


@dataclass(frozen=True)
class FundingReport:
    first: date
    last: date
    rows: tuple[FundingRow, ...]
    months: tuple[tuple[date, dict[FundingKind, Decimal]], ...]

    def table(self) -> ReportTable:
        rows = tuple((r.kind.label(), r.events, r.amount) for r in self.rows)
        total: tuple[Cell, ...] = (
            tr(C, "Total"), sum(r.events for r in self.rows), sum((r.amount for r in self.rows), start=ZERO),
        )  # fmt: skip
        chart = Chart(
            tuple(month_label(m) for m, _ in self.months),
            tuple(
                Series(kind.label(), tuple(float(amounts.get(kind, ZERO)) for _, amounts in self.months))
                for kind in FundingKind
            ),
            stacked=True,
            value_label=tr(C, "Expected amount (kr.)"),
        )
        return ReportTable(
            "funding",
            tr(C, "State funding events"),
            self.first,
            self.last,
            (tr(C, "Event"), tr(C, "Events"), tr(C, "Expected amount (kr.)")),
            rows,
            total,
            chart,
            (
                tr(C, "Base grant: one event per person and month from the takeover date. Amounts from the rule set in force on each event's date; the rule set's amounts must be checked by an administrator."),
            ),
        )  # fmt: skip


def funding_report(
    session: Session, first: date, last: date, report_filter: ReportFilter, today: date
) -> FundingReport:
    conditions = person_conditions(report_filter, first, last)
    person_ids = list(session.scalars(select(Person.id).where(*conditions))) if conditions else None
    items = funding_items(session, first, last, person_ids)
    counts: dict[FundingKind, int] = defaultdict(int)
    amounts: dict[FundingKind, Decimal] = defaultdict(Decimal)
    monthly: dict[date, dict[FundingKind, Decimal]] = {
        m: defaultdict(Decimal) for m in months_between(first, last)
    }
    for item in items:
        counts[item.kind] += 1
        amounts[item.kind] += item.amount
        monthly[item.on.replace(day=1)][item.kind] += item.amount
    rows = tuple(FundingRow(kind, counts[kind], amounts[kind]) for kind in FundingKind)
    return FundingReport(first, last, rows, tuple((m, dict(a)) for m, a in monthly.items()))
