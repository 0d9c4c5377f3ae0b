"""The one date field of the program: a whole date typed in any Danish form, or picked in a calendar.

The text is read by ``domain.dates.parse_date`` (the forms and the two-digit-year rule are described
there). Once the field is left, the text becomes the date read, as dd-mm-åååå, so the user sees what
was understood. A text that is not a date is never replaced by an earlier value: the field gets a
red frame and says why under it, ``value()`` raises ``DateError``, and a dialog's save asks
``dates_valid`` first and stays open.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from integration_desk.domain.dates import EARLIEST, LATEST, DateError, format_date, parse_date
from integration_desk.ui.i18n import tr

C = "DateField"
ERROR_STYLE = "border: 2px solid #b00020;"
MESSAGE_STYLE = "color: #b00020;"


def _hint() -> str:
    return tr(C, "Type the date (e.g. 23-10-2016, 231016 or 2016-10-23), or Alt+Down for the calendar")


class _CalendarPopup(QFrame):
    """A month calendar under the field, Monday first; a click or Enter picks the day."""

    picked = Signal(object)  # date

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setMinimumDate(QDate(EARLIEST.year, EARLIEST.month, EARLIEST.day))
        self.calendar.setMaximumDate(QDate(LATEST.year, LATEST.month, LATEST.day))
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)

    def open_at(self, where: QPoint, shown: date) -> None:
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.move(where)
        self.show()
        self.calendar.setFocus()

    def _picked(self, value: QDate) -> None:
        self.hide()
        self.picked.emit(date(value.year(), value.month(), value.day()))


class DateField(QWidget):
    """A date typed as 23-10-2016, 23.10.2016, 23/10/2016, 231016, 23-10-16 or 2016-10-23.

    ``optional``: an empty field means "no date" (``value()`` is None); otherwise it is an error.
    ``past``: a date in the past (a birth date), which settles two-digit years that way.
    ``today``: the program's today, for two-digit years (the real one when not given).
    """

    #: the value or its validity changed (typing, the calendar, the arrow keys, ``set_value``)
    changed = Signal()
    #: a new valid value is settled: the field was left or Enter pressed, a day picked, or set
    committed = Signal()

    def __init__(
        self,
        value: date | None = None,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        past: bool = False,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.past = past
        self._today = today
        self._state: tuple[date | None, bool] = (None, optional)  # what ``changed`` last reported
        self._committed: date | None = None
        self.line = QLineEdit()
        self.line.setPlaceholderText(tr(C, "dd-mm-yyyy"))
        self.line.setToolTip(_hint())
        # As wide as a date and a little more (typed forms like "2016/10/23"), not as the form is wide.
        self.line.setFixedWidth(self.line.fontMetrics().horizontalAdvance("00-00-00000") + 24)
        self.line.setMaxLength(20)
        self.line.textEdited.connect(self._edited)
        self.line.editingFinished.connect(self._finished)
        self.line.installEventFilter(self)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(tr(C, "Choose in the calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.message = QLabel()
        self.message.setObjectName("dateMessage")
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setWordWrap(False)  # one short line: the form keeps its height
        self.message.hide()
        self._popup: _CalendarPopup | None = None
        self._outer_style = ""
        self._hint = _hint()
        self._shown_message = ""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.line)
        if value is not None:
            self.set_value(value)
        self._state = self._current()

    # --- the value ----------------------------------------------------------------------------

    def today(self) -> date:
        return self._today or date.today()

    def value(self) -> date | None:
        """The date the text names; None for an empty optional field. ``DateError`` otherwise."""
        text = self.line.text()
        if not text.strip():
            if self.optional:
                return None
            raise DateError(tr(C, "Enter a date."))
        return parse_date(text, self.today(), past=self.past)

    def date_value(self) -> date:
        """The date of a field that must hold one: ``DateError`` when it is empty or no date."""
        value = self.value()
        if value is None:
            raise DateError(tr(C, "Enter a date."))
        return value

    def set_value(self, value: date | None) -> None:
        self.line.setText(format_date(value) if value is not None else "")
        self._show_error("")
        self._report()
        self._commit()

    def is_valid(self) -> bool:
        return not self.error()

    def error(self) -> str:
        """Why the text is not a date ("" when it is one, or empty where that is allowed)."""
        try:
            self.value()
        except DateError as error:
            return str(error)
        return ""

    def shown_error(self) -> str:
        """The message the field shows now ("" when it shows none)."""
        return self._shown_message

    def check(self) -> bool:
        """Show the field's message when its text is not a date; show the date read when it is one."""
        message = self.error()
        self._show_error(message)
        if not message:
            self._normalise()
        return not message

    # --- typing, the calendar and the arrow keys -----------------------------------------------

    def _current(self) -> tuple[date | None, bool]:
        try:
            return self.value(), True
        except DateError:
            return None, False

    def _report(self) -> None:
        state = self._current()
        if state != self._state:
            self._state = state
            self.changed.emit()

    def _edited(self, _text: str) -> None:
        if self._shown_message:
            self._show_error(self.error())  # a message shown goes as soon as the text is a date
        self._report()

    def _finished(self) -> None:
        if self.check():
            self._commit()

    def _commit(self) -> None:
        value, valid = self._current()
        if valid and value != self._committed:
            self._committed = value
            self.committed.emit()

    def _normalise(self) -> None:
        value, valid = self._current()
        if valid:
            text = format_date(value) if value is not None else ""
            if text != self.line.text():
                self.line.setText(text)

    def _take(self, value: date) -> None:
        if not EARLIEST <= value <= LATEST:
            return
        self.line.setText(format_date(value))
        self._show_error("")
        self._report()
        self._commit()

    def open_calendar(self) -> None:
        if not self.isEnabled():
            return
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        value, valid = self._current()
        shown = value if valid and value is not None else self.today()
        self._popup.open_at(self.line.mapToGlobal(QPoint(0, self.line.height())), shown)

    def _picked(self, value: date) -> None:
        self._take(value)
        self.line.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
                self.open_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                value, valid = self._current()
                if valid and value is not None:
                    self._take(value + timedelta(days=1 if key == Qt.Key.Key_Up else -1))
                    return True
        return super().eventFilter(watched, event)

    # --- how the field looks -------------------------------------------------------------------

    def set_hint(self, text: str) -> None:
        """The tooltip while the field holds a date (a message replaces it while it does not)."""
        self._hint = text
        if not self._shown_message:
            self.line.setToolTip(text)

    def set_error_shown(self, shown: bool) -> None:
        self._show_error(self.error() if shown else "")

    def _show_error(self, message: str) -> None:
        if message == self._shown_message:
            return  # unchanged: keystrokes do not restyle the field
        self._shown_message = message
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.line.setToolTip(message or self._hint)
        self.line.setStyleSheet(ERROR_STYLE if message else self._outer_style)

    def setStyleSheet(self, styleSheet: str) -> None:
        """A view's own marking (e.g. the contract editor's red or orange frame) goes on the text box,
        not on the button and the message as well; the field's own error frame comes first."""
        self._outer_style = styleSheet
        if not self._shown_message:
            self.line.setStyleSheet(styleSheet)


class OptionalDate(QWidget):
    """A date that may be unknown: ticking the box asks for the date (``default`` when given, else
    an empty field); unticked the value is None."""

    changed = Signal()

    def __init__(
        self,
        label: str,
        default: date | None = None,
        parent: QWidget | None = None,
        *,
        past: bool = False,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.default = default
        self.check = QCheckBox(label)
        self.edit = DateField(past=past, today=today)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self._toggled)
        self.check.clicked.connect(self._ticked)
        self.edit.changed.connect(self.changed.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.edit, 1)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on and not self.edit.line.text().strip() and self.default is not None:
            self.edit.set_value(self.default)
        if not on:
            self.edit.set_error_shown(False)  # an unticked date is no date: nothing to complain about
        self.changed.emit()

    def _ticked(self, on: bool) -> None:
        if on:  # ticked by the user (not by loading a value): the date is typed next
            self.edit.line.setFocus()
            self.edit.line.selectAll()

    def value(self) -> date | None:
        """None when unticked; the date when ticked (``DateError`` if the field holds none)."""
        return self.edit.value() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.edit.set_value(value)
        self.check.setChecked(value is not None)


def date_fields(container: QWidget) -> list[DateField]:
    """The date fields in ``container`` that count now: enabled and shown (a field behind an
    unticked box or on a hidden page holds nothing that will be saved)."""
    fields = [container] if isinstance(container, DateField) else []
    fields += container.findChildren(DateField)
    return [f for f in fields if f.isEnabled() and (f is container or f.isVisibleTo(container))]


def dates_valid(container: QWidget) -> bool:
    """True when every date field of ``container`` holds a date (or is empty where it may be).
    Otherwise each such field shows its message, the first one gets the focus, and it is False:
    the caller does not save."""
    wrong = [f for f in date_fields(container) if not f.check()]
    if wrong:
        wrong[0].line.setFocus()
        wrong[0].line.selectAll()
    return not wrong


def accept_if_dates_valid(dialog: QDialog) -> None:
    """What a dialog's OK does: close with Accepted only when its dates are dates."""
    if dates_valid(dialog):
        dialog.accept()
