"""Integration contracts and their programmes."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from integration_desk.db.models import AuditAction, Contract, ContractActivity, Person, User
from integration_desk.domain import contracts as domain
from integration_desk.domain.contracts import ActivityInput, ContractHeader
from integration_desk.domain.contracts_diff import ActivityChange, diff_activities, diff_fields
from integration_desk.domain.contracts_summary import ProgrammeSummary, summarise
from integration_desk.domain.cpr import parse_cpr
from integration_desk.domain.errors import NotFoundError, ValidationError
from integration_desk.domain.programme import ActivityPlan
from integration_desk.domain.rules import RuleSet
from integration_desk.formats import fmt_date
from integration_desk.i18n import tr
from integration_desk.services import audit, labels
from integration_desk.services.context import AppContext
from integration_desk.services.rules import rule_set_for


@dataclass(frozen=True)
class ContractRow:
    id: int
    person_id: int
    person: str
    version_no: int
    status: str
    concluded_on: date | None
    programme_start: date | None
    programme_end: date | None
    activities: int
    weekly_hours: Decimal
    status_code: str = ""
    caseworker_id: int | None = None


def list_contracts(
    ctx: AppContext, *, current_only: bool = True, person_id: int | None = None
) -> list[ContractRow]:
    """Contracts with their programme size; by default only each person's newest version."""
    activities = (
        select(
            ContractActivity.contract_id,
            func.count(ContractActivity.id).label("n"),
            func.sum(ContractActivity.hours_per_week).label("hours"),
        )
        .group_by(ContractActivity.contract_id)
        .subquery()
    )
    query = (
        select(Contract, Person.given_name, Person.family_name, activities.c.n, activities.c.hours)
        .join(Person, Contract.person_id == Person.id)
        .outerjoin(activities, activities.c.contract_id == Contract.id)
        .order_by(Person.family_name, Person.given_name, Contract.version_no)
    )
    if current_only:
        later = aliased(Contract)
        newest = (
            select(func.max(later.version_no)).where(later.person_id == Contract.person_id).scalar_subquery()
        )
        query = query.where(Contract.version_no == newest)
    if person_id is not None:
        query = query.where(Contract.person_id == person_id)
    with ctx.uow(readonly=True) as uow:
        return [
            ContractRow(
                id=contract.id,
                person_id=contract.person_id,
                person=f"{given} {family}",
                version_no=contract.version_no,
                status=labels.contract_status(contract.status),
                concluded_on=contract.concluded_on,
                programme_start=contract.programme_start,
                programme_end=contract.programme_end,
                activities=n or 0,
                weekly_hours=Decimal(hours or 0),
                status_code=contract.status,
                caseworker_id=contract.caseworker_id,
            )
            for contract, given, family, n, hours in uow.session.execute(query)
        ]


@dataclass(frozen=True)
class ActivityDetail:
    id: int
    kind: str
    kind_label: str
    provider: str
    starts_on: date
    ends_on: date
    hours_per_week: Decimal
    notes: str
    weekday_hours: tuple[tuple[str, Decimal], ...]

    def as_input(self) -> ActivityInput:
        return ActivityInput(
            self.kind,
            self.provider,
            self.starts_on,
            self.ends_on,
            self.hours_per_week,
            self.notes,
            self.weekday_hours,
            activity_id=self.id,
        )


@dataclass(frozen=True)
class ContractDetail:
    id: int
    version: int  # the row version for optimistic locking
    person_id: int
    given_name: str
    family_name: str
    native_name: str
    cpr: str
    birth_date: date | None
    takeover_date: date | None
    version_no: int
    newest_version_no: int
    status: str
    status_label: str
    caseworker_id: int | None
    caseworker: str
    concluded_on: date | None
    signed_on: date | None
    signed_by_caseworker_on: date | None
    paper_copy_received: bool
    programme_start: date | None
    programme_end: date | None
    employment_goal: str
    education_goal: str
    interpreter_name: str
    interpreter_language: str
    sections: dict[str, str]  # the merged text frozen when the contract was marked ready
    activities: tuple[ActivityDetail, ...]

    @property
    def person(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def editable(self) -> bool:
        return domain.is_editable(self.status)

    def activity_inputs(self) -> tuple[ActivityInput, ...]:
        return tuple(a.as_input() for a in self.activities)

    def header(self) -> ContractHeader:
        return ContractHeader(self.takeover_date, self.concluded_on, self.programme_start, self.programme_end)


def format_cpr(digits: str | None) -> str:
    if not digits:
        return ""
    try:
        return parse_cpr(digits).formatted()
    except ValidationError:
        return digits


def weekday_hours_of(text: str | None) -> tuple[tuple[str, Decimal], ...]:
    if not text:
        return ()
    try:
        data = json.loads(text)
    except ValueError:
        return ()
    if not isinstance(data, dict):
        return ()
    return tuple((str(day), Decimal(str(hours))) for day, hours in data.items())


def weekday_hours_text(pairs: tuple[tuple[str, Decimal], ...]) -> str | None:
    return json.dumps({day: float(hours) for day, hours in pairs}) if pairs else None


def sections_of(text: str) -> dict[str, str]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def plans_of(activities: Iterable[ActivityInput]) -> list[ActivityPlan]:
    return [
        ActivityPlan(a.kind, a.starts_on, a.ends_on, a.hours_per_week, dict(a.weekday_hours))
        for a in activities
        if a.ends_on >= a.starts_on
    ]


def to_detail(session: Session, contract: Contract) -> ContractDetail:
    person = contract.person
    worker = session.get(User, contract.caseworker_id) if contract.caseworker_id else None
    newest = session.scalar(select(func.max(Contract.version_no)).where(Contract.person_id == person.id))
    return ContractDetail(
        id=contract.id,
        version=contract.version,
        person_id=person.id,
        given_name=person.given_name,
        family_name=person.family_name,
        native_name=person.native_name,
        cpr=format_cpr(person.cpr),
        birth_date=person.birth_date,
        takeover_date=person.takeover_date,
        version_no=contract.version_no,
        newest_version_no=newest or contract.version_no,
        status=contract.status,
        status_label=labels.contract_status(contract.status),
        caseworker_id=contract.caseworker_id,
        caseworker=worker.display_name if worker else "",
        concluded_on=contract.concluded_on,
        signed_on=contract.signed_on,
        signed_by_caseworker_on=contract.signed_by_caseworker_on,
        paper_copy_received=contract.paper_copy_received,
        programme_start=contract.programme_start,
        programme_end=contract.programme_end,
        employment_goal=contract.employment_goal,
        education_goal=contract.education_goal,
        interpreter_name=contract.interpreter_name,
        interpreter_language=contract.interpreter_language,
        sections=sections_of(contract.sections),
        activities=tuple(
            ActivityDetail(
                id=a.id,
                kind=a.kind,
                kind_label=labels.activity_kind(a.kind),
                provider=a.provider,
                starts_on=a.starts_on,
                ends_on=a.ends_on,
                hours_per_week=Decimal(a.hours_per_week),
                notes=a.notes,
                weekday_hours=weekday_hours_of(a.weekday_hours),
            )
            for a in sorted(contract.activities, key=lambda a: (a.starts_on, a.id))
        ),
    )


def load_contract(session: Session, contract_id: int) -> Contract:
    contract = session.get(Contract, contract_id)
    if contract is None:
        raise NotFoundError(tr("contracts", "The contract no longer exists."))
    return contract


def get_contract(ctx: AppContext, contract_id: int) -> ContractDetail:
    """One version of a contract; opening it is audited (it shows the CPR number)."""
    with ctx.uow() as uow:
        detail = to_detail(uow.session, load_contract(uow.session, contract_id))
        audit.record(uow, AuditAction.VIEW, "contracts", contract_id, person_id=detail.person_id)
        uow.commit()
    return detail


def newest_contract_id(ctx: AppContext, person_id: int) -> int | None:
    with ctx.uow(readonly=True) as uow:
        return uow.session.scalar(
            select(Contract.id)
            .where(Contract.person_id == person_id)
            .order_by(Contract.version_no.desc())
            .limit(1)
        )


def history(ctx: AppContext, person_id: int) -> list[ContractRow]:
    """Every version of the person's contract, the oldest first."""
    return list_contracts(ctx, current_only=False, person_id=person_id)


@dataclass(frozen=True)
class Comparison:
    old: ContractDetail
    new: ContractDetail
    activities: tuple[ActivityChange, ...]
    fields: tuple[tuple[str, str, str], ...]


def _comparable(detail: ContractDetail) -> dict[str, str]:
    def text(value: object) -> str:
        return fmt_date(value) if isinstance(value, date) else str(value or "")

    return {
        "status": detail.status_label,
        "caseworker": detail.caseworker,
        "concluded_on": text(detail.concluded_on),
        "programme_start": text(detail.programme_start),
        "programme_end": text(detail.programme_end),
        "employment_goal": detail.employment_goal,
        "education_goal": detail.education_goal,
        "interpreter_name": detail.interpreter_name,
        "interpreter_language": detail.interpreter_language,
    }


def compare(ctx: AppContext, old_id: int, new_id: int) -> Comparison:
    with ctx.uow(readonly=True) as uow:
        old = to_detail(uow.session, load_contract(uow.session, old_id))
        new = to_detail(uow.session, load_contract(uow.session, new_id))
    if old.person_id != new.person_id:
        raise ValidationError(tr("contracts", "Only versions of the same person's contract can be compared."))
    if old.version_no > new.version_no:
        old, new = new, old
    return Comparison(
        old,
        new,
        diff_activities(old.activity_inputs(), new.activity_inputs()),
        diff_fields(_comparable(old), _comparable(new)),
    )


def summary_of(
    ctx: AppContext, start: date, end: date, activities: Iterable[ActivityInput]
) -> ProgrammeSummary:
    """The live 37-hour summary with the rule set in force at the programme start."""
    with ctx.uow(readonly=True) as uow:
        rules = rule_set_for(uow.session, start)
    return summarise(plans_of(activities), start, end, rules)


def rules_on(ctx: AppContext, on: date) -> RuleSet:
    with ctx.uow(readonly=True) as uow:
        return rule_set_for(uow.session, on)
