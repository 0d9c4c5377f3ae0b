"""Hearing of other users' writes (issue 7): `changes_poll_sqlite_ms`, `changes_notify_pg_ms`.

SQLite: the cost of one change check as the window's timer makes it every few seconds (row count and
newest ``updated_at`` of every editable table) on a copy of the scale-10 demo database.
PostgreSQL: the round trip from one program's commit to another connection hearing the NOTIFY, on a
fresh database (INTEGRATION_DESK_BENCH_POSTGRES_URL or INTEGRATION_DESK_TEST_POSTGRES_URL names the
server; without one no PostgreSQL figure is made). The database `idesk_bench_changes_<pid>` is
dropped at the end.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from run import Context, Figures, benchmark, log


@benchmark("changes")
def changes_figures(ctx: Context) -> Figures:
    from integration_desk.services import changes
    from integration_desk.services.database import open_database

    ctx.database_url()
    figures: Figures = {}
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "changes.sqlite3"
        shutil.copyfile(ctx.database, copy)
        engine = open_database(f"sqlite:///{copy}")
        tables = changes.editable_tables()
        changes.table_stamps(engine, tables)
        times = []
        for _ in range(max(ctx.repeat, 20)):
            start = time.perf_counter()
            changes.table_stamps(engine, tables)
            times.append(time.perf_counter() - start)
        engine.dispose()
    figures["changes_poll_sqlite_ms"] = statistics.median(times) * 1000
    figures["changes_poll_sqlite_tables"] = len(tables)
    server = os.environ.get("INTEGRATION_DESK_BENCH_POSTGRES_URL") or os.environ.get(
        "INTEGRATION_DESK_TEST_POSTGRES_URL"
    )
    if server:
        figures["changes_notify_pg_ms"] = _notify_round_trip(server, max(ctx.repeat, 20))
    else:
        log("changes: no PostgreSQL server named, NOTIFY round trip not measured")
    return figures


def _notify_round_trip(server: str, repeat: int) -> float:
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from integration_desk.db.engine import make_engine
    from integration_desk.db.models import Household
    from integration_desk.services import changes
    from integration_desk.services.context import AppContext
    from integration_desk.services.database import open_database

    name = f"idesk_bench_changes_{os.getpid()}"
    admin = make_engine(make_url(server).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        engine = open_database(make_url(server).set(database=name).render_as_string(hide_password=False))
        listener = changes.listen_connection(engine)
        app = AppContext(engine, "bench")
        times = []
        for index in range(repeat + 1):
            start = time.perf_counter()
            with app.uow() as uow:
                uow.session.add(Household(display_name=f"Bench {index}"))
                uow.commit()
            heard = list(changes.notified_tables(listener, 2.0, stop_after=1))
            assert heard, "no NOTIFY heard"
            if index:
                times.append(time.perf_counter() - start)
        listener.close()
        engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return statistics.median(times) * 1000
