"""Retention: when a case was closed and when its person was anonymised.

Revision ID: 0005
Revises: 0002
Create Date: 2026-11-29 07:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("anonymised_on", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_persons_closed_on"), ["closed_on"], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # The housing role reads persons column by column (never cpr): the new columns join them.
        housing = bind.exec_driver_sql(
            "SELECT 1 FROM pg_roles WHERE rolname = 'integration_desk_housing'"
        ).scalar()
        if housing:
            op.execute("GRANT SELECT (closed_on, anonymised_on) ON persons TO integration_desk_housing")


def downgrade() -> None:
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_closed_on"))
        batch_op.drop_column("anonymised_on")
        batch_op.drop_column("closed_on")
