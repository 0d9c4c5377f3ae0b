"""The domain's enumerations: roles, statuses, activity kinds, kinds of use in the audit log.

Plain ``StrEnum``s: their values are what the database stores (``db.models`` maps the columns to
them and imports them under the same names), so SQL reports read them without a lookup table.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    TEAMLEAD = "teamlead"
    CASEWORKER = "caseworker"
    HOUSING = "housing"
    READONLY = "readonly"


class PersonStatus(StrEnum):
    EXPECTED = "expected"
    ARRIVED = "arrived"
    HOUSED_PERMANENTLY = "housed_permanently"
    MOVED_AWAY = "moved_away"


class PersonKind(StrEnum):
    QUOTA = "quota"
    FAMILY_REUNIFIED = "family_reunified"


class AllocationStatus(StrEnum):
    PLANNED = "planned"
    OCCUPIED = "occupied"
    ENDED = "ended"


class AllocationEndReason(StrEnum):
    PERMANENT_HOME = "permanent_home"
    MOVED_AWAY = "moved_away"
    MOVED_ROOM = "moved_room"


class ClosureReason(StrEnum):
    REPAIR = "repair"
    CLEANING = "cleaning"
    OTHER = "other"


class ContractStatus(StrEnum):
    DRAFT = "draft"
    READY = "ready"
    SIGNED = "signed"
    SUPERSEDED = "superseded"


class ActivityKind(StrEnum):
    DANISH_CLASSES = "danish_classes"
    WORK_PLACEMENT = "work_placement"
    WAGE_SUBSIDY = "wage_subsidy"
    IGU = "igu"
    JOB_TRAINING = "job_training"
    UPSKILLING = "upskilling"
    GUIDANCE = "guidance"
    MENTOR = "mentor"
    HEALTH_ASSESSMENT = "health_assessment"
    OTHER = "other"


class AuditAction(StrEnum):
    VIEW = "view"
    SEARCH = "search"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    PRINT = "print"
    EXPORT = "export"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
