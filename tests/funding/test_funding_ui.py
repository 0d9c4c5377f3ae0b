"""Recording funding events on the person's page."""

from __future__ import annotations

from datetime import date

from integration_desk.services import funding
from integration_desk.services.context import AppContext
from integration_desk.ui.people.detail import PersonDetailPane
from tests.funding.test_funding_services import add_person


def test_record_events_on_the_persons_page(qtbot, desk_app, sqlite_ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    monkeypatch.setattr(
        "integration_desk.ui.widgets.errors.QMessageBox.warning",
        lambda _parent, _title, text, *a, **k: messages.append(text),
        raising=False,
    )
    person_id = add_person(sqlite_ctx)
    pane = PersonDetailPane(sqlite_ctx)
    qtbot.addWidget(pane)
    pane.show_person(person_id)
    box = pane.funding
    assert "måned 4 af 36" in box.base.text()

    dialog = box.open_dialog("test")
    assert dialog is not None
    dialog.test.setCurrentText("Prøve i Dansk 3")
    dialog.on.set_value(date(2016, 9, 20))
    dialog.save()
    assert not dialog.isVisible()
    texts = [box.list.item(i).text() for i in range(box.list.count())]
    assert texts == ["20-09-2016  Danskprøve bestået — Prøve i Dansk 3 — 36.331,00 kr."]

    dialog = box.open_dialog("job")
    assert dialog is not None
    dialog.employer.setText("Arla Foods")
    dialog.hours.setValue(25)
    dialog.on.set_value(date(2016, 8, 1))
    dialog.save()
    texts = [box.list.item(i).text() for i in range(box.list.count())]
    assert any(t.startswith("31-01-2017  Job i 6 måneder — Arla Foods") and "forventet" in t for t in texts)
    assert texts[-1] == "Job: Arla Foods, 25 t/uge, 01-08-2016 – arbejder stadig"

    # A date in the future is refused and the dialog stays open with what was typed.
    dialog = box.open_dialog("education")
    assert dialog is not None
    dialog.institution.setText("VUC")
    dialog.on.set_value(date(2016, 10, 4))
    dialog.save()
    assert dialog.isVisible() and messages
    assert len(funding.funding_of(sqlite_ctx, person_id).events) == 2
    dialog.reject()


def test_delete_a_job_recorded_by_mistake(qtbot, desk_app, sqlite_ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from decimal import Decimal

    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    person_id = add_person(sqlite_ctx)
    funding.save_job(sqlite_ctx, person_id, "Netto", Decimal(10), date(2016, 8, 1))
    pane = PersonDetailPane(sqlite_ctx)
    qtbot.addWidget(pane)
    pane.show_person(person_id)
    box = pane.funding
    assert box.list.count() == 1 and not box.delete_button.isEnabled()
    box.list.setCurrentRow(0)
    assert box.delete_button.isEnabled()
    box.delete_button.click()
    assert funding.funding_of(sqlite_ctx, person_id).jobs == ()
    assert box.list.item(0).text() == "Ingen hændelser registreret."
