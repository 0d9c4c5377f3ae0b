"""`integration-desk contract print PERSON_ID --out FILE.pdf [--version N]` and
`integration-desk contract print --ready --out FILE.pdf`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from integration_desk.cli import EXIT_OK, EXIT_REFUSED, fail
from integration_desk.i18n import by_count, tr


def register(commands: Any, export_kinds: Any) -> None:
    contract = commands.add_parser("contract", help="integration contracts")
    actions = contract.add_subparsers(dest="contract_command", metavar="ACTION", required=True)
    printing = actions.add_parser("print", help="write a contract (or all ready for signing) to a PDF file")
    printing.add_argument("person_id", nargs="?", type=int, metavar="PERSON_ID")
    printing.add_argument(
        "--version", type=int, metavar="N", help="the contract version (default: the newest)"
    )
    printing.add_argument("--ready", action="store_true", help="every contract ready for signing, in one PDF")
    printing.add_argument("--out", required=True, metavar="FILE.pdf")
    printing.set_defaults(handler=_print)


def _print(args: argparse.Namespace, open_context: Callable[[], Any]) -> int:
    from integration_desk.services import contracts_print
    from integration_desk.services.errors import DomainError
    from integration_desk.services.safe_file import write_bytes

    if args.ready == (args.person_id is not None):
        return fail(tr("cli", "Give either a PERSON_ID or --ready."))
    if args.ready and args.version is not None:
        return fail(tr("cli", "--version goes with a PERSON_ID, not with --ready."))
    ctx = open_context()
    out = Path(args.out)
    try:
        if args.ready:
            ids = contracts_print.ready_contract_ids(ctx)
            if not ids:
                return fail(tr("cli", "No contracts are ready for signing."), EXIT_REFUSED)
            contracts_print.write_many(ctx, ids, out)
        else:
            ids = [contracts_print.find_version(ctx, args.person_id, args.version)]
            pdf = contracts_print.render_contract(ctx, ids[0])
            write_bytes(out, pdf)
    except DomainError as error:
        return fail(str(error), EXIT_REFUSED)
    except OSError:
        return fail(tr("cli", "Cannot write the PDF to {path}.").format(path=args.out))
    contracts_print.record_printed(ctx, ids, "cli")
    print(
        by_count(
            len(ids),
            tr("cli", "Written to {path}: {n} contract."),
            tr("cli", "Written to {path}: {n} contracts."),
        ).format(n=len(ids), path=args.out)
    )
    return EXIT_OK
