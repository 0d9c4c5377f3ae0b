"""Alembic environment: the program passes its own connection; there is no alembic.ini to edit."""

from __future__ import annotations

from alembic import context

from integration_desk.db import models  # noqa: F401 - registers every table on the metadata
from integration_desk.db.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through integration_desk.db.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
