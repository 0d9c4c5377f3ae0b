"""Text search in SQL that matches what was typed, character for character, on both engines.

``LIKE`` reads ``%`` and ``_`` as wildcards (a search for ``%`` found everyone) and PostgreSQL
reads ``\\`` as its escape character (``\\g`` found people with a ``g``). Every search of the
program goes through :func:`contains` or :func:`starts_with`, which escape all three and name the
escape character explicitly, so the typed text is matched literally on SQLite and PostgreSQL.

Case is ignored the same way on both engines: both sides are lowered by the database, by
PostgreSQL's ``lower()`` and on SQLite by Python's ``str.lower`` (registered on every connection
by ``db.engine``; SQLite's own ``lower()`` and ``LIKE`` fold ASCII only, so "Æ" would not find "æ").
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, String, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.functions import FunctionElement

ESCAPE = "\\"
#: The SQLite function ``fold`` compiles to (registered by ``db.engine`` on each connection).
SQLITE_LOWER = "integration_desk_lower"


def sqlite_lower(value: str | None) -> str | None:
    return None if value is None else value.lower()


def escape_like(text: str) -> str:
    """``text`` as a LIKE pattern that matches itself only (with ``ESCAPE``)."""
    return text.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")


class fold(FunctionElement[str]):
    """Lower case, by the database, the same way for a column and for the searched text."""

    type = String()
    inherit_cache = True


@compiles(fold)
def _fold(element: fold, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(fold, "sqlite")
def _fold_sqlite(element: fold, compiler: Any, **kw: Any) -> str:
    return f"{SQLITE_LOWER}({compiler.process(element.clauses, **kw)})"


Searched = ColumnElement[Any] | QueryableAttribute[Any]


def contains(expression: Searched, text: str) -> ColumnElement[bool]:
    """``expression`` contains ``text`` (case ignored), every character of it taken literally."""
    pattern = literal("%") + fold(literal(escape_like(text), String())) + literal("%")
    return fold(expression).like(pattern, escape=ESCAPE)


def starts_with(expression: Searched, text: str) -> ColumnElement[bool]:
    """``expression`` begins with ``text`` exactly (case kept), every character taken literally."""
    return expression.like(escape_like(text) + "%", escape=ESCAPE)
