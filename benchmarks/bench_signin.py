"""Sign-in to a usable window on PostgreSQL with the scale-10 demo: `signin_to_window_pg_ms`.

From pressing "Sign in" (the credentials typed) until the main window shows the overview with its
data painted: the sign-in check, the connection as the user's own login, the schema check, the
LOGIN audit row, the window and the first view's queries. A caseworker (every panel) and a housing
coordinator (the database refuses case data; the window leaves those views out) are measured.

Needs a PostgreSQL server: INTEGRATION_DESK_BENCH_POSTGRES_URL (or INTEGRATION_DESK_TEST_POSTGRES_URL)
names it, e.g. postgresql+psycopg://postgres@127.0.0.1:5432/postgres; without one no figure is made.
The database `idesk_bench_signin_scale10` is seeded once (scale 10) and reused; init-roles is run on
it each time (idempotent); the two logins carry this process's pid and are dropped at the end.
"""

from __future__ import annotations

import json
import os
import sys

from run import SCALE, Context, Figures, benchmark, log

DATABASE = f"idesk_bench_signin_scale{SCALE}"
PASSWORD = "Bench-signin-1"

CHILD = r"""
import json, statistics, sys, time
from integration_desk.db.demo import demo_today
from integration_desk.services.signin import sign_in
from integration_desk.ui.application import make_application
from integration_desk.ui.main_window import MainWindow

url, username, password, scale, repeat = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
app = make_application("da")
today = demo_today(scale)
connects, totals = [], []
for index in range(repeat + 1):  # the first is a warm-up (imports, fonts)
    start = time.perf_counter()
    ctx = sign_in(url, username, password, today=today)
    connected = time.perf_counter()
    window = MainWindow()
    window.persist_state = False
    window.resize(1600, 1000)
    window.show()
    window.attach(ctx)
    app.processEvents()
    window.repaint()
    done = time.perf_counter()
    assert window.current_view() is not None
    if index:
        connects.append((connected - start) * 1000)
        totals.append((done - start) * 1000)
    window.close()
    window.deleteLater()
    app.processEvents()
    ctx.engine.dispose()
print(json.dumps({"connect_ms": statistics.median(connects), "window_ms": statistics.median(totals)}), flush=True)
import os
os._exit(0)
"""


def _server() -> str | None:
    return os.environ.get("INTEGRATION_DESK_BENCH_POSTGRES_URL") or os.environ.get(
        "INTEGRATION_DESK_TEST_POSTGRES_URL"
    )


def _prepare(server: str, ctx: Context) -> str:
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from integration_desk.db.engine import make_engine

    admin = make_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": DATABASE}
        ).first()
        if not exists:
            connection.execute(text(f'CREATE DATABASE "{DATABASE}"'))
    admin.dispose()
    url = make_url(server).set(database=DATABASE).render_as_string(hide_password=False)
    log(f"sign-in: preparing {DATABASE} (seeded once at scale {SCALE}) …")
    script = os.path.join(os.path.dirname(sys.executable), "integration-desk")
    ctx.run(
        [script, "--database", url, "seed-demo", "--scale", str(SCALE)],
        "seed-demo (PostgreSQL)",
        timeout=1800,
    )
    ctx.run([script, "--database", url, "db", "init-roles"], "db init-roles")
    return url


@benchmark("signin")
def signin(ctx: Context) -> Figures:
    server = _server()
    if server is None:
        log("sign-in: no PostgreSQL server named (INTEGRATION_DESK_BENCH_POSTGRES_URL); skipped")
        return {}
    from sqlalchemy import text

    from integration_desk.services.context import AppContext
    from integration_desk.services.database import open_database
    from integration_desk.services.users import NewUser, add_user

    url = _prepare(server, ctx)
    owner = AppContext(open_database(url), "benchmark")
    logins = {role: f"bench_signin_{os.getpid()}_{role}" for role in ("caseworker", "housing")}
    figures: Figures = {}
    try:
        for role, login in logins.items():
            add_user(owner, NewUser(login, f"Benchmark {role}", role, PASSWORD))
            result = ctx.run(
                [sys.executable, "-c", CHILD, url, login, PASSWORD, str(SCALE), str(ctx.repeat)],
                f"sign-in as {role}",
            )
            measured = json.loads(result.stdout.strip().splitlines()[-1])
            suffix = "" if role == "caseworker" else f"_{role}"
            figures[f"signin_to_window_pg{suffix}_ms"] = measured["window_ms"]
            figures[f"signin_connect_pg{suffix}_ms"] = measured["connect_ms"]
    finally:
        with owner.engine.begin() as connection:
            for login in logins.values():
                connection.execute(text("DELETE FROM users WHERE username = :u"), {"u": login})
                connection.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        owner.engine.dispose()
    return figures
