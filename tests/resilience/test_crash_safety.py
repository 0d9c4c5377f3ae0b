"""A SQLite import killed with SIGKILL leaves a sound file holding all of the import or none of it.

The child process signals on stdout where it stands (inside the transaction, all rows flushed but
not committed; or just after the commit) and then waits on stdin, so the kill lands exactly there:
no sleeps, no timing luck.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from integration_desk.documents.arrivals_xlsx import COLUMNS, write_rows
from tests.conftest import fresh_sqlite_url

HOUSEHOLDS = 1500
ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

from integration_desk.db import uow as uow_module
from integration_desk.db.engine import make_engine
from integration_desk.services.arrivals_import import import_arrivals
from integration_desk.services.context import AppContext

url, path, where = sys.argv[1:4]
flushes = 0


def pause(marker):
    print(marker, flush=True)
    sys.stdin.readline()  # the parent kills us here
    raise SystemExit("not killed")


@event.listens_for(Session, "after_flush_postexec")
def _flushed(session, _context):
    global flushes
    flushes += 1
    if where == "first-flush" and flushes == 1:
        pause("INSIDE")


commit = uow_module.UnitOfWork.commit


def commit_then_maybe_pause(self):
    if where == "before-commit":
        self.session.flush()
        pause("INSIDE")
    commit(self)
    if where == "after-commit":
        pause("COMMITTED")


uow_module.UnitOfWork.commit = commit_then_maybe_pause
ctx = AppContext(make_engine(url), "importer", today=date(2016, 10, 3))
import_arrivals(ctx, Path(path))
print("DONE", flush=True)
"""


@pytest.fixture(scope="module")
def big_workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("import") / "ankomster.xlsx"
    rows = []
    for number in range(HOUSEHOLDS):
        household = f"Familie {number:04d}"
        for given, born, sex in (("Ahmad", date(1980, 5, 1), "M"), ("Rana", date(1984, 2, 3), "K")):
            values = {
                "Reference": f"KILL-{number:04d}",
                "Modtaget": date(2016, 8, 1),
                "Afgørelsesdato": date(2016, 7, 20),
                "Forventet ankomst": date(2016, 9, 20),
                "Asylcenter": "Center Sandholm",
                "Husstand": household,
                "Fornavn": given,
                "Efternavn": f"Haddad{number}",
                "Fødselsdato": born,
                "Køn": sex,
                "Nationalitet": "Syrien",
                "Sprog": "arabisk",
            }
            rows.append([values.get(column) for column in COLUMNS])
    write_rows(path, COLUMNS, rows)
    return path


def _counts(path: Path) -> tuple[str, int, int]:
    connection = sqlite3.connect(path)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        notices = connection.execute("SELECT count(*) FROM arrival_notices").fetchone()[0]
        persons = connection.execute("SELECT count(*) FROM persons").fetchone()[0]
    finally:
        connection.close()
    return integrity, notices, persons


@pytest.mark.parametrize(
    ("where", "marker", "expected"),
    [
        ("first-flush", "INSIDE", (0, 0)),
        ("before-commit", "INSIDE", (0, 0)),
        ("after-commit", "COMMITTED", (HOUSEHOLDS, 2 * HOUSEHOLDS)),
    ],
)
def test_an_import_killed_mid_way_leaves_all_or_nothing(
    tmp_path: Path,
    _sqlite_template: Path,
    big_workbook: Path,
    where: str,
    marker: str,
    expected: tuple[int, int],
) -> None:
    url = fresh_sqlite_url(_sqlite_template, tmp_path)
    database = Path(url.removeprefix("sqlite:///"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, url, str(big_workbook), where],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == marker, child.stderr.read() if child.stderr else line
        if where != "after-commit":
            # Uncommitted pages of a large transaction are already in the WAL file.
            assert Path(f"{database}-wal").exists()
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    integrity, notices, persons = _counts(database)
    assert integrity == "ok"
    assert (notices, persons) == expected
