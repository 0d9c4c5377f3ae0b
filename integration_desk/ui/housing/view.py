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

from integration_desk.domain.housing_planning import Suggestion, Unplaced
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
from integration_desk.ui.housing.placing import Placing
from integration_desk.ui.housing.register import RegisterButton
from integration_desk.ui.housing.waiting import HOUSEHOLD_ROLE, WaitingList
from integration_desk.ui.housing.words import (
    beds_state_text,
    households_waiting_text,
    persons_text,
    rooms_text,
)
from integration_desk.ui.i18n import by_count, tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.elided_label import ElidedLabel
from integration_desk.ui.widgets.errors import run_action
from integration_desk.ui.widgets.feedback import run_long
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
        self.placing = Placing(self)
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
            text = tr(C, "{name} — {n} pers.\n{state} {date}").format(
                name=household.name,
                n=household.persons,
                state=state,
                date=fmt_date(household.expected_on),
            )
            beds = beds_state_text(household.beds)
            item = QListWidgetItem(f"{text}\n{beds}" if beds else text)
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
        self.placing.change(tr(C, "Move stay"), stay_id, detail.version, old, new)

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
        self, household_id: int, room_id: int, persons: int | None, starts_on: date, ends_on: date | None
    ) -> None:
        """A household into a room; a room too small asks where the rest of the family lives."""
        self.placing.place(household_id, room_id, starts_on, ends_on, persons)

    def _dropped(self, household_id: int, room_id: int, day: date) -> None:
        waiting = {w.household_id for w in (self.data.waiting if self.data else ())}
        if household_id in waiting:
            self.placing.place(household_id, room_id, day)

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
            self.placing.change(tr(C, "Change stay"), stay.id, stay.version, old, new)

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
        self.placing.move_from(stay.id, stay.version, old, on, room_id)

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
        self.suggested = list(found.suggestions)
        self._show_suggestions()
        reasons = tuple(self._unplaced_text(u) for u in found.unplaced)
        if not found.suggestions:
            text = tr(C, "No free rooms fit the waiting households.")
            QMessageBox.information(self, tr(C, "Suggest rooms"), "\n\n".join((text, *reasons)))
        self.show_warnings(reasons)

    def _unplaced_text(self, unplaced: Unplaced) -> str:
        """Why a waiting household got no suggestion."""
        names = {w.household_id: w.name for w in (self.data.waiting if self.data else ())}
        units = {r.unit_id: r.unit for r in (self.data.rooms if self.data else ())}
        household = names.get(unplaced.household_id, "")
        persons = persons_text(unplaced.persons)
        if unplaced.unit_id is not None:
            return tr(
                C,
                "No suggestion for {household}: {persons} without a bed must live in {unit} with the rest of the family, and no room there is free for them within 60 days.",
            ).format(household=household, persons=persons, unit=units.get(unplaced.unit_id, ""))
        return tr(
            C,
            "No suggestion for {household} ({persons}): no unit has free rooms for all of them within 60 days.",
        ).format(household=household, persons=persons)

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
        """The suggested stays, with every room suggested to the same households (a family's rooms
        go together): saved in one transaction, undone in one step."""
        households = {s.household_id for s in chosen}
        taken = [s for s in self.suggested if s.household_id in households]
        if not taken:
            return
        stays = tuple(AllocationInput(s.room_id, s.household_id, s.persons, s.starts_on) for s in taken)
        if self.placing.create(tr(C, "Accept suggestions"), stays):
            self.suggested = [s for s in self.suggested if s not in taken]
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
        data = run_long(
            self,
            lambda: housing_export.export_occupancy(self.ctx, first, last, path),
            lambda d: by_count(
                len(d.stays),
                tr(C, "{stays} stay exported to {path}"),
                tr(C, "{stays} stays exported to {path}"),
            ).format(stays=len(d.stays), path=path),
        )
        if data is not None:
            QMessageBox.information(
                self,
                tr(C, "Export occupancy"),
                tr(C, "{stays} stays with {person_days} person-days written to {path}.").format(
                    stays=len(data.stays), person_days=sum(s.person_days for s in data.stays), path=path
                ),
            )
