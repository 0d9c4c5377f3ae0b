"""Issue 13, point 7: "Ny kontrakt …" asks which person, with nobody chosen beforehand."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from sqlalchemy import select

from integration_desk.db.models import Contract, Person
from integration_desk.services.context import AppContext
from integration_desk.ui.contracts import dialogs
from integration_desk.ui.contracts.view import ContractsView
from tests.contracts.conftest import make_person


def test_new_contract_asks_which_person_with_nobody_preselected(
    qtbot: Any, desk_app: Any, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_person(ctx, "Feven", "Asmerom")
    with ctx.uow() as uow:  # make_person gives every person the same CPR number
        person = uow.session.get(Person, first)
        assert person is not None
        person.cpr = None
        uow.commit()
    chosen = make_person(ctx, "Yonas", "Tesfay")  # second in the list: a preselection would miss it
    view = ContractsView(ctx)
    qtbot.addWidget(view)
    seen: list[tuple[int, str, object, bool]] = []

    def answer(dialog: dialogs.NewContractDialog) -> int:
        """What the user sees and does in the modal dialog."""
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen.append((dialog.person.currentIndex(), dialog.person.currentText(), dialog.person_id(), False))
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # OK with nobody chosen: refused, stays open
        seen.append(
            (dialog.result(), dialog.message.text(), dialog.person_id(), dialog.message.isVisibleTo(dialog))
        )
        line = dialog.person.lineEdit()
        qtbot.keyClicks(line, "Yonas Tes")  # half a name is nobody either
        assert dialog.person_id() is None
        qtbot.keyClicks(line, "fay")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(dialogs.NewContractDialog, "exec", answer)
    new = next(b for b in view.findChildren(QPushButton) if b.text() == "Ny kontrakt …")
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)

    assert seen[0] == (-1, "", None, False)  # nobody preselected
    assert seen[1] == (0, "Vælg den person, kontrakten er til.", None, True)
    with ctx.uow(readonly=True) as uow:
        assert list(uow.session.scalars(select(Contract.person_id))) == [chosen]
    assert view.editor.detail is not None and view.editor.detail.person_id == chosen
