from __future__ import annotations

from datetime import date, timedelta

import pytest
from dateutil.easter import easter as dateutil_easter
from hypothesis import given
from hypothesis import strategies as st

from integration_desk.domain.errors import ValidationError
from integration_desk.domain.weeks import (
    DaysOff,
    IsoWeek,
    days_off,
    is_working_day,
    public_holidays,
    weeks_in_year,
    working_days,
)
from integration_desk.i18n import tr

NO_AGREEMENT = DaysOff()
ALL_AGREED = DaysOff(constitution_day=True, christmas_eve=True, new_years_eve=True)

# --- ISO weeks ---------------------------------------------------------------------------------


def test_1_january_2016_is_in_week_53_of_2015() -> None:
    assert IsoWeek.of(date(2016, 1, 1)) == IsoWeek(2015, 53)
    assert IsoWeek.of(date(2016, 1, 4)) == IsoWeek(2016, 1)


def test_3_january_2021_is_in_week_53_of_2020() -> None:
    assert IsoWeek.of(date(2021, 1, 3)) == IsoWeek(2020, 53)
    assert IsoWeek.of(date(2021, 1, 4)) == IsoWeek(2021, 1)


def test_late_december_can_belong_to_week_1_of_next_year() -> None:
    assert IsoWeek.of(date(2019, 12, 30)) == IsoWeek(2020, 1)


@pytest.mark.parametrize(
    ("year", "weeks"), [(2015, 53), (2016, 52), (2019, 52), (2020, 53), (2021, 52), (2026, 53), (2024, 52)]
)
def test_weeks_in_year(year: int, weeks: int) -> None:
    assert weeks_in_year(year) == weeks


def test_monday_sunday_and_days() -> None:
    week = IsoWeek(2016, 12)
    assert week.monday() == date(2016, 3, 21)
    assert week.sunday() == date(2016, 3, 27)
    days = week.days()
    assert len(days) == 7
    assert days[0] == week.monday() and days[-1] == week.sunday()
    assert [d.weekday() for d in days] == list(range(7))


def test_next_and_previous_cross_year_boundaries() -> None:
    assert IsoWeek(2015, 53).next() == IsoWeek(2016, 1)
    assert IsoWeek(2016, 1).previous() == IsoWeek(2015, 53)
    assert IsoWeek(2016, 52).next() == IsoWeek(2017, 1)
    assert IsoWeek(2016, 12).next() == IsoWeek(2016, 13)


def test_str_and_label() -> None:
    assert str(IsoWeek(2016, 12)) == "2016-W12"
    assert str(IsoWeek(2016, 1)) == "2016-W01"
    assert IsoWeek(2016, 12).label() == tr("domain", "week {week}, {year}").format(week=12, year=2016)
    assert "12" in IsoWeek(2016, 12).label() and "2016" in IsoWeek(2016, 12).label()


def test_ordering_is_chronological() -> None:
    weeks = [IsoWeek(2016, 2), IsoWeek(2015, 53), IsoWeek(2016, 10), IsoWeek(2016, 1)]
    assert sorted(weeks) == [IsoWeek(2015, 53), IsoWeek(2016, 1), IsoWeek(2016, 2), IsoWeek(2016, 10)]


@pytest.mark.parametrize(
    ("year", "week"), [(2016, 0), (2016, 53), (2016, -1), (2020, 54), (0, 1), (10000, 1)]
)
def test_impossible_weeks_are_rejected(year: int, week: int) -> None:
    with pytest.raises(ValidationError) as caught:
        IsoWeek(year, week)
    assert caught.value.field == "week"


@pytest.mark.parametrize(
    ("text", "week"),
    [
        ("2016-W12", IsoWeek(2016, 12)),
        ("2016W12", IsoWeek(2016, 12)),
        ("2016-w12", IsoWeek(2016, 12)),
        (" 2016-W12 ", IsoWeek(2016, 12)),
        ("2016-W1", IsoWeek(2016, 1)),
        ("2015-W53", IsoWeek(2015, 53)),
    ],
)
def test_parse(text: str, week: IsoWeek) -> None:
    assert IsoWeek.parse(text) == week


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2016",
        "2016-12",
        "2016-W",
        "2016-W123",
        "16-W12",
        "2016-W12-3",
        "W12 2016",
        "2016-W00",
        "2016-W53",
        "uge 12",
    ],
)
def test_parse_errors(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        IsoWeek.parse(text)
    assert caught.value.field == "week"


def test_range_is_inclusive_and_crosses_years() -> None:
    weeks = list(IsoWeek.range(IsoWeek(2015, 52), IsoWeek(2016, 2)))
    assert weeks == [IsoWeek(2015, 52), IsoWeek(2015, 53), IsoWeek(2016, 1), IsoWeek(2016, 2)]
    assert list(IsoWeek.range(IsoWeek(2016, 5), IsoWeek(2016, 5))) == [IsoWeek(2016, 5)]
    assert list(IsoWeek.range(IsoWeek(2016, 6), IsoWeek(2016, 5))) == []
    assert len(list(IsoWeek.range(IsoWeek(2016, 1), IsoWeek(2016, 52)))) == 52


@given(st.dates(min_value=date(1900, 1, 8), max_value=date(2100, 12, 24)))
def test_week_of_a_date_contains_it(d: date) -> None:
    week = IsoWeek.of(d)
    assert week.monday() <= d <= week.sunday()
    assert IsoWeek.parse(str(week)) == week
    assert week.next().previous() == week
    assert week.next().monday() == week.monday() + timedelta(days=7)


# --- holidays ----------------------------------------------------------------------------------


def test_holidays_2016_with_danish_names() -> None:
    assert public_holidays(2016) == {
        date(2016, 1, 1): "Nytårsdag",
        date(2016, 3, 24): "Skærtorsdag",
        date(2016, 3, 25): "Langfredag",
        date(2016, 3, 27): "Påskedag",
        date(2016, 3, 28): "Anden påskedag",
        date(2016, 4, 22): "Store bededag",
        date(2016, 5, 5): "Kristi himmelfartsdag",
        date(2016, 5, 15): "Pinsedag",
        date(2016, 5, 16): "Anden pinsedag",
        date(2016, 12, 25): "Juledag",
        date(2016, 12, 26): "Anden juledag",
    }


def test_easter_2024() -> None:
    h = public_holidays(2024)
    assert h[date(2024, 3, 28)] == "Skærtorsdag"
    assert h[date(2024, 3, 29)] == "Langfredag"
    assert h[date(2024, 3, 31)] == "Påskedag"
    assert h[date(2024, 4, 1)] == "Anden påskedag"
    assert h[date(2024, 5, 9)] == "Kristi himmelfartsdag"
    assert h[date(2024, 5, 20)] == "Anden pinsedag"


def test_great_prayer_day_until_2023_only() -> None:
    assert public_holidays(2023)[date(2023, 5, 5)] == "Store bededag"
    assert "Store bededag" not in public_holidays(2024).values()
    assert len(public_holidays(2023)) == 11
    assert len(public_holidays(2024)) == 10


def test_no_optional_days_by_law() -> None:
    for year in (2016, 2024):
        h = public_holidays(year)
        for d in (date(year, 5, 1), date(year, 6, 5), date(year, 12, 24), date(year, 12, 31)):
            assert d not in h


def test_returned_dicts_are_copies() -> None:
    public_holidays(2016).clear()
    days_off(2016, ALL_AGREED).clear()
    assert len(public_holidays(2016)) == 11
    assert len(days_off(2016, ALL_AGREED)) == 14


def _statutory(year: int) -> set[date]:
    """DOMAIN.md's list, computed independently of the library (dateutil's Easter)."""
    easter = dateutil_easter(year)
    offsets = [-3, -2, 0, 1, 39, 49, 50] + ([26] if year <= 2023 else [])
    return {date(year, 1, 1), date(year, 12, 25), date(year, 12, 26)} | {
        easter + timedelta(days=n) for n in offsets
    }


def test_the_library_gives_exactly_the_statutory_holidays_1990_to_2060() -> None:
    disagreeing = [year for year in range(1990, 2061) if set(public_holidays(year)) != _statutory(year)]
    assert disagreeing == []


def test_agreement_days_only_with_their_flags() -> None:
    assert days_off(2016, NO_AGREEMENT) == public_holidays(2016)
    only_june = days_off(2016, DaysOff(constitution_day=True))
    assert only_june[date(2016, 6, 5)] == "Grundlovsdag"
    assert date(2016, 12, 24) not in only_june
    everything = days_off(2016, ALL_AGREED)
    assert everything[date(2016, 12, 24)] == "Juleaftensdag"
    assert everything[date(2016, 12, 31)] == "Nytårsaftensdag"


def test_whit_monday_keeps_its_name_when_it_falls_on_5_june() -> None:
    assert days_off(2017, ALL_AGREED)[date(2017, 6, 5)] == "Anden pinsedag"


# --- working days ------------------------------------------------------------------------------


def test_easter_week_2016_has_three_working_days() -> None:
    assert working_days(IsoWeek(2016, 12), NO_AGREEMENT) == [
        date(2016, 3, 21),
        date(2016, 3, 22),
        date(2016, 3, 23),
    ]
    assert working_days(IsoWeek(2016, 13), NO_AGREEMENT)[0] == date(2016, 3, 29)


def test_ordinary_week_has_five_working_days() -> None:
    assert len(working_days(IsoWeek(2016, 10), ALL_AGREED)) == 5


def test_weekends_are_not_working_days() -> None:
    assert not is_working_day(date(2016, 3, 19), NO_AGREEMENT)
    assert not is_working_day(date(2016, 3, 20), NO_AGREEMENT)
    assert is_working_day(date(2016, 3, 18), NO_AGREEMENT)


def test_5_june_is_a_working_day_unless_agreed() -> None:
    # 5 June 2019 was a Wednesday.
    assert is_working_day(date(2019, 6, 5), NO_AGREEMENT)
    assert not is_working_day(date(2019, 6, 5), DaysOff(constitution_day=True))


def test_week_spanning_new_year_uses_each_days_own_year() -> None:
    # 2015-W53: Mon 28 Dec 2015 .. Sun 3 Jan 2016; 1 Jan 2016 is a holiday, 31 Dec only by agreement.
    week = IsoWeek(2015, 53)
    assert working_days(week, NO_AGREEMENT) == [
        date(2015, 12, 28),
        date(2015, 12, 29),
        date(2015, 12, 30),
        date(2015, 12, 31),
    ]
    assert date(2015, 12, 31) not in working_days(week, ALL_AGREED)


def test_great_prayer_day_2024_is_a_working_day() -> None:
    # Easter 2024 + 26 days = Friday 26 April.
    assert is_working_day(date(2024, 4, 26), NO_AGREEMENT)
    assert not is_working_day(date(2023, 5, 5), NO_AGREEMENT)
