"""`db init-roles`, `user add`, `user disable`, `user list`: the team's users and their roles."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import Any

from integration_desk import settings
from integration_desk.cli import EXIT_OK, EXIT_REFUSED, fail
from integration_desk.i18n import tr

ROLE_CHOICES = ("admin", "teamlead", "caseworker", "housing", "readonly")  # == domain.roles.ROLES


def register(commands: Any, export_kinds: Any) -> None:
    user = commands.add_parser("user", help="add, disable and list the users")
    actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a user with a role (on PostgreSQL: a database login)")
    add.add_argument("username", metavar="USERNAME")
    add.add_argument("--role", required=True, choices=ROLE_CHOICES)
    add.add_argument("--name", default="", metavar="TEXT", help="the name shown in the program")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.set_defaults(handler=_add)
    disable = actions.add_parser("disable", help="the user can no longer sign in")
    disable.add_argument("username", metavar="USERNAME")
    disable.set_defaults(handler=_disable)
    actions.add_parser("list", help="the users, their roles and state").set_defaults(handler=_list)


def init_roles(args: argparse.Namespace, open_context: Callable[[], Any]) -> int:
    """`db init-roles`: the group roles and this database's GRANTs (PostgreSQL only; idempotent)."""
    from integration_desk.db.pg_roles import init_roles as run_init_roles
    from integration_desk.services.database import open_database

    url = settings.choose_database(args.database).url
    engine = open_database(url)
    if engine.dialect.name != "postgresql":
        return fail(
            tr("cli", "Roles live in PostgreSQL; a SQLite file is protected by who may open the file."),
            EXIT_REFUSED,
        )
    from sqlalchemy.exc import DBAPIError

    try:
        run_init_roles(engine)
    except DBAPIError as error:
        return fail(
            tr(
                "cli", "The database refused to set up the roles (run this as the database owner): {why}"
            ).format(why=str(error.orig).splitlines()[0]),
            EXIT_REFUSED,
        )
    print(tr("cli", "The group roles and their privileges are in place."))
    return EXIT_OK


def _read_password(from_stdin: bool) -> str | None:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(tr("cli", "Password: "))
    if getpass.getpass(tr("cli", "Password again: ")) != first:
        return None
    return first


def _add(args: argparse.Namespace, open_context: Callable[[], Any]) -> int:
    from integration_desk.domain.errors import DomainError
    from integration_desk.services.users import NewUser, add_user

    password = _read_password(args.password_stdin)
    if password is None:
        return fail(tr("cli", "The two passwords differ."), EXIT_REFUSED)
    ctx = open_context()
    try:
        add_user(ctx, NewUser(args.username, args.name, args.role, password))
    except DomainError as error:
        return fail(str(error), EXIT_REFUSED)
    print(
        tr("cli", "User {name} added with the role {role}.").format(
            name=args.username.lower(), role=args.role
        )
    )
    return EXIT_OK


def _disable(args: argparse.Namespace, open_context: Callable[[], Any]) -> int:
    from integration_desk.domain.errors import DomainError
    from integration_desk.services.users import disable_user

    ctx = open_context()
    try:
        disable_user(ctx, args.username)
    except DomainError as error:
        return fail(str(error), EXIT_REFUSED)
    print(tr("cli", "User {name} can no longer sign in.").format(name=args.username.lower()))
    return EXIT_OK


def _list(args: argparse.Namespace, open_context: Callable[[], Any]) -> int:
    from integration_desk.services.users import list_users

    for user in list_users(open_context()):
        state = "active" if user.active else "disabled"
        print(f"{user.username}\t{user.role}\t{state}\t{user.display_name}")
    return EXIT_OK
