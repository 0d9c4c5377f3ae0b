"""Boliger: the room board with the households waiting for a room beside it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from integration_desk.domain.housing_planning import Suggestion
from integration_desk.services import housing_allocations as allocations
from integration_desk.services import housing_board, housing_export
from integration_desk.services.access import Permission, can
from integration_desk.services.context import AppContext
from integration_desk.services.housing_allocations import AllocationInput
from integration_desk.services.housing_board import Board, BoardStay
from integration_desk.ui.format import fmt_date, fmt_period
from integration_desk.ui.housing.board import BoardView
from integration_desk.ui.housing.commands import ServiceCommand
from integration_desk.ui.housing.dialogs import (
    AllocateDialog,
    EndStayDialog,
    PeriodDialog,
    SplitDialog,
    StayDialog,
)
from integration_desk.ui.housing.register import RegisterButton
from integration_desk.ui.housing.waiting import HOUSEHOLD_ROLE, WaitingList
from integration_desk.ui.housing.words import households_waiting_text, rooms_text
from integration_desk.ui.i18n import tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.elided_label import ElidedLabel
from integration_desk.ui.widgets.errors import run_action
from integration_desk.ui.widgets.file_dialogs import EXCEL, save_file
from integration_desk.ui.widgets.view import View

PERSON_ROLE = Qt.ItemDataRole.UserRole + 2


C = "HousingView"
ZOOM_DAYS = {"week": 14, "month": 42, "quarter": 91}


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
        self.summary = ElidedLabel()
        legend = QLabel(
            tr(
                C,
                "Blue: planned · green: living there · orange: moving out within 14 days · hatched: out of service · red mark: too few free beds · dark blue line: today",
            )
        )
        legend.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #a04000; font-weight: bold")
        bar = QHBoxLayout()
        for widget in (QLabel(tr(C, "Zoom:")), self.zoom, earlier, today, later):
            bar.addWidget(widget)
        bar.addWidget(self.summary, 1)
        export = QPushButton(tr(C, "Export occupancy…"))
        export.clicked.connect(self.export_dialog)
        bar.addWidget(export)
        register = RegisterButton(ctx)
        register.setVisible(can(ctx, Permission.EDIT_HOUSING))
        bar.addWidget(register)
        self.board = BoardView()
        self.board.stay_moved.connect(self._move_stay)
        self.board.household_dropped.connect(self._dropped)
        self.board.stay_menu.connect(self._stay_menu)
        self.board.ghost_menu.connect(self._ghost_menu)
        self.board.stay_key.connect(self._stay_key)
        self.suggested: list[Suggestion] = []
        self.data: Board | None = None
        self.waiting = WaitingList(self.board)
        self.waiting.setSpacing(3)
        self.waiting.itemActivated.connect(lambda item: self.allocate_dialog(item.data(HOUSEHOLD_ROLE)))
        allocate = QPushButton(tr(C, "Allocate a room…"))
        allocate.setShortcut(QKeySequence("Ctrl+N"))
        allocate.clicked.connect(lambda: self.allocate_dialog(None))
        waiting_box = QWidget()
        waiting_layout = QVBoxLayout(waiting_box)
        waiting_layout.setContentsMargins(0, 0, 0, 0)
        waiting_layout.addWidget(QLabel(tr(C, "Waiting for a room")))
        waiting_layout.addWidget(self.waiting)
        waiting_layout.addWidget(allocate)
        suggest = QPushButton(tr(C, "Suggest rooms"))
        suggest.clicked.connect(self.suggest)
        self.accept_all = QPushButton(tr(C, "Accept all suggestions"))
        self.accept_all.setEnabled(False)
        self.accept_all.clicked.connect(self.accept_all_suggestions)
        waiting_layout.addWidget(suggest)
        waiting_layout.addWidget(self.accept_all)
        for button in (allocate, suggest, self.accept_all):
            button.setVisible(can(ctx, Permission.EDIT_HOUSING))
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
        layout.addWidget(self.warnings)
        self.warnings.setVisible(False)
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
        self.data = data
        self.board.today = self.ctx.today()
        self.board.set_board(data, key)
        waiting_ids = {w.household_id for w in data.waiting}
        self.suggested = [s for s in self.suggested if s.household_id in waiting_ids]
        self._show_suggestions()
        self.waiting.clear()
        for household in data.waiting:
            state = tr(C, "arrived") if household.arrived else tr(C, "expected")
            item = QListWidgetItem(
                tr(C, "{name} — {n} pers.\n{state} {date}").format(
                    name=household.name,
                    n=household.persons,
                    state=state,
                    date=fmt_date(household.expected_on),
                )
            )
            item.setData(HOUSEHOLD_ROLE, household.household_id)
            item.setData(PERSON_ROLE, household.person_id)
            self.waiting.addItem(item)
        if not data.waiting:
            self.waiting.addItem(tr(C, "No household is waiting."))
        self.summary.setText(
            tr(C, "{first} – {last}: {rooms}, {waiting}").format(
                first=fmt_date(self.first),
                last=fmt_date(self.first + timedelta(days=days - 1)),
                rooms=rooms_text(len(data.rooms)),
                waiting=households_waiting_text(len(data.waiting)),
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
        self._push_update(tr(C, "Move stay"), stay_id, detail.version, old, new)

    def _push_update(
        self, text: str, stay_id: int, version: int, old: AllocationInput, new: AllocationInput
    ) -> None:
        state = {"version": version}

        def write(data: AllocationInput) -> object:
            saved = allocations.update_allocation(self.ctx, stay_id, state["version"], data)
            state["version"] = saved.version
            return saved

        # push runs redo (the write); a refused write marks the command obsolete and Qt drops it.
        self.undo_stack.push(ServiceCommand(self, text, lambda: write(new), lambda: write(old)))

    def allocate(
        self, household_id: int, room_id: int, persons: int, starts_on: date, ends_on: date | None
    ) -> None:
        state: dict[str, int] = {}
        data = AllocationInput(room_id, household_id, persons, starts_on, ends_on)

        def do() -> object:
            saved = allocations.allocate(self.ctx, data)
            state.update(id=saved.id, version=saved.version)
            return saved

        def undo() -> object:
            allocations.delete_allocation(self.ctx, state["id"], state["version"])
            return True

        self.undo_stack.push(ServiceCommand(self, tr(C, "Allocate room"), do, undo))

    def _dropped(self, household_id: int, room_id: int, day: date) -> None:
        waiting = {w.household_id: w for w in (self.data.waiting if self.data else ())}
        household = waiting.get(household_id)
        if household is None:
            return
        room = next((r for r in self.data.rooms if r.id == room_id), None) if self.data else None
        persons = min(household.persons, room.beds) if room else household.persons
        self.allocate(household_id, room_id, persons, day, None)

    def allocate_dialog(self, household_id: int | None) -> None:
        if self.data is None or not self.data.waiting:
            return
        dialog = AllocateDialog(
            self.data.waiting, self.data.rooms, self.ctx.today(), self, household_id=household_id
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.allocate(*dialog.values())

    def _stay_actions(self, stay: BoardStay) -> dict[str, tuple[str, str, Callable[[], None]]]:
        """What can be done to a stay: key → (menu text, shortcut shown, action)."""
        return {
            "edit": (tr(C, "Change room and dates…"), "F2", lambda: self.edit_stay_dialog(stay)),
            "end": (tr(C, "End the stay…"), "Ctrl+E", lambda: self.end_stay_dialog(stay)),
            "split": (tr(C, "Move to another room from a day…"), "Ctrl+M", lambda: self.split_dialog(stay)),
            "open": (tr(C, "Open the household"), "Ctrl+O", lambda: self._open_household(stay)),
            "delete": (tr(C, "Delete the stay"), "Del", lambda: self.delete_stay(stay)),
        }

    def _stay_menu(self, stay: BoardStay, where: QPoint) -> None:
        menu = QMenu(self)
        for text, keys, action in self._stay_actions(stay).values():
            item = menu.addAction(text, action)
            item.setShortcut(QKeySequence(keys))  # shown in the menu; the board handles the keys
        menu.exec(where)

    def _stay_key(self, stay: BoardStay, key: str) -> None:
        if key == "menu":
            bar = self.board.selected_bar()
            if bar is not None:
                self._stay_menu(stay, self.board.menu_position(bar))
            return
        action = self._stay_actions(stay).get(key)
        if action is not None:
            action[2]()

    def edit_stay_dialog(self, stay: BoardStay) -> None:
        """The keyboard way to move or resize a stay: one undoable change, one transaction."""
        if self.data is None:
            return
        dialog = StayDialog(stay, self.data.rooms, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.change_stay(stay, *dialog.values())

    def change_stay(
        self, stay: BoardStay, room_id: int, persons: int, starts_on: date, ends_on: date | None
    ) -> None:
        old = AllocationInput(
            stay.room_id, stay.household_id, stay.persons, stay.starts_on, stay.ends_on, stay.end_reason
        )
        reason = stay.end_reason if ends_on is not None else None
        new = AllocationInput(room_id, stay.household_id, persons, starts_on, ends_on, reason)
        if new != old:
            self._push_update(tr(C, "Change stay"), stay.id, stay.version, old, new)

    def end_stay_dialog(self, stay: BoardStay) -> None:
        dialog = EndStayDialog(stay.household, self.ctx.today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.end_stay(stay, *dialog.values())

    def end_stay(self, stay: BoardStay, on: date, reason: str) -> None:
        old = AllocationInput(
            stay.room_id, stay.household_id, stay.persons, stay.starts_on, stay.ends_on, stay.end_reason
        )
        new = AllocationInput(stay.room_id, stay.household_id, stay.persons, stay.starts_on, on, reason)
        self._push_update(tr(C, "End stay"), stay.id, stay.version, old, new)

    def split_dialog(self, stay: BoardStay) -> None:
        if self.data is None:
            return
        dialog = SplitDialog(stay.household, self.data.rooms, self.ctx.today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.split(stay, *dialog.values())

    def split(self, stay: BoardStay, on: date, room_id: int) -> None:
        old = AllocationInput(
            stay.room_id, stay.household_id, stay.persons, stay.starts_on, stay.ends_on, stay.end_reason
        )
        state = {"version": stay.version, "new_id": 0, "new_version": 0}

        def do() -> object:
            first, second = allocations.split_stay(self.ctx, stay.id, state["version"], on, room_id)
            state.update(version=first.version, new_id=second.id, new_version=second.version)
            return second

        def undo() -> object:
            allocations.delete_allocation(self.ctx, state["new_id"], state["new_version"])
            saved = allocations.update_allocation(self.ctx, stay.id, state["version"], old)
            state["version"] = saved.version
            return saved

        self.undo_stack.push(ServiceCommand(self, tr(C, "Move to another room"), do, undo))

    def delete_stay(self, stay: BoardStay) -> None:
        data = AllocationInput(
            stay.room_id, stay.household_id, stay.persons, stay.starts_on, stay.ends_on, stay.end_reason
        )
        state = {"id": stay.id, "version": stay.version}

        def do() -> object:
            allocations.delete_allocation(self.ctx, state["id"], state["version"])
            return True

        def undo() -> object:
            saved = allocations.allocate(self.ctx, data)
            state.update(id=saved.id, version=saved.version)
            return saved

        self.undo_stack.push(ServiceCommand(self, tr(C, "Delete stay"), do, undo))

    def _open_household(self, stay: BoardStay) -> None:
        person = housing_board.first_person_of(self.ctx, stay.household_id)
        if person is not None:
            hub.open_person.emit(person)

    # -- suggestions as ghost bars ---------------------------------------------------------------

    def suggest(self) -> None:
        found = run_action(self, lambda: housing_board.suggestions(self.ctx))
        if found is None:
            return
        self.suggested = list(found)
        self._show_suggestions()
        if not found:
            QMessageBox.information(
                self, tr(C, "Suggest rooms"), tr(C, "No free rooms fit the waiting households.")
            )

    def _show_suggestions(self) -> None:
        names = {w.household_id: w.name for w in (self.data.waiting if self.data else ())}
        self.board.show_suggestions(
            [
                (s, s.room_id, s.starts_on, f"{names.get(s.household_id, '')} ({s.persons})")
                for s in self.suggested
            ]
        )
        self.accept_all.setEnabled(bool(self.suggested))

    def _ghost_menu(self, suggestion: Suggestion, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(tr(C, "Accept this suggestion"), lambda: self.accept_suggestions([suggestion]))
        menu.addAction(tr(C, "Accept all suggestions"), self.accept_all_suggestions)
        menu.exec(where)

    def accept_all_suggestions(self) -> None:
        self.accept_suggestions(list(self.suggested))

    def accept_suggestions(self, chosen: list[Suggestion]) -> None:
        self.undo_stack.beginMacro(tr(C, "Accept suggestions"))
        for suggestion in chosen:
            self.allocate(
                suggestion.household_id, suggestion.room_id, suggestion.persons, suggestion.starts_on, None
            )
        self.undo_stack.endMacro()
        self.suggested = [s for s in self.suggested if s not in chosen]
        self._show_suggestions()

    def show_warnings(self, warnings: tuple[str, ...]) -> None:
        """Rules that warn but do not refuse (unit limit, family split): shown above the board."""
        self.warnings.setText(" ".join(tr(C, "Note: {text}").format(text=w) for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def export_dialog(self) -> None:
        today = self.ctx.today()
        period = PeriodDialog(today.replace(day=1), today, self)
        if period.exec() != QDialog.DialogCode.Accepted:
            return
        first, last = period.values()
        name = tr(C, "Occupancy {period}").format(period=fmt_period(first, last))
        path = save_file(self, tr(C, "Export occupancy"), name, EXCEL)
        if path is None:
            return
        data = run_action(self, lambda: housing_export.export_occupancy(self.ctx, first, last, path))
        if data is not None:
            QMessageBox.information(
                self,
                tr(C, "Export occupancy"),
                tr(C, "{stays} stays with {person_days} person-days written to {path}.").format(
                    stays=len(data.stays), person_days=sum(s.person_days for s in data.stays), path=path
                ),
            )
