"""How dates read wherever a person reads them (screen, PDF, Excel, messages): dd-mm-åååå, the way
Danish forms write them, in English as well. One place, for every layer (the domain's messages,
the documents and the widgets)."""

from __future__ import annotations

from datetime import date, datetime

DATE = "%d-%m-%Y"


def fmt_date(value: date | None) -> str:
    """03-10-2016; "" for no date."""
    return value.strftime(DATE) if value else ""


def fmt_datetime(value: datetime | None, *, seconds: bool = False) -> str:
    """03-10-2016 14:05 (local time when ``value`` knows its zone)."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime(f"{DATE} %H:%M:%S" if seconds else f"{DATE} %H:%M")


def fmt_period(first: date, last: date) -> str:
    """01-01-2016 – 31-10-2016 (both days included)."""
    return f"{fmt_date(first)} – {fmt_date(last)}"
