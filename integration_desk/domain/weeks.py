"""ISO 8601 weeks, the way Danes plan ("uge 12"), and the days off that reduce planned hours."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

from integration_desk.domain.errors import ValidationError
from integration_desk.i18n import tr

# [0-9] rather than \d so that only ASCII digits count.
_WEEK_PATTERN = re.compile(r"([0-9]{4})-?[Ww]([0-9]{1,2})")
_MIN_YEAR, _MAX_YEAR = 1, 9999


def weeks_in_year(year: int) -> int:
    """52 or 53: 28 December always lies in the last ISO week of its year."""
    return date(year, 12, 28).isocalendar().week


@dataclass(frozen=True, order=True)
class IsoWeek:
    year: int
    week: int

    def __post_init__(self) -> None:
        if not _MIN_YEAR <= self.year <= _MAX_YEAR or not 1 <= self.week <= weeks_in_year(self.year):
            raise ValidationError(
                tr("domain", "Week {week} does not exist in {year}.").format(week=self.week, year=self.year),
                field="week",
            )

    @classmethod
    def of(cls, d: date) -> IsoWeek:
        iso = d.isocalendar()
        return cls(iso.year, iso.week)

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """Accept "2016-W12", "2016W12" and "2016-w12" (one-digit weeks too); nothing else."""
        match = _WEEK_PATTERN.fullmatch(text.strip())
        if match is None:
            raise ValidationError(
                tr("domain", "Enter the week as YYYY-Www, for example 2016-W12."),
                field="week",
            )
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def range(cls, start: IsoWeek, end: IsoWeek) -> Iterator[IsoWeek]:
        """Every week from ``start`` to ``end``, both included; nothing when ``end`` is earlier."""
        monday, last = start.monday(), end.monday()
        while monday <= last:
            yield cls.of(monday)
            monday += timedelta(days=7)

    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    def sunday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 7)

    def days(self) -> tuple[date, ...]:
        monday = self.monday()
        return tuple(monday + timedelta(days=offset) for offset in range(7))

    def next(self) -> IsoWeek:
        return IsoWeek.of(self.monday() + timedelta(days=7))

    def previous(self) -> IsoWeek:
        return IsoWeek.of(self.monday() - timedelta(days=7))

    def label(self) -> str:
        return tr("domain", "week {week}, {year}").format(week=self.week, year=self.year)

    def __str__(self) -> str:
        return f"{self.year:04d}-W{self.week:02d}"


@dataclass(frozen=True)
class DaysOff:
    """Days off by local agreement, not by law; the rule set says which ones apply."""

    constitution_day: bool = False
    christmas_eve: bool = False
    new_years_eve: bool = False


def public_holidays(year: int) -> dict[date, str]:
    """The Danish public holidays of ``year`` with their Danish names."""
    return dict(_public_holidays(year))


def days_off(year: int, agreed: DaysOff) -> dict[date, str]:
    """Public holidays plus the agreed days off of ``year``."""
    return dict(_days_off(year, agreed))


def is_working_day(d: date, agreed: DaysOff) -> bool:
    return d.weekday() < 5 and d not in days_off(d.year, agreed)


def working_days(week: IsoWeek, agreed: DaysOff) -> list[date]:
    return [d for d in week.days() if is_working_day(d, agreed)]


# Dates and Danish names come from the maintained ``holidays`` library (its default category is
# the statutory public holidays: Great Prayer Day up to 2023 only). A test checks its list against
# DOMAIN.md for 1990-2060, so a change of the library's idea of "public" cannot slip through.
# Both caches are keyed by year (and agreement): hours grids ask for every day of every week.
@lru_cache(maxsize=64)
def _public_holidays(year: int) -> Mapping[date, str]:
    import holidays  # imported on first use: it is not needed to start the program

    official = holidays.country_holidays("DK", years=year, language="da")
    return MappingProxyType(dict(sorted(official.items())))


@lru_cache(maxsize=256)
def _days_off(year: int, agreed: DaysOff) -> Mapping[date, str]:
    result = dict(_public_holidays(year))
    agreement_days = (
        (agreed.constitution_day, date(year, 6, 5), "Grundlovsdag"),
        (agreed.christmas_eve, date(year, 12, 24), "Juleaftensdag"),
        (agreed.new_years_eve, date(year, 12, 31), "Nytårsaftensdag"),
    )
    for applies, day, name in agreement_days:
        # 5 June can be Whit Monday (2017); the statutory name wins.
        if applies:
            result.setdefault(day, name)
    return MappingProxyType(dict(sorted(result.items())))
