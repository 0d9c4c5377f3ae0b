"""Rapporter: the figures the team lead gives management and the finance office.

Every report takes a period (first and last day, both included; ISO weeks are turned into their
Monday and Sunday by the caller) and the same filters (site, caseworker, nationality). Each returns
a plain dataclass with its own rows, and ``table()`` turns it into a ``ReportTable`` — headers, rows,
a total and a chart — which the view, the Excel and the PDF export all show the same way.

The computations live in ``reports_people`` (quota, arrivals, deadlines) and ``reports_programme``
(occupancy, hours, funding); they reuse the services that own each concept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from integration_desk.db.models import AuditAction, Person
from integration_desk.documents.report_table import Chart as Chart  # the view's imports
from integration_desk.documents.report_table import ReportTable as ReportTable
from integration_desk.domain.deadlines import add_months
from integration_desk.domain.errors import ValidationError
from integration_desk.domain.quota import QuotaSummary
from integration_desk.i18n import tr
from integration_desk.services import audit
from integration_desk.services import progress as progress_
from integration_desk.services.context import AppContext
from integration_desk.services.progress import Progress
from integration_desk.services.report_base import Report, check_period
from integration_desk.services.report_base import ReportFilter as ReportFilter
from integration_desk.services.safe_file import write_whole

C = "reports"


@dataclass(frozen=True)
class ReportKind:
    name: str  # the command line's NAME
    title: Callable[[], str]
    run: Callable[[Session, date, date, ReportFilter, date], Report]
    case_data: bool = False  # reads programme hours: not for the housing coordinator's role


def report_kinds() -> dict[str, ReportKind]:
    """name -> report, in the order the view lists them."""
    from integration_desk.services import reports_people as people
    from integration_desk.services import reports_programme as programme

    kinds = (
        ReportKind("quota", lambda: tr(C, "Quota: arrived, announced, remaining"), people.quota_report),
        ReportKind("occupancy", lambda: tr(C, "Temporary housing: occupancy"), programme.occupancy_report),
        ReportKind(
            "arrivals", lambda: tr(C, "Arrivals by nationality and household"), people.arrivals_report
        ),
        ReportKind("deadlines", lambda: tr(C, "Deadlines met, late and overdue"), people.deadlines_report),
        ReportKind(
            "hours", lambda: tr(C, "Programme hours against the target"), programme.hours_report, True
        ),
        ReportKind("funding", lambda: tr(C, "State funding events"), programme.funding_report),
    )
    return {kind.name: kind for kind in kinds}


def available_reports(ctx: AppContext) -> dict[str, ReportKind]:
    """The reports the signed-in user's role may run, in the view's order."""
    from integration_desk.services.access import Permission, can

    return {
        name: kind
        for name, kind in report_kinds().items()
        if not kind.case_data or can(ctx, Permission.CASE_DATA)
    }


REPORT_NAMES = ("quota", "occupancy", "arrivals", "deadlines", "hours", "funding")


def run_report(
    ctx: AppContext, name: str, first: date, last: date, report_filter: ReportFilter | None = None
) -> ReportTable:
    """The report ``name`` over ``first`` … ``last``, as a table with its chart."""
    kinds = report_kinds()
    if name not in kinds:
        raise ValidationError(tr(C, "There is no report called {name}.").format(name=name), field="report")
    if kinds[name].case_data:
        from integration_desk.services.access import Permission, require

        require(ctx, Permission.CASE_DATA)
    check_period(first, last)
    report_filter = report_filter or ReportFilter()
    with ctx.uow(readonly=True) as uow:
        report = kinds[name].run(uow.session, first, last, report_filter, ctx.today())
        table = report.table()
        filters = ""
        if report_filter != ReportFilter():
            choices = report_choices(ctx)
            filters = report_filter.describe(
                {c.id: c.name for c in choices.sites}, {c.id: c.name for c in choices.caseworkers}
            )
    return ReportTable(
        table.name, table.title, table.first, table.last, table.columns, table.rows, table.total,
        table.chart, table.notes, filters,
    )  # fmt: skip


@dataclass(frozen=True)
class ReportChoices:
    sites: tuple[Choice, ...]
    caseworkers: tuple[Choice, ...]
    nationalities: tuple[str, ...]


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


def report_choices(ctx: AppContext) -> ReportChoices:
    """The values the filters offer."""
    from sqlalchemy import select

    from integration_desk.services.hours_plan import filter_choices

    caseworkers, sites = filter_choices(ctx)
    with ctx.uow(readonly=True) as uow:
        nationalities = tuple(
            n
            for n in uow.session.scalars(select(Person.nationality).distinct().order_by(Person.nationality))
            if n
        )
    return ReportChoices(
        tuple(Choice(s.id, s.name) for s in sites),
        tuple(Choice(c.id, c.name) for c in caseworkers),
        nationalities,
    )


def export_report(
    ctx: AppContext,
    name: str,
    first: date,
    last: date,
    path: Path,
    report_filter: ReportFilter | None = None,
    progress: Progress | None = None,
) -> ReportTable:
    """Write the report to ``path``: Excel for ``.xlsx``, PDF (with the chart) for ``.pdf``.

    The file appears whole or not at all (``safe_file``): a failure or a cancel (``progress``
    answering False: ``Cancelled``) leaves no half file and writes no audit row."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise ValidationError(tr(C, "The file must end in .xlsx or .pdf."), field="out")
    table = run_report(ctx, name, first, last, report_filter)
    progress_.report(progress, 0, 1)
    if suffix == ".xlsx":
        from integration_desk.documents.report_xlsx import write_report_xlsx

        write_whole(path, lambda temporary: write_report_xlsx(table, temporary), progress)
    else:
        from integration_desk.documents.report_pdf import write_report_pdf

        write_whole(path, lambda temporary: write_report_pdf(table, temporary), progress)
    _audit_export(ctx, table, report_filter, suffix)
    return table


def _audit_export(
    ctx: AppContext, table: ReportTable, report_filter: ReportFilter | None, suffix: str
) -> None:
    """One ``export`` audit row: which report, its period and filters, and how many rows left."""
    chosen = report_filter or ReportFilter()
    criteria = {
        "report": table.name,
        "from": table.first.isoformat(),
        "to": table.last.isoformat(),
        "site": chosen.site_id,
        "caseworker": chosen.caseworker_id,
        "nationality": audit.masked_text(chosen.nationality) if chosen.nationality else None,
        "format": suffix.lstrip("."),
        "rows": len(table.rows),
    }
    with ctx.uow() as uow:
        audit.record(uow, AuditAction.EXPORT, "reports", None, changes={"criteria": criteria})
        uow.commit()


@dataclass(frozen=True)
class TeamLeadFigures:
    """The team lead's panel on the start page (every caseworker's persons)."""

    quota: QuotaSummary | None  # None: no quota period today
    beds: int
    beds_used: int
    deadlines_overdue: int
    persons_with_hours: int
    persons_below_target: int
    funding_events: int
    funding_amount: Decimal


def team_lead_figures(ctx: AppContext) -> TeamLeadFigures:
    """Quota, occupancy today, overdue deadlines, persons below the weekly target (programme average
    up to last week, of persons with a contract in force), funding events this month."""
    from sqlalchemy import func, select

    from integration_desk.db.models import Deadline
    from integration_desk.domain.hours import is_below
    from integration_desk.domain.weeks import IsoWeek
    from integration_desk.services.funding import funding_items
    from integration_desk.services.hours_averages import programme_averages
    from integration_desk.services.hours_plan import WeekRules, activities_in_force
    from integration_desk.services.housing import occupancy
    from integration_desk.services.quota import quota_progress

    today = ctx.today()
    quota = quota_progress(ctx, today)
    beds = occupancy(ctx, today)
    with ctx.uow(readonly=True) as uow:
        session = uow.session
        overdue = session.scalar(
            select(func.count(Deadline.id)).where(Deadline.done_on.is_(None), Deadline.due_on < today)
        )
        last_week = IsoWeek.of(today).previous()
        rules = WeekRules(session)
        persons = {person.id for person, _ in activities_in_force(session, last_week)}
        averages = programme_averages(session, rules, persons, last_week)
        target = rules.target(last_week)
        below = sum(1 for a in averages.values() if is_below(a.average, target))
        month = today.replace(day=1)
        items = funding_items(session, month, add_months(month, 1) - timedelta(days=1))
    return TeamLeadFigures(
        quota.summary if quota else None,
        beds.beds,
        beds.beds_used,
        overdue or 0,
        len(averages),
        below,
        len(items),
        sum((i.amount for i in items), start=Decimal(0)),
    )
