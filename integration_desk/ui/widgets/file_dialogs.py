"""Every "Save as …" and "Open …" of the program: one place that

- suggests a file name saying what and whom ("Integrationskontrakt Amina Testesen v1.pdf"), made
  safe for Windows (no ``<>:"/\\|?*``, no reserved names) and never holding a CPR number;
- starts in the folder used last (remembered per user, ``user_settings.LAST_FOLDER``), else the
  user's Documents folder;
- adds the suffix when the user typed a name without it.

The dialog is the platform's own where there is one (Windows: Danish when Windows is); elsewhere
Qt's, translated by the catalogues ``ui.i18n`` installs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from integration_desk.i18n import translate_noop
from integration_desk.ui import user_settings
from integration_desk.ui.i18n import tr

C = "FileDialogs"

_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
#: ten digits, with or without the dash: a CPR number never goes into a file name
_CPR = re.compile(r"\d{6}-?\d{4}")
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{n}" for n in range(1, 10)),
    *(f"LPT{n}" for n in range(1, 10)),
}
#: Windows' limit is 255 characters per name; leave room for " (2)" and the suffix
MAX_STEM = 150


@dataclass(frozen=True)
class FileKind:
    suffixes: tuple[str, ...]  # with the dot; the first is added to a name typed without one
    filter_text: str  # English, translated when shown

    def filter(self) -> str:
        return tr(C, self.filter_text)


PDF = FileKind((".pdf",), translate_noop(C, "PDF document (*.pdf)"))
EXCEL = FileKind((".xlsx",), translate_noop(C, "Excel workbook (*.xlsx)"))
PICTURE = FileKind((".png", ".jpg", ".jpeg"), translate_noop(C, "Pictures (*.png *.jpg *.jpeg)"))
DATABASE = FileKind(
    (".sqlite3", ".sqlite", ".db"), translate_noop(C, "SQLite databases (*.sqlite3 *.sqlite *.db)")
)


def safe_file_name(text: str, suffix: str = "") -> str:
    """``text`` as a file name any Windows PC accepts: illegal characters become spaces, a CPR
    number is left out, runs of spaces shrink to one, no trailing dots, no reserved device name."""
    stem = _CPR.sub(" ", text)
    stem = _ILLEGAL.sub(" ", stem)
    stem = re.sub(r"\s+", " ", stem).strip(" .")[:MAX_STEM].strip(" .")
    if not stem or stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}" if stem else tr(C, "document")
    return stem + suffix


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def start_folder() -> Path:
    """The folder used last, when it still exists; else the user's Documents folder."""
    last = user_settings.LAST_FOLDER.get()
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def _remember(path: Path) -> None:
    user_settings.LAST_FOLDER.set(str(path.parent))


def save_file(
    parent: QWidget | None,
    caption: str,
    name: str,
    kind: FileKind,
    *,
    folder: Path | None = None,
    confirm_overwrite: bool = True,
) -> Path | None:
    """Ask where to save; ``name`` is the suggested file name without its suffix. None when the
    user cancelled. The chosen path always ends in one of ``kind.suffixes``."""
    suggested = (folder or start_folder()) / safe_file_name(name, kind.suffixes[0])
    options = QFileDialog.Option(0) if confirm_overwrite else QFileDialog.Option.DontConfirmOverwrite
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, caption, str(suggested), kind.filter(), options=options
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in kind.suffixes:
        path = path.with_name(path.name + kind.suffixes[0])
    _remember(path)
    return path


def open_file(parent: QWidget | None, caption: str, kind: FileKind) -> Path | None:
    """Ask which file to open; None when the user cancelled."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, caption, str(start_folder()), kind.filter())
    if not chosen:
        return None
    path = Path(chosen)
    _remember(path)
    return path
