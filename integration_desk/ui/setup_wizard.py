"""The first-run set-up: where the database lives, the municipality, the first administrator.

Shown before sign-in when no database is configured, and from the settings dialog ("Database …")
to point this PC at another database. The wizard only asks: ``services.setup`` checks and does
everything. A database that is set up already (it has an administrator) needs only the
connection: the wizard then ends on the connection page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from integration_desk import settings
from integration_desk.services import setup
from integration_desk.services.errors import DatabaseSetupError, DomainError
from integration_desk.ui.i18n import tr
from integration_desk.ui.widgets.file_dialogs import DATABASE, PICTURE, open_file, save_file

C = "SetupWizard"
ERROR_STYLE = "color: #b00020"
OK_STYLE = "color: #1b5e20"
LOGO_PREVIEW = (240, 90)

PAGE_KIND, PAGE_SQLITE, PAGE_POSTGRES, PAGE_MUNICIPALITY, PAGE_ADMIN, PAGE_DONE = range(6)


def _note(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _Page(QWizardPage):
    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.error = _note(style=ERROR_STYLE)
        self.error.setObjectName("error")

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def _mark_checked_field(self, name: str) -> None:
        """A hidden mandatory field: Next is enabled while it holds text (see ``set_checked``).

        Used instead of overriding ``isComplete``: with PySide6 6.12 on Python 3.11 a Python
        ``isComplete`` called by QWizard on ``completeChanged`` loses a reference to ``True`` or
        ``False`` each time, and the interpreter aborts once the count reaches zero.
        """
        self._checked = QLineEdit(self)
        self._checked.hide()
        self.registerField(name + "*", self._checked)

    def set_checked(self, checked: bool) -> None:
        """The field must be empty when the page joins the wizard: Qt compares with that value."""
        self._checked.setText("ok" if checked else "")

    def setup_wizard(self) -> SetupWizard:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        return wizard


class KindPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            tr(C, "Where should the database be?"),
            tr(C, "Integration Desk keeps everything in one database. Choose where it lives."),
        )
        self.one_pc = QRadioButton(tr(C, "On this PC only"))
        self.team = QRadioButton(tr(C, "The team's shared database (PostgreSQL)"))
        self.one_pc.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.one_pc)
        layout.addWidget(
            _note(
                tr(C, "A database file on this PC (SQLite): for one caseworker, or for trying the program.")
            )
        )
        layout.addSpacing(12)
        layout.addWidget(self.team)
        layout.addWidget(
            _note(
                tr(
                    C,
                    "Several PCs share one database on a server. IT sets up the PostgreSQL server; you "
                    "need its address and a login that may create the database.",
                )
            )
        )
        layout.addStretch(1)

    def nextId(self) -> int:
        return PAGE_POSTGRES if self.team.isChecked() else PAGE_SQLITE


class SqlitePage(_Page):
    def __init__(self) -> None:
        super().__init__(
            tr(C, "A database file on this PC"),
            tr(C, "The file is kept in your user's data folder unless you choose another place on this PC."),
        )
        self.path = QLineEdit(str(settings.default_sqlite_path()))
        self.path.setObjectName("path")
        self.choose = QPushButton(tr(C, "Choose …"))
        self.choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        self.info = _note()
        self.check: setup.TargetCheck | None = None
        self._mark_checked_field("sqlite_checked")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr(C, "Database file")))
        layout.addLayout(row)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addWidget(
            _note(
                tr(
                    C,
                    "A file on a network drive is refused: several PCs writing to one SQLite file can "
                    "corrupt it. A team shares a PostgreSQL database instead.",
                )
            )
        )
        layout.addStretch(1)
        self.path.textChanged.connect(self._recheck)

    def initializePage(self) -> None:
        self._recheck()

    def _choose(self) -> None:
        text = self.path.text().strip()
        current = Path(text) if text else None
        path = save_file(
            self,
            tr(C, "Database file"),
            current.stem if current else "integration-desk",
            DATABASE,
            folder=current.parent if current else None,
            confirm_overwrite=False,
        )
        if path is not None:
            self.path.setText(str(path))

    def _recheck(self) -> None:
        self.check = None
        try:
            self.check = setup.check_sqlite_path(self.path.text())
        except DomainError as error:
            self.show_error(str(error))
            self.info.clear()
        else:
            self.show_error("")
            self.info.setText(self.check.message)
        self.set_checked(self.check is not None)

    def nextId(self) -> int:
        return PAGE_DONE if self.check is not None and self.check.state == "ready" else PAGE_MUNICIPALITY

    def target(self) -> setup.SqliteTarget:
        return setup.SqliteTarget(self.path.text().strip())


class PostgresPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            tr(C, "The team's database (PostgreSQL)"),
            tr(
                C,
                "The user name and password are used only to test the connection and set up the "
                "database; they are not saved. Everyone signs in with their own login later.",
            ),
        )
        self.host = QLineEdit()
        self.host.setPlaceholderText("db.kommune.local")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(setup.DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit("integration_desk")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for name, widget in (
            ("host", self.host),
            ("port", self.port),
            ("database", self.database),
            ("username", self.username),
            ("password", self.password),
        ):
            widget.setObjectName(name)
        self.test_button = QPushButton(tr(C, "Test the connection"))
        self.test_button.setObjectName("test")
        self.test_button.clicked.connect(self.test_connection)
        self.status = _note()
        self.status.setObjectName("status")
        self.check: setup.TargetCheck | None = None
        self._mark_checked_field("postgres_checked")
        form = QFormLayout()
        form.addRow(tr(C, "Server"), self.host)
        form.addRow(tr(C, "Port"), self.port)
        form.addRow(tr(C, "Database"), self.database)
        form.addRow(tr(C, "User name (set-up)"), self.username)
        form.addRow(tr(C, "Password (set-up)"), self.password)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        for line in (self.host, self.database, self.username, self.password):
            line.textChanged.connect(self._changed)
        self.port.valueChanged.connect(self._changed)

    def target(self) -> setup.PostgresTarget:
        return setup.PostgresTarget(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            username=self.username.text().strip(),
            password=self.password.text(),
        )

    def _changed(self) -> None:
        if self.check is not None or self.status.text():
            self.check = None
            self.status.clear()
            self.set_checked(False)

    def test_connection(self) -> None:
        self.check = None
        self.status.setStyleSheet("")
        self.status.setText(tr(C, "Connecting …"))
        self.status.repaint()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.check = setup.check_server(self.target())
        except (DomainError, DatabaseSetupError) as error:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(str(error))
        else:
            self.status.setStyleSheet(OK_STYLE)
            self.status.setText(self.check.message)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.set_checked(self.check is not None)

    def nextId(self) -> int:
        return PAGE_DONE if self.check is not None and self.check.state == "ready" else PAGE_MUNICIPALITY

    def show_error(self, message: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(message)


class MunicipalityPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            tr(C, "The municipality"),
            tr(C, "The name, address and logo head the printed contracts. You can change them later."),
        )
        self.name = QLineEdit()
        self.name.setObjectName("municipality_name")
        self.name.setPlaceholderText(tr(C, "e.g. Jobcenter Roskilde"))
        self.address = QPlainTextEdit()
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        self.logo: bytes | None = None
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setFixedSize(*LOGO_PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #b0b0b0; background: white; color: #666")
        choose = QPushButton(tr(C, "Choose logo …"))
        choose.setObjectName("choose_logo")
        clear = QPushButton(tr(C, "No logo"))
        choose.clicked.connect(self._choose_logo)
        clear.clicked.connect(lambda: self.set_logo(None))
        buttons = QVBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(clear)
        buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.preview)
        logo_row.addLayout(buttons)
        logo_row.addStretch(1)
        form = QFormLayout()
        form.addRow(tr(C, "Municipality / jobcentre"), self.name)
        form.addRow(tr(C, "Address"), self.address)
        form.addRow(tr(C, "Logo (PNG or JPEG)"), logo_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.registerField("municipality_name*", self.name)
        self.set_logo(None)

    def _choose_logo(self) -> None:
        path = open_file(self, tr(C, "Choose logo"), PICTURE)
        if path is not None:
            self.load_logo(str(path))

    def load_logo(self, path: str) -> None:
        try:
            self.set_logo(setup.read_logo(path))
        except DomainError as error:
            self.show_error(str(error))

    def set_logo(self, logo: bytes | None) -> None:
        self.show_error("")
        self.logo = logo
        pixmap = QPixmap()
        if logo is not None and pixmap.loadFromData(logo):
            self.preview.setPixmap(
                pixmap.scaled(
                    LOGO_PREVIEW[0] - 8,
                    LOGO_PREVIEW[1] - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(tr(C, "No logo"))

    def municipality(self) -> setup.Municipality:
        return setup.Municipality(self.name.text().strip(), self.address.toPlainText().strip(), self.logo)

    def validatePage(self) -> bool:
        try:
            setup.check_municipality(self.municipality())
        except DomainError as error:
            self.show_error(str(error))
            return False
        return True


class AdminPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            tr(C, "The first administrator"),
            tr(C, "The administrator adds the other users and may change every setting."),
        )
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.repeated = QLineEdit()
        for name, widget in (
            ("admin_username", self.username),
            ("display_name", self.display_name),
            ("admin_password", self.password),
            ("repeated", self.repeated),
        ):
            widget.setObjectName(name)
        for line in (self.password, self.repeated):
            line.setEchoMode(QLineEdit.EchoMode.Password)
        self.username.setPlaceholderText(tr(C, "e.g. anne.berg"))
        self.postgres_note = _note(
            tr(C, "On PostgreSQL the administrator becomes a login on the server, with this password.")
        )
        form = QFormLayout()
        form.addRow(tr(C, "User name"), self.username)
        form.addRow(tr(C, "Name shown"), self.display_name)
        form.addRow(tr(C, "Password"), self.password)
        form.addRow(tr(C, "Password again"), self.repeated)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.postgres_note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        for name, line in (
            ("admin_username", self.username),
            ("admin_password", self.password),
            ("admin_repeated", self.repeated),
        ):
            self.registerField(name + "*", line)

    def initializePage(self) -> None:
        self.postgres_note.setVisible(self.setup_wizard().on_postgres())
        self.show_error("")

    def administrator(self) -> setup.Administrator:
        return setup.Administrator(
            self.username.text().strip().lower(),
            self.display_name.text().strip(),
            self.password.text(),
            self.repeated.text(),
        )

    def validatePage(self) -> bool:
        try:
            setup.check_administrator(self.administrator())
        except DomainError as error:
            self.show_error(str(error))
            return False
        return True


class DonePage(_Page):
    """What the set-up is about to do; Finish does it (a refusal is shown here)."""

    def __init__(self) -> None:
        super().__init__(
            tr(C, "Ready to set up"),
            tr(C, "Check the choices below. Finish creates the database and saves the connection."),
        )
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.setup_wizard()
        self.show_error("")
        lines = [tr(C, "Database: {where}").format(where=wizard.describe_target())]
        if wizard.sets_up_new():
            municipality = wizard.municipality_page.municipality()
            admin = wizard.admin_page.administrator()
            lines.append(tr(C, "Municipality: {name}").format(name=municipality.name))
            if municipality.logo is None:
                lines.append(tr(C, "No logo on the contracts."))
            lines.append(
                tr(C, "Administrator: {name} ({username})").format(
                    name=admin.display_name or admin.username, username=admin.username
                )
            )
        else:
            lines.append(tr(C, "The database is set up already: this PC will use it."))
        self.summary.setText("\n".join(lines))


class SetupWizard(QWizard):
    """``url`` holds the saved connection once the wizard was accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(C, "Integration Desk: set-up"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, tr(C, "Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr(C, "< Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr(C, "Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr(C, "Cancel"))
        self.setMinimumSize(700, 520)
        self.url: str | None = None
        self.admin_username: str | None = None  # the administrator made, suggested at sign-in
        self.kind_page = KindPage()
        self.sqlite_page = SqlitePage()
        self.postgres_page = PostgresPage()
        self.municipality_page = MunicipalityPage()
        self.admin_page = AdminPage()
        self.setPage(PAGE_KIND, self.kind_page)
        self.setPage(PAGE_SQLITE, self.sqlite_page)
        self.setPage(PAGE_POSTGRES, self.postgres_page)
        self.setPage(PAGE_MUNICIPALITY, self.municipality_page)
        self.setPage(PAGE_ADMIN, self.admin_page)
        self.done_page = DonePage()
        self.setPage(PAGE_DONE, self.done_page)
        self.setStartId(PAGE_KIND)

    def start_from(self, url: str | None) -> None:
        """Begin with the connection saved now (from the settings dialog)."""
        target = setup.target_from_url(url)
        if isinstance(target, setup.SqliteTarget):
            self.sqlite_page.path.setText(target.path)
        elif isinstance(target, setup.PostgresTarget):
            self.kind_page.team.setChecked(True)
            page = self.postgres_page
            page.host.setText(target.host)
            page.port.setValue(target.port)
            page.database.setText(target.database)
            page.username.setText(target.username)

    def on_postgres(self) -> bool:
        return self.kind_page.team.isChecked()

    def target(self) -> setup.Target:
        return self.postgres_page.target() if self.on_postgres() else self.sqlite_page.target()

    def connection_check(self) -> setup.TargetCheck | None:
        return self.postgres_page.check if self.on_postgres() else self.sqlite_page.check

    def sets_up_new(self) -> bool:
        """False when the database has an administrator already: then only the connection is saved."""
        check = self.connection_check()
        return check is None or check.state != "ready"

    def describe_target(self) -> str:
        target = self.target()
        if isinstance(target, setup.SqliteTarget):
            return tr(C, "the file {path} on this PC").format(path=target.path)
        return tr(C, "{database} on the PostgreSQL server {host}:{port}").format(
            database=target.database, host=target.host, port=target.port
        )

    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        if self.currentPage().nextId() != -1:
            return True
        return self._finish()

    def _finish(self) -> bool:
        """Do the set-up; a refusal is shown on the current page and the wizard stays open."""
        page = self.currentPage()
        new = self.sets_up_new()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.url = setup.complete_setup(
                self.target(),
                municipality=self.municipality_page.municipality() if new else None,
                administrator=self.admin_page.administrator() if new else None,
            )
        except (DomainError, DatabaseSetupError) as error:
            message = str(error)
        else:
            if new:
                self.admin_username = self.admin_page.administrator().username
            return True
        finally:
            QGuiApplication.restoreOverrideCursor()
        if isinstance(page, _Page):
            page.show_error(message)
        return False
