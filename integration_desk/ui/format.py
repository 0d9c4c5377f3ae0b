"""How values look on screen: Danish dates (dd-mm-åååå) and hours with a decimal comma."""

from __future__ import annotations

from decimal import Decimal

from integration_desk import i18n
from integration_desk.formats import fmt_date, fmt_datetime, fmt_period

__all__ = ["fmt_date", "fmt_datetime", "fmt_hours", "fmt_period"]


def fmt_hours(value: Decimal | float | int | None) -> str:
    if value is None:
        return ""
    text = f"{Decimal(value):.1f}"
    return text.replace(".", ",") if i18n.current_language() == "da" else text
