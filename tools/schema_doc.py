"""Write docs/schema.md from the ORM metadata, so the documented schema is the real one.

python tools/schema_doc.py          # rewrite docs/schema.md
python tools/schema_doc.py --check  # exit 1 when docs/schema.md is out of date
"""

from __future__ import annotations

import inspect as pyinspect
import sys
from pathlib import Path

from integration_desk.db import models
from integration_desk.db.base import Base

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "schema.md"

INTRO = """# The database schema

Generated from `integration_desk/db/models.py` by `python tools/schema_doc.py`; a test fails when
this file is out of date. Table and column names are part of the product: municipal IT may report
on them with SQL. All tables are created by the first Alembic migration
(`integration_desk/db/migrations/versions/0001_initial_schema.py`).

Conventions:
- Every editable table has `version` (optimistic locking: a save based on an old version is
  refused, never overwritten) and `created_at`, `created_by`, `updated_at`, `updated_by`
  (timestamps in UTC, user names).
- Coded values are stored as short English strings (`arrived`, `quota`, `danish_classes` …); the
  program shows them in Danish.
- Dates are calendar dates; `allocations` run from `starts_on` up to, not including, `ends_on`
  (the moving-out day); an empty `ends_on` means the stay is open.
- No two allocations of one room overlap in time: enforced by the database itself (PostgreSQL:
  exclusion constraint `ex_allocations_room_overlap` using `btree_gist`; SQLite: triggers
  `allocations_no_overlap_insert/update`).
- An allocation never holds more `persons` than its room has `beds`: enforced by the database
  itself (migration 0009; PostgreSQL: trigger `allocations_room_capacity`; SQLite: triggers
  `allocations_room_capacity_insert/update`; both refuse with `ck_allocations_room_capacity`).
  A household of more persons lives in several rooms of one unit, one allocation per room.
- `audit_events` is append-only: every read of a person's file and every change, with the person
  concerned in `person_id`. CPR numbers and health notes are never written to it. On PostgreSQL
  its rows are written by the functions `integration_desk_audit` (the program) and
  `integration_desk_audit_change` (the triggers), which name the database login (migration 0007).
- Special-category personal data: `persons.cpr` and the whole of `health_records`.
"""


def _type(column) -> str:  # type: ignore[no-untyped-def]
    return str(column.type).lower()


def _constraint_key(constraint) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    columns = ",".join(column.name for column in getattr(constraint, "columns", []))
    return (type(constraint).__name__, str(getattr(constraint, "sqltext", "")), columns)


def render() -> str:
    lines = [INTRO]
    classes = {
        cls.__tablename__: cls
        for _name, cls in pyinspect.getmembers(models, pyinspect.isclass)
        if issubclass(cls, Base) and cls is not Base and hasattr(cls, "__tablename__")
    }
    for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
        cls = classes.get(table.name)
        doc = pyinspect.getdoc(cls) if cls is not None and cls.__doc__ else ""
        lines.append(f"## `{table.name}`\n")
        if doc:
            lines.append(doc.replace("\n", " ") + "\n")
        lines.append("| column | type | null | notes |")
        lines.append("|---|---|---|---|")
        for column in table.columns:
            notes = []
            if column.primary_key:
                notes.append("primary key")
            for fk in column.foreign_keys:
                notes.append(f"→ `{fk.target_fullname}`")
            if column.unique:
                notes.append("unique")
            if column.index:
                notes.append("indexed")
            lines.append(
                f"| `{column.name}` | {_type(column)} | {'yes' if column.nullable else 'no'} | {', '.join(notes)} |"
            )
        constraints = sorted(table.constraints, key=_constraint_key)  # a set: sort for a stable file
        uniques = [
            c for c in constraints if c.__class__.__name__ == "UniqueConstraint" and len(c.columns) > 1
        ]
        checks = [c for c in constraints if c.__class__.__name__ == "CheckConstraint"]
        for constraint in uniques:
            lines.append(f"\nUnique together: {', '.join(f'`{c.name}`' for c in constraint.columns)}.")
        for index in sorted((i for i in table.indexes if i.unique), key=lambda i: str(i.name)):
            parts = ", ".join(
                f"`{e.name}`"
                if hasattr(e, "table")
                else f"`{e.compile(compile_kwargs={'literal_binds': True})}`"
                for e in index.expressions
            )
            where = index.dialect_options["sqlite"].get("where")
            only = f", where `{where}`" if where is not None else ""
            lines.append(f"\nUnique together (index `{index.name}`{only}): {parts}.")
        for constraint in checks:
            lines.append(f"\nCheck: `{constraint.sqltext}`.")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if argv == ["--check"]:
        if not DOC.exists() or DOC.read_text(encoding="utf-8") != text:
            print("docs/schema.md is out of date: run python tools/schema_doc.py", file=sys.stderr)
            return 1
        return 0
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
