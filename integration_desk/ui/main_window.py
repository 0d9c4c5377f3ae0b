"""The main window: navigation on the left, the current view in the centre, status below.

The window paints its frame before the database is opened: ``attach`` then imports the views
(and with them SQLAlchemy) and fills them, so a caseworker sees the program at once.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from integration_desk import __version__
from integration_desk.i18n import translate_noop
from integration_desk.ui import user_settings
from integration_desk.ui.i18n import tr
from integration_desk.ui.signals import hub

if TYPE_CHECKING:
    from integration_desk.services.context import AppContext
    from integration_desk.ui.widgets.view import View

C = "MainWindow"

#: (key used by the command line, English source of the label, "module:Class" of the view)
VIEWS: tuple[tuple[str, str, str], ...] = (
    ("overview", translate_noop(C, "Overview"), "integration_desk.ui.overview.view:OverviewView"),
    ("calendar", translate_noop(C, "Calendar"), "integration_desk.ui.calendar.view:CalendarView"),
    ("housing", translate_noop(C, "Housing"), "integration_desk.ui.housing.view:HousingView"),
    ("people", translate_noop(C, "Residents"), "integration_desk.ui.people.view:PeopleView"),
    ("contracts", translate_noop(C, "Contracts"), "integration_desk.ui.contracts.view:ContractsView"),
    ("hours", translate_noop(C, "Hours"), "integration_desk.ui.hours.view:HoursView"),
    ("reports", translate_noop(C, "Reports"), "integration_desk.ui.reports.view:ReportsView"),
)
VIEW_KEYS = tuple(key for key, _label, _target in VIEWS)
#: Views of case data (contracts, hours): not shown to a role that may not see them.
CASE_VIEWS = ("contracts", "hours")


def _view_class(target: str) -> type[View]:
    module, _, name = target.partition(":")
    cls: type[View] = getattr(importlib.import_module(module), name)
    return cls


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.persist_state = True
        self._wanted_view = "overview"
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
        self.hidden_views: set[str] = set()
        self._listening = False
        self.opening = QLabel(tr(C, "Opening the database …"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        for index, (key, label, _target) in enumerate(VIEWS):
            item = QListWidgetItem(tr(C, label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(tr(C, "Ctrl+{n}").format(n=index + 1))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_nav)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        outer = QWidget()
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(0, 0, 0, 0)
        outer_layout.setSpacing(0)
        self.connection_banner = QLabel(
            tr(
                C,
                "The connection to the database is lost \u2013 your changes are not saved; trying again \u2026",
            )
        )
        self.connection_banner.setObjectName("connection_banner")
        self.connection_banner.setStyleSheet(
            "QLabel#connection_banner { background: #b00020; color: white; padding: 8px 12px; font-weight: bold; }"
        )
        self.connection_banner.setWordWrap(True)
        self.connection_banner.hide()
        outer_layout.addWidget(self.connection_banner)
        outer_layout.addWidget(central, 1)
        self.setCentralWidget(outer)
        self._build_menus()
        self.database_label = QLabel()
        self.user_label = QLabel()
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self.nav.setCurrentRow(0)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Create the views on the opened database and show the wanted one."""
        from integration_desk.services import labels

        self.ctx = ctx
        user = ctx.user
        self._apply_role(ctx)
        role = labels.role(user.role) if user.role else tr(C, "not registered as a user")
        self.database_label.setText(tr(C, "Database: {db}").format(db=ctx.database_description))
        self.user_label.setText(tr(C, "User: {name} ({role})").format(name=user.display_name, role=role))
        self.show_view(self._wanted_view)
        from integration_desk.ui.change_watcher import ChangeWatcher

        self.change_watcher = getattr(self, "change_watcher", None) or ChangeWatcher(self)
        self.change_watcher.start(ctx)  # other users' writes reach the views too (issue 7)
        if not self._listening:
            hub.open_person.connect(self.open_person)
            hub.status.connect(self.show_status)
            self._watch_connection(ctx)
            self._listening = True

    def _watch_connection(self, ctx: AppContext) -> None:
        """While the window is open a lost database shows the banner; a background ping clears it."""
        from integration_desk.services.connection import ping
        from integration_desk.ui.widgets.connection import monitor

        monitor.watch(lambda: ping(ctx.engine), self)
        monitor.lost.connect(self.connection_banner.show)
        monitor.restored.connect(self.connection_banner.hide)

    def _unwatch_connection(self) -> None:
        from integration_desk.ui.widgets.connection import monitor

        monitor.lost.disconnect(self.connection_banner.show)
        monitor.restored.disconnect(self.connection_banner.hide)
        monitor.watch(None)

    def _apply_role(self, ctx: AppContext) -> None:
        """Hide what the role may not use: case data for the housing coordinator, user admin for all but admins."""
        from integration_desk.services.access import Permission, can

        self.hidden_views = set() if can(ctx, Permission.CASE_DATA) else set(CASE_VIEWS)
        for row, key in enumerate(VIEW_KEYS):
            self.nav.item(row).setHidden(key in self.hidden_views)
            self.view_actions[key].setVisible(key not in self.hidden_views)
        self.users_action.setVisible(can(ctx, Permission.MANAGE_USERS))
        self.audit_action.setVisible(can(ctx, Permission.AUDIT_LOG))
        self.retention_action.setVisible(can(ctx, Permission.TEAM_SETTINGS))
        self.rule_sets_action.setVisible(can(ctx, Permission.TEAM_SETTINGS))
        self.admin_menu.menuAction().setVisible(
            can(ctx, Permission.MANAGE_USERS)
            or can(ctx, Permission.AUDIT_LOG)
            or can(ctx, Permission.TEAM_SETTINGS)
        )
        if self._wanted_view in self.hidden_views:
            self._wanted_view = "overview"

    def open_users(self) -> None:
        from integration_desk.ui.admin.users_dialog import UsersDialog

        if self.ctx is not None:
            UsersDialog(self.ctx, self).exec()

    def open_audit_log(self) -> None:
        from integration_desk.ui.admin.audit_dialog import AuditDialog

        if self.ctx is not None:
            AuditDialog(self.ctx, self).exec()

    def open_retention(self) -> None:
        from integration_desk.ui.admin.retention_dialog import RetentionDialog

        if self.ctx is not None:
            RetentionDialog(self.ctx, self).exec()

    def open_rule_sets(self) -> None:
        from integration_desk.ui.admin.rule_sets_dialog import RuleSetsDialog

        if self.ctx is not None:
            RuleSetsDialog(self.ctx, self).exec()

    def show_status(self, text: str) -> None:
        """What an action did (``ui.widgets.feedback.announce``), until the next one or for a while."""
        from integration_desk.ui.widgets.feedback import STATUS_MS

        self.statusBar().showMessage(text, STATUS_MS)

    def open_person(self, person_id: int) -> None:
        """Show a person's file in the Borgere view (asked for by any view through the hub)."""
        self.show_view("people")
        people = self.view("people")
        if people is not None:
            people.open_person(person_id)  # type: ignore[attr-defined]

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr(C, "&File"))
        settings = QAction(tr(C, "&Settings …"), self)
        settings.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        settings.triggered.connect(self.open_settings)
        file_menu.addAction(settings)
        self.admin_menu = file_menu.addMenu(tr(C, "&Administration"))
        users = QAction(tr(C, "&Users …"), self)
        users.triggered.connect(self.open_users)
        self.admin_menu.addAction(users)
        self.users_action = users
        self.audit_action = QAction(tr(C, "&Audit log …"), self)
        self.audit_action.triggered.connect(self.open_audit_log)
        self.admin_menu.addAction(self.audit_action)
        self.retention_action = QAction(tr(C, "&Closed cases to anonymise \u2026"), self)
        self.retention_action.triggered.connect(self.open_retention)
        self.admin_menu.addAction(self.retention_action)
        self.rule_sets_action = QAction(tr(C, "&Rule sets \u2026"), self)
        self.rule_sets_action.triggered.connect(self.open_rule_sets)
        self.admin_menu.addAction(self.rule_sets_action)
        self.admin_menu.menuAction().setVisible(False)  # until an administrator is signed in
        file_menu.addSeparator()
        quit_action = QAction(tr(C, "&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(tr(C, "&View"))
        self.view_actions: dict[str, QAction] = {}
        for index, (key, label, _target) in enumerate(VIEWS):
            action = QAction(tr(C, label), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
            view_menu.addAction(action)
            self.view_actions[key] = action
        refresh = QAction(tr(C, "&Refresh"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self._refresh)
        view_menu.addSeparator()
        view_menu.addAction(refresh)
        help_menu = self.menuBar().addMenu(tr(C, "&Help"))
        about = QAction(tr(C, "&About Integration Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def show_view(self, key: str) -> None:
        if key in self.hidden_views:
            key = "overview"
        self._wanted_view = key
        if self.nav.currentRow() == VIEW_KEYS.index(key):
            self._on_nav(self.nav.currentRow())
        else:
            self.nav.setCurrentRow(VIEW_KEYS.index(key))

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        self._wanted_view = VIEW_KEYS[row]
        view = self.view(self._wanted_view)
        self.stack.setCurrentWidget(view if view is not None else self.opening)

    def view(self, key: str) -> View | None:
        """The view for ``key``, created on first use: start-up builds only the one shown."""
        if key not in self.views and self.ctx is not None:
            view = _view_class(dict((k, t) for k, _label, t in VIEWS)[key])(self.ctx)
            view.setObjectName(f"view_{key}")
            self.views[key] = view
            self.stack.addWidget(view)
        return self.views.get(key)

    def current_key(self) -> str:
        return self._wanted_view

    def current_view(self) -> View | None:
        return self.views.get(self._wanted_view)

    def open_settings(self) -> None:
        from integration_desk.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def _refresh(self) -> None:
        view = self.current_view()
        if view is not None:
            view.reload()

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
        geometry = user_settings.WINDOW_GEOMETRY.get(settings)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        view = user_settings.WINDOW_VIEW.get(settings)
        if view in VIEW_KEYS:
            self.show_view(view)

    def save_state(self, settings: QSettings) -> None:
        user_settings.WINDOW_GEOMETRY.set(self.saveGeometry(), settings)
        user_settings.WINDOW_VIEW.set(self._wanted_view, settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.persist_state:
            self.save_state(QSettings())
        if getattr(self, "change_watcher", None) is not None:
            self.change_watcher.stop()
        if self._listening:
            hub.open_person.disconnect(self.open_person)  # a closed window opens no more files
            hub.status.disconnect(self.show_status)
            self._unwatch_connection()
            self._listening = False
        super().closeEvent(event)
