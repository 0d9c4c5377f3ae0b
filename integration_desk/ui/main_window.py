"""The main window: navigation on the left, the current view in the centre, status below."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from integration_desk import __version__
from integration_desk.i18n import translate_noop
from integration_desk.services import labels
from integration_desk.services.context import AppContext
from integration_desk.ui.calendar.view import CalendarView
from integration_desk.ui.contracts.view import ContractsView
from integration_desk.ui.hours.view import HoursView
from integration_desk.ui.housing.view import HousingView
from integration_desk.ui.i18n import tr
from integration_desk.ui.overview.view import OverviewView
from integration_desk.ui.people.view import PeopleView
from integration_desk.ui.reports.view import ReportsView
from integration_desk.ui.settings_dialog import SettingsDialog
from integration_desk.ui.widgets.view import View

C = "MainWindow"

#: (key used by the command line, English source of the label, view class)
VIEWS: tuple[tuple[str, str, Callable[[AppContext], View]], ...] = (
    ("overview", translate_noop(C, "Overview"), OverviewView),
    ("calendar", translate_noop(C, "Calendar"), CalendarView),
    ("housing", translate_noop(C, "Housing"), HousingView),
    ("people", translate_noop(C, "Residents"), PeopleView),
    ("contracts", translate_noop(C, "Contracts"), ContractsView),
    ("hours", translate_noop(C, "Hours"), HoursView),
    ("reports", translate_noop(C, "Reports"), ReportsView),
)
VIEW_KEYS = tuple(key for key, _label, _cls in VIEWS)


def view_label(key: str) -> str:
    labels_by_key = {k: label for k, label, _cls in VIEWS}
    return tr(C, labels_by_key[key])


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.persist_state = True
        self.setWindowTitle(tr(C, "Integration Desk"))
        self.setMinimumSize(QSize(1024, 640))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; border: none; background: #f3f5f8; }"
            "QListWidget#navigation::item { padding: 10px 12px; }"
            "QListWidget#navigation::item:selected { background: #1f5fa8; color: white; }"
        )
        self.stack = QStackedWidget()
        self.views: dict[str, View] = {}
        for index, (key, label, cls) in enumerate(VIEWS):
            view = cls(ctx)
            view.setObjectName(f"view_{key}")
            self.views[key] = view
            self.stack.addWidget(view)
            item = QListWidgetItem(tr(C, label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(tr(C, "Ctrl+{n}").format(n=index + 1))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_status_bar()
        self.show_view("overview")

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr(C, "&File"))
        settings = QAction(tr(C, "&Settings …"), self)
        settings.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        settings.triggered.connect(self.open_settings)
        file_menu.addAction(settings)
        file_menu.addSeparator()
        quit_action = QAction(tr(C, "&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(tr(C, "&View"))
        for index, (key, label, _cls) in enumerate(VIEWS):
            action = QAction(tr(C, label), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
            view_menu.addAction(action)
        refresh = QAction(tr(C, "&Refresh"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(lambda: self.current_view().reload())
        view_menu.addSeparator()
        view_menu.addAction(refresh)
        help_menu = self.menuBar().addMenu(tr(C, "&Help"))
        about = QAction(tr(C, "&About Integration Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        user = self.ctx.user
        role = labels.role(user.role) if user.role else tr(C, "not registered as a user")
        self.database_label = QLabel(tr(C, "Database: {db}").format(db=self.ctx.database_description))
        self.user_label = QLabel(tr(C, "User: {name} ({role})").format(name=user.display_name, role=role))
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

    def show_view(self, key: str) -> None:
        self.nav.setCurrentRow(VIEW_KEYS.index(key))

    def current_view(self) -> View:
        return self.views[VIEW_KEYS[self.stack.currentIndex()]]

    def open_settings(self) -> None:
        SettingsDialog(self.ctx, self).exec()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            tr(C, "About Integration Desk"),
            tr(C, "Integration Desk {version}\nArrivals, housing, contracts and programme hours.").format(
                version=__version__
            ),
        )

    # Window state survives restarts (QSettings: per user, per PC).
    def restore_state(self, settings: QSettings) -> None:
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        view = settings.value("main_window/view")
        if isinstance(view, str) and view in VIEW_KEYS:
            self.show_view(view)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/view", VIEW_KEYS[self.stack.currentIndex()])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.persist_state:
            self.save_state(QSettings())
        super().closeEvent(event)
