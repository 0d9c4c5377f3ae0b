"""Slow work off the GUI thread: one helper for every database, PDF and Excel call of a widget.

In the spirit of Anki's ``QueryOp``/``CollectionOp``::

    ops.run(self, lambda task: people.search(self.ctx, text), self._show_rows, key="people.search")

``work`` runs on a ``QThreadPool`` worker and gets a :class:`Task` (for progress and cancel); it
calls services only (they open their own short-lived sessions and never touch Qt). ``on_done``
gets the result on the GUI thread; widgets are touched only there. While an operation runs, the
``trigger`` (a button or action) is disabled, a busy cursor shows after ``BUSY_CURSOR_MS`` and,
with ``progress="…"``, a progress dialog with *Cancel* opens. Failures arrive as the translated
one-line message the services raise (``DomainError``), a lost connection as the red banner (and
``retry`` runs once the database answers), exactly as ``run_action`` showed them before.

``changes`` names the tables the work writes: after success ``hub.changed`` broadcasts them with
``initiator``, so the view that saved can skip reloading its own write.

``key``: a later operation with the same key supersedes an earlier one still running (the earlier
result is dropped; typing in a search field starts a new search per pause).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from integration_desk.services.connection import retry_when_safe
from integration_desk.services.errors import (
    DatabaseSetupError,
    DatabaseUnavailable,
    DomainError,
    is_connection_lost,
)
from integration_desk.ui.i18n import tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.connection import monitor

T = TypeVar("T")
log = logging.getLogger(__name__)
C = "Operations"
BUSY_CURSOR_MS = 150
PROGRESS_DIALOG_MS = 300


class Cancelled(Exception):
    """Raised inside ``work`` (by :meth:`Task.check`) when the user pressed *Cancel*."""


class Task:
    """What ``work`` may use: report progress, learn of a cancel. Thread-safe, no widgets."""

    def __init__(self, relay: _Relay | None = None) -> None:
        self._cancel = threading.Event()
        self._relay = relay

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: float, total: float = 1.0) -> bool:
        """Report ``done`` of ``total``; False once cancelled (the services' progress protocol)."""
        if self._relay is not None:
            self._relay.progressed.emit(float(done), float(total))
        return not self._cancel.is_set()


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    finished = Signal(object, object)  # result, error
    progressed = Signal(float, float)


class _Worker(QRunnable):
    def __init__(self, work: Callable[[Task], Any], task: Task, relay: _Relay, idempotent: bool) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._task = task
        self._relay = relay
        self._idempotent = idempotent

    def run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            result = retry_when_safe(lambda: self._work(self._task), idempotent=self._idempotent)
        except BaseException as caught:  # noqa: BLE001 - every failure goes back to the GUI thread
            error = caught
        self._relay.finished.emit(result, error)


@dataclass(eq=False)
class Operation(Generic[T]):
    """One running operation; ``ops.running()`` lists them (tests wait for them to end)."""

    parent: QWidget | None
    on_done: Callable[[T], None] | None
    on_failed: Callable[[BaseException], bool | None] | None
    task: Task
    relay: _Relay
    key: str | None = None
    changes: frozenset[str] = frozenset()
    initiator: object = None
    retry: Callable[[], object] | None = None
    status: str | Callable[[T], str] | None = None
    trigger: QWidget | QAction | None = None
    dialog: QProgressDialog | None = None
    superseded: bool = False
    done: bool = False
    timers: list[QTimer] = field(default_factory=list)


_running: list[Operation[Any]] = []
_busy_cursor = False
_pool: QThreadPool | None = None


class _StatusRelay(QObject):
    """Finished operations' one-line reports ("12 kontrakter udskrevet …"); the main window shows
    them in its status bar."""

    message = Signal(str)


status_bar = _StatusRelay()


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(4)
        _pool.setExpiryTimeout(30_000)
    return _pool


def running() -> list[Operation[Any]]:
    return list(_running)


def idle() -> bool:
    """True when no operation is running (a test's ``qtbot.waitUntil(ops.idle)``)."""
    return not _running


def run(
    parent: QWidget | None,
    work: Callable[[Task], T],
    on_done: Callable[[T], None] | None = None,
    on_failed: Callable[[BaseException], bool | None] | None = None,
    *,
    progress: str | None = None,
    cancellable: bool | None = None,
    changes: Iterable[str] = (),
    initiator: object = None,
    key: str | None = None,
    trigger: QWidget | QAction | None = None,
    retry: Callable[[], object] | None = None,
    status: str | Callable[[T], str] | None = None,
    idempotent: bool = False,
) -> Operation[T]:
    """Run ``work(task)`` on a worker thread; see the module's docstring.

    ``on_failed(error)`` may handle an error itself by returning True; otherwise the user is told.
    ``idempotent``: the work only reads, so a lost connection is retried once at once.
    """
    relay = _Relay()
    task = Task(relay)
    op: Operation[T] = Operation(
        parent,
        on_done,
        on_failed,
        task,
        relay,
        key=key,
        changes=frozenset(changes),
        initiator=initiator,
        retry=retry,
        status=status,
        trigger=trigger,
    )
    if key is not None:
        for other in _running:
            if other.key == key and other.parent is parent:
                other.superseded = True
                other.task.cancel()
    relay.finished.connect(lambda result, error: _finish(op, result, error), Qt.ConnectionType.QueuedConnection)
    if trigger is not None:
        trigger.setEnabled(False)
    if progress is not None:
        op.dialog = _progress_dialog(parent, progress, task, cancellable is not False)
        relay.progressed.connect(lambda done, total: _progressed(op, done, total))
    _running.append(op)
    cursor = QTimer()
    cursor.setSingleShot(True)
    cursor.timeout.connect(_update_cursor)
    cursor.start(BUSY_CURSOR_MS)
    op.timers.append(cursor)
    pool().start(_Worker(work, task, relay, idempotent))
    return op


def _progress_dialog(parent: QWidget | None, label: str, task: Task, cancellable: bool) -> QProgressDialog:
    dialog = QProgressDialog(label, tr(C, "Cancel") if cancellable else "", 0, 0, parent)
    dialog.setObjectName("operation_progress")
    dialog.setWindowTitle(tr(C, "Integration Desk"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DIALOG_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.canceled.connect(task.cancel)
    dialog.canceled.connect(lambda: dialog.setLabelText(tr(C, "Cancelling …")))
    dialog.setValue(0)
    return dialog


def _progressed(op: Operation[Any], done: float, total: float) -> None:
    dialog = op.dialog
    if dialog is None or not isValid(dialog) or op.task.cancelled:
        return
    scale = 1000
    dialog.setMaximum(scale)
    dialog.setValue(int(scale * min(1.0, done / total)) if total > 0 else 0)


def _update_cursor() -> None:
    global _busy_cursor
    wanted = bool(_running)
    if wanted and not _busy_cursor:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        _busy_cursor = True
    elif not wanted and _busy_cursor:
        QGuiApplication.restoreOverrideCursor()
        _busy_cursor = False


def _alive(widget: QObject | None) -> bool:
    return widget is None or isValid(widget)


def _finish(op: Operation[T], result: T, error: BaseException | None) -> None:
    if op.done:
        return
    op.done = True
    if op in _running:
        _running.remove(op)
    for timer in op.timers:
        timer.stop()
    _update_cursor()
    if op.dialog is not None and isValid(op.dialog):
        op.dialog.reset()
        op.dialog.hide()
        op.dialog.deleteLater()
    if op.trigger is not None and isValid(op.trigger):
        op.trigger.setEnabled(True)
    op.relay.deleteLater()
    if op.superseded or not _alive(op.parent):
        return
    if error is not None:
        _failed(op, error)
        return
    if op.changes:
        hub.broadcast(op.changes, op.initiator)
    if op.status is not None:
        text = op.status(result) if callable(op.status) else op.status
        if text:
            status_bar.message.emit(text)
    if op.on_done is not None:
        op.on_done(result)


def _failed(op: Operation[Any], error: BaseException) -> None:
    if isinstance(error, Cancelled):
        status_bar.message.emit(tr(C, "Cancelled; nothing was changed."))
        if op.on_failed is not None:
            op.on_failed(error)
        return
    if op.on_failed is not None and op.on_failed(error):
        return
    report_error(op.parent, error, op.retry)


def report_error(parent: QWidget | None, error: BaseException, retry: Callable[[], object] | None = None) -> None:
    """Tell the user about a failed service call, as the program always has."""
    if isinstance(error, DatabaseUnavailable):
        _connection_lost(parent, str(error), retry)
        return
    if isinstance(error, DomainError | DatabaseSetupError):
        QMessageBox.warning(parent, tr("Errors", "Integration Desk"), str(error))
        return
    # Log the type only: a driver's message may quote parameters (names, CPR numbers).
    log.error("operation failed: %s", type(error).__name__)
    if is_connection_lost(error):
        _connection_lost(
            parent, tr("Errors", "The connection to the database was lost. Nothing was saved; try again."), retry
        )
        return
    QMessageBox.critical(
        parent,
        tr("Errors", "Integration Desk"),
        tr("Errors", "Something went wrong ({kind}); nothing was saved. Please tell IT.").format(
            kind=type(error).__name__
        ),
    )


def _connection_lost(parent: QWidget | None, message: str, retry: Callable[[], object] | None) -> None:
    if monitor.active:
        monitor.report_lost(retry)
    else:
        QMessageBox.warning(parent, tr("Errors", "Integration Desk"), message)
