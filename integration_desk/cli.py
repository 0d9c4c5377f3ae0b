"""`integration-desk [--database URL] [--lang da|en] [--today DATE] [--user NAME] COMMAND ...`

Without a command the GUI starts. Exit codes: 0 done, 1 refused (the command's own rules),
2 unusable arguments or database — always one clear line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, NoReturn

from integration_desk import __version__, i18n, settings
from integration_desk.i18n import tr

if TYPE_CHECKING:
    from integration_desk.services.context import AppContext

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_UNUSABLE = 2
#: Modules that add commands: each has ``register(commands, export_kinds)`` and sets ``handler``.
COMMAND_MODULES = (
    "integration_desk.commands.core",
    "integration_desk.commands.arrivals",
    "integration_desk.commands.contracts",
    "integration_desk.commands.hours",
    "integration_desk.commands.housing",
    "integration_desk.commands.reports",
    "integration_desk.commands.users",
    "integration_desk.commands.audit",
    "integration_desk.commands.maintenance",
)
#: What a command does with its database, ``set_defaults(database_use=...)``: "existing" (the default)
#: refuses a SQLite file that does not exist, creating nothing; "creates" makes a missing one
#: (seed-demo, db upgrade, restore); "none" opens no database. Checked once, in ``main``.
MAX_DEMO_SCALE = 30  # == integration_desk.db.demo.MAX_SCALE (a test keeps them equal)
VIEW_KEYS = ("overview", "calendar", "housing", "people", "contracts", "hours", "reports")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's own exit code is 2 as well
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNUSABLE, f"{self.prog}: {message}\n")


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("cli", "not a date in the form YYYY-MM-DD: {text}").format(text=text)
        ) from None


def iso_size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit() or int(width) < 200 or int(height) < 200:
        raise argparse.ArgumentTypeError(tr("cli", "not a size such as 1600x1000: {text}").format(text=text))
    return int(width), int(height)


class _ExportKinds:
    """``export WHAT``: the ``export`` command appears once some module registers a kind."""

    def __init__(self, commands: Any) -> None:
        self._commands = commands
        self._kinds: Any = None

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        if self._kinds is None:
            export = self._commands.add_parser("export", help="write data to an Excel file")
            self._kinds = export.add_subparsers(dest="export_kind", metavar="WHAT", required=True)
        parser: argparse.ArgumentParser = self._kinds.add_parser(name, **kwargs)
        return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="integration-desk", description="Integration Desk")
    parser.add_argument("--version", action="version", version=f"integration-desk {__version__}")
    parser.add_argument(
        "--database", metavar="URL", help="SQLAlchemy URL: sqlite:///FILE or postgresql://..."
    )
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="language of the program (default: da)")
    parser.add_argument(
        "--today", type=iso_date, metavar="YYYY-MM-DD", help="the date the program treats as today"
    )
    parser.add_argument("--user", metavar="USERNAME", help="act as this user (default: your login name)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = commands.add_parser("gui", help="start the program (the default)")
    # For the start-up benchmark: quit at the first paint, or once the data has been painted.
    gui.add_argument("--quit-after", choices=("paint", "data"), help=argparse.SUPPRESS)

    export_kinds = _ExportKinds(commands)
    for module in COMMAND_MODULES:
        importlib.import_module(module).register(commands, export_kinds)
    return parser


def fail(message: str, code: int = EXIT_UNUSABLE) -> int:
    print(f"integration-desk: {message}", file=sys.stderr)
    return code


def _named_by(choice: settings.DatabaseChoice) -> str:
    if choice.source == "option":
        return "--database"
    if choice.source == "environment":
        return settings.ENV_DATABASE_URL
    file = settings.machine_settings_file() if choice.source == "machine" else settings.settings_file()
    return tr("cli", "the settings file {file}").format(file=file)


def refuse_missing_database(choice: settings.DatabaseChoice) -> None:
    """Raise ``DatabaseMissing`` when the chosen SQLite file does not exist (nothing is created):
    a mistyped path must not open the program on a new, empty database."""
    from integration_desk.services.database import missing_sqlite_file
    from integration_desk.services.errors import DatabaseMissing

    missing = missing_sqlite_file(choice.url)
    if missing is None:
        return
    if choice.source == "default":
        raise DatabaseMissing(
            tr(
                "cli",
                "No database has been set up yet ({path}). Start Integration Desk to set one up, "
                "or name one with --database.",
            ).format(path=missing)
        )
    raise DatabaseMissing(
        tr(
            "cli",
            "The database does not exist: {path} (named by {source}). Nothing was created; check the "
            "name, or make a new database with db upgrade.",
        ).format(path=missing, source=_named_by(choice))
    )


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
        from integration_desk.ui.display import display_problem

        problem = display_problem()  # before Qt, whose own answer is an abort with many lines
        if problem is not None:
            return fail(problem)
        from integration_desk.ui.launch import SignIn, create_missing_database, run_gui, run_setup

        if settings.needs_setup(choice):  # no database named anywhere: the set-up wizard first
            suggested = run_setup(language)
            if suggested is None:
                return EXIT_OK
            choice = settings.choose_database(args.database)
            username = suggested or username  # the administrator just made signs in first
        elif not create_missing_database(choice.url, language):  # asks when the named file is missing
            return EXIT_UNUSABLE
        quit_after = getattr(args, "quit_after", None)
        # --user (or INTEGRATION_DESK_USER) is the demo's and the tests' way in: no dialog.
        sign_in = None
        if settings.explicit_username(args.user) is None:
            sign_in = SignIn(choice.url, open_context, username=username, today=args.today)
        return run_gui(
            open_context, language=language, quit_after=quit_after, sign_in=sign_in, database_url=choice.url
        )
    from integration_desk.services.errors import DatabaseSetupError, DatabaseUnavailable

    try:
        if getattr(args, "database_use", "existing") == "existing":
            refuse_missing_database(choice)
        code: int = args.handler(args, open_context)
    except DatabaseUnavailable:
        # Not the editors' "kept and saved when the connection is back": this command has ended.
        return fail(
            tr(
                "cli",
                "The connection to the database was lost: the command's work was not saved. "
                "Running the command again is safe.",
            )
        )
    except DatabaseSetupError as error:
        return fail(str(error))
    return code


if __name__ == "__main__":
    raise SystemExit(main())
