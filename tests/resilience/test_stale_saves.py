"""Issue 18: every public service that saves refuses a stale save with the program's own conflict
error, never a raw ``StaleDataError`` — whether the stale version is the one it was given (both
engines) or someone else's save was committed between its check and its write (PostgreSQL: that
other save is committed from a second connection just before the service's first write of the row).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from integration_desk.db.engine import make_engine
from integration_desk.db.models import (
    Allocation,
    ArrivalNotice,
    Contract,
    Deadline,
    FundingEvent,
    HourEntry,
    HousingSite,
    HousingUnit,
    Job,
    Person,
    Quota,
    Room,
    RoomClosure,
    TeamSetting,
)
from integration_desk.db.uow import DeskSession
from integration_desk.domain.conflicts import EditConflict
from integration_desk.domain.deadlines import DeadlineKind
from integration_desk.domain.errors import ConcurrentWrite, ConflictError
from integration_desk.domain.hours import HourFigures
from integration_desk.domain.weeks import IsoWeek
from integration_desk.services import (
    arrivals,
    contracts,
    contracts_edit,
    contracts_settings,
    deadlines,
    funding,
    hours,
    hours_import,
    hours_plan,
    housing_allocations,
    housing_register,
    quota,
    retention,
)
from integration_desk.services.context import AppContext
from integration_desk.services.housing_allocations import AllocationInput
from tests.arrivals.conftest import notice_input
from tests.contracts.conftest import make_person
from tests.contracts.test_services import data as contract_data
from tests.hours.conftest import add_resident
from tests.hours.test_commands_hours import workbook as hours_workbook

W11 = IsoWeek(2016, 11)


@dataclass
class World:
    tmp: Path
    person: int = 0
    contract: int = 0
    notice: int = 0
    household: int = 0
    resident: Any = None
    site: int = 0
    unit: int = 0
    room: int = 0
    room2: int = 0
    site2: int = 0
    unit2: int = 0
    room3: int = 0
    closure: int = 0
    stay: int = 0
    job: int = 0
    event_id: int = 0
    quota: int = 0
    deadline: int = 0  # found once the arrival made them
    entry: int = 0
    margin: int = 0
    municipality: int = 0


def version_of(ctx: AppContext, model: type[Any], row_id: int) -> int:
    with ctx.uow(readonly=True) as uow:
        return int(uow.session.get_one(model, row_id).version)


@dataclass(frozen=True)
class Stale:
    """One save of one row: ``call(ctx, world, version)`` saves with ``version`` as the one loaded."""

    name: str
    model: type[Any]
    row: Callable[[World], int]
    call: Callable[[AppContext, World, int], object]
    takes_version: bool = True  # False: the service reads the row itself (only the race applies)
    merges: bool = False  # given the loaded state: the refusal is the merge conflict


@dataclass(frozen=True)
class Do:
    """A step that succeeds, moving the world on (e.g. marking the contract ready)."""

    call: Callable[[AppContext, World], object]


def _first(ctx: AppContext, model: type[Any], **where: object) -> int:
    with ctx.uow(readonly=True) as uow:
        query = uow.session.query(model).filter_by(**where).order_by(model.id)
        return int(query.first().id)


def _week_edits(
    ctx: AppContext, w: World, version_of_first: int | None, attended: str
) -> list[hours.EntryEdit]:
    grid = hours.load_week(ctx, W11)
    rows = [r for r in grid.rows if r.person_id == w.resident.person_id]
    edits = []
    for index, r in enumerate(rows):
        version = version_of_first if index == 0 and version_of_first is not None else r.version
        edits.append(
            hours.EntryEdit(
                r.person_id,
                r.activity_id,
                r.entry_id,
                version,
                HourFigures(r.figures.planned, Decimal(attended)),
            )
        )
    return edits


def _contract_input(ctx: AppContext, w: World, goal: str) -> contracts_edit.ContractInput:
    detail = contracts.get_contract(ctx, w.contract)
    return replace(contracts_edit.input_of(detail), employment_goal=goal)


def _notice_data(ctx: AppContext, w: World, centre: str) -> Any:
    return replace(arrivals.get_notice(ctx, w.notice).data, asylum_centre=centre)


def _stay(ctx: AppContext, w: World) -> housing_allocations.AllocationDetail:
    return housing_allocations.get_allocation(ctx, w.stay)


def _build(ctx: AppContext, w: World) -> None:
    w.person = make_person(ctx)
    w.contract = contracts_edit.create_contract(ctx, w.person)
    worker = contracts.get_contract(ctx, w.contract).caseworker_id
    contracts_edit.save_contract(
        ctx, w.contract, version_of(ctx, Contract, w.contract), contract_data(caseworker_id=worker)
    )
    w.notice = arrivals.save_notice(ctx, notice_input(expected_arrival_on=date(2016, 9, 20))).notice_id
    w.household = arrivals.get_notice(ctx, w.notice).household_id
    w.resident = add_resident(ctx)
    hours.save_week(ctx, W11, _week_edits(ctx, w, None, "1"))
    w.site = housing_register.add_site(ctx, "Søndergade")
    w.unit = housing_register.add_unit(ctx, w.site, "Gang A", 8)
    w.room = housing_register.add_room(ctx, w.unit, "1", 4)
    w.room2 = housing_register.add_room(ctx, w.unit, "2", 4)
    w.site2 = housing_register.add_site(ctx, "Vestergade")
    w.unit2 = housing_register.add_unit(ctx, w.site2, "Gang B", 4)
    w.room3 = housing_register.add_room(ctx, w.unit2, "7", 2)
    w.closure = housing_register.add_closure(ctx, w.room2, date(2017, 3, 1), date(2017, 3, 10), "repair")
    w.stay = housing_allocations.allocate(ctx, AllocationInput(w.room, w.household, 3, date(2016, 9, 21))).id
    w.job = funding.save_job(ctx, w.resident.person_id, "Netto", Decimal(20), date(2016, 9, 1))
    w.event_id = funding.record_danish_test(ctx, w.resident.person_id, "Prøve i Dansk 2", date(2016, 9, 1))
    w.quota = quota.save_quota(ctx, date(2016, 3, 1), date(2017, 2, 28), 72).id
    hours_plan.set_hours_margin(ctx, Decimal(2))


def _ready(ctx: AppContext, w: World) -> object:
    return contracts_edit.mark_ready(ctx, w.contract, version_of(ctx, Contract, w.contract))


SIGN_DAY = date(2016, 9, 22)
STEPS: tuple[Stale | Do, ...] = (
    Stale("contracts_edit.save_contract", Contract, lambda w: w.contract,
          lambda c, w, v: contracts_edit.save_contract(c, w.contract, v, _contract_input(c, w, "Kok"))),
    Stale("contracts_edit.save_contract (merging)", Contract, lambda w: w.contract,
          lambda c, w, v: contracts_edit.save_contract(
              c, w.contract, v, _contract_input(c, w, "Tømrer"), base=_contract_input(c, w, "Job som kok")
          ), merges=True),
    Stale("contracts_edit.mark_ready", Contract, lambda w: w.contract,
          lambda c, w, v: contracts_edit.mark_ready(c, w.contract, v)),
    Do(_ready),
    Stale("contracts_edit.back_to_draft", Contract, lambda w: w.contract,
          lambda c, w, v: contracts_edit.back_to_draft(c, w.contract, v)),
    Stale("contracts_edit.sign", Contract, lambda w: w.contract,
          lambda c, w, v: contracts_edit.sign(c, w.contract, v, SIGN_DAY, SIGN_DAY, False)),
    Do(lambda c, w: contracts_edit.sign(c, w.contract, version_of(c, Contract, w.contract), SIGN_DAY, SIGN_DAY, False)),
    Stale("contracts_edit.set_paper_copy_received", Contract, lambda w: w.contract,
          lambda c, w, v: contracts_edit.set_paper_copy_received(c, w.contract, v, True)),
    Stale("arrivals.save_notice", ArrivalNotice, lambda w: w.notice,
          lambda c, w, v: arrivals.save_notice(c, _notice_data(c, w, "Center Kongelunden"), w.notice, v)),
    Stale("arrivals.save_notice (merging)", ArrivalNotice, lambda w: w.notice,
          lambda c, w, v: arrivals.save_notice(
              c, _notice_data(c, w, "Center Avnstrup"), w.notice, v, base=_notice_data(c, w, "Center Sandholm")
          ), merges=True),
    Stale("arrivals.register_arrival", ArrivalNotice, lambda w: w.notice,
          lambda c, w, v: arrivals.register_arrival(c, w.notice, date(2016, 9, 21), v)),
    Do(lambda c, w: arrivals.register_arrival(c, w.notice, date(2016, 9, 21), version_of(c, ArrivalNotice, w.notice))),
    Stale("deadlines.mark_done", Deadline, lambda w: w.deadline,
          lambda c, w, v: deadlines.mark_done(c, w.deadline, v, date(2016, 9, 30))),
    Do(lambda c, w: deadlines.mark_done(c, w.deadline, version_of(c, Deadline, w.deadline), date(2016, 9, 30))),
    Stale("deadlines.reopen", Deadline, lambda w: w.deadline,
          lambda c, w, v: deadlines.reopen(c, w.deadline, v)),
    Stale("retention.close_case", Person, lambda w: w.person,
          lambda c, w, v: retention.close_case(c, w.person, date(2016, 9, 30)), takes_version=False),
    Stale("hours.save_week", HourEntry, lambda w: w.entry,
          lambda c, w, v: hours.save_week(c, W11, _week_edits(c, w, v, "2"))),
    Stale("hours_import.import_hours", HourEntry, lambda w: w.entry,
          lambda c, w, v: hours_import.import_hours(c, hours_workbook(w.tmp / f"liste{v}.xlsx", [
              [None, "US-1001", "2016-W11", None, "Danskuddannelse", 5, 1, "syg", None],
              [None, "US-1001", "2016-W11", None, "virksomhedspraktik", 10, 2, "syg", None],
          ])), takes_version=False),
    Stale("hours.approve_week", HourEntry, lambda w: w.entry,
          lambda c, w, v: hours.approve_week(c, W11, [w.resident.person_id]), takes_version=False),
    Do(lambda c, w: hours.approve_week(c, W11, [w.resident.person_id])),
    Stale("hours.reopen_week", HourEntry, lambda w: w.entry,
          lambda c, w, v: hours.reopen_week(c, W11, [w.resident.person_id], "Forkert liste"), takes_version=False),
    Stale("hours_plan.set_hours_margin", TeamSetting, lambda w: w.margin,
          lambda c, w, v: hours_plan.set_hours_margin(c, Decimal(3)), takes_version=False),
    Stale("contracts_settings.save_team_settings", TeamSetting, lambda w: w.municipality,
          lambda c, w, v: contracts_settings.save_team_settings(
              c, replace(contracts_settings.get_team_settings(c), municipality_name="Ballerup Kommune")
          ), takes_version=False),
    Stale("funding.save_job", Job, lambda w: w.job,
          lambda c, w, v: funding.save_job(c, w.resident.person_id, "Føtex", Decimal(25), date(2016, 9, 1), None, w.job, v)),
    Stale("funding.delete_job", Job, lambda w: w.job, lambda c, w, v: funding.delete_job(c, w.job, v)),
    Stale("funding.delete_event", FundingEvent, lambda w: w.event_id,
          lambda c, w, v: funding.delete_event(c, w.event_id, v)),
    Stale("housing_allocations.update_allocation", Allocation, lambda w: w.stay,
          lambda c, w, v: housing_allocations.update_allocation(c, w.stay, v, replace(_stay(c, w).data, persons=2))),
    Stale("housing_allocations.end_stay", Allocation, lambda w: w.stay,
          lambda c, w, v: housing_allocations.end_stay(c, w.stay, v, date(2016, 10, 2), "moved_away")),
    Stale("housing_allocations.split_stay", Allocation, lambda w: w.stay,
          lambda c, w, v: housing_allocations.split_stay(c, w.stay, v, date(2016, 10, 1), w.room3)),
    Stale("housing_allocations.delete_allocation", Allocation, lambda w: w.stay,
          lambda c, w, v: housing_allocations.delete_allocation(c, w.stay, v)),
    Stale("housing_register.edit_site", HousingSite, lambda w: w.site,
          lambda c, w, v: housing_register.edit_site(c, w.site, v, "Søndergade 2", "", "")),
    Stale("housing_register.edit_unit", HousingUnit, lambda w: w.unit,
          lambda c, w, v: housing_register.edit_unit(c, w.unit, v, "Gang A1", 8, "")),
    Stale("housing_register.edit_room", Room, lambda w: w.room,
          lambda c, w, v: housing_register.edit_room(c, w.room, v, "1A", 4, "")),
    Stale("housing_register.edit_closure", RoomClosure, lambda w: w.closure,
          lambda c, w, v: housing_register.edit_closure(c, w.closure, v, date(2017, 3, 1), date(2017, 3, 12), "repair", "")),
    Stale("housing_register.delete_closure", RoomClosure, lambda w: w.closure,
          lambda c, w, v: housing_register.delete_closure(c, w.closure, v)),
    Stale("housing_register.retire_room", Room, lambda w: w.room3,
          lambda c, w, v: housing_register.retire_room(c, w.room3, v, date(2017, 1, 1))),
    Stale("housing_register.retire_unit", HousingUnit, lambda w: w.unit2,
          lambda c, w, v: housing_register.retire_unit(c, w.unit2, v, date(2017, 1, 1))),
    Stale("housing_register.retire_site", HousingSite, lambda w: w.site2,
          lambda c, w, v: housing_register.retire_site(c, w.site2, v, date(2017, 1, 1))),
    Do(lambda c, w: housing_register.retire_room(c, w.room3, version_of(c, Room, w.room3), date(2017, 1, 1))),
    Stale("housing_register.reinstate", Room, lambda w: w.room3,
          lambda c, w, v: housing_register.reinstate(c, "room", w.room3, v)),
    Stale("housing_register.delete_room", Room, lambda w: w.room3,
          lambda c, w, v: housing_register.delete_room(c, w.room3, v)),
    Stale("quota.save_quota", Quota, lambda w: w.quota,
          lambda c, w, v: quota.save_quota(c, date(2016, 3, 1), date(2017, 2, 28), 80, "", w.quota, v)),
)  # fmt: skip


def _find_later_rows(ctx: AppContext, w: World) -> None:
    """Rows that exist only once earlier steps ran (deadlines after the arrival, …)."""
    if not w.deadline:
        with ctx.uow(readonly=True) as uow:
            # Not the programme-extension reminder: it is done by a later contract, not marked done.
            found = (
                uow.session.query(Deadline)
                .filter(Deadline.kind != DeadlineKind.PROGRAMME_EXTENSION)
                .order_by(Deadline.id)
                .first()
            )
        w.deadline = found.id if found is not None else 0
    w.entry = _first(ctx, HourEntry, person_id=w.resident.person_id)
    w.margin = _first(ctx, TeamSetting, key=hours_plan.MARGIN_KEY)
    if not w.municipality:
        with ctx.uow() as uow:
            row = uow.session.query(TeamSetting).filter_by(key="municipality_name").one_or_none()
            if row is None:
                row = TeamSetting(key="municipality_name", value="Kommunen")
                uow.session.add(row)
                uow.session.flush()
                uow.commit()
            w.municipality = row.id


@contextmanager
def saved_meanwhile(url: str, model: type[Any], row_id: int) -> Iterator[list[str]]:
    """Someone else's save of the row is committed (from a second connection) just before this
    action's first write of it: between the action's version check and its UPDATE or DELETE."""
    other = make_engine(url)
    table = model.__tablename__
    fired: list[str] = []

    def before_flush(session: Session, _context: Any, _instances: Any) -> None:
        if fired:
            return
        for obj in (*session.dirty, *session.deleted):
            if (
                isinstance(obj, model)
                and obj.id == row_id
                and (obj in session.deleted or session.is_modified(obj))
            ):
                with other.begin() as connection:
                    connection.execute(text("SET LOCAL lock_timeout = '10s'"))  # a mistake fails, never hangs
                    connection.execute(
                        text(f"UPDATE {table} SET version = version + 1 WHERE id = :id"), {"id": row_id}
                    )
                fired.append(table)
                return

    event.listen(DeskSession, "before_flush", before_flush)
    try:
        yield fired
    finally:
        event.remove(DeskSession, "before_flush", before_flush)
        other.dispose()


def _run_all(ctx: AppContext, w: World, database_url: str, race: bool) -> list[str]:
    problems: list[str] = []
    for step in STEPS:
        _find_later_rows(ctx, w)
        if isinstance(step, Do):
            step.call(ctx, w)
            continue
        row_id = step.row(w)
        current = version_of(ctx, step.model, row_id)
        if not race:
            if not step.takes_version:
                continue
            try:
                step.call(ctx, w, current - 1)
            except ConflictError as error:
                if step.merges and not isinstance(error, EditConflict):
                    problems.append(f"{step.name}: {type(error).__name__}, not the merge conflict")
            except Exception as error:
                problems.append(f"{step.name}: {type(error).__name__}: {error}")
            else:
                problems.append(f"{step.name}: a stale version was saved")
            continue
        with saved_meanwhile(database_url, step.model, row_id) as fired:
            try:
                step.call(ctx, w, current)
            except ConflictError as error:
                expected = EditConflict if step.merges else ConcurrentWrite
                if not isinstance(error, expected):
                    problems.append(f"{step.name}: {type(error).__name__}, not {expected.__name__}")
            except Exception as error:
                problems.append(f"{step.name}: {type(error).__name__}: {error}")
            else:
                problems.append(f"{step.name}: saved over someone else's save")
        if not fired:
            problems.append(f"{step.name}: never wrote the row (the test did not reach the race)")
    return problems


def test_every_save_with_a_stale_version_is_the_programs_conflict(ctx: AppContext, tmp_path: Path) -> None:
    w = World(tmp_path)
    _build(ctx, w)
    assert _run_all(ctx, w, str(ctx.engine.url.render_as_string(hide_password=False)), race=False) == []


@pytest.mark.postgres
def test_a_save_committed_between_check_and_write_is_the_programs_conflict(
    postgres_ctx: AppContext, tmp_path: Path
) -> None:
    ctx = postgres_ctx
    w = World(tmp_path)
    _build(ctx, w)
    url = ctx.engine.url.render_as_string(hide_password=False)
    assert _run_all(ctx, w, url, race=True) == []
