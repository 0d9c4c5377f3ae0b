"""`integration-desk export occupancy FILE.xlsx --from DATE --to DATE`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from integration_desk.cli import EXIT_OK, EXIT_REFUSED, fail, iso_date
from integration_desk.i18n import tr


def register(commands: Any, export_kinds: Any) -> None:
    parser = export_kinds.add_parser(
        "occupancy", help="temporary housing: stays with person-days, rooms per day"
    )
    parser.add_argument("file", metavar="FILE.xlsx")
    parser.add_argument("--from", dest="first", type=iso_date, required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="last", type=iso_date, required=True, metavar="YYYY-MM-DD")
    parser.set_defaults(handler=_export_occupancy)


def _export_occupancy(args: argparse.Namespace, open_context: Callable[[], Any]) -> int:
    from integration_desk.services.errors import DomainError
    from integration_desk.services.housing_export import export_occupancy

    ctx = open_context()
    try:
        data = export_occupancy(ctx, args.first, args.last, Path(args.file))
    except DomainError as error:
        return fail(str(error), EXIT_REFUSED)
    except OSError:
        return fail(tr("cli", "Cannot write the file {path}.").format(path=args.file))
    print(
        tr("cli", "{stays} stays, {person_days} person-days: {path}").format(
            stays=len(data.stays), person_days=sum(s.person_days for s in data.stays), path=args.file
        )
    )
    return EXIT_OK
