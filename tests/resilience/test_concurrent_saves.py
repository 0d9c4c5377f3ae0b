"""Issue 18: eight users saving the same thing at the same moment on PostgreSQL (one engine and one
thread each, all released together by a barrier): one save wins, every other one gets the
program's own refusal — the conflict (or the merge) a slower stale save gets, a rule's message —
and nothing is stored twice."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

import pytest
from sqlalchemy import func, select

from integration_desk.db.models import Allocation, Contract, FundingEvent, HourEntry, Quota, Role, User
from integration_desk.domain.conflicts import EditConflict
from integration_desk.domain.errors import ConflictError, DomainError, ValidationError
from integration_desk.domain.hours import HourFigures
from integration_desk.domain.weeks import IsoWeek
from integration_desk.services import (
    arrivals,
    contracts,
    contracts_edit,
    funding,
    hours,
    housing_allocations,
    housing_register,
    quota,
)
from integration_desk.services.context import AppContext
from integration_desk.services.database import open_database
from integration_desk.services.housing_allocations import AllocationInput
from tests.arrivals.conftest import notice_input
from tests.conftest import DEMO_TODAY, clone_postgres, drop_postgres
from tests.contracts.conftest import make_person
from tests.contracts.test_services import data as contract_data
from tests.hours.conftest import add_resident

pytestmark = pytest.mark.postgres
USERS = 8
ROUNDS = 3
T = TypeVar("T")


@pytest.fixture
def users(_postgres_template: str | None) -> Iterator[list[AppContext]]:
    """Eight users, each with an engine of their own, on one fresh PostgreSQL database."""
    if _postgres_template is None:
        pytest.skip("PostgreSQL: set INTEGRATION_DESK_TEST_POSTGRES_URL to run")
    url = clone_postgres(_postgres_template)
    engines = [open_database(url, upgrade=False) for _ in range(USERS)]
    try:
        first = AppContext(engines[0], "user0", today=DEMO_TODAY)
        with first.uow() as uow:
            for n in range(USERS):
                uow.session.add(User(username=f"user{n}", display_name=f"Bruger {n}", role=Role.ADMIN.value))
            uow.commit()
        yield [AppContext(engine, f"user{n}", today=DEMO_TODAY) for n, engine in enumerate(engines)]
    finally:
        for engine in engines:
            engine.dispose()
        drop_postgres(url)


def race(users: list[AppContext], save: Callable[[AppContext, int], T]) -> list[T | BaseException]:
    """``save(user, n)`` in one thread per user, all started at once; what each returned or raised."""
    barrier = threading.Barrier(len(users), timeout=60)
    results: list[T | BaseException | None] = [None] * len(users)

    def run(n: int) -> None:
        try:
            barrier.wait()
            results[n] = save(users[n], n)
        except BaseException as error:
            results[n] = error

    threads = [threading.Thread(target=run, args=(n,), daemon=True) for n in range(len(users))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a save hung"
    return results  # type: ignore[return-value]


def outcome(results: list[Any], refused: type[BaseException]) -> tuple[list[int], list[str]]:
    """The users whose save went through, and every refusal that is not ``refused``."""
    winners = [n for n, r in enumerate(results) if not isinstance(r, BaseException)]
    wrong = [
        f"{type(r).__name__}: {r}"
        for r in results
        if isinstance(r, BaseException) and not isinstance(r, refused)
    ]
    return winners, wrong


def count(ctx: AppContext, model: type[Any], *where: Any) -> int:
    with ctx.uow(readonly=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


@pytest.mark.parametrize("merging", [True, False], ids=["editor", "plain"])
def test_eight_saves_of_one_contract(users: list[AppContext], merging: bool) -> None:
    ctx = users[0]
    person = make_person(ctx)
    contract_id = contracts_edit.create_contract(ctx, person)
    worker = contracts.get_contract(ctx, contract_id).caseworker_id
    contracts_edit.save_contract(
        ctx,
        contract_id,
        contracts.get_contract(ctx, contract_id).version,
        contract_data(caseworker_id=worker),
    )
    for round_ in range(ROUNDS):
        loaded = [contracts.get_contract(user, contract_id) for user in users]

        def save(user: AppContext, n: int, loaded: list[Any] = loaded, round_: int = round_) -> object:
            base = contracts_edit.input_of(loaded[n])
            mine = replace(base, employment_goal=f"Mål {round_}-{n}")
            return contracts_edit.save_contract(
                user, contract_id, loaded[n].version, mine, base=base if merging else None
            )

        winners, wrong = outcome(race(users, save), EditConflict if merging else ConflictError)
        assert wrong == [] and len(winners) == 1
        assert contracts.get_contract(ctx, contract_id).employment_goal == f"Mål {round_}-{winners[0]}"


def attended(round_: int, user: int) -> Decimal:
    """Different for every user and round (an unchanged save writes nothing, so cannot conflict)."""
    return Decimal(user) + Decimal("0.5") + Decimal(round_) / 10


def test_eight_saves_of_one_week(users: list[AppContext]) -> None:
    ctx = users[0]
    resident = add_resident(ctx)
    week = IsoWeek(2016, 11)

    def edits(user: AppContext, attended: Decimal) -> list[hours.EntryEdit]:
        grid = hours.load_week(user, week)
        return [
            hours.EntryEdit(
                r.person_id, r.activity_id, r.entry_id, r.version, HourFigures(r.figures.planned, attended)
            )
            for r in grid.rows
            if r.person_id == resident.person_id
        ]

    hours.save_week(ctx, week, edits(ctx, Decimal(1)))
    for round_ in range(ROUNDS):
        loaded = [edits(user, attended(round_, n)) for n, user in enumerate(users)]
        winners, wrong = outcome(
            race(users, lambda user, n, loaded=loaded: hours.save_week(user, week, loaded[n])), ConflictError
        )
        assert wrong == [] and len(winners) == 1
        grid = hours.load_week(ctx, week)
        stored = {r.figures.attended for r in grid.rows if r.person_id == resident.person_id}
        assert stored == {attended(round_, winners[0])}


def test_eight_saves_of_one_notice(users: list[AppContext]) -> None:
    ctx = users[0]
    notice_id = arrivals.save_notice(ctx, notice_input()).notice_id
    for round_ in range(ROUNDS):
        loaded = [arrivals.get_notice(user, notice_id) for user in users]

        def save(user: AppContext, n: int, loaded: list[Any] = loaded, round_: int = round_) -> object:
            mine = replace(loaded[n].data, asylum_centre=f"Center {round_}-{n}")
            return arrivals.save_notice(user, mine, notice_id, loaded[n].version, base=loaded[n].data)

        winners, wrong = outcome(race(users, save), EditConflict)
        assert wrong == [] and len(winners) == 1
        assert arrivals.get_notice(ctx, notice_id).data.asylum_centre == f"Center {round_}-{winners[0]}"


def test_eight_users_recording_one_new_hour_row_store_one(users: list[AppContext]) -> None:
    ctx = users[0]
    resident = add_resident(ctx)
    for round_ in range(ROUNDS):
        week = IsoWeek(2016, 12 + round_)  # nothing recorded in it yet
        grid = hours.load_week(ctx, week)
        rows = [
            r for r in grid.rows if r.person_id == resident.person_id and r.activity_id == resident.classes_id
        ]
        assert len(rows) == 1 and rows[0].entry_id is None

        def save(user: AppContext, n: int, row: hours.GridRow = rows[0], week: IsoWeek = week) -> object:
            edit = hours.EntryEdit(
                row.person_id, row.activity_id, None, None, HourFigures(row.figures.planned, Decimal(n))
            )
            return hours.save_week(user, week, [edit])

        results = race(users, save)
        winners, wrong = outcome(results, ConflictError)
        assert wrong == [] and len(winners) == 1
        assert all("Indlæs ugen igen" in str(r) for r in results if isinstance(r, ConflictError))
        stored = count(
            ctx,
            HourEntry,
            HourEntry.person_id == resident.person_id,
            HourEntry.iso_year == week.year,
            HourEntry.iso_week == week.week,
        )
        assert stored == 1


def test_eight_placements_of_one_household_house_it_once(users: list[AppContext]) -> None:
    ctx = users[0]
    notice_id = arrivals.save_notice(ctx, notice_input()).notice_id
    household = arrivals.get_notice(ctx, notice_id).household_id
    site = housing_register.add_site(ctx, "Søndergade")
    unit = housing_register.add_unit(ctx, site, "Gang A", 40)
    rooms = [housing_register.add_room(ctx, unit, str(n), 4) for n in range(USERS)]

    def place(user: AppContext, n: int) -> object:  # the whole family, each user in another room
        return housing_allocations.allocate(user, AllocationInput(rooms[n], household, 3, date(2016, 9, 21)))

    winners, wrong = outcome(race(users, place), ValidationError)
    assert wrong == [] and len(winners) == 1
    assert count(ctx, Allocation, Allocation.household_id == household) == 1


def test_eight_users_adding_overlapping_quota_periods_store_one(users: list[AppContext]) -> None:
    def add(user: AppContext, n: int) -> object:
        return quota.save_quota(user, date(2016, 3, 1 + n), date(2017, 2, 28), 72)

    winners, wrong = outcome(race(users, add), DomainError)
    assert wrong == [] and len(winners) == 1
    assert count(users[0], Quota) == 1


def test_eight_users_recording_one_funding_event_store_one(users: list[AppContext]) -> None:
    resident = add_resident(users[0])

    def record(user: AppContext, n: int) -> object:
        return funding.record_danish_test(user, resident.person_id, "Prøve i Dansk 2", date(2016, 9, 1))

    winners, wrong = outcome(race(users, record), DomainError)
    assert wrong == [] and len(winners) == 1
    assert count(users[0], FundingEvent, FundingEvent.person_id == resident.person_id) == 1


def test_eight_users_starting_one_persons_contract_make_one(users: list[AppContext]) -> None:
    person = make_person(users[0])
    winners, wrong = outcome(
        race(users, lambda user, n: contracts_edit.create_contract(user, person)), DomainError
    )
    assert wrong == [] and len(winners) == 1
    assert count(users[0], Contract, Contract.person_id == person) == 1


def test_eight_programs_starting_on_one_new_database_put_the_defaults_in_once(
    _postgres_template: str | None,
) -> None:
    from integration_desk.db.models import RuleSetRow
    from integration_desk.domain.rules import DEFAULT_RULE_SETS

    if _postgres_template is None:
        pytest.skip("PostgreSQL: set INTEGRATION_DESK_TEST_POSTGRES_URL to run")
    url = clone_postgres(_postgres_template)
    try:
        setup = open_database(url, upgrade=False)
        with setup.begin() as connection:
            connection.execute(RuleSetRow.__table__.delete())  # as a new database has none yet
        setup.dispose()
        barrier = threading.Barrier(USERS, timeout=60)
        failures: list[str] = []

        def start() -> None:
            try:
                barrier.wait()
                open_database(url).dispose()
            except BaseException as error:
                failures.append(f"{type(error).__name__}: {error}")

        threads = [threading.Thread(target=start, daemon=True) for _ in range(USERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not any(thread.is_alive() for thread in threads)
        assert failures == []
        check = open_database(url, upgrade=False)
        with check.connect() as connection:
            stored = connection.execute(select(func.count()).select_from(RuleSetRow)).scalar_one()
        check.dispose()
        assert stored == len(DEFAULT_RULE_SETS)
    finally:
        drop_postgres(url)
