"""Why a programme ends instead of being extended (issue 13, point 14).

Under today's rules the programme is planned for ordinary work within a year and must be extended,
up to 5 years in all, while the person has neither an ordinary job or education nor a passed Danish
test. Before the signed contract's programme end the caseworker therefore either signs a new
contract version with a later end, or records one of these reasons with the day the programme ends.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from integration_desk.domain.errors import ValidationError
from integration_desk.formats import fmt_date
from integration_desk.i18n import tr


class ProgrammeEndReason(StrEnum):
    JOB = "job"
    EDUCATION = "education"
    DANISH_TEST = "danish_test"
    MOVED_AWAY = "moved_away"
    #: the programme has reached the longest period the rules allow
    MAXIMUM_REACHED = "maximum_reached"

    def label(self) -> str:
        match self:
            case ProgrammeEndReason.JOB:
                return tr("domain", "Ordinary job")
            case ProgrammeEndReason.EDUCATION:
                return tr("domain", "Education")
            case ProgrammeEndReason.DANISH_TEST:
                return tr("domain", "Danish test passed")
            case ProgrammeEndReason.MOVED_AWAY:
                return tr("domain", "Moved away")
            case ProgrammeEndReason.MAXIMUM_REACHED:
                return tr("domain", "Longest programme period reached")


def check_programme_end(
    reason: str, ended_on: date, programme_start: date | None, today: date
) -> ProgrammeEndReason:
    """The reason as an enum; raises ``ValidationError`` on an unknown reason or an impossible date."""
    try:
        known = ProgrammeEndReason(reason)
    except ValueError:
        raise ValidationError(tr("domain", "Choose why the programme ends."), field="reason") from None
    if ended_on > today:
        raise ValidationError(tr("domain", "The date cannot be in the future."), field="ended_on")
    if programme_start is not None and ended_on < programme_start:
        raise ValidationError(
            tr("domain", "The programme cannot end before it starts ({date}).").format(
                date=fmt_date(programme_start)
            ),
            field="ended_on",
        )
    return known
