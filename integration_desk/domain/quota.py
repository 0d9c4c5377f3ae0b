"""The quota's position: one summary, and the words for it, that every view shows.

Arrived and announced persons both count against the quota (DOMAIN: the team watches arrived,
announced, remaining). When they are more than the quota, *remaining* is 0 and the excess is the
*overrun* — never a negative remaining in one place and an overrun in another.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from integration_desk.domain.errors import ValidationError
from integration_desk.i18n import tr

C = "quota"


@dataclass(frozen=True)
class QuotaSummary:
    quota: int
    arrived: int
    announced: int

    @property
    def counted(self) -> int:
        """Arrived plus announced: what counts against the quota."""
        return self.arrived + self.announced

    @property
    def remaining(self) -> int:
        """Places left in the quota; 0 once it is reached or overrun."""
        return max(0, self.quota - self.counted)

    @property
    def overrun(self) -> int:
        """Arrived plus announced persons beyond the quota; 0 while within it."""
        return max(0, self.counted - self.quota)

    @property
    def exceeded(self) -> bool:
        return self.overrun > 0

    @property
    def bar_maximum(self) -> int:
        """A progress bar's maximum: the quota itself (never the overrun total)."""
        return max(self.quota, 1)

    @property
    def bar_value(self) -> int:
        """Arrived persons on the bar, full at the quota."""
        return min(self.arrived, self.bar_maximum)


def quota_summary(quota: int, arrived: int, announced: int) -> QuotaSummary:
    if min(quota, arrived, announced) < 0:
        raise ValidationError(tr(C, "A quota figure cannot be negative."), field="quota")
    return QuotaSummary(quota, arrived, announced)


def running_summaries(quota: int, months: Iterable[tuple[int, int]]) -> tuple[QuotaSummary, ...]:
    """The position after each month of (arrived, announced) persons, counted from the period's start."""
    arrived = announced = 0
    result = []
    for month_arrived, month_announced in months:
        arrived += month_arrived
        announced += month_announced
        result.append(quota_summary(quota, arrived, announced))
    return tuple(result)


# --- the words, the same in every view -------------------------------------------------------


def over_text(summary: QuotaSummary) -> str:
    return tr(C, "{n} over the quota").format(n=summary.overrun)


def arrived_text(summary: QuotaSummary) -> str:
    """ "57 of 72 arrived", with " — 3 over the quota" when overrun (the quota bar's text)."""
    text = tr(C, "{arrived} of {quota} arrived").format(arrived=summary.arrived, quota=summary.quota)
    return f"{text} — {over_text(summary)}" if summary.exceeded else text


def position_text(summary: QuotaSummary) -> str:
    """Every figure in one line: arrived, announced, remaining, and the overrun if any."""
    text = tr(C, "{arrived} of {quota} arrived, {announced} announced, {remaining} remaining").format(
        arrived=summary.arrived,
        quota=summary.quota,
        announced=summary.announced,
        remaining=summary.remaining,
    )
    return f"{text} — {over_text(summary)}" if summary.exceeded else text


def overrun_warning(summary: QuotaSummary) -> str:
    """The warning shown wherever the quota is overrun; "" within the quota."""
    if not summary.exceeded:
        return ""
    return tr(C, "{over}: {arrived} arrived and {announced} announced make {counted} of {quota}.").format(
        over=over_text(summary),
        arrived=summary.arrived,
        announced=summary.announced,
        counted=summary.counted,
        quota=summary.quota,
    )
