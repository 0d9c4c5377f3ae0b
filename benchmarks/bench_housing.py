"""The room board against the scale-10 demo (about 400 rooms): open, repaint while scrolling, move commit.

Runs in a child process so Qt starts clean; the window is quarter zoom (a 90-day window and more).
"""

from __future__ import annotations

import json
import sys

from run import DEMO_USER, SCALE, Context, Figures, benchmark

CHILD = r"""
import json, shutil, statistics, sys, tempfile, time
from datetime import timedelta
from pathlib import Path
from PySide6.QtWidgets import QApplication
from integration_desk.db.demo import demo_today
from integration_desk.services.context import AppContext
from integration_desk.services.database import open_database
from integration_desk.services import housing_allocations as allocations, housing_board
from integration_desk.services.housing_allocations import AllocationInput
from integration_desk.ui.application import make_application
from integration_desk.ui.housing.view import HousingView

source, user, scale = sys.argv[1], sys.argv[2], int(sys.argv[3])
copy = Path(tempfile.mkdtemp()) / "bench.sqlite3"
shutil.copyfile(source, copy)
app = make_application("da")
ctx = AppContext(open_database(f"sqlite:///{copy}"), user, today=demo_today(scale))
view = HousingView(ctx)
view.zoom.setCurrentIndex(2)  # quarter: a 90-day window and more
view.resize(1600, 1000)
view.show()
app.processEvents()
opens = []
for _ in range(5):
    start = time.perf_counter()
    view.reload()
    view.board.viewport().repaint()
    opens.append((time.perf_counter() - start) * 1000)
board = view.board
bar = board.horizontalScrollBar()
frames = []
for step in range(30):
    bar.setValue(step * 20)
    board.verticalScrollBar().setValue(step * 40)
    start = time.perf_counter()
    board.viewport().repaint()
    frames.append((time.perf_counter() - start) * 1000)
stays = [s for s in housing_board.load_board(ctx, ctx.today(), 1).stays if s.ends_on is not None]
commits = []
for stay in stays[:10]:
    detail = allocations.get_allocation(ctx, stay.id)
    data = detail.data
    shorter = AllocationInput(data.room_id, data.household_id, data.persons, data.starts_on,
                              data.ends_on - timedelta(days=1), data.end_reason)
    start = time.perf_counter()
    allocations.update_allocation(ctx, stay.id, detail.version, shorter)
    commits.append((time.perf_counter() - start) * 1000)
print(json.dumps({
    "housing_board_open_ms": statistics.median(opens),
    "housing_board_repaint_ms": statistics.median(frames),
    "housing_move_commit_ms": statistics.median(commits) if commits else -1,
}), flush=True)
import os
os._exit(0)  # skip interpreter teardown: PySide's scene finalisation is not what is measured
"""


@benchmark("housing")
def housing(ctx: Context) -> Figures:
    database = ctx.database_url().removeprefix("sqlite:///")
    result = ctx.run([sys.executable, "-c", CHILD, database, DEMO_USER, str(SCALE)], "housing board")
    figures: Figures = json.loads(result.stdout.strip().splitlines()[-1])
    return figures
