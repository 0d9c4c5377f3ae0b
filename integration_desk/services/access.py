"""What the signed-in user's role allows, asked by services before they act and by the UI to hide controls.

The table-level rules live in ``domain.roles`` and are checked on every statement by ``db.guard``
(and by PostgreSQL's GRANTs); ``require`` gives a service a clear refusal before it starts.
A user not registered in ``users`` (set-up, the demo's ``--user``, tests) is not limited.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from integration_desk.domain.errors import PermissionDeniedError
from integration_desk.i18n import tr, translate_noop

if TYPE_CHECKING:
    from integration_desk.services.context import AppContext


class Permission(StrEnum):
    WRITE = "write"  # change anything at all
    CASE_DATA = "case_data"  # see contracts, hours and health records
    CPR = "cpr"  # see CPR numbers
    EDIT_CASES = "edit_cases"  # register arrivals, edit persons, contracts, hours
    EDIT_HOUSING = "edit_housing"  # housing register and stays
    MANAGE_USERS = "manage_users"
    TEAM_SETTINGS = "team_settings"
    AUDIT_LOG = "audit_log"  # read the audit trail, make a person's log extract


_ALL = frozenset(Permission)
ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "admin": _ALL,
    "teamlead": _ALL - {Permission.MANAGE_USERS},
    "caseworker": _ALL - {Permission.MANAGE_USERS, Permission.TEAM_SETTINGS, Permission.AUDIT_LOG},
    "housing": frozenset({Permission.WRITE, Permission.EDIT_HOUSING}),
    "readonly": frozenset({Permission.CASE_DATA, Permission.CPR}),
}

_REFUSALS = {
    Permission.WRITE: translate_noop("access", "Your role may read this but not change it."),
    Permission.CASE_DATA: translate_noop(
        "access", "Your role does not give access to contracts, hours and health records."
    ),
    Permission.CPR: translate_noop("access", "Your role does not give access to CPR numbers."),
    Permission.EDIT_CASES: translate_noop("access", "Your role may not change cases, contracts or hours."),
    Permission.EDIT_HOUSING: translate_noop("access", "Your role may not change the housing."),
    Permission.MANAGE_USERS: translate_noop("access", "Only an administrator manages users."),
    Permission.TEAM_SETTINGS: translate_noop(
        "access", "Only an administrator or a team lead changes the team's settings."
    ),
    Permission.AUDIT_LOG: translate_noop(
        "access", "Only an administrator or a team lead reads the audit log."
    ),
}


def permissions_of(role: str | None) -> frozenset[Permission]:
    if role is None:
        return _ALL
    return ROLE_PERMISSIONS.get(role, ROLE_PERMISSIONS["readonly"])


def can(ctx: AppContext, permission: Permission) -> bool:
    return permission in permissions_of(ctx.user.role)


def require(ctx: AppContext, permission: Permission) -> None:
    """Raise ``PermissionDeniedError`` with a Danish (translated) message when the role lacks it."""
    if not can(ctx, permission):
        raise PermissionDeniedError(tr("access", _REFUSALS[permission]))


#: Shown instead of a CPR number to a role that may not see it (the number is never even loaded).
CPR_HIDDEN = "\u2022\u2022\u2022\u2022\u2022\u2022-\u2022\u2022\u2022\u2022"
