"""A small municipality with known figures for every report (period March–April 2016).

Households: A (Syria, two adults and a child, quota, arrived 10 Mar, room R2 of site Nord with 4
beds until 10 Apr), B (Eritrea, single, quota, announced for 20 Apr), C (Syria, single,
family-reunified, arrived 5 Apr, room R3 of site Syd from then), D (Eritrea, couple, quota, arrived
15 Apr). Room R1 (Nord, 2 beds) is closed 1–10 April.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from integration_desk.db.models import (
    Allocation,
    ArrivalNotice,
    Deadline,
    FundingEvent,
    HourEntry,
    Household,
    HousingSite,
    HousingUnit,
    Job,
    Person,
    Quota,
    Room,
    RoomClosure,
    User,
)
from integration_desk.services.context import AppContext

FIRST, LAST = date(2016, 3, 1), date(2016, 4, 30)


@dataclass(frozen=True)
class Known:
    caseworker_id: int
    other_caseworker_id: int
    nord_id: int
    syd_id: int


def _household(
    session, name: str, nationality: str, members: list[tuple[str, date]], kind: str, caseworker: User
):  # type: ignore[no-untyped-def]
    household = Household(display_name=name)
    persons = [
        Person(
            household=household, given_name=given, family_name=name, birth_date=born,
            nationality=nationality, kind=kind, status="arrived", caseworker=caseworker,
        )
        for given, born in members
    ]  # fmt: skip
    session.add_all(persons)
    return household, persons


def build(ctx: AppContext) -> Known:
    with ctx.uow() as uow:
        s = uow.session
        mette = User(username="mette2", display_name="Mette", role="caseworker")
        jonas = User(username="jonas2", display_name="Jonas", role="caseworker")
        quota = Quota(starts_on=date(2016, 3, 1), ends_on=date(2017, 2, 28), persons=10)
        nord = HousingSite(name="Nord")
        syd = HousingSite(name="Syd")
        u1 = HousingUnit(site=nord, name="U1", max_persons=8)
        u2 = HousingUnit(site=syd, name="U2", max_persons=2)
        r1 = Room(unit=u1, name="R1", beds=2)
        r2 = Room(unit=u1, name="R2", beds=4)
        r3 = Room(unit=u2, name="R3", beds=1)
        s.add_all([mette, jonas, quota, nord, syd, u1, u2, r1, r2, r3])
        a, (a1, a2, _child) = _household(
            s, "A", "Syrien", [("Adil", date(1980, 1, 1)), ("Amira", date(1982, 1, 1)), ("Ali", date(2010, 1, 1))],
            "quota", mette,
        )  # fmt: skip
        b, _ = _household(s, "B", "Eritrea", [("Bereket", date(1990, 1, 1))], "quota", jonas)
        c, (c1,) = _household(s, "C", "Syrien", [("Cala", date(1985, 1, 1))], "family_reunified", jonas)
        d, (d1, _d2) = _household(
            s, "D", "Eritrea", [("Dawit", date(1988, 1, 1)), ("Danait", date(1989, 1, 1))], "quota", jonas
        )
        s.flush()

        def notice(household: Household, ref: str, expected: date, arrived: date | None) -> ArrivalNotice:
            return ArrivalNotice(
                household=household, quota_id=quota.id, reference=ref, received_on=date(2016, 1, 5),
                decision_on=date(2016, 1, 1), expected_arrival_on=expected, takeover_on=date(2016, 3, 1),
                arrived_on=arrived,
            )  # fmt: skip

        s.add_all(
            [
                notice(a, "A", date(2016, 3, 10), date(2016, 3, 10)),
                notice(b, "B", date(2016, 4, 20), None),
                notice(c, "C", date(2016, 4, 5), date(2016, 4, 5)),
                notice(d, "D", date(2016, 4, 15), date(2016, 4, 15)),
                Allocation(room=r2, household=a, persons=3, starts_on=date(2016, 3, 10), ends_on=date(2016, 4, 10), status="ended"),
                Allocation(room=r3, household=c, persons=1, starts_on=date(2016, 4, 5), ends_on=None, status="occupied"),
                RoomClosure(room_id=r1.id, starts_on=date(2016, 4, 1), ends_on=date(2016, 4, 10)),
            ]
        )  # fmt: skip
        a1.takeover_date = a2.takeover_date = date(2016, 3, 1)
        s.add_all(
            [
                Deadline(person_id=a1.id, kind="contract", due_on=date(2016, 4, 10), done_on=date(2016, 4, 8)),
                Deadline(person_id=a1.id, kind="danish_referral", due_on=date(2016, 4, 10), done_on=date(2016, 4, 15)),
                Deadline(person_id=a2.id, kind="contract", due_on=date(2016, 4, 10), done_on=date(2016, 4, 20)),
                Deadline(person_id=a2.id, kind="first_offer", due_on=date(2016, 4, 20)),
                Deadline(person_id=c1.id, kind="contract", due_on=date(2016, 5, 5)),
            ]
        )  # fmt: skip

        def hours(
            person: Person, week: int, planned: str, attended: str, sick: str = "0", unexcused: str = "0"
        ) -> HourEntry:
            return HourEntry(
                person_id=person.id, iso_year=2016, iso_week=week, planned=Decimal(planned),
                attended=Decimal(attended), absent_sick=Decimal(sick), absent_unexcused=Decimal(unexcused),
                recorded_by="tester",
            )  # fmt: skip

        s.add_all(
            [
                hours(a1, 13, "29.6", "29.6"),  # Easter Monday: a week of 0.8
                hours(a1, 14, "37", "30", sick="2", unexcused="5"),
                hours(a1, 15, "37", "37"),
                hours(a2, 14, "20", "20"),
                FundingEvent(person_id=c1.id, kind="danish_test_passed", occurred_on=date(2016, 4, 20), details="PD2"),
                FundingEvent(person_id=c1.id, kind="education_start", occurred_on=date(2016, 5, 2), details="VUC"),
                Job(person_id=d1.id, employer="Arla", hours_per_week=Decimal(25), starts_on=date(2015, 10, 1), notes=""),
            ]
        )  # fmt: skip
        s.flush()
        known = Known(mette.id, jonas.id, nord.id, syd.id)
        uow.commit()
    return known


@pytest.fixture
def known(ctx: AppContext) -> Known:
    return build(ctx)
