"""`backup FILE` and `restore FILE`: the whole database to a file and back into an empty database."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from integration_desk import settings
from integration_desk.cli import EXIT_OK, EXIT_REFUSED, fail
from integration_desk.i18n import tr


def register(commands: Any, export_kinds: Any) -> None:
    backup = commands.add_parser(
        "backup", help="copy the whole database to FILE (SQLite: online backup; PostgreSQL: pg_dump -Fc)"
    )
    backup.add_argument("file", metavar="FILE", type=Path)
    backup.set_defaults(handler=_backup)
    restore = commands.add_parser("restore", help="restore a backup FILE into an empty database")
    restore.add_argument("file", metavar="FILE", type=Path)
    restore.set_defaults(handler=_restore, database_use="creates")  # SQLite: into a new file


def _backup(args: argparse.Namespace, open_context: Callable[[], Any]) -> int:
    from integration_desk.services import backup

    url = settings.choose_database(args.database).url
    try:
        result = backup.backup(url, args.file)
    except backup.BackupError as error:
        return fail(str(error), EXIT_REFUSED)
    contents = result.contents
    print(
        tr(
            "cli",
            "Backup written to {file} and checked: sound, schema {revision}, {rows} rows in {tables} tables "
            "({size} kB in {seconds:.2f} s).",
        ).format(
            file=result.path,
            revision=contents.revision,
            rows=contents.rows,
            tables=contents.tables,
            size=result.size_bytes // 1024,
            seconds=result.seconds,
        )
    )
    return EXIT_OK


def _restore(args: argparse.Namespace, open_context: Callable[[], Any]) -> int:
    from integration_desk.services import backup, restore

    url = settings.choose_database(args.database).url
    try:
        result = restore.restore(url, args.file)
    except backup.BackupError as error:
        return fail(str(error), EXIT_REFUSED)
    contents = result.contents
    print(
        tr(
            "cli",
            "The backup {file} has been restored and checked: schema {revision}, {rows} rows in {tables} tables.",
        ).format(file=args.file.name, revision=contents.revision, rows=contents.rows, tables=contents.tables)
    )
    return EXIT_OK
