"""Arrival notices: create and edit a notice with its household, register the actual arrival."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from integration_desk.db.base import utcnow
from integration_desk.db.models import (
    ArrivalNotice,
    AuditAction,
    Deadline,
    Household,
    Person,
    PersonStatus,
    Quota,
    User,
)
from integration_desk.db.uow import UnitOfWork
from integration_desk.domain.arrivals import (
    MemberInput,
    NoticeInput,
    effective_takeover,
    household_name,
    validate_notice,
)
from integration_desk.domain.conflicts import EditConflict, keyed_rows, merge_fields, resolve, rows_of
from integration_desk.domain.cpr import parse_cpr
from integration_desk.domain.errors import NotFoundError, ValidationError
from integration_desk.domain.quota import overrun_warning
from integration_desk.i18n import tr
from integration_desk.services import audit
from integration_desk.services.access import CPR_HIDDEN, Permission, can
from integration_desk.services.context import AppContext
from integration_desk.services.deadlines import create_deadlines, move_open_deadlines
from integration_desk.services.locking import check_version, editor_name, merging_races
from integration_desk.services.quota import period_on, summary_on
from integration_desk.services.rules import rule_set_for


@dataclass(frozen=True)
class NoticeDetail:
    id: int
    version: int
    household_id: int
    data: NoticeInput
    takeover_on: date
    takeover_agreed: bool
    arrived_on: date | None
    warnings: tuple[str, ...]
    #: the overrun of the quota period the notice counts against ("" within the quota)
    quota_warning: str = ""


@dataclass(frozen=True)
class SaveResult:
    notice_id: int
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class Caseworker:
    id: int
    name: str


def caseworkers(ctx: AppContext) -> tuple[Caseworker, ...]:
    with ctx.uow(readonly=True) as uow:
        rows = uow.session.execute(
            select(User.id, User.display_name)
            .where(User.active.is_(True), User.role.in_(("caseworker", "teamlead")))
            .order_by(User.display_name)
        )
        return tuple(Caseworker(id_, name) for id_, name in rows)


def quota_for(session: Session, on: date) -> Quota | None:
    """The quota period a notice counts against: the one holding the expected arrival date."""
    return period_on(session, on)


def quota_warnings(session: Session, on: date) -> list[str]:
    """The overrun warning of the quota period holding ``on``, when the notices overrun it."""
    summary = summary_on(session, on)
    return [overrun_warning(summary)] if summary is not None and summary.exceeded else []


def check_unique(session: Session, data: NoticeInput, notice_id: int | None) -> None:
    """A reference, CPR number or udl.-nr. that another notice or person already has is refused."""
    clash = session.scalar(select(ArrivalNotice.id).where(ArrivalNotice.reference == data.reference.strip()))
    if clash is not None and clash != notice_id:
        raise ValidationError(
            tr("arrivals", "A notice with the reference {reference} already exists.").format(
                reference=data.reference.strip()
            ),
            field="reference",
        )
    own = {m.person_id for m in data.members if m.person_id is not None}
    for member in data.members:
        if member.cpr.strip():
            digits = parse_cpr(member.cpr).digits
            other = session.scalar(select(Person.id).where(Person.cpr == digits))
            if other is not None and other not in own:
                raise ValidationError(
                    tr("arrivals", "{name}: another person in the register has this CPR number.").format(
                        name=member.full_name
                    ),
                    field="cpr",
                )
        if member.udl_nr.strip():
            other = session.scalar(select(Person.id).where(Person.udl_nr == member.udl_nr.strip()))
            if other is not None and other not in own:
                raise ValidationError(
                    tr("arrivals", "{name}: another person in the register has this udl.-nr.").format(
                        name=member.full_name
                    ),
                    field="udl_nr",
                )


def _apply_member(person: Person, member: MemberInput, takeover: date, caseworker_id: int | None) -> None:
    person.given_name = member.given_name.strip()
    person.family_name = member.family_name.strip()
    person.native_name = member.native_name.strip()
    person.birth_date = member.birth_date
    person.sex = member.sex
    person.nationality = member.nationality.strip()
    person.languages = member.languages.strip()
    person.relation = member.relation.strip()
    person.cpr = parse_cpr(member.cpr).digits if member.cpr.strip() else None
    person.udl_nr = member.udl_nr.strip() or None
    person.kind = member.kind
    person.takeover_date = takeover
    if caseworker_id is not None:
        person.caseworker_id = caseworker_id


def _apply_notice(
    session: Session, notice: ArrivalNotice, data: NoticeInput, quotas: Sequence[Quota] | None = None
) -> None:
    # The quota is looked up first: the query would autoflush, and the audit wants the changes.
    on = data.expected_arrival_on
    if quotas is None:
        quota = quota_for(session, on)
    else:
        quota = next((q for q in quotas if q.starts_on <= on <= q.ends_on), None)
    takeover, agreed = effective_takeover(data)
    notice.reference = data.reference.strip()
    notice.received_on = data.received_on
    notice.decision_on = data.decision_on
    notice.expected_arrival_on = data.expected_arrival_on
    notice.takeover_on = takeover
    notice.takeover_agreed = agreed
    notice.asylum_centre = data.asylum_centre.strip()
    notice.notes = data.notes
    notice.visit_on = data.visit_on
    notice.visit_by = data.visit_by.strip()
    notice.visit_interpreter_needed = data.visit_interpreter_needed
    notice.visit_interpreter_language = data.visit_interpreter_language.strip()
    notice.visit_notes = data.visit_notes
    notice.quota_id = quota.id if quota is not None else None


def build_notice(
    session: Session, data: NoticeInput, quotas: Sequence[Quota] | None = None
) -> tuple[ArrivalNotice, list[Person]]:
    """Add a new, already validated notice with its household and persons to the session."""
    takeover, _agreed = effective_takeover(data)
    household = Household(display_name=household_name(data), notes="")
    session.add(household)
    with session.no_autoflush:
        notice = ArrivalNotice(household=household)
        session.add(notice)
        _apply_notice(session, notice, data, quotas)
    persons = []
    for member in data.members:
        person = Person(household=household, status=PersonStatus.EXPECTED.value)
        _apply_member(person, member, takeover, data.caseworker_id)
        session.add(person)
        persons.append(person)
    return notice, persons


def audit_new(uow: UnitOfWork, notice: ArrivalNotice, persons: Sequence[Person]) -> None:
    """The create events of a flushed new notice and its persons."""
    audit.record(uow, AuditAction.CREATE, "arrival_notices", notice.id, changes=audit.created(notice))
    for person in persons:
        audit.record(
            uow, AuditAction.CREATE, "persons", person.id, person_id=person.id, changes=audit.created(person)
        )


def add_notice(uow: UnitOfWork, data: NoticeInput) -> ArrivalNotice:
    notice, persons = build_notice(uow.session, data)
    uow.session.flush()
    audit_new(uow, notice, persons)
    return notice


#: edit presence (services.presence) is noted on the notice: its dialog edits the household's persons
PRESENCE_ENTITY = "arrival_notices"
MEMBER = "member:"
#: stored stripped, so compared stripped (a trailing space typed is no change)
STRIPPED = ("reference", "asylum_centre", "visit_by", "visit_interpreter_language")


def _as_fields(data: NoticeInput) -> dict[str, object]:
    values = {f.name: getattr(data, f.name) for f in fields(data) if f.name != "members"}
    for name in STRIPPED:
        values[name] = str(values[name]).strip()
    return values


class NoticeConflict(EditConflict):
    """A notice saved by someone else meanwhile: its fields merged one by one, the household
    members row by row (keyed by person id; new unsaved members of the user are always kept)."""

    def __init__(
        self, base: NoticeInput, theirs: NoticeInput, mine: NoticeInput, version: int, by: str
    ) -> None:
        members = keyed_rows(MEMBER, base.members, theirs.members, mine.members, lambda m: m.person_id)
        result = merge_fields(
            {**_as_fields(base), **members[0]},
            {**_as_fields(theirs), **members[1]},
            {**_as_fields(mine), **members[2]},
        )
        super().__init__(
            tr("arrivals", "{name} saved this notice while you were editing it.").format(name=by),
            result,
            version,
            by,
        )
        self.theirs = theirs
        self.new_members = tuple(m for m in mine.members if m.person_id is None)

    def merged_input(self, choices: dict[str, str]) -> NoticeInput:
        """The notice to save once the user chose per conflicting field (``THEIRS`` when not named)."""
        values = resolve(self.result, choices)
        members = rows_of(values, MEMBER) + self.new_members
        scalars = {n: v for n, v in values.items() if not n.startswith(MEMBER)}
        return NoticeInput(**scalars, members=members)


def save_notice(
    ctx: AppContext,
    data: NoticeInput,
    notice_id: int | None = None,
    expected_version: int | None = None,
    base: NoticeInput | None = None,
) -> SaveResult:
    """Create (``notice_id`` None) or update a notice and its household; returns the warnings to show.

    With ``base`` (the notice as the user loaded it) a stale save raises ``NoticeConflict``
    carrying both sides merged as far as possible, instead of a bare ``ConflictError`` — also when
    the other save was committed between this one's check and its write (``merging_races``).
    """
    if data.caseworker_id is None and notice_id is None:
        data = _with_caseworker(data, ctx.user.user_id)
    if base is None:
        return _save_notice(ctx, data, notice_id, expected_version, None)
    return merging_races(lambda: _save_notice(ctx, data, notice_id, expected_version, base))


def _save_notice(
    ctx: AppContext,
    data: NoticeInput,
    notice_id: int | None,
    expected_version: int | None,
    base: NoticeInput | None,
) -> SaveResult:
    with ctx.uow() as uow:
        session = uow.session
        if notice_id is not None and base is not None and expected_version is not None:
            stored = session.get(ArrivalNotice, notice_id)
            if stored is not None and stored.version != expected_version:
                theirs = _notice_input_of(ctx, stored)
                raise NoticeConflict(
                    base, theirs, data, stored.version, editor_name(session, stored.updated_by)
                )
        rules = rule_set_for(session, data.received_on)
        warnings = validate_notice(data, rules, ctx.today())
        check_unique(session, data, notice_id)
        if notice_id is None:
            notice = add_notice(uow, data)
        else:
            notice = _update_notice(uow, data, notice_id, expected_version)
        session.flush()
        warnings += quota_warnings(session, notice.expected_arrival_on)
        result = SaveResult(notice.id, tuple(warnings))
        uow.commit()
    return result


def _with_caseworker(data: NoticeInput, user_id: int | None) -> NoticeInput:
    return replace(data, caseworker_id=user_id)


def _update_notice(
    uow: UnitOfWork, data: NoticeInput, notice_id: int, expected_version: int | None
) -> ArrivalNotice:
    session = uow.session
    notice = session.get(ArrivalNotice, notice_id, options=[selectinload(ArrivalNotice.household)])
    if notice is None:
        raise NotFoundError(tr("arrivals", "The notice no longer exists."))
    if expected_version is not None:
        check_version(notice, expected_version)
    _apply_notice(session, notice, data)
    changes = audit.changes_of(notice)
    notice.updated_at = utcnow()  # a change of members only moves the version too (conflicts)
    takeover = notice.takeover_on
    household = notice.household
    household.display_name = household_name(data)
    current = {p.id: p for p in household.persons}
    kept: set[int] = set()
    for member in data.members:
        if member.person_id is not None and member.person_id in current:
            person = current[member.person_id]
            kept.add(person.id)
        else:
            status = PersonStatus.ARRIVED if notice.arrived_on else PersonStatus.EXPECTED
            person = Person(household=household, status=status.value)
            session.add(person)
        _apply_member(person, member, takeover, data.caseworker_id)
        if person.id is None:
            session.flush()
            audit.record(
                uow,
                AuditAction.CREATE,
                "persons",
                person.id,
                person_id=person.id,
                changes=audit.created(person),
            )
        elif person_changes := audit.changes_of(person):
            audit.record(
                uow, AuditAction.UPDATE, "persons", person.id, person_id=person.id, changes=person_changes
            )
        if notice.arrived_on is not None:
            session.flush()
            if "takeover_on" in changes:
                move_open_deadlines(session, person, takeover)
            create_deadlines(session, person, takeover)
    for person_id, person in current.items():
        if person_id in kept:
            continue
        has_deadlines = session.scalar(select(Deadline.id).where(Deadline.person_id == person_id).limit(1))
        if notice.arrived_on is not None or has_deadlines is not None:
            raise ValidationError(
                tr("arrivals", "{name} has arrived and cannot be removed from the notice.").format(
                    name=person.full_name
                ),
                field="members",
            )
        audit.record(uow, AuditAction.DELETE, "persons", person_id, person_id=person_id)
        session.delete(person)
    audit.record(uow, AuditAction.UPDATE, "arrival_notices", notice.id, changes=changes)
    session.flush()
    return notice


def _shown_cpr(ctx: AppContext, person: Person) -> str:
    if not can(ctx, Permission.CPR):
        return CPR_HIDDEN
    return parse_cpr(person.cpr).formatted() if person.cpr else ""


def _notice_input_of(ctx: AppContext, notice: ArrivalNotice) -> NoticeInput:
    """The editable part of a stored notice, as the notice dialog fills it in (no audit here)."""
    household = notice.household
    members = tuple(
        MemberInput(
            given_name=p.given_name,
            family_name=p.family_name,
            birth_date=p.birth_date,
            sex=p.sex,
            nationality=p.nationality,
            languages=p.languages,
            relation=p.relation,
            cpr=_shown_cpr(ctx, p),
            udl_nr=p.udl_nr or "",
            kind=p.kind,
            native_name=p.native_name,
            person_id=p.id,
        )
        for p in household.persons
    )
    caseworker_id = next((p.caseworker_id for p in household.persons if p.caseworker_id), None)
    return NoticeInput(
        reference=notice.reference,
        received_on=notice.received_on,
        decision_on=notice.decision_on,
        expected_arrival_on=notice.expected_arrival_on,
        asylum_centre=notice.asylum_centre,
        notes=notice.notes,
        household_name=household.display_name,
        members=members,
        takeover_on=notice.takeover_on if notice.takeover_agreed else None,
        visit_on=notice.visit_on,
        visit_by=notice.visit_by,
        visit_interpreter_needed=notice.visit_interpreter_needed,
        visit_interpreter_language=notice.visit_interpreter_language,
        visit_notes=notice.visit_notes,
        caseworker_id=caseworker_id,
    )


def get_notice(ctx: AppContext, notice_id: int) -> NoticeDetail:
    with ctx.uow() as uow:
        notice = uow.session.get(ArrivalNotice, notice_id)
        if notice is None:
            raise NotFoundError(tr("arrivals", "The notice no longer exists."))
        household = notice.household
        data = _notice_input_of(ctx, notice)
        rules = rule_set_for(uow.session, notice.received_on)
        try:
            warnings = tuple(validate_notice(data, rules, ctx.today()))
        except ValidationError:
            warnings = ()
        quota_warning = "".join(quota_warnings(uow.session, notice.expected_arrival_on))
        for person in household.persons:
            audit.record(uow, AuditAction.VIEW, "arrival_notices", notice.id, person_id=person.id)
        detail = NoticeDetail(
            id=notice.id,
            version=notice.version,
            household_id=household.id,
            data=data,
            takeover_on=notice.takeover_on,
            takeover_agreed=notice.takeover_agreed,
            arrived_on=notice.arrived_on,
            warnings=warnings + ((quota_warning,) if quota_warning else ()),
            quota_warning=quota_warning,
        )
        uow.commit()  # the view events; nothing else changed
    return detail


def notice_of_person(ctx: AppContext, person_id: int) -> int | None:
    """The id of the notice of the person's household (the latest, should there be several)."""
    with ctx.uow(readonly=True) as uow:
        return uow.session.scalar(
            select(ArrivalNotice.id)
            .join(Person, Person.household_id == ArrivalNotice.household_id)
            .where(Person.id == person_id)
            .order_by(ArrivalNotice.received_on.desc())
            .limit(1)
        )


def register_arrival(ctx: AppContext, notice_id: int, arrived_on: date, expected_version: int) -> int:
    """The household has arrived: persons become "arrived" and every adult gets the deadlines.

    Returns how many deadlines were created.
    """
    if arrived_on > ctx.today():
        raise ValidationError(tr("arrivals", "The arrival date cannot be in the future."), field="arrived_on")
    with ctx.uow() as uow:
        session = uow.session
        notice = session.get(ArrivalNotice, notice_id)
        if notice is None:
            raise NotFoundError(tr("arrivals", "The notice no longer exists."))
        check_version(notice, expected_version)
        if notice.arrived_on is not None:
            raise ValidationError(tr("arrivals", "The arrival is already registered."), field="arrived_on")
        if arrived_on < notice.received_on:
            raise ValidationError(
                tr("arrivals", "The arrival cannot be before the notice was received."), field="arrived_on"
            )
        notice.arrived_on = arrived_on
        audit.record(uow, AuditAction.UPDATE, "arrival_notices", notice.id, changes=audit.changes_of(notice))
        created = 0
        for person in notice.household.persons:
            if person.status == PersonStatus.EXPECTED:
                person.status = PersonStatus.ARRIVED.value
                person.takeover_date = notice.takeover_on
                audit.record(
                    uow, AuditAction.UPDATE, "persons", person.id, person_id=person.id,
                    changes=audit.changes_of(person),
                )  # fmt: skip
            created += len(create_deadlines(session, person, notice.takeover_on))
        uow.commit()
    return created
