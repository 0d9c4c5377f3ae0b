"""Weekly programme hours: the rules of one entry, and the 37-hour averages.

Definitions (the help texts in the hours view say the same in Danish):

- *Credited hours* of a week are the hours attended plus absence with a reason (sick or another
  valid reason): only absence without a valid reason counts against the resident.
- A week's *share* is its working days (public holidays and agreed days off excluded) divided by
  five, so a holiday week asks for fewer hours: Easter week counts as 0.6 of a week.
- The *programme average* up to a week is the credited hours of all weeks so far divided by the sum
  of their shares: hours per full week, compared with the rule set's weekly target (37 h).
- The *last-4-weeks average* is the same over the four calendar weeks ending with the week in
  question (weeks without entries left out).
- A week is *below target* when its credited hours are below the target times its share.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from integration_desk.domain.weeks import IsoWeek
from integration_desk.i18n import tr

ZERO = Decimal(0)
_CENT = Decimal("0.01")
HOUR_FIELDS = ("planned", "attended", "absent_sick", "absent_valid", "absent_unexcused")
RECENT_WEEKS = 4


@dataclass(frozen=True)
class HourFigures:
    """What a caseworker records for one activity in one week."""

    planned: Decimal = ZERO
    attended: Decimal = ZERO
    absent_sick: Decimal = ZERO
    absent_valid: Decimal = ZERO
    absent_unexcused: Decimal = ZERO
    note: str = ""

    @property
    def accounted(self) -> Decimal:
        """Attended plus every absence: what has been said about the planned hours."""
        return self.attended + self.absent_sick + self.absent_valid + self.absent_unexcused

    @property
    def credited(self) -> Decimal:
        return self.attended + self.absent_sick + self.absent_valid


@dataclass(frozen=True)
class HourProblem:
    field: str  # one of HOUR_FIELDS or "note"
    message: str


def validate_figures(figures: HourFigures, margin: Decimal = ZERO) -> tuple[HourProblem, ...]:
    """Every problem of one entry: negative hours, more accounted than planned plus the margin,
    absence without a valid reason but no note. Empty when the entry can be saved."""
    problems: list[HourProblem] = []
    for name in HOUR_FIELDS:
        if getattr(figures, name) < 0:
            problems.append(HourProblem(name, tr("domain", "Hours cannot be negative.")))
    if not problems and figures.accounted > figures.planned + margin:
        problems.append(
            HourProblem(
                "attended",
                tr(
                    "domain",
                    "Attended plus absence ({accounted} h) is more than planned ({planned} h) plus the margin ({margin} h).",
                ).format(
                    accounted=hours_text(figures.accounted),
                    planned=hours_text(figures.planned),
                    margin=hours_text(margin),
                ),
            )
        )
    if figures.absent_unexcused > 0 and not figures.note.strip():
        problems.append(
            HourProblem(
                "note", tr("domain", "Absence without a valid reason needs a note saying what happened.")
            )
        )
    return tuple(problems)


def hours_text(value: Decimal) -> str:
    """Hours for a message: one or two decimals with a decimal comma, as Danes write them."""
    text = f"{value.quantize(_CENT, rounding=ROUND_HALF_UP):f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def parse_hours_text(text: str) -> Decimal | None:
    """Hours as typed in a grid cell: "7,4", "7.4", "7" or blank (zero); None when not a number."""
    cleaned = text.strip().replace(",", ".").replace(" ", "")
    if not cleaned:
        return ZERO
    try:
        value = Decimal(cleaned)
    except ArithmeticError:
        return None
    if not value.is_finite() or abs(value) > Decimal(1000):
        return None
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class WeekHours:
    """One person's totals of one week, with the week's share of a full week and its target."""

    week: IsoWeek
    planned: Decimal
    attended: Decimal
    absent_sick: Decimal
    absent_valid: Decimal
    absent_unexcused: Decimal
    share: Decimal  # working days / 5
    target: Decimal  # the rule set's weekly target in force that week (full week)

    @property
    def credited(self) -> Decimal:
        return self.attended + self.absent_sick + self.absent_valid

    @property
    def week_target(self) -> Decimal:
        return (self.target * self.share).quantize(_CENT, rounding=ROUND_HALF_UP)

    @property
    def below_target(self) -> bool:
        return self.credited < self.week_target


def average_per_full_week(weeks: Sequence[WeekHours]) -> Decimal | None:
    """Credited hours per full week over ``weeks``; None when they hold no working day."""
    shares = sum((w.share for w in weeks), start=ZERO)
    if shares <= 0:
        return None
    credited = sum((w.credited for w in weeks), start=ZERO)
    return (credited / shares).quantize(_CENT, rounding=ROUND_HALF_UP)


def running_averages(weeks: Sequence[WeekHours]) -> list[Decimal | None]:
    """The programme average after each week (``weeks`` in week order)."""
    result: list[Decimal | None] = []
    credited = shares = ZERO
    for w in weeks:
        credited += w.credited
        shares += w.share
        result.append((credited / shares).quantize(_CENT, rounding=ROUND_HALF_UP) if shares > 0 else None)
    return result


def recent_average(weeks: Sequence[WeekHours], count: int = RECENT_WEEKS) -> Decimal | None:
    """The average of the last ``count`` weeks of ``weeks`` (in week order; the services pass the
    weeks of the last four calendar weeks)."""
    return average_per_full_week(list(weeks)[-count:]) if count > 0 else None


def below_target_weeks(weeks: Sequence[WeekHours]) -> list[WeekHours]:
    return [w for w in weeks if w.below_target]


def unexcused_weeks(weeks: Sequence[WeekHours]) -> list[WeekHours]:
    return [w for w in weeks if w.absent_unexcused > 0]


def is_below(average: Decimal | None, target: Decimal) -> bool:
    return average is not None and average < target
