"""Counted words on the board and its panels: Danish says "1 seng" but "2 senge"."""

from __future__ import annotations

from integration_desk.ui.i18n import tr

C = "HousingWords"


def beds_text(n: int) -> str:
    return tr(C, "1 bed") if n == 1 else tr(C, "{n} beds").format(n=n)


def rooms_text(n: int) -> str:
    return tr(C, "1 room") if n == 1 else tr(C, "{n} rooms").format(n=n)


def households_waiting_text(n: int) -> str:
    return tr(C, "1 household waiting") if n == 1 else tr(C, "{n} households waiting").format(n=n)


def persons_waiting_text(n: int) -> str:
    return tr(C, "1 person waiting") if n == 1 else tr(C, "{n} persons waiting").format(n=n)


def free_beds_text(n: int) -> str:
    return tr(C, "1 free bed") if n == 1 else tr(C, "{n} free beds").format(n=n)


def free_text(n: int) -> str:
    """The number of free beds after the beds were named: "1 ledig", "3 ledige"."""
    return tr(C, "1 free") if n == 1 else tr(C, "{n} free").format(n=n)


def more_days_text(n: int) -> str:
    return tr(C, "… and 1 more day") if n == 1 else tr(C, "… and {n} more days").format(n=n)
