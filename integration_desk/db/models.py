"""The data model (DESIGN.md). Table names are part of the product: municipal IT reports on them.

Enumerated values are stored as short strings (the ``StrEnum`` values of ``domain.kinds``, imported
here under their names), so SQL reports read them without a lookup table and migrations stay simple
on both engines.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from integration_desk.db.base import Base, Editable, utcnow
from integration_desk.domain.funding import FundingKind
from integration_desk.domain.kinds import ActivityKind as ActivityKind
from integration_desk.domain.kinds import AllocationEndReason as AllocationEndReason
from integration_desk.domain.kinds import AllocationStatus as AllocationStatus
from integration_desk.domain.kinds import AuditAction as AuditAction
from integration_desk.domain.kinds import ClosureReason as ClosureReason
from integration_desk.domain.kinds import ContractStatus as ContractStatus
from integration_desk.domain.kinds import PersonKind as PersonKind
from integration_desk.domain.kinds import PersonStatus as PersonStatus
from integration_desk.domain.kinds import Role as Role

HOURS = Numeric(6, 2)
MONEY = Numeric(12, 2)


#: The kinds of ``funding_events`` (the rules that go with them live in ``domain.funding``).
FundingEventKind = FundingKind


class User(Editable, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default=Role.CASEWORKER)
    email: Mapped[str | None] = mapped_column(String(200))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Household(Editable, Base):
    __tablename__ = "households"

    display_name: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")

    persons: Mapped[list[Person]] = relationship(back_populates="household", order_by="Person.id")
    notices: Mapped[list[ArrivalNotice]] = relationship(back_populates="household")


class Person(Editable, Base):
    __tablename__ = "persons"

    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    # The name in its own script (Arabic, Ge'ez ...) beside the Latin transliteration above.
    native_name: Mapped[str] = mapped_column(String(400), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(8))
    nationality: Mapped[str] = mapped_column(String(100), default="")
    languages: Mapped[str] = mapped_column(String(200), default="")
    relation: Mapped[str] = mapped_column(String(40), default="")
    # Special-category data: 10 digits without dash; never logged.
    cpr: Mapped[str | None] = mapped_column(String(10), unique=True, deferred=True)
    udl_nr: Mapped[str | None] = mapped_column(String(40), unique=True)
    status: Mapped[str] = mapped_column(String(24), default=PersonStatus.EXPECTED, index=True)
    kind: Mapped[str] = mapped_column(String(24), default=PersonKind.QUOTA)
    caseworker_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    takeover_date: Mapped[date | None] = mapped_column(Date)
    # Retention: the day the case was closed, and the day its personal data was removed.
    closed_on: Mapped[date | None] = mapped_column(Date, index=True)
    anonymised_on: Mapped[date | None] = mapped_column(Date)

    household: Mapped[Household] = relationship(back_populates="persons")
    caseworker: Mapped[User | None] = relationship()
    deadlines: Mapped[list[Deadline]] = relationship(back_populates="person", order_by="Deadline.due_on")

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


class Quota(Editable, Base):
    """A quota period [starts_on, ends_on]. No two periods overlap: refused by the database itself
    (migration 0006: PostgreSQL exclusion constraint ``ex_quotas_overlap``, SQLite triggers)."""

    __tablename__ = "quotas"
    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="period"),)

    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    persons: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


class ArrivalNotice(Editable, Base):
    __tablename__ = "arrival_notices"

    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    quota_id: Mapped[int | None] = mapped_column(ForeignKey("quotas.id"), index=True)
    reference: Mapped[str] = mapped_column(String(80), unique=True)
    received_on: Mapped[date] = mapped_column(Date)
    decision_on: Mapped[date] = mapped_column(Date)
    expected_arrival_on: Mapped[date] = mapped_column(Date, index=True)
    # Computed from decision_on; set earlier when agreed with the immigration service.
    takeover_on: Mapped[date] = mapped_column(Date)
    takeover_agreed: Mapped[bool] = mapped_column(Boolean, default=False)
    asylum_centre: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    visit_on: Mapped[date | None] = mapped_column(Date)
    visit_by: Mapped[str] = mapped_column(String(200), default="")
    visit_interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    visit_interpreter_language: Mapped[str] = mapped_column(String(100), default="")
    visit_notes: Mapped[str] = mapped_column(Text, default="")
    arrived_on: Mapped[date | None] = mapped_column(Date)

    household: Mapped[Household] = relationship(back_populates="notices")
    quota: Mapped[Quota | None] = relationship()


class Deadline(Editable, Base):
    """A legal deadline of one person, computed from the rule set in force at takeover."""

    __tablename__ = "deadlines"
    __table_args__ = (UniqueConstraint("person_id", "kind", name="uq_deadlines_person_kind"),)

    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    done_by: Mapped[str | None] = mapped_column(String(64))
    rule_set_id: Mapped[int | None] = mapped_column(ForeignKey("rule_sets.id"))

    person: Mapped[Person] = relationship(back_populates="deadlines")


class HousingSite(Editable, Base):
    __tablename__ = "housing_sites"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    address: Mapped[str] = mapped_column(String(400), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    retired_on: Mapped[date | None] = mapped_column(Date)

    units: Mapped[list[HousingUnit]] = relationship(back_populates="site", order_by="HousingUnit.name")


class HousingUnit(Editable, Base):
    """A flat or corridor whose rooms share one kitchen and bath."""

    __tablename__ = "housing_units"
    __table_args__ = (UniqueConstraint("site_id", "name", name="uq_housing_units_site_name"),)

    site_id: Mapped[int] = mapped_column(ForeignKey("housing_sites.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    max_persons: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    retired_on: Mapped[date | None] = mapped_column(Date)

    site: Mapped[HousingSite] = relationship(back_populates="units")
    rooms: Mapped[list[Room]] = relationship(back_populates="unit", order_by="Room.name")


class Room(Editable, Base):
    __tablename__ = "rooms"
    __table_args__ = (
        UniqueConstraint("unit_id", "name", name="uq_rooms_unit_name"),
        CheckConstraint("beds >= 1", name="beds_positive"),
    )

    unit_id: Mapped[int] = mapped_column(ForeignKey("housing_units.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    beds: Mapped[int] = mapped_column(Integer)
    floor: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    retired_on: Mapped[date | None] = mapped_column(Date)

    unit: Mapped[HousingUnit] = relationship(back_populates="rooms")


class RoomClosure(Editable, Base):
    __tablename__ = "room_closures"
    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="period"),)

    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(16), default=ClosureReason.REPAIR)
    notes: Mapped[str] = mapped_column(Text, default="")


class Allocation(Editable, Base):
    """A household's stay in one room: [starts_on, ends_on) — ends_on is the moving-out day.

    Overlapping stays in one room are refused by the database itself (migration 0001).
    """

    __tablename__ = "allocations"
    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on > starts_on", name="period"),
        CheckConstraint("persons >= 1", name="persons_positive"),
        Index("ix_allocations_room_period", "room_id", "starts_on"),
    )

    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"))
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    persons: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default=AllocationStatus.PLANNED)
    end_reason: Mapped[str | None] = mapped_column(String(24))

    room: Mapped[Room] = relationship()
    household: Mapped[Household] = relationship()


class Contract(Editable, Base):
    __tablename__ = "contracts"
    __table_args__ = (UniqueConstraint("person_id", "version_no", name="uq_contracts_person_version"),)

    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    version_no: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(16), default=ContractStatus.DRAFT)
    caseworker_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    concluded_on: Mapped[date | None] = mapped_column(Date)
    signed_on: Mapped[date | None] = mapped_column(Date)
    signed_by_caseworker_on: Mapped[date | None] = mapped_column(Date)
    paper_copy_received: Mapped[bool] = mapped_column(Boolean, default=False)
    programme_start: Mapped[date | None] = mapped_column(Date)
    programme_end: Mapped[date | None] = mapped_column(Date)
    employment_goal: Mapped[str] = mapped_column(Text, default="")
    education_goal: Mapped[str] = mapped_column(Text, default="")
    interpreter_name: Mapped[str] = mapped_column(String(200), default="")
    interpreter_language: Mapped[str] = mapped_column(String(100), default="")
    # The merged text sections, as JSON {section key: text}.
    sections: Mapped[str] = mapped_column(Text, default="{}")
    # Why the programme of this signed contract ended instead of being extended (domain.programme_end),
    # and from which day; like the paper copy, recorded on a signed contract without a new version.
    programme_ended_on: Mapped[date | None] = mapped_column(Date)
    programme_end_reason: Mapped[str | None] = mapped_column(String(32))

    person: Mapped[Person] = relationship()
    activities: Mapped[list[ContractActivity]] = relationship(
        back_populates="contract", order_by="ContractActivity.starts_on", cascade="all, delete-orphan"
    )


class ContractActivity(Editable, Base):
    __tablename__ = "contract_activities"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="period"),
        CheckConstraint("hours_per_week >= 0", name="hours_non_negative"),
    )

    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    provider: Mapped[str] = mapped_column(String(200), default="")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    hours_per_week: Mapped[Decimal] = mapped_column(HOURS)
    # Optional split over weekdays as JSON {"mon": 7.4, ...}; used to cut holidays exactly.
    weekday_hours: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")

    contract: Mapped[Contract] = relationship(back_populates="activities")


class HourEntry(Editable, Base):
    __tablename__ = "hour_entries"
    __table_args__ = (
        CheckConstraint(
            "planned >= 0 AND attended >= 0 AND absent_sick >= 0 AND absent_valid >= 0 AND absent_unexcused >= 0",
            name="hours_non_negative",
        ),
        Index("ix_hour_entries_week", "iso_year", "iso_week"),
        Index("ix_hour_entries_person_week", "person_id", "iso_year", "iso_week"),
        # One row per person, activity and ISO week (migration 0006); and one per week of the rows
        # without an activity, which a plain unique index lets through (NULLs are all different).
        Index(
            "uq_hour_entries_person_activity_week",
            "person_id",
            "activity_id",
            "iso_year",
            "iso_week",
            unique=True,
        ),
        Index(
            "uq_hour_entries_person_week_no_activity",
            "person_id",
            "iso_year",
            "iso_week",
            unique=True,
            sqlite_where=text("activity_id IS NULL"),
            postgresql_where=text("activity_id IS NULL"),
        ),
    )

    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("contract_activities.id"), index=True)
    iso_year: Mapped[int] = mapped_column(Integer)
    iso_week: Mapped[int] = mapped_column(Integer)
    day: Mapped[date | None] = mapped_column(Date)
    planned: Mapped[Decimal] = mapped_column(HOURS, default=Decimal(0))
    attended: Mapped[Decimal] = mapped_column(HOURS, default=Decimal(0))
    absent_sick: Mapped[Decimal] = mapped_column(HOURS, default=Decimal(0))
    absent_valid: Mapped[Decimal] = mapped_column(HOURS, default=Decimal(0))
    absent_unexcused: Mapped[Decimal] = mapped_column(HOURS, default=Decimal(0))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    approved: Mapped[bool] = mapped_column(Boolean, default=False)
    approved_by: Mapped[str | None] = mapped_column(String(64))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class HealthRecord(Editable, Base):
    """Special-category personal data: a separate table so access can be limited and audited."""

    __tablename__ = "health_records"

    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    offered_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class RuleSetRow(Editable, Base):
    """The dated, administrator-editable figures of the law (DOMAIN.md's [rule set])."""

    __tablename__ = "rule_sets"

    effective_from: Mapped[date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    min_notice_days: Mapped[int] = mapped_column(Integer)
    contract_deadline_months: Mapped[int] = mapped_column(Integer)
    danish_referral_deadline_months: Mapped[int] = mapped_column(Integer)
    first_offer_deadline_days: Mapped[int] = mapped_column(Integer)
    health_assessment_deadline_months: Mapped[int | None] = mapped_column(Integer)
    programme_default_months: Mapped[int] = mapped_column(Integer)
    programme_max_months: Mapped[int] = mapped_column(Integer)
    weekly_hours_target: Mapped[Decimal] = mapped_column(HOURS)
    danish_classes_weekly_cap: Mapped[Decimal] = mapped_column(HOURS)
    self_payment_cap_single: Mapped[Decimal] = mapped_column(MONEY)
    self_payment_cap_couple: Mapped[Decimal] = mapped_column(MONEY)
    base_grant_monthly: Mapped[Decimal] = mapped_column(MONEY)
    base_grant_months: Mapped[int] = mapped_column(Integer)
    result_grant_job: Mapped[Decimal] = mapped_column(MONEY)
    result_grant_education: Mapped[Decimal] = mapped_column(MONEY)
    result_grant_danish_test: Mapped[Decimal] = mapped_column(MONEY)
    housing_refund_per_day: Mapped[Decimal] = mapped_column(MONEY)
    constitution_day_off: Mapped[bool] = mapped_column(Boolean, default=False)
    christmas_eve_off: Mapped[bool] = mapped_column(Boolean, default=False)
    new_years_eve_off: Mapped[bool] = mapped_column(Boolean, default=False)
    programme_extension_notice_weeks: Mapped[int] = mapped_column(Integer, default=8, server_default="8")


class FundingEvent(Editable, Base):
    __tablename__ = "funding_events"
    __table_args__ = (
        # one event of a kind per person and day (migration 0006): recording it twice is refused
        Index("uq_funding_events_person_kind_day", "person_id", "kind", "occurred_on", unique=True),
    )

    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    ends_on: Mapped[date | None] = mapped_column(Date)
    # True when the app derived the event (e.g. six months of job); False when recorded by a user.
    derived: Mapped[bool] = mapped_column(Boolean, default=False)
    details: Mapped[str] = mapped_column(Text, default="")


class Job(Editable, Base):
    """Ordinary work a person holds: the basis of the six-month job grant (``domain.funding``)."""

    __tablename__ = "jobs"
    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="period"),
        CheckConstraint("hours_per_week > 0", name="hours_positive"),
    )

    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    employer: Mapped[str] = mapped_column(String(200))
    hours_per_week: Mapped[Decimal] = mapped_column(HOURS)
    starts_on: Mapped[date] = mapped_column(Date)
    # The last working day (included); None while the person still works there.
    ends_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class TeamSetting(Editable, Base):
    """Team-wide settings (municipality name, address, logo) shared by every PC."""

    __tablename__ = "team_settings"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[str] = mapped_column(Text, default="")


class AuditEvent(Base):
    """Append-only log of every use of personal data and every change."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    # The person concerned, so a data subject's access request finds every entry about them.
    person_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # JSON: {"field": [old, new]} for changes, or {"criteria": ...} for searches.
    changes: Mapped[str] = mapped_column(Text, default="{}")


class EditPresence(Base):
    """Who has a record open in an editor right now (issue 7): written on open, a heartbeat while
    open, removed on close; a row whose heartbeat is older than two minutes is stale."""

    __tablename__ = "edit_presence"
    __table_args__ = (UniqueConstraint("entity", "entity_id", "username", name="one_per_user"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(200))
    since: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    heartbeat: Mapped[datetime] = mapped_column(DateTime(timezone=True))
