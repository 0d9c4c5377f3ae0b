"""Who may read and write which tables: one policy for the app (both engines) and the PostgreSQL grants.

The same table sets drive ``db.guard`` (the app refuses before asking the database) and
``db.pg_roles`` (the database refuses whatever the app does). Role codes are the stored values of
``users.role`` and the suffix of the PostgreSQL group roles ``integration_desk_<role>``.
"""

from __future__ import annotations

from dataclasses import dataclass

ROLES = ("admin", "teamlead", "caseworker", "housing", "readonly")
GROUP_ROLE_PREFIX = "integration_desk_"

#: Case data the housing coordinator must not see (DOMAIN: contracts, hours, health records).
CASE_TABLES = frozenset({"health_records", "contracts", "contract_activities", "hour_entries"})
#: What the housing coordinator may change: the housing register and the stays.
HOUSING_TABLES = frozenset({"housing_sites", "housing_units", "rooms", "room_closures", "allocations"})
#: Everyone who may read writes the log of their reading.
LOG_TABLE = "audit_events"
USERS_TABLE = "users"
CPR_COLUMN = ("persons", "cpr")


@dataclass(frozen=True)
class TablePolicy:
    """What one role may do; ``writable`` None means every table but ``users``."""

    hidden_tables: frozenset[str]
    hidden_columns: frozenset[tuple[str, str]]
    writable: frozenset[str] | None
    manages_users: bool

    def may_read(self, table: str) -> bool:
        return table not in self.hidden_tables

    def may_write(self, table: str) -> bool:
        if table == LOG_TABLE:
            return True
        if table == USERS_TABLE:
            return self.manages_users
        return table not in self.hidden_tables and (self.writable is None or table in self.writable)


_NONE: frozenset[str] = frozenset()
POLICIES: dict[str, TablePolicy] = {
    "admin": TablePolicy(_NONE, frozenset(), None, manages_users=True),
    "teamlead": TablePolicy(_NONE, frozenset(), None, manages_users=False),
    "caseworker": TablePolicy(_NONE, frozenset(), None, manages_users=False),
    "housing": TablePolicy(CASE_TABLES, frozenset({CPR_COLUMN}), HOUSING_TABLES, manages_users=False),
    "readonly": TablePolicy(_NONE, frozenset(), frozenset(), manages_users=False),
}


def policy(role: str | None) -> TablePolicy | None:
    """The role's policy; None for a user not registered in ``users`` (the set-up and test path).

    An unknown role code reads but never writes.
    """
    if role is None:
        return None
    return POLICIES.get(role, POLICIES["readonly"])


def group_role(role: str) -> str:
    return GROUP_ROLE_PREFIX + role
