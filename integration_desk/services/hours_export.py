"""Excel exports of the hours: every entry of a period, and the compliance overview.

Written with openpyxl's write-only mode and a streamed query, so three years of a large
municipality's hours stay fast and small in memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import and_, func, or_, select

from integration_desk.db.models import AuditAction, ContractActivity, HourEntry, Person
from integration_desk.domain.errors import ValidationError
from integration_desk.domain.hours import WeekHours, average_per_full_week
from integration_desk.domain.weeks import IsoWeek
from integration_desk.i18n import tr
from integration_desk.services import audit, labels
from integration_desk.services.context import AppContext
from integration_desk.services.hours_history import compliance
from integration_desk.services.hours_plan import WeekRules
from integration_desk.services.progress import Cancelled, Progress, report
from integration_desk.services.safe_file import replacing

C = "hours"
__all__ = ["Cancelled", "ExportCancelled", "Progress"]


@dataclass(frozen=True)
class ExportSummary:
    rows: int
    persons: int


#: the old name of a cancelled export
ExportCancelled = Cancelled


def _in_period(start: IsoWeek, end: IsoWeek) -> object:
    after = or_(
        HourEntry.iso_year > start.year,
        and_(HourEntry.iso_year == start.year, HourEntry.iso_week >= start.week),
    )
    before = or_(
        HourEntry.iso_year < end.year, and_(HourEntry.iso_year == end.year, HourEntry.iso_week <= end.week)
    )
    return and_(after, before)


def _bold(sheet: object, values: list[str]) -> list[object]:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cells: list[object] = []
    for value in values:
        cell = WriteOnlyCell(sheet, value=value)
        cell.font = Font(bold=True)
        cells.append(cell)
    return cells


def export_hours(
    ctx: AppContext,
    path: Path,
    start: IsoWeek,
    end: IsoWeek,
    *,
    person_id: int | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    """One row per person, week and activity; then a summary sheet with one row per person."""
    from openpyxl import Workbook

    if end < start:
        raise ValidationError(tr(C, "The last week comes before the first week."), field="to")
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(tr(C, "Hours"))
    sheet.freeze_panes = "A2"
    sheet.append(
        _bold(
            sheet,
            [
                tr(C, "Person ID"),
                tr(C, "Name"),
                tr(C, "ISO year"),
                tr(C, "Week"),
                tr(C, "Activity"),
                tr(C, "Planned"),
                tr(C, "Attended"),
                tr(C, "Absent, sick"),
                tr(C, "Absent, valid reason"),
                tr(C, "Absent, no valid reason"),
                tr(C, "Note"),
                tr(C, "Recorded by"),
                tr(C, "Approved"),
            ],
        )
    )
    query = (
        select(
            HourEntry.person_id,
            Person.given_name,
            Person.family_name,
            HourEntry.iso_year,
            HourEntry.iso_week,
            ContractActivity.kind,
            HourEntry.planned,
            HourEntry.attended,
            HourEntry.absent_sick,
            HourEntry.absent_valid,
            HourEntry.absent_unexcused,
            HourEntry.note,
            HourEntry.recorded_by,
            HourEntry.approved,
        )
        .join(Person, HourEntry.person_id == Person.id)
        .outerjoin(ContractActivity, HourEntry.activity_id == ContractActivity.id)
        .where(_in_period(start, end))  # type: ignore[arg-type]
        .order_by(
            Person.family_name,
            Person.given_name,
            HourEntry.person_id,
            HourEntry.iso_year,
            HourEntry.iso_week,
            HourEntry.id,
        )
    )
    if person_id is not None:
        query = query.where(HourEntry.person_id == person_id)
    yes, no = tr(C, "yes"), tr(C, "no")
    kind_labels: dict[str | None, str] = {}
    # person -> (name, {week: [planned, attended, sick, valid, unexcused]})
    summary: dict[int, tuple[str, dict[IsoWeek, list[Decimal]]]] = {}
    rows = 0
    with ctx.uow() as uow:
        session = uow.session
        rules = WeekRules(session)
        counted = select(func.count()).select_from(HourEntry).where(_in_period(start, end))  # type: ignore[arg-type]
        if person_id is not None:
            counted = counted.where(HourEntry.person_id == person_id)
        total = max(session.scalar(counted) or 0, 1)
        report(progress, 0, total)
        result = session.execute(query.execution_options(yield_per=2000))
        for (
            pid,
            given,
            family,
            year,
            number,
            kind,
            planned,
            attended,
            sick,
            valid,
            unexcused,
            note,
            by,
            approved,
        ) in result:
            label = kind_labels.get(kind)
            if label is None:
                label = kind_labels[kind] = labels.activity_kind(kind) if kind else tr(C, "(no activity)")
            name = f"{given} {family}"
            sheet.append(
                [
                    pid,
                    name,
                    year,
                    number,
                    label,
                    planned,
                    attended,
                    sick,
                    valid,
                    unexcused,
                    note,
                    by,
                    yes if approved else no,
                ]
            )
            weeks = summary.setdefault(pid, (name, {}))[1]
            sums = weeks.setdefault(IsoWeek(year, number), [Decimal(0)] * 5)
            for i, value in enumerate((planned, attended, sick, valid, unexcused)):
                sums[i] += value
            rows += 1
            if rows % 500 == 0:
                report(progress, rows, total)
        overview = workbook.create_sheet(tr(C, "Summary per person"))
        overview.freeze_panes = "A2"
        overview.append(
            _bold(
                overview,
                [
                    tr(C, "Person ID"),
                    tr(C, "Name"),
                    tr(C, "Weeks"),
                    tr(C, "Planned"),
                    tr(C, "Attended"),
                    tr(C, "Absent, sick"),
                    tr(C, "Absent, valid reason"),
                    tr(C, "Absent, no valid reason"),
                    tr(C, "Average per full week (attended + absence with reason)"),
                    tr(C, "Target per week"),
                ],
            )
        )
        for pid, (name, weeks) in summary.items():
            hours = [
                WeekHours(
                    week, sums[0], sums[1], sums[2], sums[3], sums[4], rules.share(week), rules.target(week)
                )
                for week, sums in sorted(weeks.items())
            ]
            totals = [sum((w[i] for w in weeks.values()), start=Decimal(0)) for i in range(5)]
            overview.append([pid, name, len(weeks), *totals, average_per_full_week(hours), rules.target(end)])
        audit.record(
            uow,
            AuditAction.EXPORT,
            "hour_entries",
            None,
            person_id=person_id,
            changes={"from": str(start), "to": str(end), "rows": rows, "persons": len(summary)},
        )
        report(progress, rows, total)
        with replacing(Path(path)) as temporary:
            workbook.save(temporary)
            uow.commit()
    return ExportSummary(rows, len(summary))


def export_compliance(ctx: AppContext, path: Path, start: IsoWeek, end: IsoWeek) -> ExportSummary:
    from openpyxl import Workbook

    if end < start:
        raise ValidationError(tr(C, "The last week comes before the first week."), field="to")
    rows = compliance(ctx, start, end)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(tr(C, "Compliance"))
    sheet.append(
        [
            tr(
                C, "Residents below the weekly target or with absence without a valid reason, {start} – {end}"
            ).format(start=start, end=end)
        ]
    )
    sheet.append(
        _bold(
            sheet,
            [
                tr(C, "Person ID"),
                tr(C, "Name"),
                tr(C, "Caseworker"),
                tr(C, "Programme average"),
                tr(C, "Last 4 weeks"),
                tr(C, "Target per week"),
                tr(C, "Hours without a valid reason"),
                tr(C, "Weeks with absence without a valid reason"),
            ],
        )
    )
    for row in rows:
        sheet.append(
            [
                row.person_id,
                row.person,
                row.caseworker,
                row.average,
                row.recent,
                row.target,
                row.unexcused_hours,
                row.unexcused_weeks,
            ]
        )
    with ctx.uow() as uow:
        audit.record(
            uow,
            AuditAction.EXPORT,
            "hour_entries",
            None,
            changes={"report": "compliance", "from": str(start), "to": str(end)},
        )
        with replacing(Path(path)) as temporary:
            workbook.save(temporary)
            uow.commit()
    return ExportSummary(len(rows), len(rows))
