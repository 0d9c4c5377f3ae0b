"""The week grid's services on both engines: contract in force, save in one go, approve, reopen, audit."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from integration_desk.db.models import AuditEvent, Contract, ContractActivity, HourEntry, TeamSetting, User
from integration_desk.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from integration_desk.domain.hours import HourFigures
from integration_desk.domain.weeks import IsoWeek
from integration_desk.services import hours, hours_history, hours_plan
from integration_desk.services.context import AppContext
from integration_desk.services.hours import EntryEdit
from integration_desk.services.hours_plan import GridFilter
from tests.hours.conftest import full_week

W12 = IsoWeek(2016, 12)  # Easter: Maundy Thursday and Good Friday


def test_grid_has_a_row_per_activity_with_planned_hours_less_holidays(ctx: AppContext, resident) -> None:  # type: ignore[no-untyped-def]
    grid = hours.load_week(ctx, W12)
    assert [(r.activity_id, r.figures.planned, r.entry_id) for r in grid.rows] == [
        (resident.placement_id, D("15.00"), None),
        (resident.classes_id, D("7.20"), None),
    ]
    assert grid.target == D(37)
    assert grid.share == D("0.6")
    assert hours.load_week(ctx, IsoWeek(2016, 9)).rows == ()  # before the activities start
    assert (
        hours.load_week(ctx, W12, GridFilter(activity_kind="danish_classes")).rows[0].kind == "danish_classes"
    )


def test_contract_version_in_force_is_the_newest_signed_by_the_week(ctx: AppContext, resident) -> None:  # type: ignore[no-untyped-def]
    with ctx.uow() as uow:
        first = uow.session.get(Contract, resident.contract_id)
        assert first is not None
        first.status = "superseded"
        second = Contract(
            person_id=resident.person_id, version_no=2, status="signed", signed_on=date(2016, 5, 2)
        )
        second.activities.append(
            ContractActivity(
                kind="igu", starts_on=date(2016, 3, 7), ends_on=date(2018, 1, 1), hours_per_week=D(37)
            )
        )
        uow.session.add(second)
        uow.commit()
    assert [r.kind for r in hours.load_week(ctx, IsoWeek(2016, 17)).rows] == [
        "work_placement",
        "danish_classes",
    ]
    assert [r.kind for r in hours.load_week(ctx, IsoWeek(2016, 18)).rows] == ["igu"]


def test_save_week_writes_all_rows_with_audit_and_refuses_stale_versions(ctx: AppContext, resident) -> None:  # type: ignore[no-untyped-def]
    result = hours.save_week(ctx, W12, full_week(ctx, resident, W12, unexcused=D(3)))
    assert (result.created, result.updated) == (2, 0)
    with ctx.uow(readonly=True) as uow:
        rows = list(uow.session.scalars(select(HourEntry).order_by(HourEntry.id)))
        assert [(r.planned, r.attended, r.absent_unexcused, r.recorded_by) for r in rows] == [
            (D("15.00"), D("12.00"), D("3.00"), "tester"),
            (D("7.20"), D("7.20"), D("0.00"), "tester"),
        ]
        events = list(uow.session.scalars(select(AuditEvent).where(AuditEvent.entity == "hour_entries")))
        assert [(e.action, e.person_id) for e in events] == [("create", resident.person_id)] * 2
    stale = hours.load_week(ctx, W12)
    fresh_edit = full_week(ctx, resident, W12)
    hours.save_week(ctx, W12, fresh_edit[:1])  # someone else saves first
    with pytest.raises(ConflictError):
        row = stale.rows[0]
        hours.save_week(
            ctx,
            W12,
            [EntryEdit(row.person_id, row.activity_id, row.entry_id, row.version, HourFigures(D(15), D(10)))],
        )


def test_a_week_with_a_broken_row_saves_nothing(ctx: AppContext, resident) -> None:  # type: ignore[no-untyped-def]
    edits = full_week(ctx, resident, W12)
    broken = EntryEdit(
        edits[1].person_id,
        edits[1].activity_id,
        None,
        None,
        HourFigures(D("7.2"), D(5), absent_unexcused=D(2)),
    )
    with pytest.raises(ValidationError) as refused:
        hours.save_week(ctx, W12, [edits[0], broken])
    assert "Rami Haddad" in str(refused.value)
    with ctx.uow(readonly=True) as uow:
        assert uow.session.scalars(select(HourEntry)).first() is None


def test_margin_comes_from_team_settings(ctx: AppContext, resident) -> None:  # type: ignore[no-untyped-def]
    grid = hours.load_week(ctx, W12)
    row = grid.rows[0]
    over = EntryEdit(row.person_id, row.activity_id, None, None, HourFigures(D(15), D(16)))
    with pytest.raises(ValidationError):
        hours.save_week(ctx, W12, [over])
    hours_plan.set_hours_margin(ctx, D(1))
    assert hours_plan.hours_margin(ctx) == D(1)
    with ctx.uow(readonly=True) as uow:
        assert (
            uow.session.scalars(select(TeamSetting.value).where(TeamSetting.key == "hours_margin")).one()
            == "1"
        )
    assert hours.save_week(ctx, W12, [over]).created == 1
    with pytest.raises(ValidationError):
        hours_plan.set_hours_margin(ctx, D(-1))


def test_approve_locks_and_reopen_is_audited_with_its_reason(ctx: AppContext, resident) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        hours.approve_week(ctx, W12, [resident.person_id])  # nothing recorded
    edits = full_week(ctx, resident, W12)
    hours.save_week(ctx, W12, edits[:1])
    with pytest.raises(ValidationError):
        hours.approve_week(ctx, W12, [resident.person_id])  # Danish classes missing
    hours.save_week(ctx, W12, edits[1:])
    assert hours.approve_week(ctx, W12, [resident.person_id]) == 2
    grid = hours.load_week(ctx, W12)
    assert all(r.approved and r.approved_by == "tester" for r in grid.rows)
    row = grid.rows[0]
    with pytest.raises(ConflictError):
        hours.save_week(
            ctx,
            W12,
            [EntryEdit(row.person_id, row.activity_id, row.entry_id, row.version, HourFigures(D(15), D(1)))],
        )
    with pytest.raises(ValidationError):
        hours.reopen_week(ctx, W12, [resident.person_id], "  ")
    assert hours.reopen_week(ctx, W12, [resident.person_id], "Forkert fremmøde fra sprogskolen") == 2
    with ctx.uow(readonly=True) as uow:
        last = uow.session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert last is not None
        changes = json.loads(last.changes)
        assert changes["approved"] == [True, False]
        assert changes["reopen_reason"] == [None, "Forkert fremmøde fra sprogskolen"]
    row = hours.load_week(ctx, W12).rows[0]
    assert (
        hours.save_week(
            ctx,
            W12,
            [
                EntryEdit(
                    row.person_id, row.activity_id, row.entry_id, row.version, HourFigures(D(15), D(14), D(1))
                )
            ],
        ).updated
        == 1
    )


def test_read_only_role_cannot_record(ctx: AppContext, resident) -> None:  # type: ignore[no-untyped-def]
    with ctx.uow() as uow:
        uow.session.add(User(username="lone", display_name="Lone", role="readonly"))
        uow.commit()
    reader = AppContext(ctx.engine, "lone", today=ctx.today())
    with pytest.raises(PermissionDeniedError):
        hours.save_week(reader, W12, full_week(ctx, resident, W12))


def test_history_compliance_and_last_week_pattern(ctx: AppContext, resident) -> None:  # type: ignore[no-untyped-def]
    for number in range(10, 16):
        week = IsoWeek(2016, number)
        hours.save_week(ctx, week, full_week(ctx, resident, week, unexcused=D(5) if number == 15 else D(0)))
    history = hours_history.person_history(ctx, resident.person_id, until=IsoWeek(2016, 15))
    assert [w.hours.week.week for w in history.weeks] == [10, 11, 12, 13, 14, 15]
    assert history.weeks[3].running_average == D("37.00")  # Easter weeks are part weeks
    assert history.average == D("36.07")  # (37 + 37 + 22.2 + 29.6 + 37 + 32) / 5.4 full weeks
    assert history.recent == D("35.53")  # (22.2 + 29.6 + 37 + 32) / 3.4
    assert [w.hours.week.week for w in history.unexcused] == [15]
    assert history.unexcused[0].notes == "Mødte ikke op"
    rows = hours_history.compliance(ctx, IsoWeek(2016, 14), IsoWeek(2016, 15))
    assert [(r.person_id, r.unexcused_hours, r.below_average) for r in rows] == [
        (resident.person_id, D("5.00"), True)
    ]
    assert hours_history.compliance(ctx, IsoWeek(2016, 10), IsoWeek(2016, 13)) == ()
    pattern = hours.previous_week_pattern(ctx, IsoWeek(2016, 16), [resident.person_id])
    assert pattern[(resident.person_id, resident.placement_id)].absent_unexcused == D(5)


def test_averages_in_sql_agree_with_the_domain_rule_on_the_demo(demo_ctx: AppContext) -> None:
    from integration_desk.domain.hours import average_per_full_week, recent_average
    from integration_desk.services.hours import weekly_totals
    from integration_desk.services.hours_averages import programme_averages
    from integration_desk.services.hours_plan import WeekRules

    until = IsoWeek(2016, 39)
    since = IsoWeek(2016, 36)
    with demo_ctx.uow(readonly=True) as uow:
        rules = WeekRules(uow.session)
        ids = list(uow.session.scalars(select(HourEntry.person_id).distinct()))
        fast = programme_averages(uow.session, rules, ids, until)
        slow = weekly_totals(uow.session, rules, ids, until)
    assert len(fast) == len(ids) > 20
    for person_id in ids:
        weeks = slow[person_id]
        assert fast[person_id].average == average_per_full_week(weeks)
        assert fast[person_id].recent == recent_average([w for w in weeks if w.week >= since])
