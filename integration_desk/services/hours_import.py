"""Attendance lists from language schools and workplaces: all rows validated first, all or nothing.

Columns (any order, case and spacing ignored): CPR or Udl.-nr. (one of them), Uge (2016-W12) or
Dato (a day of the week), Aktivitet (the activity type), Deltaget (attended hours), and optionally
Fravær (absence hours), Fraværsårsag (syg / gyldig grund / uden gyldig grund) and Bemærkning.
Several rows of one person, week and activity (a list per day) are added up. The week's entry is
then set to these figures; an approved week is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import undefer

from integration_desk.db.models import ActivityKind, AuditAction, ContractActivity, HourEntry, Person
from integration_desk.documents.xlsx_import import (
    CellError,
    ImportProblem,
    ImportRefused,
    RowReader,
    parse_cpr_cell,
    parse_date,
    parse_hours,
    parse_text,
    read_sheet,
    rows_of,
)
from integration_desk.domain.errors import ValidationError
from integration_desk.domain.hours import HourFigures, validate_figures
from integration_desk.domain.weeks import IsoWeek
from integration_desk.i18n import tr
from integration_desk.services import audit, labels
from integration_desk.services.context import AppContext
from integration_desk.services.hours import require_writer
from integration_desk.services.hours_plan import GridFilter, WeekRules, activities_in_force, margin
from integration_desk.services.progress import Progress, report

C = "hours_import"
COL_CPR, COL_UDL, COL_WEEK, COL_DATE = "CPR", "Udl.-nr.", "Uge", "Dato"
COL_ACTIVITY, COL_ATTENDED, COL_ABSENT, COL_REASON, COL_NOTE = (
    "Aktivitet",
    "Deltaget",
    "Fravær",
    "Fraværsårsag",
    "Bemærkning",
)
REQUIRED = (COL_ACTIVITY, COL_ATTENDED)
OPTIONAL = (COL_CPR, COL_UDL, COL_WEEK, COL_DATE, COL_ABSENT, COL_REASON, COL_NOTE)
_REASONS = {
    "sick": ("syg", "sygdom", "sygemeldt", "sick"),
    "valid": (
        "gyldig grund",
        "rimelig grund",
        "lovligt",
        "lovligt fravær",
        "gyldig",
        "valid",
        "valid reason",
    ),
    "unexcused": (
        "uden gyldig grund",
        "uden rimelig grund",
        "ulovligt",
        "ulovligt fravær",
        "udeblevet",
        "udeblivelse",
        "ingen grund",
        "no valid reason",
        "unexcused",
    ),
}


@dataclass(frozen=True)
class ImportSummary:
    rows: int
    entries_created: int
    entries_updated: int
    persons: int
    dry_run: bool


@dataclass
class _Group:
    first_row: int
    person: Person
    week: IsoWeek
    activity: ContractActivity
    attended: Decimal = Decimal(0)
    sick: Decimal = Decimal(0)
    valid: Decimal = Decimal(0)
    unexcused: Decimal = Decimal(0)
    notes: list[str] = field(default_factory=list)


def parse_week_cell(value: Any) -> IsoWeek:
    try:
        return IsoWeek.parse(str(value))
    except ValidationError as error:
        raise CellError(str(error)) from None


def parse_reason(value: Any) -> str:
    text = " ".join(str(value).split()).casefold()
    for reason, words in _REASONS.items():
        if text in words:
            return reason
    raise CellError(tr(C, "Write the reason as syg, gyldig grund or uden gyldig grund."))


def _activity_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for kind in ActivityKind:
        names[kind.value] = kind.value
        names[labels.activity_kind(kind.value).casefold()] = kind.value
    # The Danish words caseworkers and schools use, whatever the program's language.
    names.update(
        {
            "danskuddannelse": "danish_classes",
            "dansk": "danish_classes",
            "danskundervisning": "danish_classes",
            "virksomhedspraktik": "work_placement",
            "praktik": "work_placement",
            "løntilskud": "wage_subsidy",
            "ansættelse med løntilskud": "wage_subsidy",
            "igu": "igu",
            "jobtræning": "job_training",
            "opkvalificering": "upskilling",
            "vejledning": "guidance",
            "mentor": "mentor",
            "helbredsvurdering": "health_assessment",
            "andet": "other",
        }
    )
    return names


def import_hours(
    ctx: AppContext, path: Path, *, dry_run: bool = False, progress: Progress | None = None
) -> ImportSummary:
    """Validate every row; raise ImportRefused with all problems, or write everything in one transaction.

    ``progress(done, total)`` (``services.progress``): reading the rows is the first third, checking
    them against the contracts the second, writing the last; a cancel (``Cancelled``) at any point,
    up to the commit, writes nothing."""
    require_writer(ctx)
    problems: list[ImportProblem] = []
    data = read_sheet(path, required_columns=REQUIRED, optional_columns=OPTIONAL, problems=problems)
    if data is None:
        raise ImportRefused(problems)
    names = _activity_names()
    parsed: list[tuple[RowReader, dict[str, Any]]] = []
    sheet_rows = list(rows_of(data))
    steps = 3 * max(len(sheet_rows), 1)
    report(progress, 0, steps)
    for number, row in enumerate(sheet_rows):
        if number % 100 == 0:
            report(progress, number, steps)
        reader = RowReader(data.sheet, row, problems)
        values: dict[str, Any] = {
            "cpr": reader.optional(COL_CPR, parse_cpr_cell),
            "udl": reader.optional(COL_UDL, lambda v: parse_text(v, 40)),
            "week": reader.optional(COL_WEEK, parse_week_cell),
            "date": reader.optional(COL_DATE, parse_date),
            "activity": reader.required(COL_ACTIVITY, lambda v: parse_text(v, 80)),
            "attended": reader.required(COL_ATTENDED, parse_hours),
            "absent": reader.optional(COL_ABSENT, parse_hours) or Decimal(0),
            "reason": reader.optional(COL_REASON, parse_reason),
            "note": reader.optional(COL_NOTE, parse_text) or "",
        }
        if reader.row.cells.get(COL_CPR) in (None, "") and reader.row.cells.get(COL_UDL) in (None, ""):
            reader.problem(COL_CPR, tr(C, "Give the person's CPR number or immigration-service number."))
        if values["week"] is None and values["date"] is None and reader.ok:
            reader.problem(COL_WEEK, tr(C, "Give the week (2016-W12) or a date."))
        if (
            values["week"] is not None
            and values["date"] is not None
            and IsoWeek.of(values["date"]) != values["week"]
        ):
            reader.problem(COL_DATE, tr(C, "The date is not in the week given."))
        if values["activity"] is not None and values["activity"].casefold() not in names:
            reader.problem(COL_ACTIVITY, tr(C, "Unknown activity type."))
        if values["absent"] and values["reason"] is None:
            reader.problem(
                COL_REASON, tr(C, "Absence needs a reason: syg, gyldig grund or uden gyldig grund.")
            )
        parsed.append((reader, values))

    with ctx.uow() as uow:
        session = uow.session
        cprs = {v["cpr"] for _, v in parsed if v["cpr"]}
        udls = {v["udl"] for _, v in parsed if v["udl"]}
        persons = list(
            session.scalars(
                select(Person)
                .options(undefer(Person.cpr))
                .where(or_(Person.cpr.in_(cprs), Person.udl_nr.in_(udls)))
            )
        )
        by_cpr = {p.cpr: p for p in persons if p.cpr}
        by_udl = {p.udl_nr: p for p in persons if p.udl_nr}
        rules = WeekRules(session)
        plans: dict[tuple[int, IsoWeek], list[ContractActivity]] = {}
        groups: dict[tuple[int, IsoWeek, int], _Group] = {}
        for number, (reader, v) in enumerate(parsed):
            if number % 100 == 0:
                report(progress, len(sheet_rows) + number, steps)
            if not reader.ok:
                continue
            person = by_cpr.get(v["cpr"]) if v["cpr"] else None
            if person is None and v["udl"]:
                person = by_udl.get(v["udl"])
            if person is None:
                reader.problem(COL_CPR if v["cpr"] else COL_UDL, tr(C, "No person with this number."))
                continue
            week: IsoWeek = v["week"] or IsoWeek.of(v["date"])
            key = (person.id, week)
            if key not in plans:
                plans[key] = [
                    a for _, a in activities_in_force(session, week, GridFilter(person_id=person.id))
                ]
            kind = names[v["activity"].casefold()]
            matching = [a for a in plans[key] if a.kind == kind]
            if not matching:
                reader.problem(
                    COL_ACTIVITY,
                    tr(C, "The person's contract in force in week {week} has no such activity.").format(
                        week=week.week
                    ),
                )
                continue
            activity = matching[0]
            group = groups.setdefault(
                (person.id, week, activity.id), _Group(reader.row.number, person, week, activity)
            )
            group.attended += v["attended"]
            if v["absent"]:
                setattr(group, v["reason"], getattr(group, v["reason"]) + v["absent"])
            if v["note"]:
                group.notes.append(v["note"])
        allowed = margin(session)
        existing: dict[tuple[int, IsoWeek, int], HourEntry] = {}
        for (person_id, week, activity_id), group in groups.items():
            entry = session.scalars(
                select(HourEntry).where(
                    HourEntry.person_id == person_id,
                    HourEntry.iso_year == week.year,
                    HourEntry.iso_week == week.week,
                    HourEntry.activity_id == activity_id,
                )
            ).first()
            if entry is not None:
                existing[(person_id, week, activity_id)] = entry
            if entry is not None and entry.approved:
                problems.append(
                    ImportProblem(
                        data.sheet,
                        group.first_row,
                        None,
                        tr(C, "Week {week}, {year} is approved for this person; reopen it first.").format(
                            week=week.week, year=week.year
                        ),
                    )
                )
                continue
            if group.unexcused and not group.notes:
                group.notes.append(
                    tr(C, "Absence without a valid reason according to the attendance list {file}").format(
                        file=path.name
                    )
                )
            planned = entry.planned if entry is not None else rules.planned(group.activity, week)
            figures = _figures_of(group, planned)
            for problem in validate_figures(figures, allowed):
                problems.append(ImportProblem(data.sheet, group.first_row, None, problem.message))
        if problems:
            raise ImportRefused(problems)
        created = updated = 0
        for number, (group_key, group) in enumerate(groups.items()):
            if number % 100 == 0:
                report(progress, 2 * len(sheet_rows) + number * len(sheet_rows) / len(groups), steps)
            entry = existing.get(group_key)
            planned = entry.planned if entry is not None else rules.planned(group.activity, group.week)
            figures = _figures_of(group, planned)
            if entry is None:
                entry = HourEntry(
                    person_id=group.person.id,
                    activity_id=group.activity.id,
                    iso_year=group.week.year,
                    iso_week=group.week.week,
                    planned=planned,
                    recorded_by=uow.username,
                )
                session.add(entry)
                action = AuditAction.CREATE
                created += 1
            else:
                action = AuditAction.UPDATE
                updated += 1
            entry.attended = figures.attended
            entry.absent_sick = figures.absent_sick
            entry.absent_valid = figures.absent_valid
            entry.absent_unexcused = figures.absent_unexcused
            entry.note = figures.note
            entry.recorded_by = uow.username
            changes: dict[str, object] = dict(audit.changes_of(entry))
            changes["source"] = [None, path.name]
            session.flush()
            audit.record(uow, action, "hour_entries", entry.id, person_id=entry.person_id, changes=changes)
        summary = ImportSummary(
            len(parsed), created, updated, len({g.person.id for g in groups.values()}), dry_run
        )
        report(progress, steps, steps)  # the last moment to cancel: nothing is written yet
        if not dry_run:
            uow.commit()
        return summary


def _figures_of(group: _Group, planned: Decimal) -> HourFigures:
    return HourFigures(
        planned=planned,
        attended=group.attended,
        absent_sick=group.sick,
        absent_valid=group.valid,
        absent_unexcused=group.unexcused,
        note="; ".join(dict.fromkeys(group.notes))[:400],
    )


def describe(problems: Sequence[ImportProblem]) -> list[str]:
    return [problem.describe() for problem in problems]
