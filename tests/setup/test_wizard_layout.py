"""Every page of the wizard renders, and no button, choice or field label is cut short (Danish words
are long) on a 1280×720 screen: the same check as every view and dialog (tests/layout_check.py).
The pictures were looked at by eye as well; this keeps a later text change honest."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from integration_desk import settings
from integration_desk.ui.application import make_application
from integration_desk.ui.setup_wizard import SetupWizard
from tests.layout_check import layout_problems
from tests.setup.conftest import PNG

SCREEN = QSize(1280, 720)


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_page_renders_and_fits(qtbot, qapp, language: str, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(settings.ENV_SETTINGS_FILE, str(tmp_path / "settings.ini"))
    make_application(language)
    try:
        wizard = SetupWizard()
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        logo = tmp_path / "logo.png"
        logo.write_bytes(PNG)

        def check(name: str) -> None:
            qapp.processEvents()
            assert layout_problems(wizard, SCREEN) == [], name  # the page and Next/Back/Finish/Cancel
            assert wizard.grab().save(str(tmp_path / f"{language}_{name}.png"))

        check("kind")
        wizard.kind_page.team.setChecked(True)
        wizard.next()
        check("postgres")
        wizard.back()
        wizard.kind_page.one_pc.setChecked(True)
        wizard.next()
        wizard.sqlite_page.path.setText(str(tmp_path / "desk.sqlite3"))
        check("sqlite")
        wizard.next()
        wizard.municipality_page.name.setText("Jobcenter Roskilde")
        wizard.municipality_page.load_logo(str(logo))
        check("municipality")
        wizard.next()
        for line, text in (
            (wizard.admin_page.username, "anne.berg"),
            (wizard.admin_page.password, "hemmelig-123"),
            (wizard.admin_page.repeated, "hemmelig-123"),
        ):
            line.setText(text)
        check("admin")
        wizard.next()
        check("done")
        assert len(list(tmp_path.glob(f"{language}_*.png"))) == 6
    finally:
        make_application("da")
