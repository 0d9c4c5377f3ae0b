"""The PyInstaller spec keeps up with the code: no Qt module the program imports is left out of the
bundle, and every resources folder the program reads is bundled. (`make package` builds and runs
the bundle; this catches the mistake in a second, before a view nobody smoke-tests breaks.)"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "integration_desk.spec"
PACKAGE = ROOT / "integration_desk"


def _excluded_qt_modules() -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8"))):
        target = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AugAssign):
            target, value = node.target, node.value
        if isinstance(target, ast.Name) and target.id == "QT_UNUSED" and isinstance(value, ast.List):
            names.update(ast.literal_eval(value))
    return names


def _source() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py"))


def test_no_qt_module_the_program_imports_is_excluded() -> None:
    excluded = _excluded_qt_modules()
    assert {"QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia"} <= excluded
    imported = set(re.findall(r"\bPySide6\.(Qt\w+)", _source()))
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported
    assert imported & excluded == set(), "imported by the program but left out of the bundle"


def test_every_resources_folder_the_program_reads_is_bundled() -> None:
    read = set(re.findall(r"resource_path\(\s*\"(\w+)\"", _source()))
    assert {"fonts", "translations", "icons"} <= read
    spec = SPEC.read_text(encoding="utf-8")
    for folder in read:
        assert f'"resources/{folder}"' in spec, folder
