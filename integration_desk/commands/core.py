"""The core commands: db upgrade/current, seed-demo, screenshot."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from integration_desk import i18n, settings
from integration_desk.cli import EXIT_OK, MAX_DEMO_SCALE, VIEW_KEYS, fail, iso_size
from integration_desk.commands.users import init_roles
from integration_desk.i18n import tr


def register(commands: Any, export_kinds: Any) -> None:
    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser(
        "upgrade", help="run the schema migrations (a new SQLite file is created)"
    ).set_defaults(handler=_db, database_use="creates")
    db_commands.add_parser("current", help="print the schema revision").set_defaults(handler=_db)
    db_commands.add_parser(
        "init-roles", help="PostgreSQL: create the group roles and grant their privileges"
    ).set_defaults(handler=init_roles)

    seed = commands.add_parser("seed-demo", help="fill an empty database with demo data")
    seed.add_argument("--scale", type=int, default=1, choices=range(1, MAX_DEMO_SCALE + 1), metavar="N")
    seed.add_argument("--seed", type=int, default=1, metavar="S")
    seed.set_defaults(handler=_seed_demo, database_use="creates")

    shot = commands.add_parser("screenshot", help="render a view to a PNG")
    shot.add_argument("view", choices=VIEW_KEYS)
    shot.add_argument("--out", required=True, metavar="FILE.png")
    shot.add_argument("--size", type=iso_size, default=(1600, 1000), metavar="WxH")
    shot.set_defaults(handler=_screenshot)


def _db(args: argparse.Namespace, open_context: Callable[[], object]) -> int:
    from integration_desk.db import migrate
    from integration_desk.db.engine import make_engine
    from integration_desk.services.database import open_database

    url = settings.choose_database(args.database).url
    if args.db_command == "upgrade":
        open_database(url)
        print(tr("cli", "The database is at schema {revision}.").format(revision=migrate.SCHEMA_HEAD))
        return EXIT_OK
    revision = migrate.check_not_newer(make_engine(url))
    print(revision or tr("cli", "(empty database)"))
    return EXIT_OK


def _seed_demo(args: argparse.Namespace, open_context: Callable[[], object]) -> int:
    from integration_desk.db.demo import seed_demo
    from integration_desk.services.context import AppContext

    ctx = open_context()
    assert isinstance(ctx, AppContext)
    summary = seed_demo(ctx.engine, scale=args.scale, seed=args.seed)
    if summary is None:
        print(tr("cli", "The database already holds data; the demo data was not added and nothing changed."))
        return EXIT_OK
    print(
        tr(
            "cli",
            "Demo data added: {persons} persons in {households} households, {rooms} rooms, {contracts} contracts, {hours} hour entries. Demo date: {today}.",
        ).format(
            persons=summary.persons,
            households=summary.households,
            rooms=summary.rooms,
            contracts=summary.contracts,
            hours=summary.hour_entries,
            today=summary.today.isoformat(),
        )
    )
    return EXIT_OK


def _screenshot(args: argparse.Namespace, open_context: Callable[[], object]) -> int:
    from integration_desk.ui.launch import ScreenshotError, take_screenshot

    ctx = open_context()
    language = args.lang or settings.saved_language() or i18n.DEFAULT_LANGUAGE
    try:
        take_screenshot(ctx, args.view, args.out, args.size, language)  # type: ignore[arg-type]
    except OSError:
        return fail(tr("cli", "Cannot write the picture to {path}.").format(path=args.out))
    except ScreenshotError as error:
        return fail(
            tr("cli", "The view {view} could not be shown: {error}").format(
                view=args.view, error=error.__cause__
            )
        )
    print(args.out)
    return EXIT_OK
