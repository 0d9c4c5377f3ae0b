"""Borgere: a searchable table of persons beside the person's file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from integration_desk.services import people
from integration_desk.services.context import AppContext
from integration_desk.services.people import PersonRow
from integration_desk.ui import ops
from integration_desk.ui.i18n import by_count, tr
from integration_desk.ui.people.detail import PersonDetailPane
from integration_desk.ui.widgets.table_model import ID_ROLE, Column, RowTableModel
from integration_desk.ui.widgets.table_view import RowTableView
from integration_desk.ui.widgets.view import View

SEARCH_DELAY_MS = 200
C = "PeopleView"


OVERDUE_COLOUR = "#b00020"


def _columns(today: date) -> list[Column[PersonRow]]:
    def overdue(row: PersonRow) -> str | None:
        return OVERDUE_COLOUR if row.next_deadline_on is not None and row.next_deadline_on < today else None

    return [
        Column(tr(C, "Name"), lambda r: r.name),
        Column(tr(C, "Name (own script)"), lambda r: r.native_name),
        Column(tr(C, "Household"), lambda r: r.household),
        Column(tr(C, "Nationality"), lambda r: r.nationality),
        Column(tr(C, "Status"), lambda r: r.status),
        Column(tr(C, "Caseworker"), lambda r: r.caseworker),
        Column(tr(C, "Takeover"), lambda r: r.takeover_date),
        Column(tr(C, "Next deadline"), lambda r: r.next_deadline_on, foreground=overdue),
        Column(tr(C, "Deadline"), lambda r: r.next_deadline, foreground=overdue),
    ]


class PeopleView(View):
    watches = frozenset({"persons", "households", "deadlines", "arrival_notices"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("PeopleView", "Search name, household, udl.-nr. or CPR …"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.model: RowTableModel[PersonRow] = RowTableModel(_columns(ctx.today()), lambda r: r.id, self)
        self.table = RowTableView(self.model)
        self.table.set_column_widths([160, 130, 160, 80, 125, 115, 95, 95])
        self.detail = PersonDetailPane(ctx)
        #: a person to select once the running load has filled the table (``open_person``)
        self._pending_person: int | None = None
        self._quiet = False

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.reload)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_search)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._open_current())

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("PeopleView", "Search:")))
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1140, 330])
        # The file pane never narrower than its content (a 1280-pixel window cut its buttons).
        body = self.detail.widget()
        if body is not None:
            scroll = self.detail.verticalScrollBar().sizeHint().width()
            self.detail.setMinimumWidth(body.minimumSizeHint().width() + scroll)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def loader(self) -> Callable[[], list[PersonRow]]:
        self._search_timer.stop()
        ctx, text = self.ctx, self.search.text()
        return lambda: people.list_people(ctx, text)

    def show_data(self, rows: list[PersonRow]) -> None:
        self.model.set_rows(rows)
        if self._pending_person is not None:
            person_id, self._pending_person = self._pending_person, None
            self._quiet = True  # the file is open already: not read (and audited) twice
            try:
                self._select(person_id)
            finally:
                self._quiet = False
        self.count_label.setText(
            by_count(len(rows), tr("PeopleView", "{n} person"), tr("PeopleView", "{n} persons")).format(
                n=len(rows)
            )
        )

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_person(self, person_id: int) -> None:
        """Select ``person_id`` in the list (clearing a search that hides it) and show the file.

        When the table does not hold the person yet (a search hides them, or the load still runs),
        the file opens at once and the row is selected once the next load has arrived."""
        if self._select(person_id):
            return
        self.detail.show_person(person_id)
        if self.search.text():
            self._pending_person = person_id
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.reload()
        elif any(op.owner is self for op in ops.running()):
            self._pending_person = person_id

    def _select(self, person_id: int) -> bool:
        for row in range(self.table.proxy.rowCount()):
            index = self.table.proxy.index(row, 0)
            if index.data(ID_ROLE) == person_id:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return True
        return False

    def _open_current(self) -> None:
        person_id = self.table.current_id()
        if person_id is not None and not self._quiet:
            self.detail.show_person(person_id)
