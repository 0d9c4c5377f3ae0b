"""PostgreSQL logins for the role tests: a unique prefix (the pid), dropped at the end of the session."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from integration_desk.db.engine import make_engine
from tests.conftest import postgres_url

PREFIX = f"t7a{os.getpid()}_"


class Logins:
    """Names of the login roles a test made; all of them are dropped when the session ends."""

    def __init__(self, prefix: str = PREFIX) -> None:
        self.prefix = prefix
        self.made: list[str] = []

    def name(self, role: str) -> str:
        name = f"{self.prefix}{role}{len(self.made)}"
        self.made.append(name)
        return name


@pytest.fixture(scope="session")
def logins() -> Iterator[Logins]:
    made = Logins()
    yield made
    drop_logins(made)


def drop_logins(made: Logins) -> None:
    base = postgres_url()
    if base is None or not made.made:
        return
    engine = make_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        for name in made.made:
            connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    engine.dispose()
