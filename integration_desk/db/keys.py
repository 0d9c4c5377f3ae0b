"""The database keys that settle a check-then-insert race, and the error the user reads instead.

A service checks first and says plainly what clashes ("a notice with this reference exists").
When two users save at the same moment both checks pass, and the database's own key refuses the
second write. The unit of work (``db.uow``) turns that refusal into a ``ConcurrentWrite`` with the
message below, wherever the write happens (a flush or the commit), so no service needs its own try.

Only keys a service checks before writing belong here: for them a refusal can only mean a race.
(The room-overlap guard has its own message naming the other household: services.housing_allocations.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError

from integration_desk.domain.errors import ConcurrentWrite
from integration_desk.i18n import tr


def conflict_message() -> str:
    """The plain conflict: a stale version, or a race on a key without its own message."""
    return tr("db", "Someone else saved this record while you were editing it. Reload and try again.")


def _hours() -> str:
    return tr("hours", "Someone else recorded hours for this week while you were editing. Reload the week.")


def _quota() -> str:
    return tr(
        "quota", "Someone else saved an overlapping quota period at the same time. Reload and try again."
    )


@dataclass(frozen=True)
class Key:
    name: str
    table: str
    columns: tuple[str, ...]
    message: Callable[[], str] = conflict_message


#: the keys of migration 0006 first (issue 18), then the older ones a service checks before writing
KEYS = (
    Key("uq_hour_entries_person_activity_week", "hour_entries", ("person_id", "activity_id", "iso_year", "iso_week"), _hours),
    Key("uq_hour_entries_person_week_no_activity", "hour_entries", ("person_id", "iso_year", "iso_week"), _hours),
    Key("uq_funding_events_person_kind_day", "funding_events", ("person_id", "kind", "occurred_on")),
    Key("ex_quotas_overlap", "quotas", (), _quota),
    Key("uq_deadlines_person_kind", "deadlines", ("person_id", "kind")),
    Key("uq_contracts_person_version", "contracts", ("person_id", "version_no")),
    Key("uq_edit_presence_one_per_user", "edit_presence", ("entity", "entity_id", "username")),
    Key("uq_arrival_notices_reference", "arrival_notices", ("reference",)),
    Key("uq_persons_cpr", "persons", ("cpr",)),
    Key("uq_persons_udl_nr", "persons", ("udl_nr",)),
    Key("uq_housing_sites_name", "housing_sites", ("name",)),
    Key("uq_housing_units_site_name", "housing_units", ("site_id", "name")),
    Key("uq_rooms_unit_name", "rooms", ("unit_id", "name")),
    Key("uq_team_settings_key", "team_settings", ("key",)),
    Key("uq_users_username", "users", ("username",)),
    Key("uq_rule_sets_effective_from", "rule_sets", ("effective_from",)),
)  # fmt: skip
_BY_NAME = {key.name: key for key in KEYS}
_BY_COLUMNS = {(key.table, frozenset(key.columns)): key for key in KEYS if key.columns}
_SQLITE_UNIQUE = "UNIQUE constraint failed: "


def violated(error: IntegrityError) -> Key | None:
    """The key of ``KEYS`` the database refused the write by, or None (another integrity error)."""
    diag = getattr(error.orig, "diag", None)  # PostgreSQL (psycopg) names the constraint
    name = getattr(diag, "constraint_name", None)
    if name:
        return _BY_NAME.get(name)
    text = str(error.orig).strip()
    if text in _BY_NAME:  # a SQLite trigger's RAISE(ABORT, 'name')
        return _BY_NAME[text]
    if not text.startswith(_SQLITE_UNIQUE):
        return None
    what = text.removeprefix(_SQLITE_UNIQUE)
    if what.startswith("index "):  # an index on an expression names itself: "index 'name'"
        return _BY_NAME.get(what.removeprefix("index ").strip("'\""))
    columns = [part.strip().split(".", 1) for part in what.split(",")]
    tables = {table for table, *_ in columns}
    if len(tables) != 1 or any(len(part) != 2 for part in columns):
        return None
    return _BY_COLUMNS.get((tables.pop(), frozenset(column for _table, column in columns)))


def refused_by_key(error: IntegrityError) -> ConcurrentWrite | None:
    key = violated(error)
    return ConcurrentWrite(key.message()) if key is not None else None
