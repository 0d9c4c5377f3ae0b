"""`integration-desk audit extract PERSON_ID --out FILE.pdf`: a person's log extract (access request)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from integration_desk.cli import EXIT_OK, EXIT_REFUSED, fail
from integration_desk.i18n import tr


def register(commands: Any, export_kinds: Any) -> None:
    parser = commands.add_parser("audit", help="the audit trail")
    actions = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    extract = actions.add_parser("extract", help="every log entry about one person, as a PDF")
    extract.add_argument("person_id", type=int, metavar="PERSON_ID")
    extract.add_argument("--out", required=True, metavar="FILE.pdf")
    extract.set_defaults(handler=_extract)


def _extract(args: argparse.Namespace, open_context: Callable[[], Any]) -> int:
    from integration_desk.services.audit_log import log_extract
    from integration_desk.services.errors import DomainError

    if not args.out.lower().endswith(".pdf"):
        return fail(tr("cli", "The file must end in .pdf: {path}").format(path=args.out))
    ctx = open_context()
    try:
        pdf = log_extract(ctx, args.person_id)
    except DomainError as error:
        return fail(str(error), EXIT_REFUSED)
    try:
        Path(args.out).write_bytes(pdf)
    except OSError:
        return fail(tr("cli", "Cannot write the PDF to {path}.").format(path=args.out))
    print(tr("cli", "Log extract written to {path}.").format(path=args.out))
    return EXIT_OK
