"""How a report's cells read in a document: Danish decimal comma, dates as dd-mm-åååå."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from integration_desk.documents.report_table import Cell
from integration_desk.formats import fmt_date


def cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,f}".replace(",", "_").replace(".", ",").replace("_", ".")
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if isinstance(value, date):
        return fmt_date(value)
    return value
