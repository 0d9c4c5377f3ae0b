"""Notices, arrival, deadlines, quota and the calendar's items against a real database (both engines)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from integration_desk.db.models import ArrivalNotice, AuditEvent, Deadline, Person, Quota
from integration_desk.domain.arrivals import FAMILY_REUNIFIED, MemberInput
from integration_desk.domain.errors import ConflictError, ValidationError
from integration_desk.services import arrivals, deadlines, quota
from integration_desk.services.calendar import ItemGroup, ItemKind, calendar_items
from integration_desk.services.context import AppContext


def _count(ctx: AppContext, model: Any) -> int:
    with ctx.uow(readonly=True) as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def test_a_new_notice_stores_household_persons_and_audit(ctx: AppContext, make_notice: Any) -> None:
    result = arrivals.save_notice(ctx, make_notice(takeover_on=date(2016, 8, 20)))
    assert result.warnings == ()
    with ctx.uow(readonly=True) as uow:
        notice = uow.session.get(ArrivalNotice, result.notice_id)
        assert notice is not None
        assert notice.takeover_on == date(2016, 8, 20) and notice.takeover_agreed
        persons = notice.household.persons
        assert [p.given_name for p in persons] == ["Ahmad", "Rana", "Omar"]
        assert {p.status for p in persons} == {"expected"}
        assert notice.household.display_name == "Familien Haddad"
        actions = uow.session.execute(select(AuditEvent.action, AuditEvent.entity)).all()
    assert ("create", "arrival_notices") in actions and actions.count(("create", "persons")) == 3


def test_short_notice_saves_with_a_warning(ctx: AppContext, make_notice: Any) -> None:
    result = arrivals.save_notice(ctx, make_notice(expected_arrival_on=date(2016, 8, 20)))
    assert len(result.warnings) == 1
    assert _count(ctx, ArrivalNotice) == 1


def test_duplicate_reference_and_cpr_are_refused(ctx: AppContext, make_notice: Any) -> None:
    member = MemberInput("Ali", "Darwish", date(1990, 1, 1), cpr="010190-1234")
    arrivals.save_notice(ctx, make_notice(members=(member,)))
    with pytest.raises(ValidationError) as error:
        arrivals.save_notice(ctx, make_notice())
    assert error.value.field == "reference"
    with pytest.raises(ValidationError) as error:
        arrivals.save_notice(ctx, make_notice("US-2", members=(replace(member, given_name="Alia"),)))
    assert error.value.field == "cpr"
    assert _count(ctx, ArrivalNotice) == 1


def test_editing_keeps_persons_and_refuses_a_stale_version(ctx: AppContext, make_notice: Any) -> None:
    notice_id = arrivals.save_notice(ctx, make_notice()).notice_id
    detail = arrivals.get_notice(ctx, notice_id)
    members = detail.data.members
    changed = replace(
        detail.data,
        asylum_centre="Center Jelling",
        members=(*members[:2], replace(members[2], given_name="Omar Ali")),
    )
    arrivals.save_notice(ctx, changed, notice_id, detail.version)
    again = arrivals.get_notice(ctx, notice_id)
    assert again.data.asylum_centre == "Center Jelling"
    assert [m.person_id for m in again.data.members] == [m.person_id for m in members]
    assert again.data.members[2].given_name == "Omar Ali"
    with ctx.uow(readonly=True) as uow:
        update = uow.session.scalars(
            select(AuditEvent.changes).where(
                AuditEvent.action == "update", AuditEvent.entity == "arrival_notices"
            )
        ).one()
    assert json.loads(update)["asylum_centre"] == ["Center Sandholm", "Center Jelling"]
    with pytest.raises(ConflictError):
        arrivals.save_notice(ctx, changed, notice_id, detail.version)


def test_registering_the_arrival_creates_deadlines_for_adults(ctx: AppContext, make_notice: Any) -> None:
    detail = arrivals.get_notice(ctx, arrivals.save_notice(ctx, make_notice()).notice_id)
    created = arrivals.register_arrival(ctx, detail.id, date(2016, 9, 20), detail.version)
    assert created == 10  # two adults x five deadlines (health assessment from June 2016); the child none
    with ctx.uow(readonly=True) as uow:
        persons = uow.session.scalars(select(Person).order_by(Person.id)).all()
        assert {p.status for p in persons} == {"arrived"}
        rows = uow.session.scalars(select(Deadline).where(Deadline.person_id == persons[0].id)).all()
        due = {d.kind: d.due_on for d in rows}
        assert all(d.rule_set_id is not None for d in rows)
        assert not uow.session.scalars(select(Deadline).where(Deadline.person_id == persons[2].id)).all()
    assert due["contract"] == date(2016, 10, 1)
    assert due["first_offer"] == date(2016, 9, 15)
    assert due["health_assessment"] == date(2017, 3, 1)
    assert due["programme_end"] == date(2019, 8, 31)
    with pytest.raises(ValidationError):
        arrivals.register_arrival(ctx, detail.id, date(2016, 9, 20), detail.version + 1)


def test_deadlines_follow_the_current_rule_set(ctx: AppContext, make_notice: Any) -> None:
    later = AppContext(ctx.engine, "tester", today=date(2025, 5, 1))
    data = make_notice(
        received_on=date(2025, 2, 1), decision_on=date(2025, 1, 10), expected_arrival_on=date(2025, 3, 10)
    )
    detail = arrivals.get_notice(later, arrivals.save_notice(later, data).notice_id)
    arrivals.register_arrival(later, detail.id, date(2025, 3, 10), detail.version)
    with later.uow(readonly=True) as uow:
        rows = uow.session.execute(
            select(Deadline.kind, Deadline.due_on).join(Person).where(Person.given_name == "Ahmad")
        )
        due = dict(rows.all())
    assert due["first_offer"] == date(2025, 3, 31)  # 30 days under the 2024 rules
    assert due["programme_end"] == date(2026, 2, 28)  # 12 months


def test_marking_a_deadline_done_records_who_and_when(ctx: AppContext, make_notice: Any) -> None:
    detail = arrivals.get_notice(ctx, arrivals.save_notice(ctx, make_notice()).notice_id)
    arrivals.register_arrival(ctx, detail.id, date(2016, 9, 20), detail.version)
    person_id = detail.data.members[0].person_id
    assert person_id is not None
    first = deadlines.deadlines_of(ctx, person_id)[0]
    assert first.kind == "first_offer" and first.state == "overdue"
    done = deadlines.mark_done(ctx, first.id, first.version, date(2016, 9, 30))
    assert (done.done_on, done.done_by, done.state) == (date(2016, 9, 30), "tester", "done")
    with pytest.raises(ConflictError):
        deadlines.mark_done(ctx, first.id, first.version)
    with pytest.raises(ValidationError):
        deadlines.mark_done(ctx, first.id, done.version, date(2016, 10, 4))
    reopened = deadlines.reopen(ctx, first.id, done.version)
    assert reopened.done_on is None and reopened.state == "overdue"
    with ctx.uow(readonly=True) as uow:
        changes = uow.session.scalars(
            select(AuditEvent.changes).where(AuditEvent.entity == "deadlines")
        ).all()
    assert json.loads(changes[0])["done_by"] == [None, "tester"]


def test_calendar_items_only_for_the_range_and_filters(ctx: AppContext, make_notice: Any) -> None:
    data = make_notice(visit_on=date(2016, 9, 5), visit_by="Mette")
    detail = arrivals.get_notice(ctx, arrivals.save_notice(ctx, data).notice_id)
    september = calendar_items(ctx, date(2016, 9, 1), date(2016, 9, 30))
    assert [i.kind for i in september] == [ItemKind.VISIT, ItemKind.EXPECTED_ARRIVAL]
    assert september[1].overdue and september[1].notice_id == detail.id  # expected 20 Sept, not registered
    arrivals.register_arrival(ctx, detail.id, date(2016, 9, 21), detail.version)
    september = calendar_items(ctx, date(2016, 9, 1), date(2016, 9, 30))
    kinds = [i.kind for i in september]
    assert ItemKind.ARRIVAL in kinds and ItemKind.EXPECTED_ARRIVAL not in kinds
    overdue = [i for i in september if i.kind is ItemKind.DEADLINE]
    assert len(overdue) == 2 and all(i.overdue and i.person_id for i in overdue)  # first offers on 15 Sept
    only_deadlines = calendar_items(ctx, date(2016, 9, 1), date(2016, 9, 30), groups=[ItemGroup.DEADLINES])
    assert {i.kind for i in only_deadlines} == {ItemKind.DEADLINE}
    assert calendar_items(ctx, date(2016, 9, 1), date(2016, 9, 30), caseworker_id=999) == []
    assert calendar_items(ctx, date(2016, 12, 1), date(2016, 12, 31)) == []


def test_quota_counts_quota_persons_per_month(ctx: AppContext, make_notice: Any) -> None:
    quota.save_quota(ctx, date(2016, 3, 1), date(2017, 2, 28), 4)
    arrived = arrivals.get_notice(ctx, arrivals.save_notice(ctx, make_notice()).notice_id)
    arrivals.register_arrival(ctx, arrived.id, date(2016, 9, 20), arrived.version)
    reunified = MemberInput("Lina", "Haddad", date(1960, 1, 1), kind=FAMILY_REUNIFIED)
    arrivals.save_notice(
        ctx, make_notice("US-2", expected_arrival_on=date(2016, 11, 2), members=(reunified,))
    )
    single = MemberInput("Ali", "Darwish", date(1990, 1, 1))
    arrivals.save_notice(
        ctx, make_notice("US-3", expected_arrival_on=date(2016, 11, 20), members=(single, single))
    )
    progress = quota.quota_progress(ctx)
    assert progress is not None
    summary = progress.summary
    assert (summary.quota, summary.arrived, summary.announced, summary.remaining) == (4, 3, 2, 0)
    assert summary.exceeded and summary.overrun == 1
    months = {m.month: (m.arrived, m.announced) for m in progress.months}
    assert months[date(2016, 9, 1)] == (3, 0) and months[date(2016, 11, 1)] == (0, 2)
    assert len(progress.months) == 12


def test_quota_periods_may_not_overlap_and_pick_up_notices(ctx: AppContext, make_notice: Any) -> None:
    arrivals.save_notice(ctx, make_notice())  # no quota period yet
    period = quota.save_quota(ctx, date(2016, 3, 1), date(2017, 2, 28), 72)
    with ctx.uow(readonly=True) as uow:
        assert uow.session.scalar(select(ArrivalNotice.quota_id)) == period.id
    with pytest.raises(ValidationError):
        quota.save_quota(ctx, date(2017, 2, 1), date(2018, 1, 31), 50)
    with pytest.raises(ValidationError):
        quota.save_quota(ctx, date(2017, 3, 1), date(2017, 2, 1), 50)
    assert _count(ctx, Quota) == 1


def test_an_agreed_earlier_takeover_after_arrival_moves_the_open_deadlines(
    ctx: AppContext, make_notice: Any
) -> None:
    detail = arrivals.get_notice(ctx, arrivals.save_notice(ctx, make_notice()).notice_id)
    arrivals.register_arrival(ctx, detail.id, date(2016, 9, 20), detail.version)
    person_id = detail.data.members[0].person_id
    assert person_id is not None
    contract = next(d for d in deadlines.deadlines_of(ctx, person_id) if d.kind == "contract")
    deadlines.mark_done(ctx, contract.id, contract.version, date(2016, 9, 25))
    detail = arrivals.get_notice(ctx, detail.id)
    arrivals.save_notice(ctx, replace(detail.data, takeover_on=date(2016, 8, 25)), detail.id, detail.version)
    due = {d.kind: (d.due_on, d.done_on) for d in deadlines.deadlines_of(ctx, person_id)}
    assert due["first_offer"] == (date(2016, 9, 8), None)
    assert due["contract"] == (date(2016, 10, 1), date(2016, 9, 25))  # done: left as it was
