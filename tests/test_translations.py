"""Every user-visible string has a Danish translation, and the compiled catalogue matches its source."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
assert spec is not None and spec.loader is not None
i18n_tool = importlib.util.module_from_spec(spec)
sys.modules["i18n_tool"] = i18n_tool
spec.loader.exec_module(i18n_tool)


def test_every_source_string_has_a_finished_danish_translation() -> None:
    assert i18n_tool.problems() == []
    assert len(i18n_tool.extract()) > 150


def test_the_check_fails_on_one_missing_translation(tmp_path: Path) -> None:
    copy = tmp_path / "da.ts"
    shutil.copyfile(i18n_tool.TS, copy)
    entries = i18n_tool.read_ts(copy)
    victim = ("PeopleView", "Name")
    assert entries[victim] == ("Navn", True)
    entries[victim] = ("", False)
    i18n_tool.write_ts(entries, i18n_tool.extract(), copy)
    found = i18n_tool.problems(copy)
    assert len(found) == 1 and "'PeopleView' / 'Name'" in found[0]


def test_the_check_fails_on_a_translation_that_drops_a_placeholder(tmp_path: Path) -> None:
    copy = tmp_path / "da.ts"
    entries = i18n_tool.read_ts()
    entries[("PeopleView", "{n} persons")] = ("personer", True)
    i18n_tool.write_ts(entries, i18n_tool.extract(), copy)
    assert any("placeholders differ" in line for line in i18n_tool.problems(copy))


def test_the_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "da.qm"
    i18n_tool.compile_qm(i18n_tool.TS, fresh)
    assert fresh.read_bytes() == i18n_tool.TS.with_suffix(".qm").read_bytes(), "run: make translations"


def test_qt_translates_the_widgets_into_danish(desk_app) -> None:  # type: ignore[no-untyped-def]
    from integration_desk.ui.i18n import tr

    assert tr("MainWindow", "Residents") == "Borgere"
    assert tr("PeopleView", "Next deadline") == "Næste frist"


def test_the_check_fails_on_a_new_source_string_without_a_danish_translation(tmp_path: Path) -> None:
    """The test of the test: the real package plus one new tr() call, checked against the real .ts."""
    package = tmp_path / "integration_desk"
    shutil.copytree(i18n_tool.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    assert i18n_tool.problems(i18n_tool.TS, package) == []
    view = package / "ui" / "main_window.py"
    view.write_text(
        view.read_text(encoding="utf-8") + '\n\nNEW = tr(C, "A label nobody has translated yet")\n',
        encoding="utf-8",
    )
    found = i18n_tool.problems(i18n_tool.TS, package)
    assert len(found) == 1
    assert "no Danish translation for 'MainWindow' / 'A label nobody has translated yet'" in found[0]
    assert found[0].startswith(str(view) + ":")


def test_the_english_source_strings_are_complete_english() -> None:
    """English is the source language: every string is non-empty and holds no Danish-only letters."""
    import re

    danish = re.compile("[æøåÆØÅ]")
    bad = [
        f"{where[0]}: {source!r}"
        for (_context, source), where in i18n_tool.extract().items()
        if not source.strip() or danish.search(source)
    ]
    assert bad == []


def test_english_shows_the_source_strings(desk_app) -> None:  # type: ignore[no-untyped-def]
    from integration_desk import i18n
    from integration_desk.ui.i18n import install_translators, tr

    previous = i18n.current_language()
    install_translators(desk_app, "en")
    try:
        assert tr("MainWindow", "Residents") == "Residents"
        assert i18n.tr("cli", "(empty database)") == "(empty database)"
    finally:
        install_translators(desk_app, previous)
    assert tr("MainWindow", "Residents") == "Borgere"
