"""A whole date typed the way Danish users type it, read exactly or refused with a Danish message.

Accepted (surrounding spaces ignored; digits are ASCII 0-9 only):

- day first, with ``-``, ``.`` or ``/`` (the same one twice), day and month of one or two digits:
  ``23-10-2016``, ``23.10.2016``, ``23/10/2016``, ``3.1.2016``, and with a two-digit year
  ``23-10-16``;
- digits only: ``231016`` (ddmmyy) and ``23102016`` (ddmmyyyy);
- year first (ISO): ``2016-10-23``, also ``2016/10/23`` and ``2016.10.23`` — a four-digit first
  group can only be a year.

Two-digit years. A date field has a *today* and is either an ordinary date or one in the past
(a birth date):

- ordinary date: the year within 50 years before and 49 years after today's year (in 2016:
  ``00``–``65`` are 2000–2065, ``66``–``99`` are 1966–1999);
- date in the past (``past=True``): the latest year that does not put the date after today (on
  3 October 2016: ``031016`` is 3 October 2016, ``041016`` is 4 October 1916).

Years run from 1900 to 2100. A day that does not exist (31-02-2016, 23-13-2016) is refused, never
moved to a neighbouring day. The messages never quote what was typed: a CPR number typed into a
date field must not end up in a message.
"""

from __future__ import annotations

import re
from datetime import date

from integration_desk.domain.errors import ValidationError
from integration_desk.formats import DATE, fmt_date
from integration_desk.i18n import tr

C = "domain"
EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)
#: how a date is shown (and what a typed date becomes once read): dd-mm-åååå
DISPLAY_FORMAT = DATE

_FORMS = (
    re.compile(r"(?P<d>[0-9]{1,2})(?P<sep>[-./])(?P<m>[0-9]{1,2})(?P=sep)(?P<y>[0-9]{4}|[0-9]{2})"),
    re.compile(r"(?P<d>[0-9]{2})(?P<m>[0-9]{2})(?P<y>[0-9]{4}|[0-9]{2})"),
    re.compile(r"(?P<y>[0-9]{4})(?P<sep>[-./])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})"),
)


class DateError(ValidationError):
    """The text is not a date; ``str(error)`` says why, in the user's language."""


def format_date(value: date) -> str:
    """dd-mm-åååå, the one way a date is shown (``integration_desk.formats``)."""
    return fmt_date(value)


def parse_date(text: str, today: date, *, past: bool = False) -> date:
    """The date ``text`` names, or ``DateError``. ``today`` and ``past`` settle two-digit years."""
    text = text.strip()
    if not text:
        raise DateError(tr(C, "Enter a date."))
    match = next((m for m in (form.fullmatch(text) for form in _FORMS) if m is not None), None)
    if match is None:
        raise DateError(tr(C, "Not a date: write e.g. 23-10-2016."))
    day, month, year = int(match["d"]), int(match["m"]), match["y"]
    if len(year) == 2:
        return _two_digit_year(day, month, int(year), today, past)
    return _checked(day, month, int(year))


def _checked(day: int, month: int, year: int) -> date:
    if not EARLIEST.year <= year <= LATEST.year:
        raise DateError(
            tr(C, "The year must be {first}–{last}.").format(first=EARLIEST.year, last=LATEST.year)
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(
            tr(C, "{day:02d}-{month:02d}-{year} does not exist.").format(day=day, month=month, year=year)
        ) from None


def _two_digit_year(day: int, month: int, yy: int, today: date, past: bool) -> date:
    if past:
        # The latest century that keeps the date on or before today; a day that does not exist in
        # that year (29-02 of a non-leap year) is refused rather than pushed a century back.
        year = today.year - (today.year - yy) % 100
        if (month, day) > (today.month, today.day) and year == today.year:
            year -= 100
        return _checked(day, month, year)
    low = today.year - 50
    return _checked(day, month, low + (yy - low) % 100)
