"""The team lead's audit viewer: filters, paging, the person's log extract as a PDF (and the CLI)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from integration_desk.cli import main
from integration_desk.db.models import AuditEvent
from integration_desk.domain.errors import PermissionDeniedError
from integration_desk.services import audit_log, people
from integration_desk.services.context import AppContext
from integration_desk.ui.admin.audit_dialog import AuditDialog
from tests.contracts.conftest import make_person
from tests.hours.conftest import add_resident


def _as(ctx: AppContext, username: str) -> AppContext:
    return AppContext(ctx.engine, username, today=ctx.today())


@pytest.fixture
def used(sqlite_ctx: AppContext) -> tuple[AppContext, int, int]:
    """Anne opens two files, Bo searches for a CPR number."""
    ctx = sqlite_ctx
    feven = make_person(ctx)
    other = add_resident(ctx).person_id
    people.get_person(_as(ctx, "anne"), feven)
    people.get_person(_as(ctx, "anne"), other)
    people.list_people(_as(ctx, "bo"), "010590-1234")
    return ctx, feven, other


def _shown(dialog: AuditDialog) -> list[tuple[str, str, str]]:
    model = dialog.model
    return [(model.row_at(r).username, model.row_at(r).action, model.row_at(r).person_name)
            for r in range(model.rowCount())]  # fmt: skip


def test_the_viewer_filters_by_user_action_person_and_period(desk_app, qtbot, used) -> None:  # type: ignore[no-untyped-def]
    ctx, feven, _other = used
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    assert {("anne", "view"), ("bo", "search")} <= {(u, a) for u, a, _ in _shown(dialog)}
    assert dialog.windowTitle() == "Logning"

    dialog.user.setCurrentIndex(dialog.user.findData("anne"))
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert _shown(dialog) == [("anne", "view", "Rami Haddad"), ("anne", "view", "Feven Asmerom")]

    dialog.user.setCurrentIndex(0)
    dialog.action.setCurrentIndex(dialog.action.findData("search"))
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert [(u, a) for u, a, _ in _shown(dialog)] == [("bo", "search")]
    details = dialog.model.row_at(0).details
    assert "***" in details and "010590" not in details  # the CPR searched for is masked

    dialog.action.setCurrentIndex(0)
    qtbot.keyClicks(dialog.person, str(feven))
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    shown = _shown(dialog)
    assert ("anne", "view", "Feven Asmerom") in shown and all(p in ("Feven Asmerom",) for _, _, p in shown)

    dialog.first.check.setChecked(True)
    dialog.first.edit.set_value(date(2099, 1, 1))
    dialog.last.check.setChecked(True)
    dialog.last.edit.set_value(date(2099, 12, 31))
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert _shown(dialog) == []

    with ctx.uow(readonly=True) as uow:  # every look at the log was itself logged, with the filter
        views = list(uow.session.scalars(select(AuditEvent).where(AuditEvent.entity == "audit_events")))
    assert len(views) == 5 and f'"person": {feven}' in views[-1].changes


def test_the_extract_button_writes_the_persons_log_as_a_pdf(
    desk_app, qtbot, used, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ctx, feven, _other = used
    target = tmp_path / "udtraek.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = AuditDialog(ctx, person_id=feven)
    qtbot.addWidget(dialog)
    assert dialog.extract_button.isEnabled()
    qtbot.mouseClick(dialog.extract_button, Qt.MouseButton.LeftButton)
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Logudtræk: Feven Asmerom" in text
    assert "anne" in text and "Læst" in text  # Anne's reading of the file
    assert "Rami" not in text and "0105901234" not in text
    with ctx.uow(readonly=True) as uow:
        last = uow.session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last is not None and (last.action, last.person_id) == ("export", feven)


def test_the_extract_command_and_who_may_read_the_log(used, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, feven, _ = used
    url = ctx.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "x.pdf"
    assert (
        main(["--database", url, "--user", "tester", "audit", "extract", str(feven), "--out", str(out)]) == 0
    )
    assert "Feven Asmerom" in PdfReader(out).pages[0].extract_text()
    assert main(["--database", url, "--user", "tester", "audit", "extract", "99999", "--out", str(out)]) == 1
    worker = _as(ctx, "mette")
    with worker.uow() as uow:
        from integration_desk.db.models import User

        uow.session.add(User(username="mette", display_name="Mette Holm", role="caseworker"))
        uow.commit()
    with pytest.raises(PermissionDeniedError):
        audit_log.query_log(_as(ctx, "mette"), audit_log.LogFilter())


def test_the_administration_menu_offers_the_log_to_team_lead_and_admin_only(
    desk_app, qtbot, demo_ctx
) -> None:  # type: ignore[no-untyped-def]
    from integration_desk.ui.main_window import MainWindow

    def window_for(username: str) -> MainWindow:
        window = MainWindow(AppContext(demo_ctx.engine, username, today=demo_ctx.today()))
        window.persist_state = False
        qtbot.addWidget(window)
        return window

    lead = window_for("birgit")
    assert lead.admin_menu.menuAction().isVisible()
    assert lead.audit_action.isVisible() and not lead.users_action.isVisible()
    assert lead.audit_action.text() == "&Logning …"
    admin = window_for("admin")
    assert admin.audit_action.isVisible() and admin.users_action.isVisible()
    assert not window_for("mette").admin_menu.menuAction().isVisible()
