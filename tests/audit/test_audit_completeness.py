"""Audit completeness: every service function that touches personal data, called once on a fresh
database (SQLite and PostgreSQL), writes exactly the audit rows its design promises.

``AUDITED`` is the table: one row per call, or one per personal-data row the call writes where that
is the honest design (``per``). ``NOT_LOGGED`` lists, with the reason, every other public service
function taking the context, so a new function must be placed in one of the two (a test reads the
services' source). ``docs/audit.md`` is generated from these tables (``python tools/audit_doc.py``)
and a test fails when it is stale.
"""

from __future__ import annotations

import ast
import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from integration_desk.db.models import AuditEvent, Deadline, FundingEvent, Job
from integration_desk.domain.hours import HourFigures
from integration_desk.domain.weeks import IsoWeek
from integration_desk.services import (
    arrivals,
    arrivals_export,
    arrivals_import,
    audit_log,
    contracts,
    contracts_edit,
    contracts_print,
    deadlines,
    funding,
    hours,
    hours_export,
    hours_history,
    hours_import,
    housing_allocations,
    housing_export,
    housing_register,
    people,
    programme_end,
    reports,
    retention,
    signin,
    users,
)
from integration_desk.services.context import AppContext
from integration_desk.services.housing_allocations import AllocationInput
from tests.arrivals.conftest import notice_input, row, write_workbook
from tests.contracts.conftest import make_person
from tests.contracts.test_services import data as contract_data
from tests.hours.conftest import add_resident
from tests.hours.test_commands_hours import workbook as hours_workbook

ROOT = Path(__file__).resolve().parents[2]
W11 = IsoWeek(2016, 11)


@dataclass
class World:
    """What the calls work on; the calls fill in what later calls need."""

    tmp: Path
    url: str
    person: int = 0  # a person with a CPR number and a takeover date (contracts)
    resident: Any = None  # a person with a signed contract and two activities (hours)
    room: int = 0
    room2: int = 0
    household: int = 0  # the notice's household
    notice: int = 0
    notice_version: int = 0
    notice_detail: Any = None
    contract: int = 0
    contract_version: int = 0
    stay: Any = None
    deadline: Any = None
    event: int = 0
    job: int = 0


@dataclass(frozen=True)
class Audited:
    function: str  # module.function
    action: str  # what the row says (several: "create/update")
    per: str  # "call", or what one row stands for when a call writes several
    call: Callable[[AppContext, World], int]  # does the call; returns the rows it must write
    engines: tuple[str, ...] = ("sqlite", "postgresql")
    prepare: Callable[[AppContext, World], object] | None = None  # before counting


def _one(fn: Callable[[AppContext, World], object]) -> Callable[[AppContext, World], int]:
    def call(ctx: AppContext, w: World) -> int:
        fn(ctx, w)
        return 1

    return call


# --- the calls that need more than one line ---------------------------------------------------


def _new_notice(ctx: AppContext, w: World) -> int:
    data = notice_input(expected_arrival_on=date(2016, 9, 20))
    w.notice = arrivals.save_notice(ctx, data).notice_id
    return 1 + len(data.members)  # the notice, and each person created


def _open_notice(ctx: AppContext, w: World) -> None:
    w.notice_detail = arrivals.get_notice(ctx, w.notice)


def _edit_notice(ctx: AppContext, w: World) -> int:
    detail = w.notice_detail
    first, *others = detail.data.members
    members = (replace(first, given_name="Ahmed"), *others)
    data = replace(detail.data, members=members, asylum_centre="Center Kongelunden")
    arrivals.save_notice(ctx, data, w.notice, detail.version)
    return 1 + 1  # the notice, and the one person changed


def _notice_version(ctx: AppContext, w: World) -> None:
    with ctx.uow(readonly=True) as uow:
        w.notice_version = int(
            uow.session.scalar(text(f"SELECT version FROM arrival_notices WHERE id = {w.notice}"))
        )


def _register_arrival(ctx: AppContext, w: World) -> int:
    arrivals.register_arrival(ctx, w.notice, date(2016, 9, 21), w.notice_version)
    return 1 + 3  # the notice, and each person who arrived


def _import_arrivals(ctx: AppContext, w: World) -> int:
    path = write_workbook(
        w.tmp / "ankomster.xlsx", [row("US-9", given="Sara", CPR="020292-1234"), row("US-9", given="Ali")]
    )
    arrivals_import.import_arrivals(ctx, path)
    return 1 + 2 + 1  # the notice, each person, and the import itself


def _create_contract(ctx: AppContext, w: World) -> int:
    w.contract = contracts_edit.create_contract(ctx, w.person)
    return 1


def _contract_version(ctx: AppContext, w: World) -> int:
    return contracts.get_contract(ctx, w.contract).version


def _save_contract(ctx: AppContext, w: World) -> int:
    with ctx.uow(readonly=True) as uow:
        version = uow.session.scalar(text(f"SELECT version FROM contracts WHERE id = {w.contract}"))
        worker = uow.session.scalar(text(f"SELECT caseworker_id FROM contracts WHERE id = {w.contract}"))
    contracts_edit.save_contract(ctx, w.contract, version, contract_data(caseworker_id=worker))
    return 1
    return 1


def _contract_step(step: Callable[..., Any], *args: Any) -> Callable[[AppContext, World], int]:
    def call(ctx: AppContext, w: World) -> int:
        with ctx.uow(readonly=True) as uow:
            version = uow.session.scalar(text(f"SELECT version FROM contracts WHERE id = {w.contract}"))
        step(ctx, w.contract, version, *args)
        return 1

    return call


def _room(ctx: AppContext, w: World) -> None:
    site = housing_register.add_site(ctx, "Søndergade")
    unit = housing_register.add_unit(ctx, site, "Gang A", 6)
    w.room = housing_register.add_room(ctx, unit, "1", 4)
    w.room2 = housing_register.add_room(ctx, unit, "2", 4)


def _allocate(ctx: AppContext, w: World) -> int:
    w.stay = housing_allocations.allocate(
        ctx, AllocationInput(w.room, _household_of(ctx, w.notice), 3, date(2016, 9, 21))
    )
    return 1


def _household_of(ctx: AppContext, notice_id: int) -> int:
    with ctx.uow(readonly=True) as uow:
        return int(
            uow.session.scalar(text(f"SELECT household_id FROM arrival_notices WHERE id = {notice_id}"))
        )


def _update_stay(ctx: AppContext, w: World) -> int:
    stay = housing_allocations.get_allocation(ctx, w.stay.id)
    w.stay = housing_allocations.update_allocation(
        ctx, w.stay.id, stay.version, replace(stay.data, persons=2)
    )
    return 1


def _split_stay(ctx: AppContext, w: World) -> int:
    _, w.stay = housing_allocations.split_stay(ctx, w.stay.id, w.stay.version, date(2016, 10, 1), w.room2)
    return 2  # the stay ended, and the new stay from the day


def _end_stay(ctx: AppContext, w: World) -> int:
    w.stay = housing_allocations.end_stay(ctx, w.stay.id, w.stay.version, date(2016, 10, 2), "moved_away")
    return 1 + 3  # the stay, and each person of the household now moved away


def _extra_stay(ctx: AppContext, w: World) -> None:
    w.stay = housing_allocations.allocate(
        ctx, AllocationInput(w.room, _household_of(ctx, w.notice), 1, date(2016, 11, 1), date(2016, 11, 5))
    )


def _delete_stay(ctx: AppContext, w: World) -> int:
    housing_allocations.delete_allocation(ctx, w.stay.id, w.stay.version)
    return 1


def _save_stays(ctx: AppContext, w: World) -> int:
    household = _household_of(ctx, w.notice)
    housing_allocations.save_stays(
        ctx,
        create=[
            AllocationInput(room, household, 1, date(2016, 12, 1), date(2016, 12, 5))
            for room in (w.room, w.room2)
        ],
    )
    return 2  # one per stay


def _stay_to_move(ctx: AppContext, w: World) -> None:
    w.stay = housing_allocations.allocate(
        ctx, AllocationInput(w.room, _household_of(ctx, w.notice), 2, date(2017, 1, 1), date(2017, 2, 1))
    )


def _move_from(ctx: AppContext, w: World) -> int:
    new = AllocationInput(w.room2, _household_of(ctx, w.notice), 2, date(2017, 1, 15), date(2017, 2, 1))
    housing_allocations.move_from(ctx, w.stay.id, w.stay.version, date(2017, 1, 15), [new])
    return 2  # the stay ended, and the new stay


def _deadline(ctx: AppContext, w: World) -> Deadline:
    with ctx.uow(readonly=True) as uow:
        return uow.session.scalars(select(Deadline).order_by(Deadline.id).limit(1)).one()


def _mark_done(ctx: AppContext, w: World) -> int:
    d = _deadline(ctx, w)
    deadlines.mark_done(ctx, d.id, d.version, date(2016, 9, 30))
    return 1


def _reopen(ctx: AppContext, w: World) -> int:
    d = _deadline(ctx, w)
    deadlines.reopen(ctx, d.id, d.version)
    return 1


def _programme_reminder(ctx: AppContext, w: World) -> Deadline:
    """The signed contract's reminder to extend or end the programme (w.person's, after signing)."""
    with ctx.uow(readonly=True) as uow:
        return uow.session.scalars(
            select(Deadline).where(Deadline.person_id == w.person, Deadline.kind == "programme_extension")
        ).one()


def _record_programme_end(ctx: AppContext, w: World) -> int:
    d = _programme_reminder(ctx, w)
    programme_end.record_programme_end(ctx, d.id, d.version, "education", date(2016, 9, 30))
    return 2  # the contract (the end recorded) and the reminder (done)


def _take_back_programme_end(ctx: AppContext, w: World) -> int:
    d = _programme_reminder(ctx, w)
    deadlines.reopen(ctx, d.id, d.version)
    return 2  # the reminder (open again) and the contract (the recorded end removed)


def _week_edits(ctx: AppContext, w: World) -> list[hours.EntryEdit]:
    grid = hours.load_week(ctx, W11)
    return [
        hours.EntryEdit(
            r.person_id,
            r.activity_id,
            r.entry_id,
            r.version,
            HourFigures(r.figures.planned, r.figures.planned),
        )
        for r in grid.rows
        if r.person_id == w.resident.person_id
    ]


def _save_week(ctx: AppContext, w: World) -> int:
    edits = _week_edits(ctx, w)
    hours.save_week(ctx, W11, edits)
    return len(edits)  # one per hour entry written (two activities)


def _approve_week(ctx: AppContext, w: World) -> int:
    return hours.approve_week(ctx, W11, [w.resident.person_id])  # one per entry approved


def _reopen_week(ctx: AppContext, w: World) -> int:
    return hours.reopen_week(ctx, W11, [w.resident.person_id], "Forkert liste")  # one per entry


def _import_hours(ctx: AppContext, w: World) -> int:
    path = hours_workbook(
        w.tmp / "liste.xlsx",
        [
            [None, "US-1001", "2016-W12", None, "Danskuddannelse", 5, 1, "syg", None],
            [None, "US-1001", "2016-W12", None, "virksomhedspraktik", 10, 2, "uden gyldig grund", None],
        ],
    )
    try:
        hours_import.import_hours(ctx, path)
    except hours_import.ImportRefused as refused:
        raise AssertionError([str(p) for p in refused.problems]) from None
    return 2  # one per hour entry written


def _print(ctx: AppContext, w: World) -> int:
    contracts_print.record_printed(ctx, [w.contract], "pdf")
    return 1  # one per contract printed


def _record_test(ctx: AppContext, w: World) -> int:
    w.event = funding.record_danish_test(ctx, w.resident.person_id, "Prøve i Dansk 2", date(2016, 9, 1))
    return 1


def _save_job(ctx: AppContext, w: World) -> int:
    w.job = funding.save_job(ctx, w.resident.person_id, "Netto", Decimal(20), date(2016, 9, 1))
    return 1


def _delete_event(ctx: AppContext, w: World) -> int:
    with ctx.uow(readonly=True) as uow:
        version = uow.session.get_one(FundingEvent, w.event).version
    funding.delete_event(ctx, w.event, version)
    return 1


def _delete_job(ctx: AppContext, w: World) -> int:
    with ctx.uow(readonly=True) as uow:
        version = uow.session.get_one(Job, w.job).version
    funding.delete_job(ctx, w.job, version)
    return 1


def _sign_in(password: str) -> Callable[[AppContext, World], int]:
    def call(ctx: AppContext, w: World) -> int:
        with contextlib.suppress(signin.SignInRefused):
            signin.sign_in(w.url, "hanne", password).engine.dispose()
        return 1

    return call


def _add_user(ctx: AppContext, w: World) -> int:
    users.add_user(ctx, users.NewUser("hanne", "Hanne Berg", "caseworker", "rigtig-kode-123"))
    return 1


P = "postgresql"
AUDITED: tuple[Audited, ...] = (
    Audited("arrivals.save_notice", "create", "the notice, and one per person created", _new_notice),
    Audited(
        "arrivals.get_notice",
        "view",
        "one per person on the notice (each person's log shows it)",
        lambda c, w: len(arrivals.get_notice(c, w.notice).data.members),
    ),
    Audited(
        "arrivals.save_notice",
        "update",
        "the notice, and one per person changed, added or removed",
        _edit_notice,
        prepare=_open_notice,
    ),
    Audited(
        "arrivals.register_arrival",
        "update",
        "the notice, and one per person who arrived",
        _register_arrival,
        prepare=_notice_version,
    ),
    Audited(
        "arrivals_import.import_arrivals",
        "create",
        "one per notice and person imported, and one for the import",
        _import_arrivals,
    ),
    Audited(
        "arrivals_export.export_arrivals",
        "export",
        "call",
        _one(lambda c, w: arrivals_export.export_arrivals(c, w.tmp / "a.xlsx")),
    ),
    Audited(
        "retention.close_case",
        "update",
        "call",
        _one(lambda c, w: retention.close_case(c, w.person, date(2009, 1, 1))),
    ),
    Audited("retention.cases_due", "search", "call (criteria)", _one(lambda c, w: retention.cases_due(c))),
    Audited(
        "people.list_people",
        "search",
        "call (criteria; a CPR number masked)",
        _one(lambda c, w: people.list_people(c, "0101904561")),
    ),
    Audited("people.get_person", "view", "call", _one(lambda c, w: people.get_person(c, w.person))),
    Audited("deadlines.mark_done", "update", "call", _mark_done),
    Audited("deadlines.reopen", "update", "call", _reopen),
    Audited("contracts_edit.create_contract", "create", "call", _create_contract),
    Audited(
        "contracts.get_contract", "view", "call", _one(lambda c, w: contracts.get_contract(c, w.contract))
    ),
    Audited("contracts_edit.save_contract", "update", "call", _save_contract),
    Audited("contracts_edit.mark_ready", "update", "call", _contract_step(contracts_edit.mark_ready)),
    Audited("contracts_edit.back_to_draft", "update", "call", _contract_step(contracts_edit.back_to_draft)),
    Audited(
        "contracts_edit.sign",
        "update",
        "call",
        _contract_step(contracts_edit.sign, date(2016, 9, 22), date(2016, 9, 22), False),
        prepare=_contract_step(contracts_edit.mark_ready),
    ),
    Audited(
        "contracts_edit.set_paper_copy_received",
        "update",
        "call",
        _contract_step(contracts_edit.set_paper_copy_received, True),
    ),
    Audited(
        "programme_end.record_programme_end",
        "update",
        'the signed contract, and each deadline it closes (the reminder, an open "Programme ends")',
        _record_programme_end,
    ),
    Audited(
        "deadlines.reopen",
        "update",
        'the programme reminder: it, the contract whose recorded end it takes back, and the "Programme ends" '
        "deadline that end had closed",
        _take_back_programme_end,
    ),
    Audited("contracts_print.record_printed", "print", "one per contract printed", _print),
    Audited(
        "contracts_edit.start_new_version",
        "create",
        "call",
        _one(lambda c, w: contracts_edit.start_new_version(c, w.contract)),
    ),
    Audited("hours.save_week", "create/update", "one per hour entry written", _save_week),
    Audited("hours.approve_week", "update", "one per hour entry approved", _approve_week),
    Audited("hours.reopen_week", "update", "one per hour entry reopened", _reopen_week),
    Audited("hours_import.import_hours", "create/update", "one per hour entry written", _import_hours),
    Audited(
        "hours_history.person_history",
        "view",
        "call",
        _one(lambda c, w: hours_history.person_history(c, w.resident.person_id)),
    ),
    Audited(
        "hours_export.export_hours",
        "export",
        "call",
        _one(lambda c, w: hours_export.export_hours(c, w.tmp / "h.xlsx", W11, IsoWeek(2016, 12))),
    ),
    Audited(
        "hours_export.export_compliance",
        "export",
        "call",
        _one(lambda c, w: hours_export.export_compliance(c, w.tmp / "c.xlsx", W11, IsoWeek(2016, 12))),
    ),
    Audited("funding.record_danish_test", "create", "call", _record_test),
    Audited(
        "funding.record_education",
        "create",
        "call",
        _one(lambda c, w: funding.record_education(c, w.resident.person_id, "EUD", date(2016, 9, 1))),
    ),
    Audited("funding.save_job", "create", "call", _save_job),
    Audited("funding.delete_event", "delete", "call", _delete_event),
    Audited("funding.delete_job", "delete", "call", _delete_job),
    Audited("housing_allocations.allocate", "create", "call", _allocate),
    Audited("housing_allocations.update_allocation", "update", "call", _update_stay),
    Audited(
        "housing_allocations.split_stay", "update/create", "the stay ended and the new stay", _split_stay
    ),
    Audited("housing_allocations.end_stay", "update", "the stay, and one per person who moved on", _end_stay),
    Audited("housing_allocations.delete_allocation", "delete", "call", _delete_stay, prepare=_extra_stay),
    Audited("housing_allocations.save_stays", "create/update/delete", "one per stay written", _save_stays),
    Audited(
        "housing_allocations.move_from",
        "update/create",
        "the stay ended and one per new stay",
        _move_from,
        prepare=_stay_to_move,
    ),
    Audited(
        "housing_export.occupancy_between",
        "export",
        "call",
        _one(lambda c, w: housing_export.occupancy_between(c, date(2016, 9, 1), date(2016, 10, 31))),
    ),
    Audited(
        "housing_export.export_occupancy",
        "export",
        "call",
        _one(
            lambda c, w: housing_export.export_occupancy(
                c, date(2016, 9, 1), date(2016, 10, 31), w.tmp / "o.xlsx"
            )
        ),
    ),
    Audited(
        "reports.export_report",
        "export",
        "call (report, period, filters)",
        _one(
            lambda c, w: reports.export_report(
                c,
                "arrivals",
                date(2016, 1, 1),
                date(2016, 12, 31),
                w.tmp / "r.pdf",
                reports.ReportFilter(nationality="Syrien"),
            )
        ),
    ),
    Audited(
        "audit_log.query_log",
        "view",
        "call (the viewer's filter)",
        _one(lambda c, w: audit_log.query_log(c, audit_log.LogFilter(person_id=w.person))),
    ),
    Audited("audit_log.person_log", "export", "call", _one(lambda c, w: audit_log.person_log(c, w.person))),
    Audited("audit_log.log_extract", "export", "call", _one(lambda c, w: audit_log.log_extract(c, w.person))),
    Audited("users.add_user", "create", "call", _add_user, ("sqlite",)),
    Audited("signin.sign_in", "login", "call (success)", _sign_in("rigtig-kode-123"), ("sqlite",)),
    Audited("signin.sign_in", "login_failed", "call (failure)", _sign_in("forkert"), ("sqlite",)),
    Audited(
        "users.disable_user", "update", "call", _one(lambda c, w: users.disable_user(c, "hanne")), ("sqlite",)
    ),
    # Last: anonymising the person ends what the calls above may do with them.
    Audited(
        "retention.anonymise",
        "delete",
        "person anonymised",
        _one(lambda c, w: retention.anonymise(c, [w.person])),
    ),
)

#: Public service functions taking the context that write no audit row of their own, and why.
NOT_LOGGED: dict[str, str] = {
    "arrivals.caseworkers": "staff names only",
    "arrivals.add_notice": "inside save_notice / the import (their rows)",
    "arrivals.audit_new": "writes the rows of save_notice and the import",
    "arrivals.notice_of_person": "an id, no personal data",
    "calendar.calendar_items": "list view (deadlines, arrivals); opening a file is logged",
    "contracts.list_contracts": "list view; opening a contract is logged",
    "contracts.newest_contract_id": "an id, no personal data",
    "contracts.history": "versions of a contract already opened (logged)",
    "contracts.compare": "two versions of a contract already opened (logged)",
    "contracts.summary_of": "a contract already opened (logged)",
    "contracts.rules_on": "rule sets, no personal data",
    "contracts_edit.preview_sections": "text of the contract open in the editor (logged)",
    "contracts_edit.persons_without_contract": "names for a chooser",
    "contracts_edit.caseworkers": "staff names only",
    "contracts_edit.goal_suggestions": "free-text suggestions, no person",
    "contracts_edit.stored_version": "a row version, no personal data",
    "presence.*": "who has a record open in an editor (staff names and an id, no personal data)",
    "contracts_print.find_version": "an id, no personal data",
    "contracts_print.render_contract": "the preview; printing or saving it is logged (record_printed)",
    "contracts_print.ready_contract_ids": "ids, no personal data",
    "contracts_print.render_many": "the preview; printing or saving it is logged (record_printed)",
    "contracts_print.write_many": "the file the command line writes; it then logs record_printed",
    "contracts_print.save_pdf": "the preview's saved PDF, logged through record_printed",
    "contracts_settings.get_team_settings": "team settings, no personal data",
    "contracts_settings.may_administer": "a permission check",
    "contracts_settings.save_team_settings": "team settings (logged, not personal data)",
    "contracts_settings.get_templates": "contract templates, no personal data",
    "contracts_settings.save_templates": "contract templates (logged, not personal data)",
    "deadlines.deadlines_of": "part of the person's file (its opening is logged)",
    "funding.funding_of": "part of the person's file (its opening is logged)",
    "hours.load_week": "the hours grid (list view; kept fast)",
    "hours.require_writer": "a permission check",
    "hours.previous_week_pattern": "figures to copy into the grid",
    "hours_history.compliance": "list view; its export is logged",
    "hours_plan.hours_margin": "a team setting",
    "hours_plan.set_hours_margin": "a team setting (logged, not personal data)",
    "hours_plan.filter_choices": "sites and staff for the filters",
    "housing.list_rooms": "rooms, no personal data",
    "housing.occupancy": "counts",
    "housing_allocations.get_allocation": "one stay on the room board (list view)",
    "housing_board.waiting_list": "the room board (list view; kept fast)",
    "housing_board.load_board": "the room board (list view; kept fast)",
    "housing_board.outlook": "counts",
    "housing_board.suggestions": "room suggestions",
    "housing_board.first_person_of": "an id",
    "housing_placement.plan_placement": "free rooms for a family (no write; saving is logged)",
    "housing_register.*": "the housing register: sites, units, rooms, closures (logged, not personal data)",
    "housing_register_tree.register_tree": "the housing register, no personal data",
    "overview.upcoming_arrivals": "start page list view",
    "overview.overdue": "start page list view",
    "overview.this_week": "start page list view",
    "people.count_people": "a count",
    "quota.list_quotas": "the quota, no personal data",
    "quota.save_quota": "the quota (logged, not personal data)",
    "retention.retention_years": "a team setting",
    "retention.set_retention_years": "a team setting (logged, not personal data)",
    "quota.quota_progress": "counts",
    "reports.run_report": "figures on screen (aggregates); exporting them is logged",
    "reports.report_choices": "filter values",
    "reports.available_reports": "which reports the role may run (no data)",
    "reports.team_lead_figures": "counts",
    "rules.list_rule_sets": "rule sets, no personal data",
    "rules.stored_rule_sets": "rule sets, no personal data",
    "rules.save_rule_set": "rule sets (logged, not personal data)",
    "programme_end.take_back_end": "writes the rows of deadlines.reopen (the programme reminder)",
    "users.on_postgres": "an engine check",
    "users.list_users": "staff accounts (the administration dialog)",
    "audit_log.log_users": "user names for the viewer's filter",
    "access.can": "a permission check",
    "access.require": "a permission check",
    "audit.record": "writes the rows",
}


def _count(ctx: AppContext) -> int:
    with ctx.uow(readonly=True) as uow:
        return int(uow.session.scalar(select(func.count(AuditEvent.id))) or 0)


def _setup(ctx: AppContext, w: World) -> None:
    w.person = make_person(ctx)  # also makes "tester" an administrator: every service may run
    w.resident = add_resident(ctx)
    _room(ctx, w)


def test_every_function_writes_exactly_its_audit_rows(
    ctx: AppContext, database_url: str, tmp_path: Path
) -> None:
    engine = "sqlite" if database_url.startswith("sqlite") else P
    w = World(tmp_path, database_url)
    _setup(ctx, w)
    wrong = []
    for case in AUDITED:
        if engine not in case.engines:
            continue
        if case.prepare is not None:
            case.prepare(ctx, w)
        before = _count(ctx)
        with ctx.uow(readonly=True) as uow:
            last_id = uow.session.scalar(select(func.max(AuditEvent.id))) or 0
        try:
            expected = case.call(ctx, w)
        except Exception as error:
            wrong.append(f"{case.function}: {type(error).__name__}: {error}")
            continue
        written = _count(ctx) - before
        with ctx.uow(readonly=True) as uow:
            actions = set(uow.session.scalars(select(AuditEvent.action).where(AuditEvent.id > last_id)))
        if written != expected or not actions <= set(case.action.split("/")):
            wrong.append(
                f"{case.function}: {written} rows {sorted(actions)}, expected {expected} {case.action}"
            )
    assert not wrong, "\n".join(wrong)
    with ctx.uow(readonly=True) as uow:
        stored = " ".join(uow.session.scalars(select(AuditEvent.changes)))
    assert "0101904561" not in stored and "010190" not in stored  # searched for, never logged in clear
    assert "0105901234" not in stored
    assert "0202921234" not in stored and "020292-1234" not in stored  # an imported person's CPR
    search = json.loads(_changes_of(ctx, "search"))
    assert search["criteria"]["text"] == "***"
    # A create row says what it made (masked), never {}.
    with ctx.uow(readonly=True) as uow:
        creates = uow.session.execute(
            select(AuditEvent.entity, AuditEvent.changes).where(AuditEvent.action == "create")
        ).all()
    empty = sorted({entity for entity, changes in creates if not json.loads(changes)})
    assert empty == [], f"create rows without the created values: {empty}"
    people = [json.loads(changes) for entity, changes in creates if entity == "persons"]
    assert people and all(p["given_name"][0] is None and p["given_name"][1] for p in people)
    assert ["cpr", [None, "***"]] in [[k, v] for p in people for k, v in p.items()]


def _changes_of(ctx: AppContext, action: str) -> str:
    with ctx.uow(readonly=True) as uow:
        return str(
            uow.session.scalars(
                select(AuditEvent.changes).where(AuditEvent.action == action).order_by(AuditEvent.id.desc())
            ).first()
        )


# --- the tables are complete, and the doc is current -------------------------------------------


def service_functions() -> set[str]:
    """module.function of every public service function whose first parameter is the context."""
    found = set()
    for path in sorted((ROOT / "integration_desk" / "services").glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            public = isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
            if public and node.args.args and node.args.args[0].arg in ("ctx", "uow"):  # type: ignore[attr-defined]
                found.add(f"{path.stem}.{node.name}")
    return found


def test_every_service_function_is_in_one_table() -> None:
    audited = {case.function for case in AUDITED}
    placed = audited | set(NOT_LOGGED)
    wildcard = {name.removesuffix(".*") for name in NOT_LOGGED if name.endswith(".*")}
    missing = sorted(
        name
        for name in service_functions() | {"signin.sign_in"}
        if name not in placed and name.split(".")[0] not in wildcard
    )
    assert missing == []
    assert audited.isdisjoint(NOT_LOGGED)


def render_doc() -> str:
    lines = [
        "# Audit completeness",
        "",
        "Generated from `tests/audit/test_audit_completeness.py` by `python tools/audit_doc.py`; a test",
        "fails when this file is stale. Every service function below is called once on a fresh database",
        "(SQLite and PostgreSQL) and must write exactly the rows in *Rows* to `audit_events` in its own",
        "transaction: one per call, or one per personal-data row it writes where that is the design.",
        "On PostgreSQL, the rows are written by a function that names the database login, and writes",
        "the program has not logged (psql, scripts) are logged by triggers (migrations 0003, 0007);",
        "`audit_events` refuses UPDATE and DELETE on both engines.",
        "",
        "Each row says what was and what became: an update `{field: [old, new]}` (a replaced list, such as",
        "a contract's activities, as `[old rows, new rows]`), a create the values it made",
        "(`{field: [null, value]}`; CPR numbers and health notes masked as `***`). A save that changes",
        "nothing writes no row at all.",
        "",
        f"Functions covered: **{len({c.function for c in AUDITED})}** ({len(AUDITED)} calls in the table).",
        "",
        "| Function | Action | Rows |",
        "|---|---|---|",
    ]
    for case in AUDITED:
        only = "" if len(case.engines) == 2 else " (SQLite; PostgreSQL: tests/access)"
        lines.append(f"| `{case.function}` | {case.action} | {case.per}{only} |")
    lines += [
        "",
        "## Service functions that write no audit row of their own",
        "",
        "| Function | Why |",
        "|---|---|",
    ]
    lines += [f"| `{name}` | {why} |" for name, why in sorted(NOT_LOGGED.items())]
    return "\n".join(lines) + "\n"


def test_the_audit_doc_is_current() -> None:
    assert (ROOT / "docs" / "audit.md").read_text(encoding="utf-8") == render_doc(), (
        "docs/audit.md is stale: run python tools/audit_doc.py"
    )
