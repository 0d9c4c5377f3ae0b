"""Each report over the last three years of the scale-10 demo (target: 500 ms each), median of 5.

Runs in a child process on a copy of the database; the first run of each report is a warm-up.
"""

from __future__ import annotations

import json
import sys

from run import DEMO_USER, SCALE, Context, Figures, benchmark

CHILD = r"""
import json, shutil, statistics, sys, tempfile, time
from datetime import timedelta
from pathlib import Path
from integration_desk.db.demo import demo_today
from integration_desk.domain.deadlines import add_months
from integration_desk.services.context import AppContext
from integration_desk.services.database import open_database
from integration_desk.services.reports import REPORT_NAMES, run_report

source, user, scale = sys.argv[1], sys.argv[2], int(sys.argv[3])
copy = Path(tempfile.mkdtemp()) / "bench.sqlite3"
shutil.copyfile(source, copy)
ctx = AppContext(open_database(f"sqlite:///{copy}"), user, today=demo_today(scale))
last = ctx.today().replace(day=1) - timedelta(days=1)
first = add_months(last.replace(day=1), -35)
figures = {}
for name in REPORT_NAMES:
    run_report(ctx, name, first, last)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        run_report(ctx, name, first, last)
        times.append((time.perf_counter() - start) * 1000)
    figures[f"report_{name}_3y_ms"] = statistics.median(times)
print(json.dumps(figures), flush=True)
"""


@benchmark("reports")
def reports(ctx: Context) -> Figures:
    database = ctx.database_url().removeprefix("sqlite:///")
    result = ctx.run([sys.executable, "-c", CHILD, database, DEMO_USER, str(SCALE)], "reports")
    figures: Figures = json.loads(result.stdout.strip().splitlines()[-1])
    return figures
