"""Danish CPR numbers (DDMMYY-SSSS): parsing, century, sex, and the optional modulus-11 check.

A CPR number is sensitive: nothing here puts the digits in an error message or a repr.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from integration_desk.domain.errors import ValidationError
from integration_desk.domain.people import Sex
from integration_desk.i18n import tr

# [0-9] rather than \d: \d would let Arabic-Indic and other Unicode digits through.
_CPR_PATTERN = re.compile(r"([0-9]{6})-?([0-9]{4})")
_DIGITS_PATTERN = re.compile(r"[0-9]{10}")
_MODULUS11_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


@dataclass(frozen=True, repr=False)
class Cpr:
    digits: str
    birth_date: date
    sex: Sex
    modulus11_ok: bool

    def __post_init__(self) -> None:
        # Keeps hand-built instances honest: the derived fields must follow from the digits.
        if _DIGITS_PATTERN.fullmatch(self.digits) is None:
            raise ValueError("Cpr.digits must be exactly 10 ASCII digits")
        if (self.birth_date, self.sex, self.modulus11_ok) != _derive(self.digits):
            raise ValueError("Cpr fields do not match its digits")

    def formatted(self) -> str:
        return f"{self.digits[:6]}-{self.digits[6:]}"

    def masked(self) -> str:
        return f"{self.digits[:6]}-XXXX"

    def __repr__(self) -> str:
        # Tracebacks and logs show reprs; they must not carry the full number.
        return f"Cpr({self.masked()!r})"

    __str__ = __repr__


def parse_cpr(text: str) -> Cpr:
    """Parse "DDMMYY-SSSS" or "DDMMYYSSSS"; raise ``ValidationError(field="cpr")`` otherwise.

    A failed modulus-11 check is not an error (numbers issued after 1 October 2007 need not pass
    it); it is only reported in ``Cpr.modulus11_ok``.
    """
    match = _CPR_PATTERN.fullmatch(text.strip())
    if match is None:
        raise ValidationError(
            tr("domain", "Enter the CPR number as DDMMYY-SSSS (10 digits)."),
            field="cpr",
        )
    digits = match.group(1) + match.group(2)
    birth_date, sex, modulus11_ok = _derive(digits)
    return Cpr(digits=digits, birth_date=birth_date, sex=sex, modulus11_ok=modulus11_ok)


def normalise_cpr(text: str) -> str:
    """The stored form, "DDMMYY-SSSS"."""
    return parse_cpr(text).formatted()


def is_valid_cpr(text: str) -> bool:
    try:
        parse_cpr(text)
    except ValidationError:
        return False
    return True


def cpr_notice(cpr: Cpr) -> str | None:
    """A soft warning for numbers that fail modulus 11: most likely a typo, yet possibly correct."""
    if cpr.modulus11_ok:
        return None
    return tr(
        "domain",
        "The CPR number does not pass the modulus 11 check. It is accepted, because numbers "
        "issued after 1 October 2007 need not pass it, but please check that it is typed correctly.",
    )


def _derive(digits: str) -> tuple[date, Sex, bool]:
    day, month, yy = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    try:
        birth_date = date(_century(int(digits[6]), yy) + yy, month, day)
    except ValueError:
        raise ValidationError(
            tr("domain", "The CPR number does not start with a valid date of birth (DDMMYY)."),
            field="cpr",
        ) from None
    sex = Sex.FEMALE if int(digits[9]) % 2 == 0 else Sex.MALE
    checksum = sum(int(digit) * weight for digit, weight in zip(digits, _MODULUS11_WEIGHTS, strict=True))
    return birth_date, sex, checksum % 11 == 0


def _century(seventh_digit: int, yy: int) -> int:
    """The CPR office's table: the 7th digit together with YY gives the century."""
    if seventh_digit <= 3:
        return 1900
    if seventh_digit in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800
