"""The set-up tests' PostgreSQL: a fresh database name and unique logins, all dropped afterwards."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from integration_desk.db.engine import make_engine
from integration_desk.services.setup import PostgresTarget
from tests.conftest import POSTGRES_ENV, postgres_url

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
    b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00"
    b"IEND\xaeB`\x82"
)


@dataclass
class PostgresSetup:
    """Where a set-up test may create its database, and the names it must drop afterwards."""

    host: str
    port: int
    username: str
    password: str
    database: str
    logins: list[str] = field(default_factory=list)

    def target(self, **changes: object) -> PostgresTarget:
        values: dict[str, object] = {
            "host": self.host,
            "port": self.port,
            "database": self.database,
            "username": self.username,
            "password": self.password,
        }
        values.update(changes)
        return PostgresTarget(**values)  # type: ignore[arg-type]

    def login(self, stem: str = "admin") -> str:
        name = f"wiz{stem}{secrets.token_hex(4)}"
        self.logins.append(name)
        return name


@pytest.fixture
def pg_setup() -> Iterator[PostgresSetup]:
    base = postgres_url()
    if base is None:
        pytest.skip(f"PostgreSQL: set {POSTGRES_ENV} to run")
    url = make_url(base)
    setup = PostgresSetup(
        host=url.host or "127.0.0.1",
        port=url.port or 5432,
        username=url.username or "postgres",
        password=url.password or "",
        database=f"idesk_wizard_{secrets.token_hex(4)}",
    )
    yield setup
    admin = make_engine(url.set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{setup.database}" WITH (FORCE)'))
        for name in setup.logins:
            connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    admin.dispose()
