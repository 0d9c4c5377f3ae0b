"""Danish all the way: Qt's own dialogs speak Danish, a save dialog suggests a file name saying what
and whom in the user's documents folder and remembers the folder, dates read dd-mm-åååå, and counts
take the right plural ("1 problem", "10 problemer")."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from integration_desk.services.context import AppContext
from integration_desk.ui import user_settings
from integration_desk.ui.application import make_application
from integration_desk.ui.i18n import qt_translations_dir
from integration_desk.ui.widgets import file_dialogs
from integration_desk.ui.widgets.file_dialogs import safe_file_name

PACKAGE = Path(__file__).resolve().parents[2] / "integration_desk"


def _qtbase() -> QTranslator:
    translator = QTranslator()
    assert translator.load("qtbase_da", str(qt_translations_dir()))
    return translator


def _ours() -> QTranslator:
    from integration_desk.resources import resource_path

    translator = QTranslator()
    assert translator.load("integration_desk_da", str(resource_path("translations")))
    return translator


# --- Qt's own dialogs -------------------------------------------------------------------------------

#: Words Danish and English share (or that are not words): they may stay as they are.
SAME_IN_BOTH = {"OK", "Type", "Type:", "Printer", "&HTML:", "Form", "...", "1", "0", "255", "q", "t", "cap"}


def _shown_texts(dialog: QWidget) -> set[str]:
    texts = set()
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        if widget.isHidden() and not isinstance(widget.parentWidget(), QStackedWidget):
            continue  # hidden for good; a tab's page is hidden only until it is chosen
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if widget.toolTip():
            texts.add(widget.toolTip())
    for view in dialog.findChildren(QWidget, "sidebar"):  # the file dialog's places ("Computer")
        model = view.model()  # type: ignore[attr-defined]
        texts.update(str(model.index(row, 0).data()) for row in range(model.rowCount()))
    return {text for text in texts if text.strip()}


def _file_dialog(folder: Path) -> QDialog:
    dialog = QFileDialog(None, "cap", str(folder), "PDF (*.pdf)")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    return dialog


def _message_box(_folder: Path) -> QDialog:
    box = QMessageBox(QMessageBox.Icon.Question, "t", "q")
    buttons = QMessageBox.StandardButton
    for button in (buttons.Yes, buttons.No, buttons.Cancel, buttons.Save, buttons.Discard, buttons.Close):
        box.addButton(button)
    return box


def _printing(kind: type[QPrintDialog] | type[QPageSetupDialog]) -> Callable[[Path], QDialog]:
    def make(_folder: Path) -> QDialog:
        printer = QPrinter()
        dialog = kind(printer)
        dialog.printer_kept = printer  # type: ignore[attr-defined]  # the dialog only points at it
        return dialog

    return make


QT_DIALOGS: dict[str, Callable[[Path], QDialog]] = {
    "file": _file_dialog,
    "message_box": _message_box,
    "print": _printing(QPrintDialog),
    "page_setup": _printing(QPageSetupDialog),
    "colour": lambda _folder: QColorDialog(),
    "input": lambda _folder: QInputDialog(),
    "progress": lambda _folder: QProgressDialog(),
}


@pytest.mark.parametrize("name", QT_DIALOGS)
def test_qts_own_dialogs_show_no_english(qtbot, qapp, name: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "mappe").mkdir()
    (tmp_path / "kontrakt.pdf").write_bytes(b"%PDF-")

    def shown(language: str) -> set[str]:
        make_application(language)
        dialog = QT_DIALOGS[name](tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        texts = _shown_texts(dialog)
        dialog.close()
        return texts

    try:
        english = shown("en")
        danish = shown("da")
    finally:
        make_application("da")
    assert danish, name
    assert danish & english - SAME_IN_BOTH - {Path.home().name} == set()  # the home folder's name


def test_qts_catalogue_is_loaded_from_pyside6(desk_app) -> None:  # type: ignore[no-untyped-def]
    assert (qt_translations_dir() / "qtbase_da.qm").exists()
    qtbase = _qtbase()
    for context, text in (
        ("QPlatformTheme", "Cancel"),
        ("QPlatformTheme", "&Yes"),
        ("QFileDialog", "File &name:"),
    ):
        assert QCoreApplication.translate(context, text) == qtbase.translate(context, text) != ""


# --- One save dialog for the whole program ------------------------------------------------------------


def _answer_file_dialog(qtbot, answer: Callable[[QFileDialog], None]) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Call ``answer`` with the file dialog the next call opens (it runs modally); whatever the
    answer does, the dialog is closed, so a failing test cannot hang."""
    seen: dict[str, object] = {}
    tries = [0]

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            tries[0] += 1
            if tries[0] < 1000:  # no dialog came: the test's own assertions say so
                QTimer.singleShot(0, look)
            return
        try:
            seen["labels"] = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
            seen["name"] = dialog.findChild(QLineEdit, "fileNameEdit").text()
            seen["folder"] = Path(dialog.directory().absolutePath())
            seen["filter"] = dialog.selectedNameFilter()
            answer(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, look)
    return seen


def _type_name(name: str) -> Callable[[QFileDialog], None]:
    def answer(dialog: QFileDialog) -> None:
        dialog.findChild(QLineEdit, "fileNameEdit").setText(name)
        dialog.accept()

    return answer


@pytest.fixture
def documents(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """The user's documents folder, and no folder remembered yet. (And modal dialogs that wait for
    an answer: a test that ran the whole program (``cli.main(["gui", ...])``) can leave Qt's
    "quit now" flag set, so that every later ``exec()`` returns at once; one turn of the
    application's own loop clears it.)"""
    QTimer.singleShot(0, QApplication.quit)
    QApplication.exec()
    folder = tmp_path / "Dokumenter"
    folder.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: folder)
    user_settings.LAST_FOLDER.set("")
    yield folder
    user_settings.LAST_FOLDER.set("")


def test_saving_a_contract_suggests_what_and_whom_in_documents_and_remembers_the_folder(
    qtbot, desk_app, demo_ctx: AppContext, documents: Path, tmp_path: Path, wait_ops
) -> None:  # type: ignore[no-untyped-def]
    from integration_desk.ui.contracts.view import ContractsView

    view = ContractsView(demo_ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    detail = view.editor.detail
    assert detail is not None and detail.cpr
    view.editor.print_button.click()
    preview = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "PdfPreviewDialog")
    qtbot.addWidget(preview)

    elsewhere = tmp_path / "Sager"
    elsewhere.mkdir()
    seen = _answer_file_dialog(qtbot, _type_name(str(elsewhere / "kontrakt til Amina")))
    preview.save_dialog()

    name = f"{detail.given_name} {detail.family_name}"
    assert seen["name"] == f"Integrationskontrakt {name} v{detail.version_no}.pdf"
    assert seen["folder"] == documents
    assert detail.cpr.replace("-", "")[:6] not in str(seen["name"])
    # Qt's own labels of the dialog, in Danish: our supplement of Qt 6's words and qtbase_da's.
    labels = seen["labels"]
    assert isinstance(labels, dict)
    ours, qtbase = _ours(), _qtbase()
    assert labels["lookInLabel"] == ours.translate("QFileDialog", "&Look in:") == "&Kig i:"
    assert labels["fileTypeLabel"] == ours.translate("QFileDialog", "Files of &type:") == "Filer af &typen:"
    assert labels["fileNameLabel"] == qtbase.translate("QFileDialog", "File &name:") == "&Filnavn:"
    assert seen["filter"] == "PDF-dokument (*.pdf)"
    wait_ops()  # the PDF is written on a worker
    saved = elsewhere / "kontrakt til Amina.pdf"  # the suffix added to a name typed without it
    assert saved.read_bytes().startswith(b"%PDF-")

    again = _answer_file_dialog(qtbot, lambda dialog: dialog.reject())
    preview.save_dialog()
    assert again["folder"] == elsewhere  # the folder used last
    preview.close()


def test_a_report_export_is_named_by_report_and_period(
    qtbot, desk_app, demo_ctx: AppContext, documents: Path
) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from integration_desk.ui import ops
    from integration_desk.ui.reports.view import ReportsView

    view = ReportsView(demo_ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.first.set_value(date(2016, 1, 1))
    view.last.set_value(date(2016, 10, 31))
    view.choose_report("quota")
    seen = _answer_file_dialog(qtbot, _type_name(str(documents / "kvote")))
    view.excel_button.click()
    qtbot.waitUntil(ops.idle)  # the report and the export run on workers
    assert seen["name"] == "Kvote ankommet, varslet, tilbage 01-01-2016 – 31-10-2016.xlsx"
    assert view.title.text().endswith("01-01-2016 – 31-10-2016")
    rows = list(load_workbook(documents / "kvote.xlsx").worksheets[0].iter_rows(values_only=True))
    assert ("Periode", "01-01-2016 – 31-10-2016") in [row[:2] for row in rows]


def test_suggested_names_are_safe_on_windows_and_never_hold_a_cpr_number() -> None:
    assert safe_file_name("Kvote: ankommet/varslet? <2016>", ".xlsx") == "Kvote ankommet varslet 2016.xlsx"
    assert safe_file_name("Logudtræk Amina Testesen 010180-1234", ".pdf") == "Logudtræk Amina Testesen.pdf"
    assert safe_file_name("Amina 0101801234 Testesen") == "Amina Testesen"
    assert safe_file_name("CON", ".pdf") == "_CON.pdf"
    assert safe_file_name(" ... ", ".pdf") == "dokument.pdf"
    assert safe_file_name("Familien Al-Shami. ") == "Familien Al-Shami"


def test_every_file_dialog_goes_through_the_one_helper() -> None:
    import re

    helper = PACKAGE / "ui" / "widgets" / "file_dialogs.py"
    using = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path != helper and re.search(r'(?<!")\bQFileDialog\b(?!")', path.read_text(encoding="utf-8"))
    ]
    assert using == []


# --- Dates and plurals ---------------------------------------------------------------------------------


def test_no_date_is_written_with_dots_or_by_hand() -> None:
    """Dates go through integration_desk.formats (dd-mm-åååå); a report title read 01.01.2016."""
    formats = PACKAGE / "formats.py"
    by_hand = [
        f"{path.relative_to(PACKAGE)}: {line.strip()}"
        for path in PACKAGE.rglob("*.py")
        if path != formats
        for line in path.read_text(encoding="utf-8").splitlines()
        if "%d.%m" in line or "%d-%m-%Y" in line
    ]
    assert by_hand == []


@pytest.mark.parametrize("count", [1, 10])
def test_the_import_refusal_counts_its_problems_in_danish(
    qtbot, desk_app, sqlite_ctx: AppContext, tmp_path: Path, count: int, wait_ops
) -> None:  # type: ignore[no-untyped-def]
    from integration_desk.ui.arrivals.import_dialog import ImportDialog
    from tests.arrivals.conftest import row, write_workbook

    rows = [row(f"US-{n}", f"Familien {n}", Fødselsdato="31-02-1980") for n in range(count)]
    dialog = ImportDialog(sqlite_ctx, write_workbook(tmp_path / "ankomster.xlsx", rows))
    qtbot.addWidget(dialog)
    dialog.check_button.click()
    wait_ops()
    noun = "problem" if count == 1 else "problemer"
    assert dialog.summary.text() == f"Importen blev afvist: {count} {noun} fundet; intet blev skrevet."
    assert dialog.results.count() == count


def test_no_string_in_the_catalogue_hedges_its_plural() -> None:
    """ "problem(er)", "contract(s)": a count picks its word with i18n.by_count instead."""
    import re

    from integration_desk.i18n import catalogue

    hedged = [
        f"{context}: {source} / {danish}"
        for (context, source), danish in catalogue("da").items()
        if re.search(r"\w\((s|es|er|e|r)\)", source + " " + danish)
    ]
    assert hedged == []
