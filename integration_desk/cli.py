"""`integration-desk [--database URL] [--lang da|en] [--today DATE] [--user NAME] COMMAND ...`

Without a command the GUI starts. Exit codes: 0 done, 1 refused (the command's own rules),
2 unusable arguments or database — always one clear line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, NoReturn

from integration_desk import __version__, i18n, settings
from integration_desk.i18n import tr

if TYPE_CHECKING:
    from integration_desk.services.context import AppContext

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_UNUSABLE = 2
MAX_DEMO_SCALE = 30  # == integration_desk.db.demo.MAX_SCALE (a test keeps them equal)
VIEW_KEYS = ("overview", "calendar", "housing", "people", "contracts", "hours", "reports")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's own exit code is 2 as well
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNUSABLE, f"{self.prog}: {message}\n")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("cli", "not a date in the form YYYY-MM-DD: {text}").format(text=text)
        ) from None


def _size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit() or int(width) < 200 or int(height) < 200:
        raise argparse.ArgumentTypeError(tr("cli", "not a size such as 1600x1000: {text}").format(text=text))
    return int(width), int(height)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="integration-desk", description="Integration Desk")
    parser.add_argument("--version", action="version", version=f"integration-desk {__version__}")
    parser.add_argument(
        "--database", metavar="URL", help="SQLAlchemy URL: sqlite:///FILE or postgresql://..."
    )
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="language of the program (default: da)")
    parser.add_argument(
        "--today", type=_iso_date, metavar="YYYY-MM-DD", help="the date the program treats as today"
    )
    parser.add_argument("--user", metavar="USERNAME", help="act as this user (default: your login name)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = commands.add_parser("gui", help="start the program (the default)")
    # For the start-up benchmark: quit at the first paint, or once the data has been painted.
    gui.add_argument("--quit-after", choices=("paint", "data"), help=argparse.SUPPRESS)

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True, parser_class=_Parser)
    db_commands.add_parser("upgrade", help="run the schema migrations")
    db_commands.add_parser("current", help="print the schema revision")

    seed = commands.add_parser("seed-demo", help="fill an empty database with demo data")
    seed.add_argument("--scale", type=int, default=1, choices=range(1, MAX_DEMO_SCALE + 1), metavar="N")
    seed.add_argument("--seed", type=int, default=1, metavar="S")

    shot = commands.add_parser("screenshot", help="render a view to a PNG")
    shot.add_argument("view", choices=VIEW_KEYS)
    shot.add_argument("--out", required=True, metavar="FILE.png")
    shot.add_argument("--size", type=_size, default=(1600, 1000), metavar="WxH")
    return parser


def _fail(message: str, code: int = EXIT_UNUSABLE) -> int:
    print(f"integration-desk: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    language = args.lang or settings.saved_language() or i18n.DEFAULT_LANGUAGE
    i18n.set_language(language)
    choice = settings.choose_database(args.database)
    username = settings.current_username(args.user)

    def open_context() -> AppContext:
        # Imported on use: the window paints before SQLAlchemy is even loaded.
        from integration_desk.services.context import AppContext
        from integration_desk.services.database import open_database

        return AppContext(open_database(choice.url), username, today=args.today)

    command = args.command or "gui"
    if command == "gui":
        from integration_desk.ui.launch import run_gui

        quit_after = getattr(args, "quit_after", None)
        return run_gui(open_context, language=language, quit_after=quit_after)
    from integration_desk.services.errors import DatabaseSetupError

    handlers: dict[str, Callable[[argparse.Namespace, Callable[[], AppContext]], int]] = {
        "db": _db,
        "seed-demo": _seed_demo,
        "screenshot": _screenshot,
    }
    try:
        return handlers[command](args, open_context)
    except DatabaseSetupError as error:
        return _fail(str(error))


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
    from integration_desk.ui.launch import take_screenshot

    ctx = open_context()
    language = args.lang or settings.saved_language() or i18n.DEFAULT_LANGUAGE
    try:
        take_screenshot(ctx, args.view, args.out, args.size, language)  # type: ignore[arg-type]
    except OSError:
        return _fail(tr("cli", "Cannot write the picture to {path}.").format(path=args.out))
    print(args.out)
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
