"""Facts about a person that follow from the birth date: sex as recorded, age, adulthood."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from integration_desk.domain.errors import ValidationError
from integration_desk.formats import fmt_date
from integration_desk.i18n import tr

ADULT_AGE = 18


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"


def age_on(birth_date: date, on: date) -> int:
    """Completed years of age on ``on``.

    Comparing (month, day) tuples makes someone born on 29 February a year older on 1 March in
    common years, which is how Danish law counts it.
    """
    if on < birth_date:
        raise ValidationError(
            tr("domain", "The date of birth cannot be after {date}.").format(date=fmt_date(on)),
            field="birth_date",
        )
    before_birthday = (on.month, on.day) < (birth_date.month, birth_date.day)
    return on.year - birth_date.year - int(before_birthday)


def is_adult(birth_date: date, on: date) -> bool:
    """Adults (18+) get their own contract and programme; children follow the household."""
    return age_on(birth_date, on) >= ADULT_AGE
