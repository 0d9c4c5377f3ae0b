"""Figures for the team lead: arrivals against the quota per month."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from integration_desk.db.models import ArrivalNotice, Person, PersonKind, Quota
from integration_desk.services.context import AppContext


@dataclass(frozen=True)
class QuotaMonth:
    month: str  # "2016-03"
    arrived: int
    announced: int
    family_reunified: int


def quota_by_month(ctx: AppContext) -> list[QuotaMonth]:
    """Persons per month of (expected or actual) arrival, quota persons split from family-reunified."""
    query = select(
        ArrivalNotice.arrived_on, ArrivalNotice.expected_arrival_on, ArrivalNotice.quota_id, Person.kind
    ).join(Person, Person.household_id == ArrivalNotice.household_id)
    months: dict[str, list[int]] = {}
    with ctx.uow(readonly=True) as uow:
        if uow.session.scalar(select(Quota.id).limit(1)) is None:
            return []
        for arrived_on, expected_on, _quota_id, kind in uow.session.execute(query):
            on = arrived_on or expected_on
            counts = months.setdefault(on.strftime("%Y-%m"), [0, 0, 0])
            if kind == PersonKind.FAMILY_REUNIFIED:
                counts[2] += 1
            elif arrived_on is not None:
                counts[0] += 1
            else:
                counts[1] += 1
    return [QuotaMonth(month, *counts) for month, counts in sorted(months.items())]
