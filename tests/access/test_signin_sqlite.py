"""Sign-in on SQLite: the users table's scrypt hash, five failures lock for 15 minutes, all logged."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, update

from integration_desk.cli import main
from integration_desk.db.models import AuditEvent, TeamSetting, User
from integration_desk.db.uow import UnitOfWork
from integration_desk.domain.errors import ConflictError, ValidationError
from integration_desk.domain.passwords import verify_password
from integration_desk.services.context import AppContext
from integration_desk.services.signin import SignInRefused, sign_in, sign_in_required
from integration_desk.services.users import NewUser, add_user, disable_user

PASSWORD = "Hemmelig-123"


def _url(ctx: AppContext) -> str:
    return ctx.engine.url.render_as_string(hide_password=False)


def _actions(ctx: AppContext, username: str) -> list[str]:
    with UnitOfWork(ctx.engine, "test", readonly=True) as uow:
        query = select(AuditEvent.action).where(AuditEvent.username == username).order_by(AuditEvent.id)
        return list(uow.session.scalars(query))


def _user(ctx: AppContext, username: str) -> User:
    with UnitOfWork(ctx.engine, "test", readonly=True) as uow:
        return uow.session.scalars(select(User).where(User.username == username)).one()


def test_sign_in_checks_the_password_hash(sqlite_ctx: AppContext) -> None:
    assert not sign_in_required(_url(sqlite_ctx))  # nobody has a password yet: the OS login is used
    add_user(sqlite_ctx, NewUser("hanne", "Hanne Holm", "caseworker", PASSWORD))
    assert sign_in_required(_url(sqlite_ctx))
    stored = _user(sqlite_ctx, "hanne")
    assert (
        stored.password_hash
        and stored.password_hash.startswith("scrypt$")
        and PASSWORD not in stored.password_hash
    )
    assert verify_password(PASSWORD, stored.password_hash)
    ctx = sign_in(_url(sqlite_ctx), "hanne", PASSWORD, today=sqlite_ctx.today())
    assert (ctx.username, ctx.user.role) == ("hanne", "caseworker")
    ctx.engine.dispose()
    with pytest.raises(SignInRefused, match="Forkert brugernavn eller adgangskode"):
        sign_in(_url(sqlite_ctx), "hanne", "forkert-kode")
    with pytest.raises(SignInRefused, match="Forkert"):
        sign_in(_url(sqlite_ctx), "ingen", PASSWORD)
    assert _actions(sqlite_ctx, "hanne")[-2:] == ["login", "login_failed"]
    assert _actions(sqlite_ctx, "ingen") == ["login_failed"]


def test_five_failures_lock_for_fifteen_minutes(sqlite_ctx: AppContext) -> None:
    add_user(sqlite_ctx, NewUser("hanne", "", "caseworker", PASSWORD))
    url = _url(sqlite_ctx)
    for _ in range(4):
        with pytest.raises(SignInRefused, match="Forkert"):
            sign_in(url, "hanne", "forkert-kode")
    with pytest.raises(SignInRefused, match="spærret"):
        sign_in(url, "hanne", "forkert-kode")
    with pytest.raises(SignInRefused, match="spærret"):
        sign_in(url, "hanne", PASSWORD)  # the right password does not help while locked
    user = _user(sqlite_ctx, "hanne")
    assert user.failed_logins == 5 and user.locked_until is not None
    locked_until = user.locked_until.replace(tzinfo=None) if user.locked_until.tzinfo else user.locked_until
    now = datetime.now().astimezone().replace(tzinfo=None)
    assert timedelta(minutes=14) < locked_until - now <= timedelta(minutes=15)
    assert _actions(sqlite_ctx, "hanne") == ["login_failed"] * 6
    with UnitOfWork(sqlite_ctx.engine, "test") as uow:  # a quarter of an hour later
        uow.session.execute(
            update(User)
            .where(User.username == "hanne")
            .values(locked_until=datetime.now() - timedelta(minutes=1))
        )
        uow.commit()
    sign_in(url, "hanne", PASSWORD).engine.dispose()
    user = _user(sqlite_ctx, "hanne")
    assert (user.failed_logins, user.locked_until) == (0, None)
    assert _actions(sqlite_ctx, "hanne")[-1] == "login"


def test_the_limit_and_the_lock_time_are_team_settings(sqlite_ctx: AppContext) -> None:
    add_user(sqlite_ctx, NewUser("hanne", "", "caseworker", PASSWORD))
    with UnitOfWork(sqlite_ctx.engine, "test") as uow:
        uow.session.add_all(
            [
                TeamSetting(key="signin.max_failures", value="2"),
                TeamSetting(key="signin.lock_minutes", value="60"),
            ]
        )
        uow.commit()
    with pytest.raises(SignInRefused, match="Forkert"):
        sign_in(_url(sqlite_ctx), "hanne", "forkert-kode")
    with pytest.raises(SignInRefused, match="spærret"):
        sign_in(_url(sqlite_ctx), "hanne", "forkert-kode")
    locked = _user(sqlite_ctx, "hanne").locked_until
    assert locked is not None
    assert locked.replace(tzinfo=None) - datetime.now() > timedelta(minutes=59)


def test_a_disabled_user_cannot_sign_in(sqlite_ctx: AppContext) -> None:
    add_user(sqlite_ctx, NewUser("hanne", "", "caseworker", PASSWORD))
    disable_user(sqlite_ctx, "hanne")
    with pytest.raises(SignInRefused):
        sign_in(_url(sqlite_ctx), "hanne", PASSWORD)


def test_new_users_are_checked(sqlite_ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="mindst 8 tegn"):
        add_user(sqlite_ctx, NewUser("hanne", "", "caseworker", "kort"))
    with pytest.raises(ValidationError, match="brugernavn"):
        add_user(sqlite_ctx, NewUser("Hanne Holm", "", "caseworker", PASSWORD))
    with pytest.raises(ValidationError):
        add_user(sqlite_ctx, NewUser("hanne", "", "superuser", PASSWORD))
    add_user(sqlite_ctx, NewUser("hanne", "", "caseworker", PASSWORD))
    with pytest.raises(ConflictError):
        add_user(sqlite_ctx, NewUser("hanne", "", "housing", PASSWORD))


def test_user_commands(
    sqlite_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    url = _url(sqlite_ctx)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert (
        main(
            [
                "--database",
                url,
                "--user",
                "setup",
                "user",
                "add",
                "Lars",
                "--role",
                "housing",
                "--password-stdin",
            ]
        )
        == 0
    )
    assert "lars" in capsys.readouterr().out
    assert (_user(sqlite_ctx, "lars").role, _user(sqlite_ctx, "lars").active) == ("housing", True)
    assert (
        main(["--database", url, "--user", "lars", "user", "disable", "setup"]) == 1
    )  # not an administrator
    assert "Kun en administrator" in capsys.readouterr().err
    assert main(["--database", url, "--user", "setup", "user", "disable", "lars"]) == 0
    assert _user(sqlite_ctx, "lars").active is False
    assert main(["--database", url, "db", "init-roles"]) == 1
    assert "SQLite" in capsys.readouterr().err
