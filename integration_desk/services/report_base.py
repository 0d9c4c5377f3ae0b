"""What every report shares: the filters, their conditions on ``Person``, months and percentages.

``reports_people`` and ``reports_programme`` build on this; ``reports`` lists and runs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Protocol

from sqlalchemy import ColumnElement, exists, or_

from integration_desk.db.models import Allocation, HousingUnit, Person, Room
from integration_desk.documents.report_table import ReportTable
from integration_desk.domain.deadlines import add_months
from integration_desk.domain.errors import ValidationError
from integration_desk.i18n import tr

C = "reports"
MAX_REPORT_DAYS = 366 * 10


@dataclass(frozen=True)
class ReportFilter:
    site_id: int | None = None
    caseworker_id: int | None = None
    nationality: str | None = None

    def describe(self, sites: dict[int, str], caseworkers: dict[int, str]) -> str:
        parts = []
        if self.site_id is not None:
            parts.append(tr(C, "site {name}").format(name=sites.get(self.site_id, "?")))
        if self.caseworker_id is not None:
            parts.append(tr(C, "caseworker {name}").format(name=caseworkers.get(self.caseworker_id, "?")))
        if self.nationality:
            parts.append(tr(C, "nationality {name}").format(name=self.nationality))
        return ", ".join(parts)


def lived_at_site(site_id: int, first: date, last: date) -> ColumnElement[bool]:
    """The person's household lived at the site on some day of ``first`` … ``last``."""
    return exists().where(
        Allocation.household_id == Person.household_id,
        Allocation.room_id == Room.id,
        Room.unit_id == HousingUnit.id,
        HousingUnit.site_id == site_id,
        Allocation.starts_on <= last,
        or_(Allocation.ends_on.is_(None), Allocation.ends_on > first),
    )


def person_conditions(report_filter: ReportFilter, first: date, last: date) -> list[ColumnElement[bool]]:
    """The filters as conditions on ``Person``."""
    conditions: list[ColumnElement[bool]] = []
    if report_filter.caseworker_id is not None:
        conditions.append(Person.caseworker_id == report_filter.caseworker_id)
    if report_filter.nationality:
        conditions.append(Person.nationality == report_filter.nationality)
    if report_filter.site_id is not None:
        conditions.append(lived_at_site(report_filter.site_id, first, last))
    return conditions


class Report(Protocol):
    def table(self) -> ReportTable: ...


def months_between(first: date, last: date) -> list[date]:
    """The first day of every month touching ``first`` … ``last``."""
    month = first.replace(day=1)
    months = []
    while month <= last:
        months.append(month)
        month = add_months(month, 1)
    return months


def month_label(month: date) -> str:
    return f"{month:%Y-%m}"


def check_period(first: date, last: date) -> None:
    if last < first:
        raise ValidationError(tr(C, "The period must end on or after its first day."), field="to")
    if (last - first).days > MAX_REPORT_DAYS:
        raise ValidationError(tr(C, "The period can be at most ten years."), field="to")


def percent(part: int | Decimal, whole: int | Decimal) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"))
