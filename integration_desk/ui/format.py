"""How values look on screen: Danish dates (dd-mm-åååå) and hours with a decimal comma."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from integration_desk import i18n


def fmt_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def fmt_hours(value: Decimal | float | int | None) -> str:
    if value is None:
        return ""
    text = f"{Decimal(value):.1f}"
    return text.replace(".", ",") if i18n.current_language() == "da" else text
