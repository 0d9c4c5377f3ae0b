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
