"""Counted words on the board and its panels: Danish says "1 seng" but "2 senge"."""

from __future__ import annotations

from integration_desk.domain.housing_beds import BedState
from integration_desk.ui.format import fmt_date
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


def more_days_text(n: int) -> str:
    return tr(C, "… and 1 more day") if n == 1 else tr(C, "… and {n} more days").format(n=n)


def persons_text(n: int) -> str:
    return tr(C, "1 person") if n == 1 else tr(C, "{n} persons").format(n=n)


def beds_state_text(beds: BedState) -> str:
    """How a household not every person of which has a bed stands: "2 af 3 har seng", "værelse fra
    20-10-2016"; empty when nobody has a bed and none is planned."""
    if beds.complete:
        return ""
    if beds.with_bed:
        text = tr(C, "{with_bed} of {size} have a bed").format(with_bed=beds.with_bed, size=beds.size)
        if beds.complete_from is not None:
            text += tr(C, ", all from {date}").format(date=fmt_date(beds.complete_from))
        return text
    if beds.complete_from is not None:
        return tr(C, "room from {date}").format(date=fmt_date(beds.complete_from))
    return ""
