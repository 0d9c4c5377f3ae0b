"""The shipped rule sets land in the database once and drive the deadlines by date."""

from __future__ import annotations

from datetime import date

from integration_desk.db.uow import UnitOfWork
from integration_desk.domain.deadlines import DeadlineKind, deadlines_for, takeover_date
from integration_desk.domain.rules import DEFAULT_RULE_SETS
from integration_desk.services import rules
from integration_desk.services.context import AppContext
from integration_desk.services.database import open_database


def test_defaults_are_stored_once(ctx: AppContext, database_url: str) -> None:
    assert rules.list_rule_sets(ctx) == list(DEFAULT_RULE_SETS)
    open_database(database_url).dispose()  # a second start adds nothing
    with UnitOfWork(ctx.engine, "t") as uow:
        assert rules.ensure_default_rule_sets(uow.session) == 0
    assert len(rules.list_rule_sets(ctx)) == len(DEFAULT_RULE_SETS)


def test_stored_rule_sets_decide_deadlines_by_takeover_date(ctx: AppContext) -> None:
    with ctx.uow(readonly=True) as uow:
        early = rules.rule_set_for(uow.session, takeover_date(date(2016, 3, 15)))  # takeover 1 May 2016
        later = rules.rule_set_for(uow.session, takeover_date(date(2016, 5, 15)))  # takeover 1 July 2016
        today = rules.rule_set_for(uow.session, date(2026, 11, 28))
    assert DeadlineKind.HEALTH_ASSESSMENT not in {d.kind for d in deadlines_for(date(2016, 5, 1), early)}
    health = {d.kind: d.due_on for d in deadlines_for(date(2016, 7, 1), later)}[
        DeadlineKind.HEALTH_ASSESSMENT
    ]
    assert health == date(2017, 1, 1)
    assert today.programme_max_months == 60
