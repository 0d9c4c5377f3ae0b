"""What every use case needs: the database, who is acting, and what day it is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, select

from integration_desk.db.engine import describe
from integration_desk.db.models import User
from integration_desk.db.uow import UnitOfWork
from integration_desk.domain.roles import policy


@dataclass(frozen=True)
class CurrentUser:
    username: str
    display_name: str
    role: str | None
    user_id: int | None

    @property
    def registered(self) -> bool:
        return self.user_id is not None

    @property
    def caseload_id(self) -> int | None:
        """The caseworker whose residents the start page and lists narrow to: a caseworker sees
        their own caseload; a team lead, administrator, housing coordinator or auditor sees all."""
        return self.user_id if self.role == "caseworker" else None


class AppContext:
    """Shared by the GUI, the command line and the tests; holds no session between actions."""

    def __init__(self, engine: Engine, username: str, today: date | None = None) -> None:
        self.engine = engine
        self.username = username
        self._today = today
        self._user: CurrentUser | None = None

    def today(self) -> date:
        return self._today or date.today()

    def uow(self, *, readonly: bool = False) -> UnitOfWork:
        return UnitOfWork(self.engine, self.username, readonly=readonly, policy=policy(self.user.role))

    @property
    def database_description(self) -> str:
        return describe(self.engine.url)

    @property
    def user(self) -> CurrentUser:
        """The signed-in user; looked up again while not registered (an administrator may add them)."""
        if self._user is not None:
            return self._user
        user = self._load_user()
        if user.registered:
            self._user = user
        return user

    def _load_user(self) -> CurrentUser:
        with UnitOfWork(self.engine, self.username, readonly=True) as uow:
            row = uow.session.scalars(select(User).where(User.username == self.username)).one_or_none()
            if row is None:
                return CurrentUser(self.username, self.username, None, None)
            return CurrentUser(row.username, row.display_name, row.role, row.id)
