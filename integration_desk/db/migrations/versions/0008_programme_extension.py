"""The programme must be extended or ended: the reminder's weeks in the rule sets, the recorded end
reason on the signed contract, and the reminder itself for every contract already signed
(issue 13, point 14).

Revision ID: 0008
Revises: 0004
Create Date: 2026-12-03 12:00:00
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0004"
branch_labels = None
depends_on = None

DEFAULT_WEEKS = 8
KIND = "programme_extension"


def upgrade() -> None:
    with op.batch_alter_table("rule_sets", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "programme_extension_notice_weeks",
                sa.Integer(),
                nullable=False,
                server_default=str(DEFAULT_WEEKS),
            )
        )
    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("programme_ended_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("programme_end_reason", sa.String(length=32), nullable=True))
    _remind_signed_contracts()


def _remind_signed_contracts() -> None:
    """The reminder for each person's signed contract, as services.programme_end computes it."""
    bind = op.get_bind()
    rule_sets = sorted(
        bind.execute(sa.text("SELECT id, effective_from FROM rule_sets")).all(), key=lambda r: r[1]
    )
    have = {
        row[0]
        for row in bind.execute(sa.text("SELECT person_id FROM deadlines WHERE kind = :k"), {"k": KIND})
    }
    signed = bind.execute(
        sa.text(
            "SELECT person_id, programme_end, signed_on FROM contracts"
            " WHERE status = 'signed' AND programme_end IS NOT NULL"
        )
    ).all()
    now = datetime.now(UTC)
    rows = []
    for person_id, end, signed_on in signed:
        if person_id in have:
            continue
        end, on = _as_date(end), _as_date(signed_on) if signed_on is not None else None
        in_force = [rs_id for rs_id, start in rule_sets if on is None or _as_date(start) <= on]
        rows.append(
            {
                "person_id": person_id,
                "kind": KIND,
                "due_on": end - timedelta(weeks=DEFAULT_WEEKS),
                "rule_set_id": in_force[-1] if in_force else None,
                "version": 1,
                "created_at": now,
                "created_by": "system",
                "updated_at": now,
                "updated_by": "system",
            }
        )
        have.add(person_id)
    if rows:
        deadlines = sa.table(
            "deadlines",
            sa.column("person_id", sa.Integer()),
            sa.column("kind", sa.String()),
            sa.column("due_on", sa.Date()),
            sa.column("rule_set_id", sa.Integer()),
            sa.column("version", sa.Integer()),
            sa.column("created_at", sa.DateTime(timezone=True)),
            sa.column("created_by", sa.String()),
            sa.column("updated_at", sa.DateTime(timezone=True)),
            sa.column("updated_by", sa.String()),
        )
        op.bulk_insert(deadlines, rows)


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def downgrade() -> None:
    op.execute(sa.text(f"DELETE FROM deadlines WHERE kind = '{KIND}'"))
    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.drop_column("programme_end_reason")
        batch_op.drop_column("programme_ended_on")
    with op.batch_alter_table("rule_sets", schema=None) as batch_op:
        batch_op.drop_column("programme_extension_notice_weeks")
