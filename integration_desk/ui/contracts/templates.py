"""The administrator's contract texts (with merge fields) and the letterhead of the printout."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from integration_desk.domain.contracts_text import MERGE_FIELDS, SECTION_KEYS, field_label, section_title
from integration_desk.services import contracts_settings
from integration_desk.services.context import AppContext
from integration_desk.services.contracts_settings import TeamSettings
from integration_desk.services.errors import ValidationError
from integration_desk.ui.contracts.widgets import ERROR_STYLE
from integration_desk.ui.i18n import tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.errors import run_action
from integration_desk.ui.widgets.file_dialogs import PICTURE, open_file
from integration_desk.ui.widgets.window_size import fit_to_screen

C = "ContractTemplates"


class TemplatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr(C, "Contract texts and letterhead"))
        fit_to_screen(self, 860, 620)
        templates = contracts_settings.get_templates(ctx)
        team = contracts_settings.get_team_settings(ctx)
        self.logo = team.logo
        self.tabs = QTabWidget()
        self.editors: dict[str, QPlainTextEdit] = {}
        for key in SECTION_KEYS:
            editor = QPlainTextEdit(templates[key])
            self.editors[key] = editor
            self.tabs.addTab(editor, section_title(key))
        fields = ", ".join(field_label(name) for name in MERGE_FIELDS)
        help_label = QLabel(
            tr(
                C,
                'Merge fields: {fields}. A field without a value is shown as a marker and blocks "ready for signing".',
            ).format(fields=fields)
            + " "
            + tr(
                C,
                "Text in double square brackets is optional: it is printed only when every merge field in it "
                "has a value, and left out otherwise, e.g. [[, herunder dit CPR-nummer {cpr},]] for a "
                "resident without a CPR number yet.",
            )
        )
        help_label.setWordWrap(True)
        self.name = QLineEdit(team.municipality_name)
        self.address = QPlainTextEdit(team.address)
        self.address.setFixedHeight(60)
        self.logo_label = QLabel()
        logo_button = QPushButton(tr(C, "Choose logo…"))
        clear_button = QPushButton(tr(C, "No logo"))
        logo_button.clicked.connect(self._choose_logo)
        clear_button.clicked.connect(lambda: self._set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(logo_button)
        logo_row.addWidget(clear_button)
        form = QFormLayout()
        form.addRow(tr(C, "Municipality / jobcentre"), self.name)
        form.addRow(tr(C, "Address"), self.address)
        form.addRow(tr(C, "Logo (PNG or JPEG)"), logo_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(help_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._set_logo(self.logo)
        editable = contracts_settings.may_administer(ctx)
        if not editable:
            for widget in (*self.editors.values(), self.name, self.address, logo_button, clear_button):
                widget.setEnabled(False)
            buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            help_label.setText(
                help_label.text() + "\n" + tr(C, "Only an administrator or team lead can change these.")
            )

    def _set_logo(self, logo: bytes | None) -> None:
        self.logo = logo
        self.logo_label.setText(
            tr(C, "Logo chosen ({kb} kB)").format(kb=len(logo) // 1024) if logo else tr(C, "No logo")
        )

    def _choose_logo(self) -> None:
        path = open_file(self, tr(C, "Choose logo"), PICTURE)
        if path is not None:
            try:
                self._set_logo(path.read_bytes())
            except OSError:
                self.logo_label.setText(tr(C, "The file could not be read."))

    def save(self) -> None:
        templates = {key: editor.toPlainText() for key, editor in self.editors.items()}
        for editor in self.editors.values():
            editor.setStyleSheet("")

        def action() -> bool:
            try:
                contracts_settings.save_templates(self.ctx, templates)
            except ValidationError as error:
                if error.field in self.editors:
                    self.tabs.setCurrentWidget(self.editors[error.field])
                    self.editors[error.field].setStyleSheet(ERROR_STYLE)
                raise
            contracts_settings.save_team_settings(
                self.ctx, TeamSettings(self.name.text(), self.address.toPlainText(), self.logo)
            )
            return True

        if run_action(self, action):
            hub.broadcast({"team_settings"})
            self.accept()
