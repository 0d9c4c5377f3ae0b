"""The quota summary: remaining never below 0, the overrun beside it, the same words everywhere."""

from __future__ import annotations

import pytest

from integration_desk.domain.errors import ValidationError
from integration_desk.domain.quota import (
    arrived_text,
    overrun_warning,
    position_text,
    quota_summary,
    running_summaries,
)


@pytest.mark.parametrize(
    ("quota", "arrived", "announced", "remaining", "overrun", "bar"),
    [
        (72, 57, 15, 0, 0, 57),  # exactly full
        (72, 57, 10, 5, 0, 57),
        (72, 57, 18, 0, 3, 57),  # the announced persons overrun it
        (72, 75, 0, 0, 3, 72),  # the arrived persons overrun it: the bar is full, not 75 of 75
        (0, 0, 0, 0, 0, 0),
        (0, 2, 0, 0, 2, 1),  # a quota of 0: the bar (maximum 1) is full
    ],
)
def test_summary(quota: int, arrived: int, announced: int, remaining: int, overrun: int, bar: int) -> None:
    s = quota_summary(quota, arrived, announced)
    assert (s.remaining, s.overrun, s.exceeded, s.bar_value) == (remaining, overrun, overrun > 0, bar)
    assert s.bar_maximum == max(quota, 1)
    assert s.remaining - s.overrun == quota - arrived - announced


def test_negative_figures_are_refused() -> None:
    with pytest.raises(ValidationError):
        quota_summary(72, -1, 0)


def test_running_summaries_count_from_the_start() -> None:
    months = running_summaries(4, [(3, 0), (0, 0), (2, 1)])
    assert [(m.arrived, m.announced, m.remaining, m.overrun) for m in months] == [
        (3, 0, 1, 0),
        (3, 0, 1, 0),
        (5, 1, 0, 2),
    ]


def test_the_words() -> None:
    over = quota_summary(72, 75, 0)
    assert arrived_text(over) == "75 af 72 ankommet — 3 over kvoten"
    assert position_text(over) == "75 af 72 ankommet, 0 varslet, 0 tilbage — 3 over kvoten"
    assert overrun_warning(over) == "3 over kvoten: 75 ankommet og 0 varslet giver 75 af 72."
    within = quota_summary(72, 57, 10)
    assert arrived_text(within) == "57 af 72 ankommet"
    assert position_text(within) == "57 af 72 ankommet, 10 varslet, 5 tilbage"
    assert overrun_warning(within) == ""
