"""`export hours`, `export compliance` and `import-hours`: the weekly hours in and out of Excel."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from integration_desk.cli import EXIT_OK, EXIT_REFUSED, EXIT_UNUSABLE, fail
from integration_desk.i18n import by_count, tr


def register(commands: Any, export_kinds: Any) -> None:
    export = export_kinds.add_parser("hours", help="weekly hours: a row per person, week and activity")
    export.add_argument("file", metavar="FILE.xlsx")
    export.add_argument("--from", dest="start", required=True, metavar="YYYY-Www")
    export.add_argument("--to", dest="end", required=True, metavar="YYYY-Www")
    export.add_argument("--person", type=int, metavar="ID", help="only this person (the person's id)")
    export.set_defaults(handler=_export_hours)

    report = export_kinds.add_parser("compliance", help="residents below 37 h/week or with unexcused absence")
    report.add_argument("file", metavar="FILE.xlsx")
    report.add_argument("--from", dest="start", required=True, metavar="YYYY-Www")
    report.add_argument("--to", dest="end", required=True, metavar="YYYY-Www")
    report.set_defaults(handler=_export_compliance)

    imp = commands.add_parser("import-hours", help="read an attendance list (.xlsx); all rows or none")
    imp.add_argument("file", metavar="FILE.xlsx")
    imp.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    imp.set_defaults(handler=_import_hours)


def _weeks(args: argparse.Namespace) -> tuple[Any, Any] | str:
    from integration_desk.domain.errors import ValidationError
    from integration_desk.domain.weeks import IsoWeek

    try:
        start, end = IsoWeek.parse(args.start), IsoWeek.parse(args.end)
    except ValidationError as error:
        return str(error)
    if end < start:
        return tr("cli", "--to comes before --from.")
    return start, end


def _export_hours(args: argparse.Namespace, open_context: Callable[[], Any]) -> int:
    from integration_desk.domain.errors import DomainError
    from integration_desk.services.hours_export import export_hours

    weeks = _weeks(args)
    if isinstance(weeks, str):
        return fail(weeks)
    ctx = open_context()
    try:
        summary = export_hours(ctx, Path(args.file), *weeks, person_id=args.person)
    except DomainError as error:
        return fail(str(error), EXIT_REFUSED)
    except OSError:
        return fail(tr("cli", "Cannot write the file {path}.").format(path=args.file))
    print(
        tr("cli", "{rows} hour rows of {persons} persons written to {path}.").format(
            rows=summary.rows, persons=summary.persons, path=args.file
        )
    )
    return EXIT_OK


def _export_compliance(args: argparse.Namespace, open_context: Callable[[], Any]) -> int:
    from integration_desk.domain.errors import DomainError
    from integration_desk.services.hours_export import export_compliance

    weeks = _weeks(args)
    if isinstance(weeks, str):
        return fail(weeks)
    ctx = open_context()
    try:
        summary = export_compliance(ctx, Path(args.file), *weeks)
    except DomainError as error:
        return fail(str(error), EXIT_REFUSED)
    except OSError:
        return fail(tr("cli", "Cannot write the file {path}.").format(path=args.file))
    print(
        by_count(
            summary.rows,
            tr("cli", "{n} resident written to {path}."),
            tr("cli", "{n} residents written to {path}."),
        ).format(n=summary.rows, path=args.file)
    )
    return EXIT_OK


def _import_hours(args: argparse.Namespace, open_context: Callable[[], Any]) -> int:
    from integration_desk.documents.xlsx_import import ImportRefused
    from integration_desk.domain.errors import DomainError
    from integration_desk.services.hours_import import import_hours

    path = Path(args.file)
    if not path.is_file():
        return fail(tr("cli", "The file {path} does not exist.").format(path=args.file), EXIT_UNUSABLE)
    ctx = open_context()
    try:
        summary = import_hours(ctx, path, dry_run=args.dry_run)
    except ImportRefused as error:
        print(str(error), file=sys.stderr)
        for problem in error.problems:
            print("  " + problem.describe(), file=sys.stderr)
        return EXIT_REFUSED
    except DomainError as error:
        return fail(str(error), EXIT_REFUSED)
    text = (
        tr(
            "cli",
            "The file is in order: {rows} rows would give {created} new and {updated} changed hour entries of {persons} persons. Nothing was written (--dry-run).",
        )
        if summary.dry_run
        else tr(
            "cli",
            "Imported {rows} rows: {created} new and {updated} changed hour entries of {persons} persons.",
        )
    )
    print(
        text.format(
            rows=summary.rows,
            created=summary.entries_created,
            updated=summary.entries_updated,
            persons=summary.persons,
        )
    )
    return EXIT_OK
