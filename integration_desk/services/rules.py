"""Rule sets: the dated figures of the law, stored in the database and editable by an administrator."""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from integration_desk.db.models import RuleSetRow
from integration_desk.domain.rules import DEFAULT_RULE_SETS, RuleSet, rule_set_in_force
from integration_desk.services.context import AppContext

_FIELDS = tuple(field.name for field in dataclasses.fields(RuleSet))


def to_domain(row: RuleSetRow) -> RuleSet:
    return RuleSet(**{name: getattr(row, name) for name in _FIELDS})


def to_row(rule_set: RuleSet) -> RuleSetRow:
    return RuleSetRow(**{name: getattr(rule_set, name) for name in _FIELDS})


def load_rule_sets(session: Session) -> list[RuleSet]:
    rows = session.scalars(select(RuleSetRow).order_by(RuleSetRow.effective_from))
    return [to_domain(row) for row in rows]


def rule_set_for(session: Session, on: date) -> RuleSet:
    return rule_set_in_force(load_rule_sets(session), on)


def list_rule_sets(ctx: AppContext) -> list[RuleSet]:
    with ctx.uow(readonly=True) as uow:
        return load_rule_sets(uow.session)


def ensure_default_rule_sets(session: Session) -> int:
    """Insert the shipped defaults into an empty ``rule_sets`` table; returns how many were added."""
    if session.scalar(select(RuleSetRow.id).limit(1)) is not None:
        return 0
    session.add_all(to_row(rule_set) for rule_set in DEFAULT_RULE_SETS)
    return len(DEFAULT_RULE_SETS)
