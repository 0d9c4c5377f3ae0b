"""Boliger: the room board with the households waiting for a room beside it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from integration_desk.services import housing_allocations as allocations
from integration_desk.services import housing_board
from integration_desk.services.context import AppContext
from integration_desk.services.housing_allocations import AllocationInput
from integration_desk.ui.format import fmt_date
from integration_desk.ui.housing.board import BoardView
from integration_desk.ui.i18n import tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.errors import run_action
from integration_desk.ui.widgets.view import View

C = "HousingView"
ZOOM_DAYS = {"week": 14, "month": 42, "quarter": 91}


class ChangeStayCommand(QUndoCommand):
    """One change of a stay, one transaction; undo writes the old values back (with the new version)."""

    def __init__(
        self, view: HousingView, stay_id: int, version: int, old: AllocationInput, new: AllocationInput
    ) -> None:
        super().__init__(tr(C, "Move stay"))
        self.view, self.stay_id, self.version = view, stay_id, version
        self.old, self.new = old, new
        self.failed = False

    def _write(self, data: AllocationInput) -> None:
        saved = run_action(
            self.view, lambda: allocations.update_allocation(self.view.ctx, self.stay_id, self.version, data)
        )
        if saved is None:
            self.failed = True
            self.setObsolete(True)
            return
        self.version = saved.version
        hub.changed.emit("allocations")

    def redo(self) -> None:
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)


class HousingView(View):
    watches = frozenset(
        {
            "allocations",
            "rooms",
            "housing_units",
            "housing_sites",
            "room_closures",
            "arrival_notices",
            "persons",
        }
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.first = ctx.today() - timedelta(days=7)
        self.undo_stack = QUndoStack(self)
        self.zoom = QComboBox()
        for key, label in (("week", tr(C, "Week")), ("month", tr(C, "Month")), ("quarter", tr(C, "Quarter"))):
            self.zoom.addItem(label, key)
        self.zoom.setCurrentIndex(1)
        self.zoom.currentIndexChanged.connect(lambda _i: self.reload())
        earlier, today, later = QPushButton("◀"), QPushButton(tr(C, "Today")), QPushButton("▶")
        earlier.clicked.connect(lambda: self._shift(-1))
        later.clicked.connect(lambda: self._shift(1))
        today.clicked.connect(self._to_today)
        self.summary = QLabel()
        legend = QLabel(
            tr(
                C,
                "Blue: planned · green: living there · orange: moving out within 14 days · hatched: out of service · red mark: too few free beds",
            )
        )
        legend.setWordWrap(True)
        bar = QHBoxLayout()
        for widget in (QLabel(tr(C, "Zoom:")), self.zoom, earlier, today, later):
            bar.addWidget(widget)
        bar.addWidget(self.summary, 1)
        self.board = BoardView()
        self.board.stay_moved.connect(self._move_stay)
        self.waiting = QListWidget()
        waiting_box = QWidget()
        waiting_layout = QVBoxLayout(waiting_box)
        waiting_layout.setContentsMargins(0, 0, 0, 0)
        waiting_layout.addWidget(QLabel(tr(C, "Waiting for a room")))
        waiting_layout.addWidget(self.waiting)
        split = QSplitter()
        split.addWidget(self.board)
        split.addWidget(waiting_box)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        waiting_box.setMaximumWidth(380)
        split.setSizes([1000, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(legend)
        layout.addWidget(split, 1)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, self.undo_stack.redo)

    def _zoom_key(self) -> str:
        return str(self.zoom.currentData())

    def _shift(self, direction: int) -> None:
        self.first += timedelta(days=direction * ZOOM_DAYS[self._zoom_key()] // 2)
        self.reload()

    def _to_today(self) -> None:
        self.first = self.ctx.today() - timedelta(days=7)
        self.reload()

    def load(self) -> None:
        key = self._zoom_key()
        days = ZOOM_DAYS[key] * 2 + 7
        data = housing_board.load_board(self.ctx, self.first, days)
        self.board.set_board(data, key)
        self.waiting.clear()
        for household in data.waiting:
            state = tr(C, "arrived") if household.arrived else tr(C, "expected")
            item = QListWidgetItem(
                tr(C, "{name} — {n} pers. — {state} {date}").format(
                    name=household.name,
                    n=household.persons,
                    state=state,
                    date=fmt_date(household.expected_on),
                )
            )
            self.waiting.addItem(item)
        if not data.waiting:
            self.waiting.addItem(tr(C, "No household is waiting."))
        self.summary.setText(
            tr(C, "{first} – {last}: {rooms} rooms, {waiting} households waiting").format(
                first=fmt_date(self.first),
                last=fmt_date(self.first + timedelta(days=days - 1)),
                rooms=len(data.rooms),
                waiting=len(data.waiting),
            )
        )

    def _move_stay(
        self, stay_id: int, version: int, room_id: int, starts_on: date, ends_on: date | None
    ) -> None:
        detail = run_action(self, lambda: allocations.get_allocation(self.ctx, stay_id))
        if detail is None:
            return
        old = detail.data
        new = AllocationInput(room_id, old.household_id, old.persons, starts_on, ends_on, old.end_reason)
        # push runs redo (the write); a refused write marks the command obsolete and Qt drops it.
        self.undo_stack.push(ChangeStayCommand(self, stay_id, detail.version, old, new))
