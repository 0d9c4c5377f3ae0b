"""An overrun quota names the same figures everywhere: the overview's bar, its warning and monthly
table, the team lead's box, the notice dialog, the import and the quota report (issue 13, point 4)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from integration_desk.domain.arrivals import MemberInput
from integration_desk.services import arrivals, quota
from integration_desk.services.arrivals_import import import_arrivals
from integration_desk.services.context import AppContext
from integration_desk.services.reports import run_report
from integration_desk.ui.arrivals.notice_dialog import NoticeDialog
from integration_desk.ui.overview.panels import QuotaPanel, TeamLeadPanel
from integration_desk.ui.overview.view import OverviewView


def _adults(n: int) -> tuple[MemberInput, ...]:
    return tuple(MemberInput(f"Person{i}", "Haddad", date(1980, 1, 1 + i)) for i in range(n))


def _overrun(ctx: AppContext, make_notice: Any) -> None:
    """Quota 4; five quota persons arrived in September, one announced for November: 2 over."""
    quota.save_quota(ctx, date(2016, 3, 1), date(2017, 2, 28), 4)
    saved = arrivals.save_notice(ctx, make_notice("US-1", members=_adults(5)))
    notice = arrivals.get_notice(ctx, saved.notice_id)
    arrivals.register_arrival(ctx, notice.id, date(2016, 9, 20), notice.version)
    arrivals.save_notice(ctx, make_notice("US-2", expected_arrival_on=date(2016, 11, 2), members=_adults(1)))


def test_the_overview_names_one_overrun_in_the_bar_the_warning_and_the_team_lead_box(
    qtbot: Any, desk_app: Any, ctx: AppContext, make_notice: Any, wait_ops: Any
) -> None:
    _overrun(ctx, make_notice)
    view = OverviewView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    wait_ops()
    panel = next(p for p in view.panels if isinstance(p, QuotaPanel))
    lead = next(p for p in view.panels if isinstance(p, TeamLeadPanel))

    # The bar: the arrived persons of the quota, full, in the warning colour, the overrun named.
    assert panel.bar.text() == "5 af 4 ankommet — 2 over kvoten"
    assert panel.bar.value() == panel.bar.maximum() == 4
    assert "#b00020" in panel.bar.styleSheet()
    # The line above it and the warning: remaining 0, the same 2 over.
    assert "5 af 4 ankommet, 1 varslet, 0 tilbage — 2 over kvoten" in panel.label.text()
    assert panel.warning.isVisibleTo(panel)
    assert panel.warning.text() == "2 over kvoten: 5 ankommet og 1 varslet giver 6 af 4."
    # The monthly table: never a negative remaining; the overrun in its own row.
    table = panel.months.text()
    assert "-1" not in table and "-2" not in table
    assert "Over kvoten" in table
    # The team lead's box says exactly the same.
    assert "5 af 4 ankommet, 1 varslet, 0 tilbage — 2 over kvoten" in lead.label.text()


def test_within_the_quota_no_overrun_is_shown(
    qtbot: Any, desk_app: Any, ctx: AppContext, make_notice: Any
) -> None:
    quota.save_quota(ctx, date(2016, 3, 1), date(2017, 2, 28), 72)
    arrivals.save_notice(ctx, make_notice("US-1", members=_adults(3)))
    panel = QuotaPanel(ctx)
    qtbot.addWidget(panel)
    panel.load()
    assert panel.bar.text() == "0 af 72 ankommet"
    assert panel.bar.styleSheet() == ""
    assert not panel.warning.isVisibleTo(panel)
    assert "0 af 72 ankommet, 3 varslet, 69 tilbage." in panel.label.text()
    assert "Over kvoten" not in panel.months.text()


def test_saving_a_notice_that_overruns_the_quota_warns_in_the_dialog(
    qtbot: Any, desk_app: Any, ctx: AppContext, make_notice: Any, no_message_boxes: list[str]
) -> None:
    quota.save_quota(ctx, date(2016, 3, 1), date(2017, 2, 28), 4)
    saved = arrivals.save_notice(ctx, make_notice("US-1", members=_adults(3)))
    assert saved.warnings == ()  # 3 of 4: within the quota
    dialog = NoticeDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.reference, "US-2016-777")
    dialog.received_on.set_value(date(2016, 9, 1))
    dialog.decision_on.set_value(date(2016, 8, 20))
    dialog.expected_arrival_on.set_value(date(2016, 10, 20))
    form = dialog.members.form
    qtbot.keyClicks(form.given_name, "Yonas")
    qtbot.keyClicks(form.family_name, "Tesfay")
    qtbot.mouseClick(dialog.members.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.given_name, "Selam")
    assert "kvoten" not in dialog.warnings.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert no_message_boxes == []
    assert dialog.status.text() == "Gemt."
    assert dialog.warnings.isVisibleTo(dialog)
    assert "1 over kvoten: 0 ankommet og 5 varslet giver 5 af 4." in dialog.warnings.text()


def test_the_import_warns_of_the_overrun_before_it_writes(
    ctx: AppContext, tmp_path: Path, make_notice: Any, workbook: Any, xlsx_row: Any
) -> None:
    quota.save_quota(ctx, date(2016, 3, 1), date(2017, 2, 28), 4)
    arrivals.save_notice(ctx, make_notice("US-1", members=_adults(3)))
    path = workbook(
        tmp_path / "ankomster.xlsx",
        [
            xlsx_row("US-7", "Familien Tesfay", "Yonas", "Tesfay"),
            xlsx_row("US-7", "Familien Tesfay", "Selam", "Tesfay"),
        ],
    )
    result = import_arrivals(ctx, path, dry_run=True)
    assert [w.message for w in result.warnings] == ["1 over kvoten: 0 ankommet og 5 varslet giver 5 af 4."]
    assert [w.message for w in import_arrivals(ctx, path).warnings] == [w.message for w in result.warnings]


def test_the_quota_report_has_no_negative_remaining_and_names_the_overrun(
    ctx: AppContext, make_notice: Any
) -> None:
    _overrun(ctx, make_notice)
    table = run_report(ctx, "quota", date(2016, 8, 1), date(2016, 11, 30))
    assert table.columns[-2:] == ("Tilbage", "Over kvoten")
    assert table.rows == (
        ("2016-08", 4, 0, 0, 0, 4, 0),
        ("2016-09", 4, 5, 0, 0, 0, 1),
        ("2016-10", 4, 0, 0, 0, 0, 1),
        ("2016-11", 4, 0, 1, 0, 0, 2),
    )
    assert table.total[-2:] == (0, 2)
    summary = quota.quota_progress(ctx)
    assert summary is not None
    s = summary.summary
    assert (s.quota, s.arrived, s.announced, s.remaining, s.overrun) == (4, 5, 1, 0, 2)
