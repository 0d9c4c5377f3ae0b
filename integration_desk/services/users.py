"""The administrator's user list: add a user with a role, disable a user.

On PostgreSQL a user is a database login in one group role (``integration_desk_<role>``); the
login is made and disabled by the SECURITY DEFINER functions of ``db.pg_roles`` in the same
transaction as the audit event. On SQLite a user is a ``users`` row with a scrypt hash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from integration_desk.db.models import AuditAction, User
from integration_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from integration_desk.domain.passwords import check_new_password, hash_password, scram_verifier
from integration_desk.domain.roles import ROLES
from integration_desk.i18n import tr
from integration_desk.services import audit
from integration_desk.services.access import Permission, require
from integration_desk.services.context import AppContext

C = "users"
USERNAME = re.compile(r"^[a-z][a-z0-9_.-]{1,62}$")


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    locked_until: datetime | None
    has_password: bool


@dataclass(frozen=True)
class NewUser:
    username: str
    display_name: str
    role: str
    password: str


def on_postgres(ctx: AppContext) -> bool:
    return ctx.engine.dialect.name == "postgresql"


def list_users(ctx: AppContext) -> list[UserRow]:
    with ctx.uow(readonly=True) as uow:
        rows = uow.session.scalars(select(User).order_by(User.username)).all()
        return [
            UserRow(
                u.id,
                u.username,
                u.display_name,
                u.role,
                u.active,
                u.locked_until,
                bool(u.password_hash) or on_postgres(ctx),
            )
            for u in rows
        ]


def _validate(data: NewUser) -> NewUser:
    username = data.username.strip().lower()
    if not USERNAME.match(username):
        raise ValidationError(
            tr(
                C,
                "A user name is 2-63 small letters, digits, dots, dashes or underscores, starting with a letter.",
            ),
            field="username",
        )
    if data.role not in ROLES:
        raise ValidationError(tr(C, "Choose one of the roles."), field="role")
    check_new_password(data.password)
    return NewUser(username, data.display_name.strip() or username, data.role, data.password)


def add_user(ctx: AppContext, data: NewUser) -> int:
    """Create the user (on PostgreSQL: the login role too); returns the ``users`` id."""
    require(ctx, Permission.MANAGE_USERS)
    data = _validate(data)
    exists = ConflictError(tr(C, "There is already a user called {name}.").format(name=data.username))
    with ctx.uow() as uow:
        session = uow.session
        if session.scalar(select(User.id).where(User.username == data.username)) is not None:
            raise exists
        if on_postgres(ctx):
            try:
                user_id = session.execute(
                    text("SELECT integration_desk_add_user(:u, :d, :r, :p)"),
                    {
                        "u": data.username,
                        "d": data.display_name,
                        "r": data.role,
                        "p": scram_verifier(data.password),
                    },
                ).scalar_one()
            except DBAPIError as error:
                if getattr(error.orig, "sqlstate", None) == "42710":
                    raise exists from None
                raise
        else:
            user = User(
                username=data.username,
                display_name=data.display_name,
                role=data.role,
                password_hash=hash_password(data.password),
                active=True,
                failed_logins=0,
            )
            session.add(user)
            session.flush()
            user_id = user.id
        changes = {
            "username": [None, data.username],
            "role": [None, data.role],
            "password_hash": [None, audit.MASK],
        }
        audit.record(uow, AuditAction.CREATE, "users", user_id, changes=changes)
        uow.commit()
    return int(user_id)


def disable_user(ctx: AppContext, username: str) -> None:
    """The user can no longer sign in (on PostgreSQL: ``ALTER ROLE … NOLOGIN``); their history stays."""
    require(ctx, Permission.MANAGE_USERS)
    with ctx.uow() as uow:
        session = uow.session
        user = session.scalars(select(User).where(User.username == username.strip().lower())).one_or_none()
        if user is None:
            raise NotFoundError(tr(C, "There is no user called {name}.").format(name=username))
        if user.username == ctx.username:
            raise ValidationError(tr(C, "You cannot disable yourself."), field="username")
        if on_postgres(ctx):
            session.execute(text("SELECT integration_desk_disable_user(:u)"), {"u": user.username})
        else:
            user.active = False
        audit.record(uow, AuditAction.UPDATE, "users", user.id, changes={"active": [True, False]})
        uow.commit()
