"""The 37-hour averages of many persons at once, computed in the database.

The programme average is credited hours per full week (``domain.hours``). Summing the credited
hours and counting the weeks is one GROUP BY per person; only the few weeks shortened by holidays
need their share looked up, so a week grid of hundreds of persons with years of history opens fast.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import and_, distinct, func, or_, select
from sqlalchemy.orm import Session

from integration_desk.db.models import HourEntry
from integration_desk.domain.errors import DomainError
from integration_desk.domain.hours import RECENT_WEEKS, WeekHours, average_per_full_week
from integration_desk.domain.weeks import IsoWeek, public_holidays
from integration_desk.services.hours_plan import WeekRules

_CENT = Decimal("0.01")


@dataclass(frozen=True)
class Averages:
    average: Decimal | None
    recent: Decimal | None


def week_code(year: int, number: int) -> int:
    return year * 100 + number


def _until(until: IsoWeek) -> object:
    return or_(
        HourEntry.iso_year < until.year,
        and_(HourEntry.iso_year == until.year, HourEntry.iso_week <= until.week),
    )


def short_weeks(rules: WeekRules, first_year: int, last_year: int) -> dict[int, Decimal]:
    """{week code: share} of every week from ``first_year`` to ``last_year`` shorter than five days."""
    result: dict[int, Decimal] = {}
    for year in range(first_year, last_year + 1):
        candidates = set(public_holidays(year)) | {date(year, 6, 5), date(year, 12, 24), date(year, 12, 31)}
        for day in candidates:
            iso = IsoWeek.of(day)
            try:
                week, share, _ = rules.week(iso.year, iso.week)
            except DomainError:  # before the first rule set: no entries can be there either
                continue
            if share != 1:
                result[week_code(week.year, week.week)] = share
    return result


def programme_averages(
    session: Session, rules: WeekRules, person_ids: Iterable[int], until: IsoWeek
) -> dict[int, Averages]:
    """Each person's programme average and last-4-weeks average, up to and including ``until``."""
    ids = list(person_ids)
    if not ids:
        return {}
    code = HourEntry.iso_year * 100 + HourEntry.iso_week
    credited = HourEntry.attended + HourEntry.absent_sick + HourEntry.absent_valid
    base = (HourEntry.person_id.in_(ids), _until(until))
    totals = {
        person_id: (Decimal(hours or 0), weeks, first_year)
        for person_id, hours, weeks, first_year in session.execute(
            select(
                HourEntry.person_id,
                func.sum(credited),
                func.count(distinct(code)),
                func.min(HourEntry.iso_year),
            )
            .where(*base)  # type: ignore[arg-type]
            .group_by(HourEntry.person_id)
        )
    }
    if not totals:
        return {}
    first_year = min(year for _, _, year in totals.values())
    short = short_weeks(rules, first_year, until.year)
    missing: dict[int, Decimal] = {}  # person -> sum of (1 - share) over the short weeks they have
    if short:
        short_query = (
            select(HourEntry.person_id, code)
            .where(*base, code.in_(list(short)))  # type: ignore[arg-type]
            .group_by(HourEntry.person_id, code)
        )
        for person_id, number in session.execute(short_query):
            missing[person_id] = missing.get(person_id, Decimal(0)) + (1 - short[number])
    since = IsoWeek.of(until.monday() - timedelta(days=7 * (RECENT_WEEKS - 1)))
    recent_rows: dict[int, list[WeekHours]] = {}
    query = (
        select(
            HourEntry.person_id,
            HourEntry.iso_year,
            HourEntry.iso_week,
            func.sum(HourEntry.attended),
            func.sum(HourEntry.absent_sick),
            func.sum(HourEntry.absent_valid),
        )
        .where(*base, code >= week_code(since.year, since.week))  # type: ignore[arg-type]
        .group_by(HourEntry.person_id, HourEntry.iso_year, HourEntry.iso_week)
    )
    zero = Decimal(0)
    for person_id, year, number, attended, sick, valid in session.execute(query):
        week, share, target = rules.week(year, number)
        recent_rows.setdefault(person_id, []).append(
            WeekHours(
                week,
                zero,
                Decimal(attended or 0),
                Decimal(sick or 0),
                Decimal(valid or 0),
                zero,
                share,
                target,
            )
        )
    result: dict[int, Averages] = {}
    for person_id, (hours, weeks, _) in totals.items():
        shares = Decimal(weeks) - missing.get(person_id, zero)
        average = (hours / shares).quantize(_CENT, rounding=ROUND_HALF_UP) if shares > 0 else None
        result[person_id] = Averages(average, average_per_full_week(recent_rows.get(person_id, [])))
    return result
