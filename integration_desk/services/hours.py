"""Weekly programme hours: the week grid, saving it in one transaction, approving and reopening.

Absence without a valid reason is the basis of benefit deductions, so every write is validated by
the domain rules, guarded by optimistic locking and audited in the same transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from integration_desk.db.models import AuditAction, Contract, ContractActivity, HourEntry, Person, Role
from integration_desk.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from integration_desk.domain.hours import (
    HourFigures,
    WeekHours,
    validate_figures,
)
from integration_desk.domain.weeks import IsoWeek
from integration_desk.i18n import tr
from integration_desk.services import audit, labels
from integration_desk.services.context import AppContext
from integration_desk.services.hours_averages import Averages, programme_averages
from integration_desk.services.hours_plan import GridFilter, WeekRules, activities_in_force, margin
from integration_desk.services.locking import check_version

C = "hours"
_READ_ONLY_ROLES = frozenset({Role.READONLY.value, Role.HOUSING.value})


@dataclass(frozen=True)
class GridRow:
    person_id: int
    person: str
    activity_id: int | None
    activity: str
    kind: str
    provider: str
    entry_id: int | None  # None: nothing recorded yet (planned pre-filled from the contract)
    version: int | None
    figures: HourFigures
    approved: bool
    approved_by: str | None


@dataclass(frozen=True)
class PersonSummary:
    person_id: int
    person: str
    average: Decimal | None  # programme average up to and including this week (saved entries)
    recent: Decimal | None  # the last four weeks' average


@dataclass(frozen=True)
class WeekGrid:
    week: IsoWeek
    rows: tuple[GridRow, ...]
    persons: Mapping[int, PersonSummary]
    target: Decimal  # the rule set's weekly target in force that week
    share: Decimal  # working days / 5
    margin: Decimal


@dataclass(frozen=True)
class EntryEdit:
    person_id: int
    activity_id: int | None
    entry_id: int | None
    version: int | None
    figures: HourFigures


@dataclass(frozen=True)
class SaveResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    entry_ids: tuple[int, ...] = field(default_factory=tuple)


def _name(person: Person) -> str:
    return f"{person.given_name} {person.family_name}".strip()


def _figures(entry: HourEntry) -> HourFigures:
    return HourFigures(
        entry.planned,
        entry.attended,
        entry.absent_sick,
        entry.absent_valid,
        entry.absent_unexcused,
        entry.note,
    )


def _week_clause(week: IsoWeek) -> object:
    return and_(HourEntry.iso_year == week.year, HourEntry.iso_week == week.week)


def _until_clause(week: IsoWeek) -> object:
    return or_(
        HourEntry.iso_year < week.year, and_(HourEntry.iso_year == week.year, HourEntry.iso_week <= week.week)
    )


def weekly_totals(
    session: Session,
    rules: WeekRules,
    person_ids: Iterable[int],
    until: IsoWeek,
    since: IsoWeek | None = None,
) -> dict[int, list[WeekHours]]:
    """Each person's week totals (saved entries) up to ``until``, in week order."""
    ids = list(person_ids)
    result: dict[int, list[WeekHours]] = defaultdict(list)
    if not ids:
        return result
    query = (
        select(
            HourEntry.person_id,
            HourEntry.iso_year,
            HourEntry.iso_week,
            func.sum(HourEntry.planned),
            func.sum(HourEntry.attended),
            func.sum(HourEntry.absent_sick),
            func.sum(HourEntry.absent_valid),
            func.sum(HourEntry.absent_unexcused),
        )
        .where(HourEntry.person_id.in_(ids), _until_clause(until))  # type: ignore[arg-type]
        .group_by(HourEntry.person_id, HourEntry.iso_year, HourEntry.iso_week)
        .order_by(HourEntry.person_id, HourEntry.iso_year, HourEntry.iso_week)
    )
    for person_id, year, number, planned, attended, sick, valid, unexcused in session.execute(query):
        week, share, target = rules.week(year, number)
        if since is not None and week < since:
            continue
        result[person_id].append(
            WeekHours(
                week,
                Decimal(planned or 0),
                Decimal(attended or 0),
                Decimal(sick or 0),
                Decimal(valid or 0),
                Decimal(unexcused or 0),
                share,
                target,
            )
        )
    return result


def load_week(ctx: AppContext, week: IsoWeek, grid_filter: GridFilter | None = None) -> WeekGrid:
    """The grid of ``week``: a row per activity of each contract in force, with what is recorded."""
    grid_filter = grid_filter or GridFilter()
    with ctx.uow(readonly=True) as uow:
        session = uow.session
        rules = WeekRules(session)
        pairs = activities_in_force(session, week, grid_filter)
        persons: dict[int, Person] = {person.id: person for person, _ in pairs}
        if grid_filter.person_id is not None and not persons:
            person = session.get(Person, grid_filter.person_id)
            if person is not None:
                persons[person.id] = person
        entries: dict[tuple[int, int | None], HourEntry] = {}
        extra: list[HourEntry] = []
        if persons:
            query = select(HourEntry).where(
                _week_clause(week),  # type: ignore[arg-type]
                HourEntry.person_id.in_(list(persons)),
            )
            for entry in session.scalars(query.order_by(HourEntry.id)):
                key = (entry.person_id, entry.activity_id)
                if key in entries:
                    extra.append(entry)
                else:
                    entries[key] = entry
        rows: list[GridRow] = []
        seen: set[tuple[int, int | None]] = set()
        for person, activity in pairs:
            key = (person.id, activity.id)
            seen.add(key)
            rows.append(_row(person, activity, entries.get(key), rules.planned(activity, week)))
        # Entries of activities no longer in the contract in force stay visible: nothing is hidden.
        orphans = [e for k, e in entries.items() if k not in seen] + extra
        if orphans:
            activity_ids = {e.activity_id for e in orphans if e.activity_id is not None}
            activities = {
                a.id: a
                for a in session.scalars(
                    select(ContractActivity).where(ContractActivity.id.in_(activity_ids))
                )
            }
            for entry in orphans:
                if grid_filter.activity_kind and (
                    entry.activity_id not in activities
                    or activities[entry.activity_id].kind != grid_filter.activity_kind
                ):
                    continue
                activity_row = activities.get(entry.activity_id) if entry.activity_id else None
                rows.append(_row(persons[entry.person_id], activity_row, entry, entry.planned))
        rows.sort(
            key=lambda r: (persons[r.person_id].family_name, persons[r.person_id].given_name, r.person_id)
        )
        averages = programme_averages(session, rules, persons, week)
        none = Averages(None, None)
        summaries = {
            person_id: PersonSummary(
                person_id,
                _name(person),
                averages.get(person_id, none).average,
                averages.get(person_id, none).recent,
            )
            for person_id, person in persons.items()
        }
        return WeekGrid(
            week=week,
            rows=tuple(rows),
            persons=summaries,
            target=rules.target(week),
            share=rules.share(week),
            margin=margin(session),
        )


def _row(
    person: Person, activity: ContractActivity | None, entry: HourEntry | None, planned: Decimal
) -> GridRow:
    return GridRow(
        person_id=person.id,
        person=_name(person),
        activity_id=activity.id if activity is not None else (entry.activity_id if entry else None),
        activity=labels.activity_kind(activity.kind) if activity is not None else tr(C, "(no activity)"),
        kind=activity.kind if activity is not None else "",
        provider=activity.provider if activity is not None else "",
        entry_id=entry.id if entry is not None else None,
        version=entry.version if entry is not None else None,
        figures=_figures(entry) if entry is not None else HourFigures(planned=planned),
        approved=bool(entry.approved) if entry is not None else False,
        approved_by=entry.approved_by if entry is not None else None,
    )


def require_writer(ctx: AppContext) -> None:
    if ctx.user.role in _READ_ONLY_ROLES:
        raise PermissionDeniedError(tr(C, "Your role may read the hours but not record or approve them."))


def save_week(ctx: AppContext, week: IsoWeek, edits: Sequence[EntryEdit]) -> SaveResult:
    """Write every edited row of one week grid in one transaction, or nothing.

    Refused as a whole when a row breaks a rule (all problems named), when a row's week is
    approved, or when someone else saved a row since the grid was loaded.
    """
    require_writer(ctx)
    with ctx.uow() as uow:
        session = uow.session
        allowed = margin(session)
        person_ids = {e.person_id for e in edits}
        persons = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(person_ids)))}
        activity_ids = {e.activity_id for e in edits if e.activity_id is not None}
        activities = {
            a.id: (a, person_id)
            for a, person_id in session.execute(
                select(ContractActivity, Contract.person_id)
                .join(Contract, ContractActivity.contract_id == Contract.id)
                .where(ContractActivity.id.in_(activity_ids))
            )
        }
        existing = {
            (e.person_id, e.activity_id): e
            for e in session.scalars(
                select(HourEntry).where(_week_clause(week), HourEntry.person_id.in_(person_ids))  # type: ignore[arg-type]
            )
        }
        messages: list[str] = []
        for edit in edits:
            person = persons.get(edit.person_id)
            if person is None:
                raise NotFoundError(tr(C, "The person no longer exists."))
            activity = activities.get(edit.activity_id) if edit.activity_id is not None else None
            if edit.activity_id is not None and (activity is None or activity[1] != edit.person_id):
                raise NotFoundError(tr(C, "The activity no longer belongs to this person's contract."))
            label = labels.activity_kind(activity[0].kind) if activity else tr(C, "(no activity)")
            for problem in validate_figures(edit.figures, allowed):
                messages.append(f"{_name(person)}, {label}: {problem.message}")
        if messages:
            raise ValidationError("\n".join(messages[:12]) + ("\n…" if len(messages) > 12 else ""))
        created = updated = unchanged = 0
        pending: list[tuple[HourEntry, AuditAction, dict[str, list[object]]]] = []
        for edit in edits:
            entry: HourEntry | None = (
                session.get(HourEntry, edit.entry_id) if edit.entry_id is not None else None
            )
            if edit.entry_id is not None:
                if entry is None or entry.iso_year != week.year or entry.iso_week != week.week:
                    raise ConflictError(tr(C, "An hour entry was deleted by someone else. Reload the week."))
                check_version(entry, edit.version or 0)
            else:
                entry = existing.get((edit.person_id, edit.activity_id))
                if entry is not None:
                    raise ConflictError(
                        tr(
                            C,
                            "Someone else recorded hours for this week while you were editing. Reload the week.",
                        )
                    )
            if entry is not None and entry.approved:
                raise ConflictError(
                    tr(C, "{person}'s {week} is approved. Reopen it before changing the hours.").format(
                        person=_name(persons[edit.person_id]), week=week.label()
                    )
                )
            figures = edit.figures
            if entry is None:
                entry = HourEntry(
                    person_id=edit.person_id,
                    activity_id=edit.activity_id,
                    iso_year=week.year,
                    iso_week=week.week,
                    recorded_by=uow.username,
                )
                session.add(entry)
                created += 1
                action = AuditAction.CREATE
            else:
                action = AuditAction.UPDATE
            assert entry is not None
            entry.planned = figures.planned
            entry.attended = figures.attended
            entry.absent_sick = figures.absent_sick
            entry.absent_valid = figures.absent_valid
            entry.absent_unexcused = figures.absent_unexcused
            entry.note = figures.note.strip()
            changes = audit.changes_of(entry)
            if action is AuditAction.UPDATE and not changes:
                unchanged += 1
                continue
            if action is AuditAction.UPDATE:
                entry.recorded_by = uow.username
                changes = audit.changes_of(entry)
                updated += 1
            pending.append((entry, action, changes))
        # One flush for the whole grid (a batch of UPDATEs/INSERTs), then the audit rows with the ids.
        session.flush()
        for entry, action, changes in pending:
            audit.record(uow, action, "hour_entries", entry.id, person_id=entry.person_id, changes=changes)
        uow.commit()
        written = [entry for entry, _, _ in pending]
        return SaveResult(created, updated, unchanged, tuple(e.id for e in written))


def approve_week(ctx: AppContext, week: IsoWeek, person_ids: Sequence[int]) -> int:
    """Lock the week of ``person_ids``: every activity in force must have been recorded."""
    require_writer(ctx)
    with ctx.uow() as uow:
        session = uow.session
        pairs = activities_in_force(session, week)
        wanted = set(person_ids)
        entries = list(
            session.scalars(
                select(HourEntry).where(_week_clause(week), HourEntry.person_id.in_(wanted))  # type: ignore[arg-type]
            )
        )
        recorded = {(e.person_id, e.activity_id) for e in entries}
        missing = [
            f"{_name(person)}, {labels.activity_kind(activity.kind)}"
            for person, activity in pairs
            if person.id in wanted and (person.id, activity.id) not in recorded
        ]
        if missing:
            raise ValidationError(
                tr(C, "Record and save the hours of every activity before approving. Missing:")
                + "\n"
                + "\n".join(missing[:12])
            )
        now = datetime.now(UTC)
        count = 0
        for entry in entries:
            if entry.approved:
                continue
            entry.approved = True
            entry.approved_by = uow.username
            entry.approved_at = now
            changes = audit.changes_of(entry)
            session.flush()
            audit.record(
                uow, AuditAction.UPDATE, "hour_entries", entry.id, person_id=entry.person_id, changes=changes
            )
            count += 1
        if not entries:
            raise ValidationError(tr(C, "Nothing has been recorded for this week yet."))
        uow.commit()
        return count


def reopen_week(ctx: AppContext, week: IsoWeek, person_ids: Sequence[int], reason: str) -> int:
    """Unlock an approved week so it can be corrected; the reason goes into the audit trail."""
    require_writer(ctx)
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(tr(C, "Say why the approved week is reopened."), field="reason")
    with ctx.uow() as uow:
        session = uow.session
        entries = session.scalars(
            select(HourEntry).where(
                _week_clause(week),  # type: ignore[arg-type]
                HourEntry.person_id.in_(set(person_ids)),
                HourEntry.approved.is_(True),
            )
        )
        count = 0
        for entry in entries:
            entry.approved = False
            entry.approved_by = None
            entry.approved_at = None
            changes: dict[str, object] = dict(audit.changes_of(entry))
            changes["reopen_reason"] = [None, reason]
            session.flush()
            audit.record(
                uow, AuditAction.UPDATE, "hour_entries", entry.id, person_id=entry.person_id, changes=changes
            )
            count += 1
        if count == 0:
            raise ValidationError(tr(C, "None of the chosen weeks is approved."))
        uow.commit()
        return count


def previous_week_pattern(
    ctx: AppContext, week: IsoWeek, person_ids: Iterable[int]
) -> dict[tuple[int, int | None], HourFigures]:
    """What was recorded the week before ``week`` for each (person, activity)."""
    before = week.previous()
    ids = list(person_ids)
    with ctx.uow(readonly=True) as uow:
        query = select(HourEntry).where(_week_clause(before), HourEntry.person_id.in_(ids))  # type: ignore[arg-type]
        return {(e.person_id, e.activity_id): _figures(e) for e in uow.session.scalars(query)}
