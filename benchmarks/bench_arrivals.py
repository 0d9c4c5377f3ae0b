"""Arrivals benchmarks: the calendar's month view on the scale-10 database, and a 2,000-person import.

`calendar` times switching the main window to Kalender until the month grid has painted (the view
reloads its month from the database each time). `import_arrivals` times `import-arrivals` of a
generated 2,000-person workbook into a copy of the scale-10 database, validation included.
Each runs in a child process (this file run as a script) that prints one JSON object.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from run import DEMO_USER, SCALE, Context, benchmark, log

HERE = Path(__file__).resolve()
REPEAT_SWITCHES = 9
IMPORT_PERSONS = 2000


def _today() -> str:
    from integration_desk.db.demo import demo_today

    return demo_today(SCALE).isoformat()


@benchmark("calendar")
def calendar(ctx: Context) -> dict[str, float | int]:
    result = ctx.run(
        [sys.executable, str(HERE), "calendar", ctx.database_url(), _today()], "calendar month view"
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    log(f"calendar: {figures}")
    return {key: value for key, value in figures.items()}


@benchmark("import_arrivals")
def import_arrivals(ctx: Context) -> dict[str, float | int]:
    ctx.database_url()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.sqlite3"
        shutil.copyfile(ctx.database, copy)
        workbook = Path(folder) / "arrivals.xlsx"
        _write_workbook(workbook, IMPORT_PERSONS)
        script = Path(sys.executable).with_name("integration-desk")
        command = [str(script)] if script.is_file() else [sys.executable, "-m", "integration_desk"]
        argv = [*command, "--database", f"sqlite:///{copy}", "--user", DEMO_USER, "--today", _today()]
        result = ctx.run([*argv, "import-arrivals", str(workbook)], "import-arrivals (2,000 persons)")
        if "2000 personer" not in result.stdout and "2000 persons" not in result.stdout:
            raise RuntimeError(f"import did not import everything: {result.stdout[-400:]}")
        return {"import_2000_persons_s": result.seconds}


def _write_workbook(path: Path, persons: int) -> None:
    """Households of 1-5 persons with text and real dates, CPR numbers with and without the dash."""
    import datetime as dt

    import openpyxl

    from integration_desk.documents.arrivals_xlsx import COLUMNS

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Ankomster"
    sheet.append(list(COLUMNS))
    person = household = 0
    received = dt.date(2025, 9, 1)
    while person < persons:
        household += 1
        size = min(1 + household % 5, persons - person)
        expected = received + dt.timedelta(days=35 + household % 20)
        for member in range(size):
            person += 1
            birth = dt.date(1960 + person % 40, 1 + person % 12, 1 + person % 28)
            cpr = f"{birth:%d%m%y}{'-' if person % 2 else ''}{9000 + person % 1000:04d}"
            sheet.append(
                [
                    f"BENCH-{household:05d}",
                    received.strftime("%d-%m-%Y") if household % 2 else dt.datetime(2025, 9, 1),
                    "15.08.2025",
                    expected.isoformat(),
                    "Center Sandholm",
                    f"Husstand {household}",
                    f"Fornavn{person}",
                    "Efternavn" if member else "Hovedperson",
                    birth,
                    "K" if person % 2 else "M",
                    "Syrien",
                    "arabisk",
                    cpr if person % 3 == 0 else None,  # CPR numbers must be unique: only a third have one
                    f"B-{person:06d}",
                    "nej",
                ]
            )
    book.save(path)


def _child_calendar(url: str, today: str) -> None:
    import datetime as dt

    from PySide6.QtCore import QEvent, QObject

    from integration_desk.services.context import AppContext
    from integration_desk.services.database import open_database
    from integration_desk.ui.application import make_application
    from integration_desk.ui.main_window import MainWindow

    app = make_application("da", offscreen=True)
    ctx = AppContext(open_database(url), DEMO_USER, today=dt.date.fromisoformat(today))
    window = MainWindow(ctx)
    window.persist_state = False
    window.resize(1600, 1000)
    window.show()
    for _ in range(5):
        app.processEvents()
    painted: list[float] = []

    class Watch(QObject):
        """Paints of the calendar's grid; the view is built on its first showing, so watch the app."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            view = window.views.get("calendar")
            if event.type() == QEvent.Type.Paint and view is not None and watched is view.grid:  # type: ignore[attr-defined]
                painted.append(time.perf_counter())
            return False

    watch = Watch()
    app.installEventFilter(watch)
    times: list[float] = []
    items = 0
    for _ in range(REPEAT_SWITCHES + 1):
        window.show_view("overview")
        app.processEvents()
        view = window.views.get("calendar")
        if view is not None:
            view._stale = True  # a real switch: the month is fetched again  # type: ignore[attr-defined]
        painted.clear()
        start = time.perf_counter()
        window.show_view("calendar")
        while not painted:
            app.processEvents()
        times.append((painted[0] - start) * 1000)
        items = len(window.views["calendar"].items)  # type: ignore[attr-defined]
    first, rest = times[0], times[1:]
    print(
        json.dumps(
            {
                "calendar_month_view_ms": statistics.median(rest),
                "calendar_month_view_first_ms": first,
                "calendar_month_items": items,
            }
        )
    )
    app.removeEventFilter(watch)
    window.close()
    sys.stdout.flush()
    os._exit(0)  # PySide6's teardown of the app-wide event filter can abort at exit


if __name__ == "__main__":
    if sys.argv[1:2] == ["calendar"]:
        _child_calendar(sys.argv[2], sys.argv[3])
