from __future__ import annotations

from datetime import date

import pytest

from integration_desk.domain.errors import ValidationError
from integration_desk.domain.people import Sex, age_on, is_adult


def test_sex_values_are_stable_storage_keys() -> None:
    assert Sex("female") is Sex.FEMALE
    assert Sex("male") is Sex.MALE
    assert str(Sex.FEMALE) == "female"


@pytest.mark.parametrize(
    ("on", "age"),
    [
        (date(1990, 5, 15), 0),
        (date(2016, 5, 14), 25),
        (date(2016, 5, 15), 26),
        (date(2016, 12, 31), 26),
    ],
)
def test_age_on(on: date, age: int) -> None:
    assert age_on(date(1990, 5, 15), on) == age


def test_29_february_birthday_counts_from_1_march_in_common_years() -> None:
    born = date(2000, 2, 29)
    assert age_on(born, date(2018, 2, 28)) == 17
    assert age_on(born, date(2018, 3, 1)) == 18
    assert age_on(born, date(2020, 2, 28)) == 19
    assert age_on(born, date(2020, 2, 29)) == 20


def test_is_adult_from_the_18th_birthday() -> None:
    born = date(1998, 7, 1)
    assert not is_adult(born, date(2016, 6, 30))
    assert is_adult(born, date(2016, 7, 1))
    assert not is_adult(date(2000, 2, 29), date(2018, 2, 28))
    assert is_adult(date(2000, 2, 29), date(2018, 3, 1))


def test_birth_after_the_date_is_an_error() -> None:
    with pytest.raises(ValidationError) as caught:
        age_on(date(2016, 1, 2), date(2016, 1, 1))
    assert caught.value.field == "birth_date"
