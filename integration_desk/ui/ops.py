"""Slow work off the GUI thread: the one helper for every database, PDF and Excel call of a widget.

In the spirit of Anki's ``QueryOp``/``CollectionOp``::

    ops.run(self, lambda task: people.search(self.ctx, text), self._show_rows, key="people.search")

``work(task)`` runs on a ``QThreadPool`` worker; it calls services only (they open their own
short-lived sessions and never touch Qt) and must not touch a widget: read what it needs from the
widgets *before* ``run`` and close over the values. ``on_done(result)`` runs on the GUI thread.

While an operation runs its ``trigger`` (a button or action) is disabled and, after
``BUSY_CURSOR_MS``, the cursor says the program is busy; with ``progress="…"`` a progress dialog
with *Cancel* opens after ``PROGRESS_DIALOG_MS`` (``task.progress(done, total)`` moves it and
returns False once the user cancelled: the services' progress protocol). Failures reach the user as
the translated one-line message the services raise, a lost connection as the red banner (``retry``
runs once the database answers): the same as ``run_action`` showed them on the GUI thread.

``changes`` names the tables the work writes: after success ``hub.changed`` broadcasts them with
``initiator``, so the view that saved can skip reloading its own write. ``status`` (a text, or a
function of the result) is written to the main window's status bar.

``key``: a later operation of the same owner and key supersedes one still running: the earlier is
asked to cancel and its result is dropped, so typing fast never shows an older answer last.

``background=True``: housekeeping the user did not ask for (the change poll, the reconnect ping):
no busy cursor, failures only logged.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from integration_desk.services import progress as progress_
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
MAX_WORKERS = 4
#: How long a worker may hold the GIL while the GUI thread waits for it (s; Python's default is
#: 5 ms). Painting a window calls Python many times (event filters, overridden sizeHint/paintEvent);
#: at 5 ms a wait each, showing the progress dialog beside a busy worker stalled 100-600 ms.
GIL_SWITCH_S = 0.0005


# Raised inside ``work`` (``Task.check``, or a service's own progress check) once the user
# pressed *Cancel*: one exception for both (``services.progress``).
Cancelled = progress_.Cancelled


class Task:
    """What ``work`` may use on its worker: report progress, learn of a cancel. No widgets."""

    def __init__(self, relay: _Relay | None = None) -> None:
        self._cancel = threading.Event()
        self._relay = relay

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise ``Cancelled`` when the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: float, total: float = 1.0) -> bool:
        """Report ``done`` of ``total``; False once cancelled (the services' progress callback)."""
        if self._relay is not None:
            self._relay.progressed.emit(float(done), float(total))
        return not self._cancel.is_set()


class _Relay(QObject):
    """Created on the GUI thread: the worker emits, Qt queues the call to the GUI thread."""

    finished = Signal(object, object)  # result, error
    progressed = Signal(float, float)


class _Worker(QRunnable):
    def __init__(self, op: Operation[Any], work: Callable[[Task], Any], idempotent: bool) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._op = op
        self._work = work
        self._idempotent = idempotent

    def run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        task = self._op.task
        try:
            if task.cancelled:  # superseded before it started
                raise Cancelled
            result = retry_when_safe(lambda: self._work(task), idempotent=self._idempotent)
        except BaseException as caught:
            error = caught
        self._op.relay.finished.emit(result, error)


@dataclass(eq=False)
class Operation(Generic[T]):
    """One running operation (``ops.running()``)."""

    owner: QObject | None
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
    background: bool = False
    dialog: QProgressDialog | None = None
    superseded: bool = False
    done: bool = False
    timers: list[QTimer] = field(default_factory=list)


_running: list[Operation[Any]] = []
_busy_cursor = False
_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(MAX_WORKERS)
        _pool.setExpiryTimeout(30_000)
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_S))
        # What lives when the first operation starts is the program itself (modules, the window):
        # move it out of the cyclic collector's reach once, so a full collection that a worker's
        # allocations trigger (it holds the GIL all the while) does not walk the whole start-up heap
        # (a 60-150 ms stall of the GUI thread each time). Once only: what is frozen is never
        # collected, and later objects must stay collectable.
        gc.freeze()
    return _pool


def running() -> list[Operation[Any]]:
    return list(_running)


def idle() -> bool:
    """True when no operation is running (tests: ``qtbot.waitUntil(ops.idle)``)."""
    return not _running


def run(
    owner: QObject | None,
    work: Callable[[Task], T],
    on_done: Callable[[T], None] | None = None,
    on_failed: Callable[[BaseException], bool | None] | None = None,
    *,
    progress: str | None = None,
    cancellable: bool = True,
    changes: Iterable[str] = (),
    initiator: object = None,
    key: str | None = None,
    trigger: QWidget | QAction | None = None,
    retry: Callable[[], object] | None = None,
    status: str | Callable[[T], str] | None = None,
    idempotent: bool = False,
    background: bool = False,
) -> Operation[T]:
    """Run ``work(task)`` on a worker thread (see the module's docstring).

    ``owner``: the widget the operation belongs to (a message box's parent; a result for a widget
    that is gone is dropped). ``on_failed(error)`` may handle an error itself by returning True;
    otherwise the user is told. ``idempotent``: the work only reads, so a connection that broke is
    tried once more at once.
    """
    relay = _Relay()
    task = Task(relay)
    op: Operation[T] = Operation(
        owner,
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
        background=background,
    )
    if key is not None:
        for other in _running:
            if other.key == key and other.owner is owner and not other.superseded:
                other.superseded = True
                other.task.cancel()
    relay.finished.connect(
        lambda result, error: _finish(op, result, error), Qt.ConnectionType.QueuedConnection
    )
    if trigger is not None:
        trigger.setEnabled(False)
    if progress is not None:
        op.dialog = _progress_dialog(owner, progress, task, cancellable)
        relay.progressed.connect(lambda done, total: _progressed(op, done, total))
    _running.append(op)
    if not background:
        cursor = QTimer()
        cursor.setSingleShot(True)
        cursor.timeout.connect(_update_cursor)
        cursor.start(BUSY_CURSOR_MS)
        op.timers.append(cursor)
    pool().start(_Worker(op, work, idempotent))
    return op


def _widget(owner: QObject | None) -> QWidget | None:
    return owner if isinstance(owner, QWidget) and isValid(owner) else None


def _progress_dialog(owner: QObject | None, label: str, task: Task, cancellable: bool) -> QProgressDialog:
    dialog = QProgressDialog(label, tr(C, "Cancel"), 0, 0, _widget(owner))
    dialog.setObjectName("operation_progress")
    dialog.setWindowTitle(tr(C, "Integration Desk"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DIALOG_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
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
    wanted = any(not op.background for op in _running)
    if wanted and not _busy_cursor:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        _busy_cursor = True
    elif not wanted and _busy_cursor:
        QGuiApplication.restoreOverrideCursor()
        _busy_cursor = False


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
    if op.superseded or (op.owner is not None and not isValid(op.owner)):
        return
    if error is not None:
        _failed(op, error)
        return
    if op.changes:
        hub.broadcast(op.changes, op.initiator)
    if op.status is not None:
        text = op.status(result) if callable(op.status) else op.status
        if text:
            hub.status.emit(text)
    if op.on_done is not None:
        op.on_done(result)


def _failed(op: Operation[Any], error: BaseException) -> None:
    if isinstance(error, Cancelled):
        if op.on_failed is None or not op.on_failed(error):
            hub.status.emit(tr(C, "Cancelled; nothing was changed."))
        return
    if op.on_failed is not None and op.on_failed(error):
        return
    if op.background:
        log.warning("background operation failed: %s", type(error).__name__)
        return
    report_error(_widget(op.owner), error, op.retry)


_collected: list[BaseException] | None = None


@contextmanager
def collecting_errors() -> Iterator[list[BaseException]]:
    """While inside, failures are collected instead of shown (the screenshot command fails on them)."""
    global _collected
    previous, _collected = _collected, []
    try:
        yield _collected
    finally:
        _collected = previous


def report_error(
    parent: QWidget | None, error: BaseException, retry: Callable[[], object] | None = None
) -> None:
    """Tell the user about a failed service call, as the program always has."""
    if _collected is not None:
        _collected.append(error)
        return
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
            parent,
            tr("Errors", "The connection to the database was lost. Nothing was saved; try again."),
            retry,
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


def wait(timeout_ms: int = 10_000) -> bool:
    """Process events until every operation has finished (the screenshot command, tests, the
    benchmark). False when ``timeout_ms`` passed first."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = QDeadlineTimer(timeout_ms)
    while _running and not deadline.hasExpired():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if _running:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)
    return not _running
