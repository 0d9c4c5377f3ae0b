"""`integration-desk report NAME --from DATE --to DATE --out FILE.xlsx|FILE.pdf`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from integration_desk.cli import EXIT_OK, EXIT_REFUSED, fail, iso_date
from integration_desk.i18n import tr

NAMES = (
    "quota",
    "occupancy",
    "arrivals",
    "deadlines",
    "hours",
    "funding",
)  # == services.reports.REPORT_NAMES


def _day_or_week(first_day: bool) -> Callable[[str], date]:
    """A date (YYYY-MM-DD) or an ISO week (YYYY-Www: its Monday for --from, its Sunday for --to)."""

    def parse(text: str) -> date:
        if "w" in text.lower():
            from integration_desk.domain.errors import ValidationError
            from integration_desk.domain.weeks import IsoWeek

            try:
                week = IsoWeek.parse(text)
            except ValidationError as error:
                raise argparse.ArgumentTypeError(str(error)) from None
            return week.monday() if first_day else week.sunday()
        return iso_date(text)

    return parse


def register(commands: Any, export_kinds: Any) -> None:
    parser = commands.add_parser("report", help="a report as Excel or PDF: " + ", ".join(NAMES))
    parser.add_argument("name", choices=NAMES, metavar="NAME", help=" | ".join(NAMES))
    parser.add_argument(
        "--from", dest="first", type=_day_or_week(True), required=True, metavar="DATE|YYYY-Www"
    )
    parser.add_argument("--to", dest="last", type=_day_or_week(False), required=True, metavar="DATE|YYYY-Www")
    parser.add_argument("--out", required=True, metavar="FILE.xlsx|FILE.pdf")
    parser.add_argument("--site", type=int, metavar="ID", help="only this housing site")
    parser.add_argument("--caseworker", type=int, metavar="ID", help="only this caseworker's persons")
    parser.add_argument("--nationality", metavar="TEXT", help="only persons of this nationality")
    parser.set_defaults(handler=_report)


def _report(args: argparse.Namespace, open_context: Callable[[], Any]) -> int:
    from integration_desk.services.errors import DomainError
    from integration_desk.services.reports import ReportFilter, export_report

    path = Path(args.out)
    if path.suffix.lower() not in (".xlsx", ".pdf"):
        return fail(tr("cli", "The file must end in .xlsx or .pdf: {path}").format(path=args.out))
    ctx = open_context()
    report_filter = ReportFilter(args.site, args.caseworker, args.nationality)
    try:
        table = export_report(ctx, args.name, args.first, args.last, path, report_filter)
    except DomainError as error:
        return fail(str(error), EXIT_REFUSED)
    except OSError:
        return fail(tr("cli", "Cannot write the file {path}.").format(path=args.out))
    print(
        tr("cli", "{title}, {rows} rows: {path}").format(
            title=table.title, rows=len(table.rows), path=args.out
        )
    )
    return EXIT_OK
