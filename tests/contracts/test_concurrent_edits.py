"""Issue 7, concurrent edits: two people save the same contract; the second settles the conflict."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from sqlalchemy import Engine

from integration_desk.db.models import Role, User
from integration_desk.domain.conflicts import MINE, THEIRS, keyed_rows, merge_fields, resolve, rows_of
from integration_desk.domain.contracts import ActivityInput
from integration_desk.services import contracts, contracts_edit
from integration_desk.services.context import AppContext
from integration_desk.services.database import open_database
from integration_desk.ui.contracts import dialogs
from integration_desk.ui.contracts.view import PersonContractDialog
from integration_desk.ui.widgets.conflict_dialog import ConflictDialog
from tests.conftest import DEMO_TODAY

LANGUAGE = ActivityInput(
    "danish_classes", "Sprogcenter Ballerup", date(2016, 9, 1), date(2019, 8, 31), Decimal(15)
)
PLACEMENT = ActivityInput(
    "work_placement", "Ballerup Genbrug", date(2016, 9, 1), date(2019, 8, 31), Decimal(22)
)
INTERNSHIP = ActivityInput(
    "work_placement", "Netto Skovlunde", date(2016, 10, 1), date(2017, 3, 31), Decimal(20)
)


def test_merge_fields_only_lists_true_conflicts() -> None:
    base = {"a": 1, "b": 1, "c": 1, "d": 1}
    theirs = {"a": 2, "b": 1, "c": 3, "d": 5}
    mine = {"a": 1, "b": 4, "c": 9, "d": 5}
    result = merge_fields(base, theirs, mine)
    assert [c.field for c in result.conflicts] == ["c"]
    assert (result.conflicts[0].base, result.conflicts[0].theirs, result.conflicts[0].mine) == (1, 3, 9)
    assert resolve(result, {"c": MINE}) == {"a": 2, "b": 4, "c": 9, "d": 5}
    assert resolve(result, {"c": THEIRS}) == {"a": 2, "b": 4, "c": 3, "d": 5}


def test_keyed_rows_keep_additions_and_removals_and_make_delete_against_edit_a_conflict() -> None:
    def merged(base: list[tuple[int, str]], theirs: list[tuple[int, str]], mine: list[tuple[int, str]]):  # type: ignore[no-untyped-def]
        fields = keyed_rows("row:", base, theirs, mine, lambda r: r[0])
        return merge_fields(*fields)

    # they added t, I removed x: both happen, no question
    result = merged([(1, "x"), (2, "y")], [(1, "x"), (2, "y"), (3, "t")], [(2, "y")])
    assert not result.conflicts
    assert rows_of(resolve(result, {}), "row:") == ((2, "y"), (3, "t"))
    # they deleted y while I edited it: a conflict; theirs deletes it, mine keeps my edit
    result = merged([(1, "x"), (2, "y")], [(1, "x")], [(1, "x"), (2, "y2")])
    assert [(c.field, c.deleted_by) for c in result.conflicts] == [("row:2", THEIRS)]
    assert rows_of(resolve(result, {}), "row:") == ((1, "x"),)
    assert rows_of(resolve(result, {"row:2": MINE}), "row:") == ((1, "x"), (2, "y2"))
    # and the other way round: they edited what I deleted
    result = merged([(1, "x")], [(1, "x2")], [])
    assert [(c.field, c.deleted_by) for c in result.conflicts] == [("row:1", MINE)]


@pytest.fixture
def second_engine(database_url: str) -> Any:
    engine = open_database(database_url)
    yield engine
    engine.dispose()


def _two_sessions(ctx: AppContext, engine: Engine, person_maker: Any) -> tuple[AppContext, int, int]:
    person_id = person_maker(ctx)
    with ctx.uow() as uow:
        uow.session.add(User(username="hanne", display_name="Hanne Holm", role=Role.ADMIN.value))
        uow.commit()
    contract_id = contracts_edit.create_contract(ctx, person_id)
    detail = contracts.get_contract(ctx, contract_id)
    start = contracts_edit.input_of(detail)
    saved = contracts_edit.save_contract(
        ctx,
        contract_id,
        detail.version,
        contracts_edit.ContractInput(**{**start.__dict__, "activities": (LANGUAGE, PLACEMENT)}),
    )
    assert len(saved.activities) == 2
    return AppContext(engine, "hanne", today=DEMO_TODAY), person_id, contract_id


def _answer_modal(qtbot: Any, answer: Any) -> list[str]:
    """Answer the next modal dialog from a timer (a hang fails instead of blocking the run)."""
    seen: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        seen.append(type(dialog).__name__)
        answer(dialog)

    QTimer.singleShot(0, act)
    return seen


def test_second_save_settles_the_conflict_field_by_field(
    desk_app: Any,
    qtbot: Any,
    ctx: AppContext,
    second_engine: Engine,
    person_maker: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    hanne, person_id, contract_id = _two_sessions(ctx, second_engine, person_maker)
    mette_window = PersonContractDialog(ctx, person_id)
    hanne_window = PersonContractDialog(hanne, person_id)
    qtbot.addWidget(mette_window)
    qtbot.addWidget(hanne_window)
    mette, other = mette_window.editor, hanne_window.editor

    # Mette starts editing: a goal and the interpreter, her own education goal, and she removes
    # the work placement.
    mette.employment_goal.setCurrentText("Job som pædagogmedhjælper")
    mette.interpreter_name.setText("Yonas Tesfay")
    mette.education_goal.setCurrentText("Pædagogisk assistentuddannelse")
    mette.activities = [a for a in mette.activities if a != PLACEMENT]

    # Meanwhile Hanne changes the same goal and interpreter, the language, and adds an internship;
    # she saves first. Mette's editor keeps what she typed and only says it changed elsewhere.
    other.employment_goal.setCurrentText("Job i detailhandlen")
    other.interpreter_name.setText("Ahmed Nur")
    other.interpreter_language.setText("Tigrinya")
    monkeypatch.setattr(dialogs.ActivityDialog, "exec", _fill_activity(INTERNSHIP))
    other.add_activity()
    qtbot.mouseClick(other.save_button, Qt.MouseButton.LeftButton)
    assert not warnings
    assert not mette.stale_notice.isHidden()
    assert mette.interpreter_name.text() == "Yonas Tesfay"

    def settle(dialog: QDialog) -> None:
        assert isinstance(dialog, ConflictDialog)
        assert sorted(dialog.mine) == ["employment_goal", "interpreter_name"]
        assert dialog.theirs["interpreter_name"].text() == "Ahmed Nur"
        assert dialog.mine["interpreter_name"].text() == "Yonas Tesfay"
        qtbot.mouseClick(dialog.theirs["interpreter_name"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.mine["employment_goal"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.save_chosen, Qt.MouseButton.LeftButton)

    seen = _answer_modal(qtbot, settle)
    qtbot.mouseClick(mette.save_button, Qt.MouseButton.LeftButton)
    assert seen == ["ConflictDialog"]
    assert not warnings

    stored = contracts.get_contract(ctx, contract_id)
    assert stored.employment_goal == "Job som pædagogmedhjælper"  # mine, chosen
    assert stored.interpreter_name == "Ahmed Nur"  # theirs, chosen
    assert stored.interpreter_language == "Tigrinya"  # only theirs changed it
    assert stored.education_goal == "Pædagogisk assistentuddannelse"  # only mine changed it
    assert stored.activity_inputs() == (LANGUAGE, INTERNSHIP)  # her removal, their addition
    assert stored.caseworker_id is not None and stored.programme_end == date(2019, 8, 31)
    assert mette.detail is not None and mette.detail.version == stored.version
    assert mette.employment_goal.currentText() == "Job som pædagogmedhjælper"
    assert not mette.has_unsaved_changes()


def test_cancelling_the_conflict_keeps_what_was_typed(
    desk_app: Any, qtbot: Any, sqlite_ctx: AppContext, person_maker: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = sqlite_ctx
    hanne, person_id, contract_id = _two_sessions(ctx, ctx.engine, person_maker)
    window = PersonContractDialog(ctx, person_id)
    qtbot.addWidget(window)
    editor = window.editor
    detail = contracts.get_contract(hanne, contract_id)
    theirs = contracts_edit.input_of(detail)
    contracts_edit.save_contract(
        hanne,
        contract_id,
        detail.version,
        contracts_edit.ContractInput(**{**theirs.__dict__, "interpreter_name": "Ahmed Nur"}),
    )
    editor.interpreter_name.setText("Yonas Tesfay")
    seen = _answer_modal(qtbot, lambda dialog: dialog.reject())
    assert editor.save() is False
    assert seen == ["ConflictDialog"]
    assert editor.interpreter_name.text() == "Yonas Tesfay"
    assert contracts.get_contract(ctx, contract_id).interpreter_name == "Ahmed Nur"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    window.close()


def test_changes_on_different_fields_merge_without_asking(
    desk_app: Any, qtbot: Any, sqlite_ctx: AppContext, person_maker: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    ctx = sqlite_ctx
    hanne, person_id, contract_id = _two_sessions(ctx, ctx.engine, person_maker)
    window = PersonContractDialog(ctx, person_id)
    qtbot.addWidget(window)
    editor = window.editor
    detail = contracts.get_contract(hanne, contract_id)
    theirs = contracts_edit.input_of(detail)
    contracts_edit.save_contract(
        hanne,
        contract_id,
        detail.version,
        contracts_edit.ContractInput(**{**theirs.__dict__, "interpreter_name": "Ahmed Nur"}),
    )
    editor.interpreter_language.setText("Arabisk")
    editor.conflict_dialog = lambda *a: pytest.fail("no dialog for a clean merge")  # type: ignore[method-assign,assignment]
    assert editor.save() is True, warnings
    stored = contracts.get_contract(ctx, contract_id)
    assert (stored.interpreter_name, stored.interpreter_language) == ("Ahmed Nur", "Arabisk")


def _fill_activity(activity: ActivityInput) -> Any:
    def fake_exec(self: dialogs.ActivityDialog) -> int:
        self.kind.setCurrentIndex(self.kind.findData(activity.kind))
        self.provider.setText(activity.provider)
        self.starts_on.set_value(activity.starts_on)
        self.ends_on.set_value(activity.ends_on)
        self.hours.setValue(float(activity.hours_per_week))
        return QDialog.DialogCode.Accepted

    return fake_exec


def test_a_change_elsewhere_reloads_or_only_says_so(
    desk_app: Any, qtbot: Any, sqlite_ctx: AppContext, person_maker: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from integration_desk.ui.signals import hub

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a)))
    ctx = sqlite_ctx
    hanne, person_id, contract_id = _two_sessions(ctx, ctx.engine, person_maker)
    window = PersonContractDialog(ctx, person_id)
    qtbot.addWidget(window)
    editor = window.editor

    def hanne_sets(field: str, value: str) -> None:
        detail = contracts.get_contract(hanne, contract_id)
        data = contracts_edit.input_of(detail)
        contracts_edit.save_contract(
            hanne,
            contract_id,
            detail.version,
            contracts_edit.ContractInput(**{**data.__dict__, field: value}),
        )
        hub.broadcast({"contracts"})  # as the watcher does when it hears of her write

    hanne_sets("interpreter_name", "Ahmed Nur")  # nothing typed here: the editor shows her value
    assert editor.interpreter_name.text() == "Ahmed Nur"
    assert editor.stale_notice.isHidden()

    editor.interpreter_language.setText("Arabisk")  # typing: her next change only shows a notice
    hanne_sets("employment_goal", "Job i detailhandlen")
    assert not editor.stale_notice.isHidden()
    assert editor.interpreter_language.text() == "Arabisk"
    assert editor.employment_goal.currentText() == ""
    assert editor.save() is True  # merges: her goal, my language
    stored = contracts.get_contract(ctx, contract_id)
    assert (stored.employment_goal, stored.interpreter_language) == ("Job i detailhandlen", "Arabisk")
    assert editor.stale_notice.isHidden()


# --- issue 18: deleting an activity while someone else edits it is a conflict ----------------


def _save_as(user: AppContext, contract_id: int, change: Any) -> None:
    detail = contracts.get_contract(user, contract_id)
    data = contracts_edit.input_of(detail)
    contracts_edit.save_contract(
        user, contract_id, detail.version, replace(data, activities=change(data.activities))
    )


def _without_placement(activities: tuple[ActivityInput, ...]) -> tuple[ActivityInput, ...]:
    return tuple(a for a in activities if a != PLACEMENT)


def _placement_at_20(activities: tuple[ActivityInput, ...]) -> tuple[ActivityInput, ...]:
    return tuple(replace(a, hours_per_week=Decimal(20)) if a == PLACEMENT else a for a in activities)


@pytest.mark.parametrize("deleter", ["theirs", "mine"])
def test_delete_against_edit_of_one_activity_is_a_conflict(
    ctx: AppContext, second_engine: Engine, person_maker: Any, deleter: str
) -> None:
    hanne, _person_id, contract_id = _two_sessions(ctx, second_engine, person_maker)
    loaded = contracts.get_contract(ctx, contract_id)
    base = contracts_edit.input_of(loaded)
    placement_id = next(a.activity_id for a in base.activities if a == PLACEMENT)
    # Hanne saves first: she deletes the placement (or edits it, while Mette deletes it)
    _save_as(hanne, contract_id, _without_placement if deleter == "theirs" else _placement_at_20)
    mine = replace(
        base, activities=(_placement_at_20 if deleter == "theirs" else _without_placement)(base.activities)
    )
    with pytest.raises(contracts_edit.ContractConflict) as raised:
        contracts_edit.save_contract(ctx, contract_id, loaded.version, mine, base=base)
    conflict = raised.value
    assert [(c.field, c.deleted_by) for c in conflict.result.conflicts] == [
        (f"activity:{placement_id}", THEIRS if deleter == "theirs" else MINE)
    ]
    # the deleter's side wins only when chosen: keep the edit, or let the deletion stand
    edited = replace(PLACEMENT, hours_per_week=Decimal(20))
    for choice, expected in ((MINE, "mine"), (THEIRS, "theirs")):
        kept = conflict.merged_input({f"activity:{placement_id}": choice}).activities
        survives = (expected == "mine") == (deleter == "theirs")
        assert kept == ((LANGUAGE, edited) if survives else (LANGUAGE,))
    contracts_edit.save_contract(
        ctx, contract_id, conflict.their_version, conflict.merged_input({f"activity:{placement_id}": MINE}),
        base=conflict.theirs,
    )  # fmt: skip
    stored = contracts.get_contract(ctx, contract_id).activity_inputs()
    assert stored == ((LANGUAGE, edited) if deleter == "theirs" else (LANGUAGE,))


def test_an_edited_activity_keeps_its_stored_row(ctx: AppContext, person_maker: Any) -> None:
    """Saving updates the activity the editor loaded in place: the merge recognises it by its id."""
    _hanne, _person_id, contract_id = _two_sessions(ctx, ctx.engine, person_maker)
    before = {a.kind: a.id for a in contracts.get_contract(ctx, contract_id).activities}
    _save_as(ctx, contract_id, _placement_at_20)
    after = contracts.get_contract(ctx, contract_id).activities
    assert {a.kind: a.id for a in after} == before
    assert {a.kind: a.hours_per_week for a in after}["work_placement"] == Decimal(20)
    dialog = dialogs.ActivityDialog(after[0].as_input(), Decimal(37))
    assert dialog.activity().activity_id == after[0].id  # the dialog keeps it too


@pytest.mark.parametrize("choose", ["mine", "theirs"])
def test_the_dialog_shows_who_deleted_the_activity_and_applies_the_choice(
    desk_app: Any, qtbot: Any, sqlite_ctx: AppContext, person_maker: Any, monkeypatch: pytest.MonkeyPatch,
    choose: str,
) -> None:  # fmt: skip
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    ctx = sqlite_ctx
    hanne, person_id, contract_id = _two_sessions(ctx, ctx.engine, person_maker)
    window = PersonContractDialog(ctx, person_id)
    qtbot.addWidget(window)
    editor = window.editor
    # Mette opens the placement and sets 20 hours; meanwhile Hanne deletes it and saves.
    row = next(i for i, a in enumerate(editor.activities) if a == PLACEMENT)
    editor.table.setCurrentIndex(editor.table.proxy.index(row, 0))
    monkeypatch.setattr(
        dialogs.ActivityDialog, "exec", _fill_activity(replace(PLACEMENT, hours_per_week=Decimal(20)))
    )
    editor.edit_activity()
    _save_as(hanne, contract_id, _without_placement)
    placement_id = next(a.activity_id for a in editor.activities if a.kind == "work_placement")
    field = f"activity:{placement_id}"

    def settle(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, ConflictDialog)
            assert list(dialog.mine) == [field]
            label = dialog.findChildren(QLabel)
            assert any(w.text() == "Aktivitet Virksomhedspraktik, Ballerup Genbrug" for w in label)
            assert dialog.theirs[field].text() == "Slettet af Hanne Holm"
            assert dialog.mine[field].text().startswith("Din ændring: Virksomhedspraktik · Ballerup Genbrug")
            assert "20 t/uge" in dialog.mine[field].text()
        except AssertionError:
            dialog.reject()  # a wrong dialog fails the test instead of waiting for the timeout
            raise
        side = dialog.mine if choose == "mine" else dialog.theirs
        qtbot.mouseClick(side[field], Qt.MouseButton.LeftButton, pos=QPoint(6, side[field].height() // 2))
        qtbot.mouseClick(dialog.save_chosen, Qt.MouseButton.LeftButton)

    seen = _answer_modal(qtbot, settle)
    assert editor.save() is True, warnings
    assert seen == ["ConflictDialog"]
    stored = contracts.get_contract(ctx, contract_id).activity_inputs()
    edited = replace(PLACEMENT, hours_per_week=Decimal(20))
    assert stored == ((LANGUAGE, edited) if choose == "mine" else (LANGUAGE,))
    assert not editor.has_unsaved_changes()
