"""Fixtures shared by every test: an isolated environment, fresh databases on both engines.

PostgreSQL runs when ``INTEGRATION_DESK_TEST_POSTGRES_URL`` names a server (``.ci/run`` sets it);
then a PostgreSQL failure fails the run. Under CI without the variable the run fails: the
PostgreSQL tests must never be skipped silently there.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

# Before anything imports Qt or platformdirs: headless, and nothing of the developer's touched.
_SANDBOX = Path(tempfile.mkdtemp(prefix="integration-desk-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["INTEGRATION_DESK_SETTINGS"] = str(_SANDBOX / "settings.ini")
os.environ.pop("INTEGRATION_DESK_DATABASE_URL", None)

import pytest  # noqa: E402
from sqlalchemy import Engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from integration_desk import i18n  # noqa: E402
from integration_desk.db.engine import make_engine  # noqa: E402
from integration_desk.services.context import AppContext  # noqa: E402
from integration_desk.services.database import open_database  # noqa: E402

POSTGRES_ENV = "INTEGRATION_DESK_TEST_POSTGRES_URL"
DEMO_TODAY = date(2016, 10, 3)
_counter = itertools.count()


def postgres_url() -> str | None:
    return os.environ.get(POSTGRES_ENV) or None


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("CI") and not postgres_url():
        raise pytest.UsageError(f"CI must run the PostgreSQL tests: set {POSTGRES_ENV}")


@pytest.fixture(autouse=True)
def _danish() -> Iterator[None]:
    i18n.set_language("da")
    yield
    i18n.set_language("da")


# --- SQLite: migrate once, copy the file for each test ------------------------------------


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    return path


def fresh_sqlite_url(template: Path, folder: Path) -> str:
    target = folder / f"db{next(_counter)}.sqlite3"
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


# --- PostgreSQL: migrate a template database once, clone it for each test -----------------


def _admin_engine(url: str) -> Engine:
    return make_engine(make_url(url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def _postgres_template() -> Iterator[str | None]:
    base = postgres_url()
    if base is None:
        yield None
        return
    admin = _admin_engine(base)
    name = f"idesk_template_{os.getpid()}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    template_url = make_url(base).set(database=name).render_as_string(hide_password=False)
    open_database(template_url).dispose()
    yield name
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def clone_postgres(template: str, name: str | None = None) -> str:
    base = postgres_url()
    assert base is not None
    name = name or f"idesk_test_{os.getpid()}_{next(_counter)}"
    admin = _admin_engine(base)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    admin.dispose()
    return make_url(base).set(database=name).render_as_string(hide_password=False)


def drop_postgres(url: str) -> None:
    base = postgres_url()
    assert base is not None
    admin = _admin_engine(base)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, _sqlite_template: Path, _postgres_template: str | None
) -> Iterator[str]:
    """A fresh, migrated database with the default rule sets, on each engine."""
    if request.param == "sqlite":
        yield fresh_sqlite_url(_sqlite_template, tmp_path)
        return
    if _postgres_template is None:
        pytest.skip(f"PostgreSQL: set {POSTGRES_ENV} to run")
    url = clone_postgres(_postgres_template)
    yield url
    drop_postgres(url)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = open_database(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def ctx(engine: Engine) -> AppContext:
    return AppContext(engine, "tester", today=DEMO_TODAY)


@pytest.fixture
def sqlite_ctx(tmp_path: Path, _sqlite_template: Path) -> Iterator[AppContext]:
    engine = open_database(fresh_sqlite_url(_sqlite_template, tmp_path))
    yield AppContext(engine, "tester", today=DEMO_TODAY)
    engine.dispose()


# --- The demo municipality, seeded once per session ---------------------------------------


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from integration_desk.db.demo import seed_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    engine = open_database(f"sqlite:///{path}")
    seed_demo(engine, scale=1, seed=1)
    engine.dispose()
    return path


@pytest.fixture
def demo_url(tmp_path: Path, _demo_template: Path) -> str:
    return fresh_sqlite_url(_demo_template, tmp_path)


@pytest.fixture
def demo_ctx(demo_url: str) -> Iterator[AppContext]:
    engine = open_database(demo_url)
    yield AppContext(engine, "mette", today=DEMO_TODAY)
    engine.dispose()


@pytest.fixture
def desk_app(qapp):  # type: ignore[no-untyped-def]
    """The QApplication with the bundled fonts and the Danish translators installed."""
    from integration_desk.ui.application import make_application

    return make_application("da")


@pytest.fixture
def postgres_ctx(_postgres_template: str | None) -> Iterator[AppContext]:
    """A fresh PostgreSQL database only, for behaviour SQLite cannot show."""
    if _postgres_template is None:
        pytest.skip(f"PostgreSQL: set {POSTGRES_ENV} to run")
    url = clone_postgres(_postgres_template)
    engine = open_database(url)
    yield AppContext(engine, "tester", today=DEMO_TODAY)
    engine.dispose()
    drop_postgres(url)


# --- Background operations (ui.ops): views load and save on worker threads ---------------------


@pytest.fixture(autouse=True)
def _operations_finish() -> Iterator[None]:
    """No operation of one test runs on into the next (its database may be gone by then)."""
    yield
    import sys

    ops = sys.modules.get("integration_desk.ui.ops")
    if ops is not None and not ops.idle():
        assert ops.wait(20_000), "background operations still running after the test"


@pytest.fixture
def wait_ops(qtbot):  # type: ignore[no-untyped-def]
    """``wait_ops()``: process events until every background operation has delivered its result."""
    from integration_desk.ui import ops

    def wait(timeout: int = 10_000) -> None:
        qtbot.waitUntil(ops.idle, timeout=timeout)

    return wait
