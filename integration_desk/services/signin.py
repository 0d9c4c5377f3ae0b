"""Signing in: a user name and a password give an ``AppContext``, or a refusal that is logged.

SQLite: the password is checked against ``users.password_hash``. PostgreSQL: the app connects as
the user's own login (the database checks the password and, from then on, the role's GRANTs);
the lock after repeated failures is kept by the database (see ``db.pg_roles``), through the
``integration_desk_signin`` login, since a failed password leaves no connection of the user's own.
Five failures (``team_settings`` ``signin.max_failures``) lock the user for 15 minutes
(``signin.lock_minutes``); every failure is an ``login_failed`` audit event, a success ``login``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import Engine, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import NullPool

from integration_desk.db.engine import describe, make_engine, parse_database_url
from integration_desk.db.errors import DatabaseUnreachable
from integration_desk.db.models import AuditAction, TeamSetting, User
from integration_desk.db.pg_roles import (
    DEFAULT_LOCK_MINUTES,
    DEFAULT_MAX_FAILURES,
    LOCK_MINUTES_KEY,
    MAX_FAILURES_KEY,
    SIGNIN_ROLE,
)
from integration_desk.db.uow import UnitOfWork
from integration_desk.domain.errors import DomainError
from integration_desk.domain.passwords import verify_password
from integration_desk.i18n import tr
from integration_desk.services import audit
from integration_desk.services.context import AppContext
from integration_desk.services.database import open_database

C = "signin"
_AUTH_SQLSTATES = {"28P01", "28000"}  # invalid_password, invalid_authorization_specification


class SignInRefused(DomainError):
    """Wrong name or password, a locked or disabled user: the message says which as far as it may."""


def _wrong() -> SignInRefused:
    return SignInRefused(tr(C, "Wrong user name or password."))


def _locked(until: datetime) -> SignInRefused:
    local = until.astimezone().strftime("%H:%M")
    return SignInRefused(
        tr(C, "Too many failed sign-ins: the user is locked until {time}.").format(time=local)
    )


def describe_database(url: str) -> str:
    """Where the sign-in goes, for the dialog (server and database, no password)."""
    parsed = parse_database_url(url)
    if parsed.get_backend_name() == "sqlite":
        return describe(parsed)
    return f"PostgreSQL: {parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"


def is_postgres(url: str) -> bool:
    return parse_database_url(url).get_backend_name() == "postgresql"


def sign_in_required(url: str) -> bool:
    """PostgreSQL always; SQLite once some user has a password (before that, the OS login is used)."""
    if is_postgres(url):
        return True
    engine = open_database(url)
    try:
        with UnitOfWork(engine, "system", readonly=True) as uow:
            found = uow.session.scalar(select(User.id).where(User.password_hash.is_not(None)).limit(1))
        return found is not None
    finally:
        engine.dispose()


def sign_in(url: str, username: str, password: str, *, today: date | None = None) -> AppContext:
    """An ``AppContext`` for the user, or ``SignInRefused`` (or ``DatabaseSetupError``)."""
    username = username.strip()
    if not username or not password:
        raise _wrong()
    if is_postgres(url):
        return _sign_in_postgres(parse_database_url(url), username, password, today)
    engine = open_database(url)
    try:
        _check_sqlite(engine, username, password)
    except BaseException:
        engine.dispose()
        raise
    return AppContext(engine, username, today=today)


# --- SQLite: the users table is the whole story --------------------------------------------


def _setting(uow: UnitOfWork, key: str, default: int) -> int:
    value = uow.session.scalar(select(TeamSetting.value).where(TeamSetting.key == key))
    try:
        return int(value) if value else default
    except ValueError:
        return default


def _check_sqlite(engine: Engine, username: str, password: str) -> None:
    now = datetime.now().astimezone()
    refusal: SignInRefused | None = None
    with UnitOfWork(engine, username) as uow:
        user = uow.session.scalars(select(User).where(User.username == username)).one_or_none()
        user_id = user.id if user is not None else None
        locked_until = user.locked_until if user is not None else None
        if locked_until is not None and locked_until.tzinfo is None:
            locked_until = locked_until.replace(tzinfo=now.tzinfo)  # SQLite keeps no offset
        if user is not None and locked_until is not None and locked_until > now:
            refusal = _locked(locked_until)
        elif user is None or not user.active or not verify_password(password, user.password_hash):
            refusal = _wrong()
            if user is not None:
                user.failed_logins = (user.failed_logins or 0) + 1
                if user.failed_logins >= _setting(uow, MAX_FAILURES_KEY, DEFAULT_MAX_FAILURES):
                    minutes = _setting(uow, LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES)
                    user.locked_until = now + timedelta(minutes=minutes)
                    refusal = _locked(user.locked_until)
        else:
            user.failed_logins = 0
            user.locked_until = None
        action = AuditAction.LOGIN if refusal is None else AuditAction.LOGIN_FAILED
        audit.record(uow, action, "users", user_id)
        uow.commit()
    if refusal is not None:
        raise refusal


# --- PostgreSQL: the database checks the password and keeps the lock -----------------------


def _signin_engine(url: URL) -> Engine:
    return make_engine(url.set(username=SIGNIN_ROLE, password=None), poolclass=NullPool)


def _call_signin(url: URL, function: str, username: str) -> datetime | None:
    """Run one sign-in function as ``integration_desk_signin``; None when that login is not set up."""
    engine = _signin_engine(url)
    try:
        with engine.begin() as connection:
            value = connection.execute(text(f"SELECT {function}(:u)"), {"u": username}).scalar()
            return value if isinstance(value, datetime) else None
    except DBAPIError:
        return None  # init-roles not run on this server: the database's password check still holds
    finally:
        engine.dispose()


def _is_auth_failure(error: BaseException) -> bool:
    cause = error.__cause__ or error.__context__
    while cause is not None and not hasattr(cause, "sqlstate"):
        cause = cause.__cause__ or cause.__context__
    state = getattr(cause, "sqlstate", None)
    if state in _AUTH_SQLSTATES:
        return True
    message = str(cause or error)
    return "password authentication failed" in message or "not permitted to log in" in message


def _sign_in_postgres(url: URL, username: str, password: str, today: date | None) -> AppContext:
    locked = _call_signin(url, "integration_desk_sign_in_check", username)
    if locked is not None:
        raise _locked(locked)
    user_url = url.set(username=username, password=password)
    try:
        engine = open_database(user_url.render_as_string(hide_password=False))
    except DatabaseUnreachable as error:
        if not _is_auth_failure(error):
            raise
        locked = _call_signin(url, "integration_desk_sign_in_failed", username)
        raise (_locked(locked) if locked is not None else _wrong()) from None
    except OperationalError as error:
        if not _is_auth_failure(error):
            raise
        raise _wrong() from None
    _signed_in(engine, username)
    return AppContext(engine, username, today=today)


def _signed_in(engine: Engine, username: str) -> None:
    """Reset the failure count and log the sign-in (through the database's function when set up)."""
    with UnitOfWork(engine, username) as uow:
        if uow.session.execute(text("SELECT to_regproc('integration_desk_signed_in')")).scalar() is not None:
            uow.session.execute(text("SELECT integration_desk_signed_in()"))
        else:
            user_id = uow.session.scalar(select(User.id).where(User.username == username))
            audit.record(uow, AuditAction.LOGIN, "users", user_id)
        uow.commit()
