"""Writing contracts: create, save a draft, mark ready, sign, and start the next version."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from integration_desk.db.base import utcnow
from integration_desk.db.models import AuditAction, Contract, ContractActivity, Person, Role, User
from integration_desk.domain import contracts as domain
from integration_desk.domain.conflicts import (
    EditConflict,
    MergeResult,
    keyed_rows,
    merge_fields,
    resolve,
    rows_of,
)
from integration_desk.domain.contracts import ActivityInput, ContractHeader
from integration_desk.domain.contracts_text import MergedText, field_label, merge
from integration_desk.domain.errors import DomainError, ValidationError
from integration_desk.domain.people import age_on
from integration_desk.formats import fmt_date
from integration_desk.i18n import tr
from integration_desk.services import audit
from integration_desk.services.context import AppContext
from integration_desk.services.contracts import (
    ContractDetail,
    format_cpr,
    load_contract,
    sections_of,
    to_detail,
    weekday_hours_text,
)
from integration_desk.services.contracts_settings import load_team_settings, load_templates
from integration_desk.services.locking import check_version, editor_name, merging_races
from integration_desk.services.programme_end import sync_extension_deadline
from integration_desk.services.rules import rule_set_for

ADULT_AGE = 18
MAX_TEXT = 2000
HUNDREDTHS = Decimal("0.01")


@dataclass(frozen=True)
class ContractInput:
    caseworker_id: int | None
    concluded_on: date | None
    programme_start: date | None
    programme_end: date | None
    employment_goal: str
    education_goal: str
    interpreter_name: str
    interpreter_language: str
    activities: tuple[ActivityInput, ...]


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


def create_contract(ctx: AppContext, person_id: int) -> int:
    """The person's first contract as a draft, dated from the takeover and the rule set."""
    with ctx.uow() as uow:
        person = uow.session.get(Person, person_id)
        if person is None:
            raise DomainError(tr("contracts", "The person no longer exists."))
        existing = uow.session.scalar(select(func.count(Contract.id)).where(Contract.person_id == person_id))
        if existing:
            raise DomainError(tr("contracts", "This person already has a contract; open it instead."))
        start = person.takeover_date or ctx.today()
        rules = rule_set_for(uow.session, start)
        contract = Contract(
            person_id=person_id,
            version_no=1,
            status=domain.DRAFT,
            caseworker_id=person.caseworker_id or ctx.user.user_id,
            programme_start=start,
            programme_end=domain.default_programme_end(start, rules),
            sections="{}",
        )
        uow.session.add(contract)
        uow.session.flush()
        audit.record(
            uow,
            AuditAction.CREATE,
            "contracts",
            contract.id,
            person_id=person_id,
            changes=audit.created(contract, without=_NOT_LOGGED),
        )
        uow.commit()
        return contract.id


def _check_text(value: str, field: str) -> str:
    if len(value) > MAX_TEXT:
        raise ValidationError(tr("contracts", "The text is too long (at most 2000 characters)."), field=field)
    return value.strip()


TEXT_FIELDS = ("employment_goal", "education_goal", "interpreter_name", "interpreter_language")
#: Not in the audit rows: the frozen text (the templates' words, logged as they change) and the
#: activities' tie to their contract (the row's id says it).
_NOT_LOGGED = ("sections",)
_ACTIVITY_PARENT = ("contract_id",)


def input_of(detail: ContractDetail) -> ContractInput:
    """The editable part of a stored contract, as the editor fills it in."""
    return ContractInput(
        detail.caseworker_id,
        detail.concluded_on,
        detail.programme_start,
        detail.programme_end,
        detail.employment_goal,
        detail.education_goal,
        detail.interpreter_name,
        detail.interpreter_language,
        detail.activity_inputs(),
    )


def _as_fields(data: ContractInput) -> dict[str, object]:
    values = {f.name: getattr(data, f.name) for f in fields(data) if f.name != "activities"}
    for name in TEXT_FIELDS:
        values[name] = str(values[name]).strip()
    return values


#: the prefix of an activity's field in a merge (``conflicts.keyed_rows``): "activity:12"
ACTIVITY = "activity:"


def merge_inputs(
    base: ContractInput, theirs: ContractInput, mine: ContractInput
) -> tuple[MergeResult, tuple[ActivityInput, ...]]:
    """Three-way merge of two edits of one contract. The stored activities merge as rows keyed by
    their id (one side's edit or removal by itself; both edited, or one removed what the other
    edited: a conflict); the activities the user added are returned apart and always kept."""
    rows = keyed_rows(ACTIVITY, base.activities, theirs.activities, mine.activities, _activity_key)
    result = merge_fields(
        {**_as_fields(base), **rows[0]}, {**_as_fields(theirs), **rows[1]}, {**_as_fields(mine), **rows[2]}
    )
    return result, tuple(a for a in mine.activities if a.activity_id is None)


def _activity_key(activity: ActivityInput) -> int | None:
    return activity.activity_id


def resolved_input(merged: dict[str, object], added: tuple[ActivityInput, ...]) -> ContractInput:
    """The contract to save after the user settled the conflicts (``conflicts.resolve``)."""
    scalars = {n: v for n, v in merged.items() if not n.startswith(ACTIVITY)}
    return ContractInput(**scalars, activities=rows_of(merged, ACTIVITY) + added)  # type: ignore[arg-type]


class ContractConflict(EditConflict):
    """``EditConflict`` for a contract: ``added`` holds the activities the user added (always kept)."""

    def __init__(
        self, base: ContractInput, theirs: ContractInput, mine: ContractInput, version: int, by: str
    ) -> None:
        result, added = merge_inputs(base, theirs, mine)
        super().__init__(
            tr("contracts", "{name} saved this contract while you were editing it.").format(name=by),
            result,
            version,
            by,
        )
        self.added: tuple[ActivityInput, ...] = added
        self.theirs = theirs

    def merged_input(self, choices: dict[str, str]) -> ContractInput:
        return resolved_input(resolve(self.result, choices), self.added)


def stored_version(ctx: AppContext, contract_id: int) -> int | None:
    """The row version as stored now (no audit: it shows nothing of the person), None when gone."""
    with ctx.uow(readonly=True) as uow:
        return uow.session.scalar(select(Contract.version).where(Contract.id == contract_id))


def save_contract(
    ctx: AppContext,
    contract_id: int,
    expected_version: int,
    data: ContractInput,
    base: ContractInput | None = None,
) -> ContractDetail:
    """Save a draft; refuses invalid data with the first problem (warnings do not block).

    With ``base`` (the contract as the user loaded it) a stale save raises ``ContractConflict``
    carrying both sides merged as far as possible, instead of a bare ``ConflictError`` — also when
    the other save was committed between this one's check and its write (``merging_races``).
    """
    if base is None:
        return _save_contract(ctx, contract_id, expected_version, data, None)
    return merging_races(lambda: _save_contract(ctx, contract_id, expected_version, data, base))


def _save_contract(
    ctx: AppContext,
    contract_id: int,
    expected_version: int,
    data: ContractInput,
    base: ContractInput | None,
) -> ContractDetail:
    with ctx.uow() as uow:
        contract = load_contract(uow.session, contract_id)
        if base is not None and contract.version != expected_version:
            theirs = input_of(to_detail(uow.session, contract))
            raise ContractConflict(
                base, theirs, data, contract.version, editor_name(uow.session, contract.updated_by)
            )
        check_version(contract, expected_version)
        if not domain.is_editable(contract.status):
            raise DomainError(tr("contracts", "Only a draft can be changed. Start a new version to edit it."))
        # Read before the form is applied: a lazy load later would autoflush the header on its own
        # and the save would write the row twice (two version steps).
        stored = list(contract.activities)
        start = data.programme_start or contract.programme_start or ctx.today()
        rules = rule_set_for(uow.session, start)
        header = ContractHeader(
            contract.person.takeover_date, data.concluded_on, data.programme_start, data.programme_end
        )
        errors = domain.errors_only(domain.validate(header, data.activities, rules, ctx.today()))
        if errors:
            raise ValidationError(errors[0].message, field=errors[0].field)
        contract.caseworker_id = data.caseworker_id
        contract.concluded_on = data.concluded_on
        contract.programme_start = data.programme_start
        contract.programme_end = data.programme_end
        contract.employment_goal = _check_text(data.employment_goal, "employment_goal")
        contract.education_goal = _check_text(data.education_goal, "education_goal")
        contract.interpreter_name = _check_text(data.interpreter_name, "interpreter_name")[:200]
        contract.interpreter_language = _check_text(data.interpreter_language, "interpreter_language")[:100]
        changes = audit.changes_of(contract)
        rows = [_activity_row(a) for a in data.activities]
        activities = audit.rows_change(stored, rows, without=_ACTIVITY_PARENT)
        if not changes and activities is None:
            return to_detail(uow.session, contract)  # nothing changed: no write, no audit row
        if activities is not None:
            changes["activities"] = activities
            # Touch the row even when only activities changed, so its version moves and a stale
            # editor elsewhere is refused instead of overwriting this save. Before the flush of
            # the replacement, so that one save writes the row once: one version step.
            contract.updated_at = utcnow()
            _replace_activities(uow.session, contract, data.activities)
        audit.record(
            uow, AuditAction.UPDATE, "contracts", contract.id, person_id=contract.person_id, changes=changes
        )
        uow.commit()
        return to_detail(uow.session, contract)


def _replace_activities(session: Session, contract: Contract, activities: tuple[ActivityInput, ...]) -> None:
    """The contract's activities become ``activities``: one the editor loaded (``activity_id``) is
    updated in place and keeps its id, so the next merge recognises it; a new one is added; a
    stored one not among them is deleted."""
    stored = {row.id: row for row in contract.activities}
    rows = []
    for a in activities:
        fresh = _activity_row(a)
        row = stored.pop(a.activity_id, None) if a.activity_id is not None else None
        if row is not None:
            for column in ACTIVITY_COLUMNS:
                setattr(row, column, getattr(fresh, column))
        rows.append(row or fresh)
    contract.activities = rows
    session.flush()


ACTIVITY_COLUMNS = ("kind", "provider", "starts_on", "ends_on", "hours_per_week", "notes", "weekday_hours")


def _activity_row(a: ActivityInput) -> ContractActivity:
    """The row as it will be stored (hours to the column's two decimals, so it compares as read)."""
    return ContractActivity(
        kind=a.kind,
        provider=a.provider.strip()[:200],
        starts_on=a.starts_on,
        ends_on=a.ends_on,
        hours_per_week=Decimal(a.hours_per_week).quantize(HUNDREDTHS),
        notes=a.notes.strip(),
        weekday_hours=weekday_hours_text(a.weekday_hours),
    )


def merge_values(session: Session, contract: Contract) -> dict[str, str]:
    person = contract.person
    worker = session.get(User, contract.caseworker_id) if contract.caseworker_id else None
    rules = rule_set_for(session, contract.programme_start or person.takeover_date or date.today())

    def d(value: date | None) -> str:
        return fmt_date(value)

    return {
        "fornavn": person.given_name,
        "efternavn": person.family_name,
        "cpr": format_cpr(person.cpr),
        "overtagelsesdato": d(person.takeover_date),
        "sagsbehandler": worker.display_name if worker else "",
        "kommune": load_team_settings(session).municipality_name,
        "programstart": d(contract.programme_start),
        "programslut": d(contract.programme_end),
        "ugetimer": f"{rules.weekly_hours_target.normalize():f}".replace(".", ","),
        "beskaeftigelsesmaal": contract.employment_goal,
        "uddannelsesmaal": contract.education_goal,
    }


def merged_sections(session: Session, contract: Contract) -> dict[str, MergedText]:
    """The text as printed: frozen once the contract was marked ready, else merged from the templates."""
    stored = sections_of(contract.sections)
    if contract.status != domain.DRAFT and stored:
        return {key: MergedText(text, ()) for key, text in stored.items()}
    values = merge_values(session, contract)
    return {key: merge(template, values) for key, template in load_templates(session).items()}


def preview_sections(ctx: AppContext, contract_id: int) -> dict[str, MergedText]:
    with ctx.uow(readonly=True) as uow:
        return merged_sections(uow.session, load_contract(uow.session, contract_id))


def mark_ready(ctx: AppContext, contract_id: int, expected_version: int) -> ContractDetail:
    """Ready for signing: only a valid, complete draft; its text is frozen from now on."""
    with ctx.uow() as uow:
        contract = load_contract(uow.session, contract_id)
        check_version(contract, expected_version)
        domain.check_change(contract.status, domain.READY)
        detail = to_detail(uow.session, contract)
        if detail.programme_start is None:
            raise ValidationError(tr("domain", "Enter the programme start date."), field="programme_start")
        rules = rule_set_for(uow.session, detail.programme_start)
        errors = domain.errors_only(
            domain.validate(detail.header(), detail.activity_inputs(), rules, ctx.today())
        )
        if errors:
            raise ValidationError(errors[0].message, field=errors[0].field)
        if not detail.activities:
            raise ValidationError(
                tr("contracts", "Add at least one activity to the programme."), field="activities"
            )
        sections = merged_sections(uow.session, contract)
        missing = sorted({field for text in sections.values() for field in text.missing})
        if missing:
            raise ValidationError(
                tr(
                    "contracts",
                    "Merge fields without a value: {fields}. Fill them in before the contract can be signed.",
                ).format(fields=", ".join(field_label(f) for f in missing)),
                field="sections",
            )
        contract.sections = json.dumps({k: v.text for k, v in sections.items()}, ensure_ascii=False)
        contract.status = domain.READY
        changes = audit.changes_of(contract)
        changes.pop("sections", None)
        audit.record(
            uow, AuditAction.UPDATE, "contracts", contract.id, person_id=contract.person_id, changes=changes
        )
        uow.commit()
        return to_detail(uow.session, contract)


def back_to_draft(ctx: AppContext, contract_id: int, expected_version: int) -> ContractDetail:
    with ctx.uow() as uow:
        contract = load_contract(uow.session, contract_id)
        check_version(contract, expected_version)
        domain.check_change(contract.status, domain.DRAFT)
        contract.status = domain.DRAFT
        contract.sections = "{}"
        audit.record(
            uow,
            AuditAction.UPDATE,
            "contracts",
            contract.id,
            person_id=contract.person_id,
            changes={"status": [domain.READY, domain.DRAFT]},
        )
        uow.commit()
        return to_detail(uow.session, contract)


def sign(
    ctx: AppContext,
    contract_id: int,
    expected_version: int,
    signed_on: date,
    caseworker_signed_on: date,
    paper_copy_received: bool,
) -> ContractDetail:
    """Record the signatures; the person's previously signed version becomes superseded."""
    today = ctx.today()
    for value, field in ((signed_on, "signed_on"), (caseworker_signed_on, "signed_by_caseworker_on")):
        if value > today:
            raise ValidationError(tr("contracts", "A signature date cannot be in the future."), field=field)
    with ctx.uow() as uow:
        contract = load_contract(uow.session, contract_id)
        check_version(contract, expected_version)
        domain.check_change(contract.status, domain.SIGNED)
        contract.status = domain.SIGNED
        contract.signed_on = signed_on
        contract.signed_by_caseworker_on = caseworker_signed_on
        contract.paper_copy_received = paper_copy_received
        if contract.concluded_on is None:
            contract.concluded_on = max(signed_on, caseworker_signed_on)
        changes = audit.changes_of(contract)
        older = uow.session.scalars(
            select(Contract).where(
                Contract.person_id == contract.person_id,
                Contract.status == domain.SIGNED,
                Contract.id != contract.id,
            )
        )
        for old in older:
            old.status = domain.SUPERSEDED
            audit.record(
                uow,
                AuditAction.UPDATE,
                "contracts",
                old.id,
                person_id=old.person_id,
                changes={"status": [domain.SIGNED, domain.SUPERSEDED]},
            )
        audit.record(
            uow, AuditAction.UPDATE, "contracts", contract.id, person_id=contract.person_id, changes=changes
        )
        # The reminder to extend or end the programme follows the signed programme end.
        sync_extension_deadline(uow.session, contract.person_id)
        uow.commit()
        return to_detail(uow.session, contract)


def set_paper_copy_received(
    ctx: AppContext, contract_id: int, expected_version: int, received: bool
) -> ContractDetail:
    """The one thing that may change on a signed contract: whether its paper copy came back."""
    with ctx.uow() as uow:
        contract = load_contract(uow.session, contract_id)
        check_version(contract, expected_version)
        if contract.status not in (domain.SIGNED, domain.SUPERSEDED):
            raise DomainError(tr("contracts", "Only a signed contract has a paper copy to receive."))
        contract.paper_copy_received = received
        audit.record(
            uow,
            AuditAction.UPDATE,
            "contracts",
            contract.id,
            person_id=contract.person_id,
            changes=audit.changes_of(contract),
        )
        uow.commit()
        return to_detail(uow.session, contract)


def start_new_version(ctx: AppContext, contract_id: int) -> int:
    """Editing a signed version: a draft copy as the next version (or the draft already started)."""
    with ctx.uow() as uow:
        source = load_contract(uow.session, contract_id)
        newest = uow.session.scalars(
            select(Contract)
            .where(Contract.person_id == source.person_id)
            .order_by(Contract.version_no.desc())
            .limit(1)
        ).one()
        if newest.status in (domain.DRAFT, domain.READY):
            return newest.id
        copy = Contract(
            person_id=source.person_id,
            version_no=newest.version_no + 1,
            status=domain.DRAFT,
            caseworker_id=source.caseworker_id,
            programme_start=source.programme_start,
            programme_end=source.programme_end,
            employment_goal=source.employment_goal,
            education_goal=source.education_goal,
            interpreter_name=source.interpreter_name,
            interpreter_language=source.interpreter_language,
            sections="{}",
            activities=[
                ContractActivity(
                    kind=a.kind,
                    provider=a.provider,
                    starts_on=a.starts_on,
                    ends_on=a.ends_on,
                    hours_per_week=a.hours_per_week,
                    weekday_hours=a.weekday_hours,
                    notes=a.notes,
                )
                for a in source.activities
            ],
        )
        uow.session.add(copy)
        uow.session.flush()
        changes: dict[str, object] = {
            **audit.created(copy, without=_NOT_LOGGED),
            "copied_from_version": [None, source.version_no],
        }
        activities = audit.rows_change([], copy.activities, without=_ACTIVITY_PARENT)
        if activities is not None:
            changes["activities"] = activities
        audit.record(uow, AuditAction.CREATE, "contracts", copy.id, person_id=copy.person_id, changes=changes)
        uow.commit()
        return copy.id


def persons_without_contract(ctx: AppContext) -> list[Choice]:
    """Adults (18 or over today) who have no contract yet, for "New contract"."""
    today = ctx.today()
    with ctx.uow(readonly=True) as uow:
        has_contract = select(Contract.person_id)
        rows = uow.session.scalars(
            select(Person)
            .where(Person.id.not_in(has_contract))
            .order_by(Person.family_name, Person.given_name)
        )
        return [
            Choice(p.id, p.full_name)
            for p in rows
            if p.birth_date is None or age_on(p.birth_date, today) >= ADULT_AGE
        ]


def caseworkers(ctx: AppContext) -> list[Choice]:
    with ctx.uow(readonly=True) as uow:
        rows = uow.session.scalars(
            select(User)
            .where(User.active.is_(True), User.role.in_([Role.CASEWORKER.value, Role.TEAMLEAD.value]))
            .order_by(User.display_name)
        )
        return [Choice(u.id, u.display_name) for u in rows]


def goal_suggestions(ctx: AppContext, limit: int = 40) -> tuple[list[str], list[str]]:
    """The employment and education goals used most often, as suggestions in the editor."""
    with ctx.uow(readonly=True) as uow:
        result = []
        for column in (Contract.employment_goal, Contract.education_goal):
            rows = uow.session.execute(
                select(column, func.count())
                .where(column != "")
                .group_by(column)
                .order_by(func.count().desc(), column)
                .limit(limit)
            )
            result.append([str(text) for text, _n in rows])
        return result[0], result[1]
