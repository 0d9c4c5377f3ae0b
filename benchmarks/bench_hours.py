"""Hours benchmarks on the scale-10 demo: open a week grid, save a full week, export three years.

The grid figures are measured inside a child process (the service call plus filling the Qt model,
the median of several runs after one warm-up); the export is the whole `integration-desk export
hours` command, its wall time and peak RSS. Saving and exporting run on a copy of the database, so
the shared benchmark database is not changed.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

RUNS = 7


def _child(url: str, today_text: str) -> None:
    """Runs in the child: prints {"open_ms": ..., "save_ms": ..., "rows": ...} as JSON."""
    import os
    from dataclasses import replace
    from datetime import date
    from decimal import Decimal

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from integration_desk.domain.weeks import IsoWeek
    from integration_desk.services import hours
    from integration_desk.services.context import AppContext
    from integration_desk.services.database import open_database
    from integration_desk.services.hours import EntryEdit
    from integration_desk.ui.hours.grid_model import HoursGridModel

    app = QApplication([])
    today = date.fromisoformat(today_text)
    ctx = AppContext(open_database(url), "mette", today=today)
    week = IsoWeek.of(today - timedelta(days=7))
    model = HoursGridModel()
    model.set_grid(hours.load_week(ctx, week))  # warm-up: imports, caches, SQLite pages
    open_times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        grid = hours.load_week(ctx, week)
        model.set_grid(grid)
        open_times.append(time.perf_counter() - started)
    save_times = []
    rows = 0
    for run in range(RUNS + 1):
        grid = hours.load_week(ctx, week)
        less = Decimal("0.5") if run % 2 else Decimal(0)
        edits = [
            EntryEdit(
                r.person_id,
                r.activity_id,
                r.entry_id,
                r.version,
                replace(
                    r.figures,
                    attended=max(
                        Decimal(0),
                        r.figures.planned
                        - r.figures.absent_sick
                        - r.figures.absent_valid
                        - r.figures.absent_unexcused
                        - less,
                    ),
                ),
            )
            for r in grid.rows
            if not r.approved
        ]
        rows = len(edits)
        started = time.perf_counter()
        hours.save_week(ctx, week, edits)
        if run:  # the first save creates the missing entries and warms up
            save_times.append(time.perf_counter() - started)
    app.quit()
    print(
        json.dumps(
            {
                "open_ms": statistics.median(open_times) * 1000,
                "save_ms": statistics.median(save_times) * 1000,
                "rows": rows,
                "grid_rows": len(grid.rows),
            }
        )
    )


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "--child":
    _child(sys.argv[2], sys.argv[3])
    raise SystemExit(0)

from run import DEMO_USER, SCALE, Context, benchmark, log  # noqa: E402


@benchmark("hours")
def hours_figures(ctx: Context) -> dict[str, float | int]:
    from integration_desk.db.demo import demo_today
    from integration_desk.domain.weeks import IsoWeek

    source = Path(ctx.database_url().removeprefix("sqlite:///"))
    today = demo_today(SCALE)
    with tempfile.TemporaryDirectory(prefix="bench-hours-") as folder:
        copy = Path(folder) / "hours.sqlite3"
        shutil.copyfile(source, copy)
        url = f"sqlite:///{copy.as_posix()}"
        grid = ctx.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", url, today.isoformat()], "hours grid"
        )
        measured = json.loads(grid.stdout.strip().splitlines()[-1])
        log(f"hours: week grid of {measured['grid_rows']} rows, {measured['rows']} saved")
        last = IsoWeek.of(today - timedelta(days=7))
        first = IsoWeek.of(last.monday() - timedelta(days=3 * 364))
        script = Path(sys.executable).with_name("integration-desk")
        command = [str(script)] if script.is_file() else [sys.executable, "-m", "integration_desk"]
        out = Path(folder) / "timer.xlsx"
        export = ctx.run(
            [
                *command,
                "--database", url,
                "--user", DEMO_USER,
                "export", "hours", str(out),
                "--from", str(first), "--to", str(last),
            ],
            "export hours",
        )  # fmt: skip
        log(f"hours: {export.stdout.strip()}")
        return {
            "hours_week_open_ms": measured["open_ms"],
            "hours_week_save_ms": measured["save_ms"],
            "hours_week_rows": measured["grid_rows"],
            "hours_export_3y_s": export.seconds,
            "hours_export_3y_peak_mib": export.peak_rss_mib,
        }
