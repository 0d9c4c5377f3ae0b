"""Edit presence: who has a record open in an editor right now (issue 7, concurrent edits).

Revision ID: 0004
Revises: 0005
Create Date: 2026-11-29 08:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "edit_presence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_edit_presence")),
        sa.UniqueConstraint("entity", "entity_id", "username", name=op.f("uq_edit_presence_one_per_user")),
    )


def downgrade() -> None:
    op.drop_table("edit_presence")
