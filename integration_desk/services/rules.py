"""Rule sets: the dated figures of the law, stored in the database and editable by an administrator."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from integration_desk.db.models import AuditAction, RuleSetRow
from integration_desk.domain.errors import NotFoundError, ValidationError
from integration_desk.domain.rules import DEFAULT_RULE_SETS, RuleSet, rule_set_in_force
from integration_desk.formats import fmt_date
from integration_desk.i18n import tr
from integration_desk.services import audit
from integration_desk.services.access import Permission, require
from integration_desk.services.context import AppContext
from integration_desk.services.locking import check_version

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


@dataclass(frozen=True)
class StoredRuleSet:
    """A rule set as the editor shows it: its figures, and the row's id and version for saving."""

    id: int
    version: int
    rules: RuleSet


def stored_rule_sets(ctx: AppContext) -> list[StoredRuleSet]:
    with ctx.uow(readonly=True) as uow:
        rows = uow.session.scalars(select(RuleSetRow).order_by(RuleSetRow.effective_from))
        return [StoredRuleSet(row.id, row.version, to_domain(row)) for row in rows]


def save_rule_set(
    ctx: AppContext, rules: RuleSet, rule_set_id: int | None = None, expected_version: int | None = None
) -> StoredRuleSet:
    """Create (``rule_set_id`` None) or change a rule set; the administrator's or team lead's call.

    Deadlines already made keep their dates: the figures apply to what is computed from now on.
    """
    require(ctx, Permission.TEAM_SETTINGS)
    if not rules.name.strip():
        raise ValidationError(tr("rules", "Give the rule set a name."), field="name")
    with ctx.uow() as uow:
        session = uow.session
        clash = session.scalar(
            select(RuleSetRow.id).where(
                RuleSetRow.effective_from == rules.effective_from, RuleSetRow.id != (rule_set_id or -1)
            )
        )
        if clash is not None:
            raise ValidationError(
                tr("rules", "Another rule set already takes effect on {date}.").format(
                    date=fmt_date(rules.effective_from)
                ),
                field="effective_from",
            )
        if rule_set_id is None:
            row = to_row(rules)
            session.add(row)
            action = AuditAction.CREATE
        else:
            found = session.get(RuleSetRow, rule_set_id)
            if found is None:
                raise NotFoundError(tr("rules", "The rule set no longer exists."))
            row = found
            if expected_version is not None:
                check_version(row, expected_version)
            for name in _FIELDS:
                setattr(row, name, getattr(rules, name))
            action = AuditAction.UPDATE
        changes = audit.changes_of(row)
        session.flush()
        audit.record(uow, action, "rule_sets", row.id, changes=changes)
        result = StoredRuleSet(row.id, row.version, to_domain(row))
        uow.commit()
    return result
