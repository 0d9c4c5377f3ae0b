"""`export arrivals-template`, `import-arrivals FILE [--dry-run]`, `export arrivals FILE [--from --to]`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from integration_desk.cli import EXIT_OK, EXIT_REFUSED, EXIT_UNUSABLE, fail, iso_date
from integration_desk.i18n import by_count, tr


def register(commands: Any, export_kinds: Any) -> None:
    template = export_kinds.add_parser(
        "arrivals-template", help="write the Excel template for import-arrivals"
    )
    template.add_argument("file", metavar="FILE.xlsx")
    template.set_defaults(handler=_template, database_use="none")

    export = export_kinds.add_parser("arrivals", help="notices and persons with their deadlines, to Excel")
    export.add_argument("file", metavar="FILE.xlsx")
    export.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD")
    export.set_defaults(handler=_export)

    imports = commands.add_parser("import-arrivals", help="import arrival notices from an Excel workbook")
    imports.add_argument("file", metavar="FILE.xlsx")
    imports.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    imports.set_defaults(handler=_import)


def _writable(path: Path) -> bool:
    return path.parent.is_dir()


def _template(args: argparse.Namespace, open_context: Callable[[], object]) -> int:
    from integration_desk.documents.arrivals_xlsx import write_template

    path = Path(args.file)
    try:
        write_template(path)
    except OSError:
        return fail(tr("cli", "Cannot write the file {path}.").format(path=path))
    print(path)
    return EXIT_OK


def _export(args: argparse.Namespace, open_context: Callable[[], Any]) -> int:
    from integration_desk.domain.errors import DomainError
    from integration_desk.services.arrivals_export import export_arrivals

    path = Path(args.file)
    if not _writable(path):
        return fail(tr("cli", "Cannot write the file {path}.").format(path=path))
    ctx = open_context()
    try:
        count = export_arrivals(ctx, path, args.start, args.end)
    except DomainError as error:
        return fail(str(error), EXIT_UNUSABLE)
    except OSError:
        return fail(tr("cli", "Cannot write the file {path}.").format(path=path))
    print(
        by_count(
            count, tr("cli", "{n} person exported to {path}."), tr("cli", "{n} persons exported to {path}.")
        ).format(n=count, path=path)
    )
    return EXIT_OK


def _import(args: argparse.Namespace, open_context: Callable[[], Any]) -> int:
    from integration_desk.documents.xlsx_import import ImportRefused
    from integration_desk.domain.errors import DomainError
    from integration_desk.services.arrivals_import import describe_result, import_arrivals

    path = Path(args.file)
    if not path.is_file():
        return fail(tr("cli", "The file {path} does not exist.").format(path=path))
    ctx = open_context()
    try:
        result = import_arrivals(ctx, path, dry_run=args.dry_run)
    except ImportRefused as error:
        for problem in error.problems:
            print(problem.describe())
        return fail(str(error), EXIT_REFUSED)
    except DomainError as error:
        return fail(str(error), EXIT_REFUSED)
    for warning in result.warnings:
        print(tr("cli", "Warning: {text}").format(text=warning.describe()))
    print(describe_result(result))
    return EXIT_OK
