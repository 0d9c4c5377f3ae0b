"""Fuzzing every service entry point that takes user text (hypothesis).

Whatever is typed, a service either does its work or refuses with its own validation error (a
``DomainError``): never a driver error, a crash, or a traceback for the user. A refused call leaves
every table's row count as it was (no partial row). Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from integration_desk.db.demo import seed_demo
from integration_desk.db.models import Contract, HousingSite, HousingUnit, Person
from integration_desk.domain.arrivals import MemberInput, NoticeInput
from integration_desk.domain.contracts import ActivityInput
from integration_desk.domain.errors import DomainError
from integration_desk.domain.hours import HourFigures
from integration_desk.domain.weeks import IsoWeek
from integration_desk.services import (
    arrivals,
    contracts,
    contracts_edit,
    funding,
    hours,
    housing_register,
    people,
    quota,
    users,
)
from integration_desk.services.backup import row_counts
from integration_desk.services.context import AppContext

# Text people type, and text they do not: control characters, NUL, right-to-left marks, emoji,
# SQL and LIKE metacharacters, very long strings.
TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.sampled_from("%_'\"\\\x00\u200f\u202e\ufeff\U0001f600 a-Ø9"), max_size=20),
    st.builds(lambda c, n: c * n, st.characters(), st.integers(150, 2600)),
    st.sampled_from(["", " ", "0101801234", "010180-1234", "Robert'); DROP TABLE persons;--", "NULL"]),
)


@dataclasses.dataclass
class World:
    ctx: AppContext
    notice_id: int
    contract_id: int
    person_id: int
    site_id: int
    unit_id: int
    week: IsoWeek
    activity_id: int
    activity_person: int
    on_postgres: bool


@pytest.fixture
def world(ctx: AppContext) -> World:
    seed_demo(ctx.engine)
    with ctx.uow(readonly=True) as uow:
        person_id = uow.session.scalars(select(Person.id).order_by(Person.id)).first()
        site_id = uow.session.scalars(select(HousingSite.id)).first()
        unit_id = uow.session.scalars(select(HousingUnit.id)).first()
        assert person_id is not None and site_id is not None and unit_id is not None
        contracted = set(uow.session.scalars(select(Contract.person_id)))
        free = uow.session.scalars(select(Person.id).where(Person.id.not_in(contracted))).first()
    assert free is not None
    contract_id = contracts_edit.create_contract(ctx, free)
    notice_id = arrivals.notice_of_person(ctx, person_id)
    assert notice_id is not None
    week = IsoWeek.of(ctx.today())
    row = next(r for r in hours.load_week(ctx, week).rows if r.activity_id is not None and not r.approved)
    assert row.activity_id is not None
    return World(
        ctx, notice_id, contract_id, person_id, site_id, unit_id, week, row.activity_id, row.person_id,
        ctx.engine.dialect.name == "postgresql",
    )  # fmt: skip


def _edit_notice(world: World, texts: list[str]) -> Callable[[], object]:
    detail = arrivals.get_notice(world.ctx, world.notice_id)
    data = detail.data
    first = data.members[0]
    member = dataclasses.replace(
        first, given_name=texts[0], family_name=texts[1], native_name=texts[2], cpr=texts[3], udl_nr=texts[4]
    )
    changed = dataclasses.replace(
        data,
        reference=texts[5],
        asylum_centre=texts[6],
        notes=texts[7],
        household_name=texts[8],
        visit_by=texts[9],
        members=(member, *data.members[1:]),
    )
    return lambda: arrivals.save_notice(world.ctx, changed, world.notice_id, detail.version)


def _new_notice(world: World, texts: list[str]) -> Callable[[], object]:
    today = world.ctx.today()
    data = NoticeInput(
        reference=texts[0],
        received_on=today - timedelta(days=10),
        decision_on=today - timedelta(days=20),
        expected_arrival_on=today + timedelta(days=30),
        asylum_centre=texts[1],
        notes=texts[2],
        household_name=texts[3],
        visit_interpreter_language=texts[4],
        visit_notes=texts[5],
        members=(
            MemberInput(
                given_name=texts[6],
                family_name=texts[7],
                birth_date=date(1990, 1, 1),
                nationality=texts[8],
                languages=texts[9],
                relation=texts[10],
                cpr=texts[11],
                udl_nr=texts[12],
                native_name=texts[13],
            ),
        ),
    )
    return lambda: arrivals.save_notice(world.ctx, data)


def _contract(world: World, texts: list[str]) -> Callable[[], object]:
    detail = contracts.get_contract(world.ctx, world.contract_id)
    start = detail.programme_start or world.ctx.today()
    data = contracts_edit.ContractInput(
        caseworker_id=None,
        concluded_on=None,
        programme_start=detail.programme_start,
        programme_end=detail.programme_end,
        employment_goal=texts[0],
        education_goal=texts[1],
        interpreter_name=texts[2],
        interpreter_language=texts[3],
        activities=(
            ActivityInput(
                "danish_classes", texts[4], start, start + timedelta(days=90), Decimal(10), texts[5]
            ),
        ),
    )
    return lambda: contracts_edit.save_contract(world.ctx, world.contract_id, detail.version, data)


def _hours(world: World, texts: list[str]) -> Callable[[], object]:
    row = next(r for r in hours.load_week(world.ctx, world.week).rows if r.activity_id == world.activity_id)
    figures = HourFigures(attended=Decimal(2), absent_unexcused=Decimal(1), note=texts[0])
    edit = hours.EntryEdit(row.person_id, row.activity_id, row.entry_id, row.version, figures)
    return lambda: hours.save_week(world.ctx, world.week, [edit])


def _reopen(world: World, texts: list[str]) -> Callable[[], object]:
    return lambda: hours.reopen_week(world.ctx, world.week, [world.activity_person], texts[0])


def _site(world: World, texts: list[str]) -> Callable[[], object]:
    return lambda: housing_register.add_site(world.ctx, texts[0], texts[1], texts[2])


def _unit(world: World, texts: list[str]) -> Callable[[], object]:
    return lambda: housing_register.add_unit(world.ctx, world.site_id, texts[0], 4, texts[1])


def _room(world: World, texts: list[str]) -> Callable[[], object]:
    return lambda: housing_register.add_room(world.ctx, world.unit_id, texts[0], 2, texts[1])


def _quota(world: World, texts: list[str]) -> Callable[[], object]:
    start = date(2030, 3, 1)
    return lambda: quota.save_quota(world.ctx, start, start + timedelta(days=364), 50, texts[0])


def _user(world: World, texts: list[str]) -> Callable[[], object]:
    if world.on_postgres:
        # On PostgreSQL a valid name becomes a cluster-wide login role; fuzz the refusals only.
        return lambda: users.add_user(world.ctx, users.NewUser(texts[0], texts[1], "no-such-role", texts[2]))
    return lambda: users.add_user(
        world.ctx, users.NewUser(texts[0], texts[1], "caseworker", texts[2] + "Aa1!xyzw")
    )


def _search(world: World, texts: list[str]) -> Callable[[], object]:
    return lambda: people.list_people(world.ctx, texts[0])


def _danish_test(world: World, texts: list[str]) -> Callable[[], object]:
    return lambda: funding.record_danish_test(world.ctx, world.person_id, texts[0], world.ctx.today())


def _education(world: World, texts: list[str]) -> Callable[[], object]:
    return lambda: funding.record_education(world.ctx, world.person_id, texts[0], world.ctx.today())


ENTRY_POINTS: dict[str, Callable[[World, list[str]], Callable[[], object]]] = {
    "arrival notice create": _new_notice,
    "arrival notice / person edit": _edit_notice,
    "contract edit": _contract,
    "hours entry note": _hours,
    "hours reopen reason": _reopen,
    "housing site": _site,
    "housing unit": _unit,
    "housing room": _room,
    "quota notes": _quota,
    "user add": _user,
    "search": _search,
    "Danish test": _danish_test,
    "education": _education,
}


def test_no_typed_text_crashes_a_service_or_leaves_a_partial_row(world: World) -> None:
    refused: dict[str, int] = dict.fromkeys(ENTRY_POINTS, 0)
    accepted: dict[str, int] = dict.fromkeys(ENTRY_POINTS, 0)

    @settings(
        max_examples=30 if world.on_postgres else 50,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
        phases=[Phase.explicit, Phase.generate],  # no shrinking: a finding is reported as drawn, fast
    )
    @given(texts=st.lists(TEXT, min_size=14, max_size=14))
    @example(texts=["\x00"] * 14)
    @example(texts=["\x00" + "x" * 3000] * 14)
    @example(texts=["Åse"] * 14)
    def every_entry_point(texts: list[str]) -> None:
        for name, prepare in ENTRY_POINTS.items():
            call = prepare(world, texts)  # reads (which may audit a view) happen here
            before = row_counts(world.ctx.engine)
            try:
                call()
                accepted[name] += 1
            except DomainError:
                refused[name] += 1
                assert row_counts(world.ctx.engine) == before, name
            except Exception as error:  # the finding: name the entry point and the input
                raise AssertionError(f"{name} raised {type(error).__name__} for {texts!r}") from error

    every_entry_point()
    # The strategies reach both sides: refusals, and text that is stored.
    assert sum(refused.values()) > 0 and sum(accepted.values()) > 0
