"""Issue 14: "Print all ready for signing" on a worker: Cancel really cancels (no file, no half
file), and the window keeps repainting while the batch runs."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog
from sqlalchemy import update

from integration_desk.db.models import Contract
from integration_desk.services import contracts_print
from integration_desk.services.context import AppContext
from integration_desk.services.progress import Cancelled
from integration_desk.ui import ops
from integration_desk.ui.contracts import preview
from integration_desk.ui.contracts.view import ContractsView
from integration_desk.ui.stall import StallProbe


def _all_ready(ctx: AppContext) -> list[int]:
    """Every contract ready for signing and in the user's caseload, so the batch holds many."""
    mine = ctx.user.caseload_id
    with ctx.uow() as uow:
        values: dict[str, object] = {"status": "ready"}
        if mine is not None:
            values["caseworker_id"] = mine
        uow.session.execute(update(Contract).values(**values))
        uow.commit()
    ids = contracts_print.ready_contract_ids(ctx, mine)
    assert len(ids) >= 10
    return ids


@pytest.fixture
def view(qtbot, desk_app, demo_ctx: AppContext, wait_ops) -> ContractsView:  # type: ignore[no-untyped-def]
    view = ContractsView(demo_ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    wait_ops()
    return view


def test_the_window_repaints_while_the_batch_runs(
    qtbot, view: ContractsView, wait_ops, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    ids = _all_ready(view.ctx)
    probe = StallProbe()
    showing = preview.PdfPreviewDialog.__init__

    def shown(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        probe.stop()  # the batch is over: the PDF reached the GUI thread
        showing(self, *args, **kwargs)

    monkeypatch.setattr(preview.PdfPreviewDialog, "__init__", shown)
    started = time.perf_counter()
    with probe:
        view.ready_button.click()
        assert not view.ready_button.isEnabled()  # the trigger is off while it runs
        qtbot.waitUntil(lambda: view.ready_batch is not None and view.ready_batch.operation is not None)
        batch = view.ready_batch
        assert batch is not None
        # measured while the worker renders, up to the moment the PDF reaches the GUI thread
        wait_ops(60_000)
    gap = probe.max_gap_ms
    elapsed_ms = (time.perf_counter() - started) * 1000.0
    # Measured against the batch itself, not a wall-clock budget: on the GUI thread the whole batch
    # would be one gap; on the worker the loop keeps ticking. This does NOT prove issue 14's 50 ms
    # target: the longest gap measures 98-233 ms over a 1.4 s batch here (open in the issue).
    assert probe.ticks > 10
    assert gap < elapsed_ms / 3, f"the GUI thread stalled {gap:.0f} ms of a {elapsed_ms:.0f} ms batch"
    assert batch.dialog is not None
    qtbot.addWidget(batch.dialog)
    assert batch.dialog.contract_ids == ids
    assert batch.dialog.document.pageCount() >= len(ids)
    assert view.ready_button.isEnabled()


def test_cancel_during_the_batch_makes_no_pdf(qtbot, view: ContractsView, wait_ops) -> None:  # type: ignore[no-untyped-def]
    _all_ready(view.ctx)
    view.ready_button.click()
    qtbot.waitUntil(lambda: view.ready_batch is not None and view.ready_batch.operation is not None)
    batch = view.ready_batch
    assert batch is not None and batch.operation is not None
    dialog = batch.operation.dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=30_000)  # it has started
    qtbot.mouseClick(dialog.findChildren(type(view.ready_button))[0], Qt.MouseButton.LeftButton)
    wait_ops(60_000)
    assert batch.cancelled and batch.dialog is None
    assert ops.idle()


def test_a_cancelled_batch_to_a_file_leaves_no_file(demo_ctx: AppContext, tmp_path: Path) -> None:
    ids = _all_ready(demo_ctx)
    folder = tmp_path / "ud"
    folder.mkdir()
    out = folder / "klar.pdf"
    calls: list[float] = []

    def stop_half_way(done: float, total: float) -> bool:
        calls.append(done / total)
        return done / total < 0.7  # in the layout of the pages

    with pytest.raises(Cancelled):
        contracts_print.write_many(demo_ctx, ids, out, stop_half_way)
    assert max(calls) >= 0.7
    assert list(folder.iterdir()) == []


def test_a_failed_batch_keeps_the_old_file_whole(
    demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _all_ready(demo_ctx)[:2]
    folder = tmp_path / "ud"
    folder.mkdir()
    out = folder / "klar.pdf"
    contracts_print.write_many(demo_ctx, ids, out)
    before = out.read_bytes()
    assert before.startswith(b"%PDF")

    def broken(*_args: object) -> bytes:
        raise OSError("disk full")

    monkeypatch.setattr(contracts_print, "render_contracts", broken)
    with pytest.raises(OSError):
        contracts_print.write_many(demo_ctx, ids, out)
    assert out.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["klar.pdf"]
