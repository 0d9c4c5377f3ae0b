"""Initial schema: every table of DESIGN.md, and the database-level guard against double booking.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 17:22:56.257253
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_events_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_events_entity", ["entity", "entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_username"), ["username"], unique=False)

    op.create_table(
        "households",
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_households")),
    )
    op.create_table(
        "housing_sites",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=400), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("retired_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_housing_sites")),
        sa.UniqueConstraint("name", name=op.f("uq_housing_sites_name")),
    )
    op.create_table(
        "quotas",
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("persons", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_quotas_period")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotas")),
    )
    op.create_table(
        "rule_sets",
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("min_notice_days", sa.Integer(), nullable=False),
        sa.Column("contract_deadline_months", sa.Integer(), nullable=False),
        sa.Column("danish_referral_deadline_months", sa.Integer(), nullable=False),
        sa.Column("first_offer_deadline_days", sa.Integer(), nullable=False),
        sa.Column("health_assessment_deadline_months", sa.Integer(), nullable=True),
        sa.Column("programme_default_months", sa.Integer(), nullable=False),
        sa.Column("programme_max_months", sa.Integer(), nullable=False),
        sa.Column("weekly_hours_target", sa.Numeric(precision=6, scale=2), nullable=False),
        sa.Column("danish_classes_weekly_cap", sa.Numeric(precision=6, scale=2), nullable=False),
        sa.Column("self_payment_cap_single", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("self_payment_cap_couple", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("base_grant_monthly", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("base_grant_months", sa.Integer(), nullable=False),
        sa.Column("result_grant_job", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("result_grant_education", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("result_grant_danish_test", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("housing_refund_per_day", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("constitution_day_off", sa.Boolean(), nullable=False),
        sa.Column("christmas_eve_off", sa.Boolean(), nullable=False),
        sa.Column("new_years_eve_off", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rule_sets")),
        sa.UniqueConstraint("effective_from", name=op.f("uq_rule_sets_effective_from")),
    )
    op.create_table(
        "team_settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_settings")),
        sa.UniqueConstraint("key", name=op.f("uq_team_settings_key")),
    )
    op.create_table(
        "users",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "arrival_notices",
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("quota_id", sa.Integer(), nullable=True),
        sa.Column("reference", sa.String(length=80), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("decision_on", sa.Date(), nullable=False),
        sa.Column("expected_arrival_on", sa.Date(), nullable=False),
        sa.Column("takeover_on", sa.Date(), nullable=False),
        sa.Column("takeover_agreed", sa.Boolean(), nullable=False),
        sa.Column("asylum_centre", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("visit_on", sa.Date(), nullable=True),
        sa.Column("visit_by", sa.String(length=200), nullable=False),
        sa.Column("visit_interpreter_needed", sa.Boolean(), nullable=False),
        sa.Column("visit_interpreter_language", sa.String(length=100), nullable=False),
        sa.Column("visit_notes", sa.Text(), nullable=False),
        sa.Column("arrived_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_arrival_notices_household_id_households")
        ),
        sa.ForeignKeyConstraint(["quota_id"], ["quotas.id"], name=op.f("fk_arrival_notices_quota_id_quotas")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arrival_notices")),
        sa.UniqueConstraint("reference", name=op.f("uq_arrival_notices_reference")),
    )
    with op.batch_alter_table("arrival_notices", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_arrival_notices_expected_arrival_on"), ["expected_arrival_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_arrival_notices_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_arrival_notices_quota_id"), ["quota_id"], unique=False)

    op.create_table(
        "housing_units",
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("max_persons", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("retired_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["housing_sites.id"], name=op.f("fk_housing_units_site_id_housing_sites")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_housing_units")),
        sa.UniqueConstraint("site_id", "name", name="uq_housing_units_site_name"),
    )
    with op.batch_alter_table("housing_units", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_housing_units_site_id"), ["site_id"], unique=False)

    op.create_table(
        "persons",
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("given_name", sa.String(length=200), nullable=False),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("native_name", sa.String(length=400), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(length=8), nullable=True),
        sa.Column("nationality", sa.String(length=100), nullable=False),
        sa.Column("languages", sa.String(length=200), nullable=False),
        sa.Column("relation", sa.String(length=40), nullable=False),
        sa.Column("cpr", sa.String(length=10), nullable=True),
        sa.Column("udl_nr", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("caseworker_id", sa.Integer(), nullable=True),
        sa.Column("takeover_date", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["caseworker_id"], ["users.id"], name=op.f("fk_persons_caseworker_id_users")),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_persons_household_id_households")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
        sa.UniqueConstraint("cpr", name=op.f("uq_persons_cpr")),
        sa.UniqueConstraint("udl_nr", name=op.f("uq_persons_udl_nr")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_persons_caseworker_id"), ["caseworker_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_persons_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_persons_status"), ["status"], unique=False)

    op.create_table(
        "contracts",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("version_no", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("caseworker_id", sa.Integer(), nullable=True),
        sa.Column("concluded_on", sa.Date(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("signed_by_caseworker_on", sa.Date(), nullable=True),
        sa.Column("paper_copy_received", sa.Boolean(), nullable=False),
        sa.Column("programme_start", sa.Date(), nullable=True),
        sa.Column("programme_end", sa.Date(), nullable=True),
        sa.Column("employment_goal", sa.Text(), nullable=False),
        sa.Column("education_goal", sa.Text(), nullable=False),
        sa.Column("interpreter_name", sa.String(length=200), nullable=False),
        sa.Column("interpreter_language", sa.String(length=100), nullable=False),
        sa.Column("sections", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["caseworker_id"], ["users.id"], name=op.f("fk_contracts_caseworker_id_users")
        ),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_contracts_person_id_persons")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contracts")),
        sa.UniqueConstraint("person_id", "version_no", name="uq_contracts_person_version"),
    )
    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contracts_person_id"), ["person_id"], unique=False)

    op.create_table(
        "deadlines",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("done_by", sa.String(length=64), nullable=True),
        sa.Column("rule_set_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_deadlines_person_id_persons")),
        sa.ForeignKeyConstraint(
            ["rule_set_id"], ["rule_sets.id"], name=op.f("fk_deadlines_rule_set_id_rule_sets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadlines")),
        sa.UniqueConstraint("person_id", "kind", name="uq_deadlines_person_kind"),
    )
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deadlines_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_deadlines_person_id"), ["person_id"], unique=False)

    op.create_table(
        "funding_events",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("derived", sa.Boolean(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_funding_events_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_events")),
    )
    with op.batch_alter_table("funding_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_funding_events_occurred_on"), ["occurred_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_funding_events_person_id"), ["person_id"], unique=False)

    op.create_table(
        "health_records",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("offered_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_health_records_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_records")),
    )
    with op.batch_alter_table("health_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_health_records_person_id"), ["person_id"], unique=False)

    op.create_table(
        "rooms",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("beds", sa.Integer(), nullable=False),
        sa.Column("floor", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("retired_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint("beds >= 1", name=op.f("ck_rooms_beds_positive")),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["housing_units.id"], name=op.f("fk_rooms_unit_id_housing_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rooms")),
        sa.UniqueConstraint("unit_id", "name", name="uq_rooms_unit_name"),
    )
    with op.batch_alter_table("rooms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rooms_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "allocations",
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("persons", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("end_reason", sa.String(length=24), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint("ends_on IS NULL OR ends_on > starts_on", name=op.f("ck_allocations_period")),
        sa.CheckConstraint("persons >= 1", name=op.f("ck_allocations_persons_positive")),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_allocations_household_id_households")
        ),
        sa.ForeignKeyConstraint(["room_id"], ["rooms.id"], name=op.f("fk_allocations_room_id_rooms")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allocations")),
    )
    with op.batch_alter_table("allocations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_allocations_household_id"), ["household_id"], unique=False)
        batch_op.create_index("ix_allocations_room_period", ["room_id", "starts_on"], unique=False)

    op.create_table(
        "contract_activities",
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("provider", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("hours_per_week", sa.Numeric(precision=6, scale=2), nullable=False),
        sa.Column("weekday_hours", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_contract_activities_period")),
        sa.CheckConstraint("hours_per_week >= 0", name=op.f("ck_contract_activities_hours_non_negative")),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_contract_activities_contract_id_contracts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_activities")),
    )
    with op.batch_alter_table("contract_activities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contract_activities_contract_id"), ["contract_id"], unique=False)

    op.create_table(
        "room_closures",
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_room_closures_period")),
        sa.ForeignKeyConstraint(["room_id"], ["rooms.id"], name=op.f("fk_room_closures_room_id_rooms")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_closures")),
    )
    with op.batch_alter_table("room_closures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_room_closures_room_id"), ["room_id"], unique=False)

    op.create_table(
        "hour_entries",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("iso_year", sa.Integer(), nullable=False),
        sa.Column("iso_week", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("planned", sa.Numeric(precision=6, scale=2), nullable=False),
        sa.Column("attended", sa.Numeric(precision=6, scale=2), nullable=False),
        sa.Column("absent_sick", sa.Numeric(precision=6, scale=2), nullable=False),
        sa.Column("absent_valid", sa.Numeric(precision=6, scale=2), nullable=False),
        sa.Column("absent_unexcused", sa.Numeric(precision=6, scale=2), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("approved", sa.Boolean(), nullable=False),
        sa.Column("approved_by", sa.String(length=64), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "planned >= 0 AND attended >= 0 AND absent_sick >= 0 AND absent_valid >= 0 AND absent_unexcused >= 0",
            name=op.f("ck_hour_entries_hours_non_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["contract_activities.id"],
            name=op.f("fk_hour_entries_activity_id_contract_activities"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_hour_entries_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hour_entries")),
    )
    with op.batch_alter_table("hour_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hour_entries_activity_id"), ["activity_id"], unique=False)
        batch_op.create_index(
            "ix_hour_entries_person_week", ["person_id", "iso_year", "iso_week"], unique=False
        )
        batch_op.create_index("ix_hour_entries_week", ["iso_year", "iso_week"], unique=False)

    _create_overlap_guard()


def downgrade() -> None:
    _drop_overlap_guard()
    with op.batch_alter_table("hour_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_hour_entries_week")
        batch_op.drop_index("ix_hour_entries_person_week")
        batch_op.drop_index(batch_op.f("ix_hour_entries_activity_id"))

    op.drop_table("hour_entries")
    with op.batch_alter_table("room_closures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_room_closures_room_id"))

    op.drop_table("room_closures")
    with op.batch_alter_table("contract_activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_activities_contract_id"))

    op.drop_table("contract_activities")
    with op.batch_alter_table("allocations", schema=None) as batch_op:
        batch_op.drop_index("ix_allocations_room_period")
        batch_op.drop_index(batch_op.f("ix_allocations_household_id"))

    op.drop_table("allocations")
    with op.batch_alter_table("rooms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rooms_unit_id"))

    op.drop_table("rooms")
    with op.batch_alter_table("health_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_health_records_person_id"))

    op.drop_table("health_records")
    with op.batch_alter_table("funding_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funding_events_person_id"))
        batch_op.drop_index(batch_op.f("ix_funding_events_occurred_on"))

    op.drop_table("funding_events")
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deadlines_person_id"))
        batch_op.drop_index(batch_op.f("ix_deadlines_due_on"))

    op.drop_table("deadlines")
    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contracts_person_id"))

    op.drop_table("contracts")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_status"))
        batch_op.drop_index(batch_op.f("ix_persons_household_id"))
        batch_op.drop_index(batch_op.f("ix_persons_caseworker_id"))

    op.drop_table("persons")
    with op.batch_alter_table("housing_units", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_housing_units_site_id"))

    op.drop_table("housing_units")
    with op.batch_alter_table("arrival_notices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_arrival_notices_quota_id"))
        batch_op.drop_index(batch_op.f("ix_arrival_notices_household_id"))
        batch_op.drop_index(batch_op.f("ix_arrival_notices_expected_arrival_on"))

    op.drop_table("arrival_notices")
    op.drop_table("users")
    op.drop_table("team_settings")
    op.drop_table("rule_sets")
    op.drop_table("quotas")
    op.drop_table("housing_sites")
    op.drop_table("households")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_events_username"))
        batch_op.drop_index(batch_op.f("ix_audit_events_person_id"))
        batch_op.drop_index("ix_audit_events_entity")
        batch_op.drop_index(batch_op.f("ix_audit_events_at"))

    op.drop_table("audit_events")


# No two stays in one room may overlap: [starts_on, ends_on), an open end running forever.
# The database enforces this itself, so no client, script or race can double-book a room.
_SQLITE_OVERLAP = """
    EXISTS (SELECT 1 FROM allocations AS a
            WHERE a.room_id = NEW.room_id AND a.id IS NOT NEW.id
              AND a.starts_on < COALESCE(NEW.ends_on, '9999-12-31')
              AND NEW.starts_on < COALESCE(a.ends_on, '9999-12-31'))
"""


def _create_overlap_guard() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        op.execute(
            "ALTER TABLE allocations ADD CONSTRAINT ex_allocations_room_overlap "
            "EXCLUDE USING gist (room_id WITH =, daterange(starts_on, ends_on, '[)') WITH &&)"
        )
    elif dialect == "sqlite":
        for event in ("INSERT", "UPDATE OF room_id, starts_on, ends_on"):
            name = "allocations_no_overlap_" + event.split()[0].lower()
            op.execute(
                f"CREATE TRIGGER {name} BEFORE {event} ON allocations "
                f"WHEN {_SQLITE_OVERLAP} "
                "BEGIN SELECT RAISE(ABORT, 'ex_allocations_room_overlap'); END"
            )
    else:
        raise NotImplementedError(f"no overlap guard for {dialect}")


def _drop_overlap_guard() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("ALTER TABLE allocations DROP CONSTRAINT ex_allocations_room_overlap")
    elif dialect == "sqlite":
        op.execute("DROP TRIGGER allocations_no_overlap_insert")
        op.execute("DROP TRIGGER allocations_no_overlap_update")
