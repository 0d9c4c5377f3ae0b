from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from integration_desk.domain.cpr import Cpr, cpr_notice, is_valid_cpr, normalise_cpr, parse_cpr
from integration_desk.domain.errors import ValidationError
from integration_desk.domain.people import Sex

MOD11_OK = "070761-4285"  # the textbook example: passes modulus 11
MOD11_FAILS_2008 = "010108-4001"  # born 2008, fails modulus 11, must be accepted


def test_parses_dashed_form() -> None:
    cpr = parse_cpr(MOD11_OK)
    assert cpr.digits == "0707614285"
    assert cpr.birth_date == date(1961, 7, 7)
    assert cpr.sex is Sex.MALE
    assert cpr.modulus11_ok


@pytest.mark.parametrize("text", ["0707614285", " 070761-4285 ", "\t0707614285\n"])
def test_accepts_without_dash_and_with_surrounding_whitespace(text: str) -> None:
    assert parse_cpr(text) == parse_cpr(MOD11_OK)


def test_number_failing_modulus11_is_accepted_and_flagged() -> None:
    cpr = parse_cpr(MOD11_FAILS_2008)
    assert cpr.birth_date == date(2008, 1, 1)
    assert not cpr.modulus11_ok
    assert is_valid_cpr(MOD11_FAILS_2008)


def test_notice_only_when_modulus11_fails() -> None:
    assert cpr_notice(parse_cpr(MOD11_OK)) is None
    notice = cpr_notice(parse_cpr(MOD11_FAILS_2008))
    assert notice is not None
    assert "010108" not in notice and "4001" not in notice


@pytest.mark.parametrize(
    ("text", "birth_date"),
    [
        ("010100-0000", date(1900, 1, 1)),  # digit 0
        ("311299-3000", date(1999, 12, 31)),  # digit 3
        ("010136-4000", date(2036, 1, 1)),  # digit 4, YY <= 36
        ("010137-4000", date(1937, 1, 1)),  # digit 4, YY > 36
        ("010136-9000", date(2036, 1, 1)),  # digit 9, YY <= 36
        ("010137-9000", date(1937, 1, 1)),  # digit 9, YY > 36
        ("010157-5000", date(2057, 1, 1)),  # digit 5, YY <= 57
        ("010158-5000", date(1858, 1, 1)),  # digit 5, YY > 57
        ("010100-8000", date(2000, 1, 1)),  # digit 8, YY <= 57
        ("311299-8000", date(1899, 12, 31)),  # digit 8, YY > 57
        ("010116-6000", date(2016, 1, 1)),  # digit 6
        ("010160-7000", date(1860, 1, 1)),  # digit 7, YY > 57
    ],
)
def test_century_from_seventh_digit(text: str, birth_date: date) -> None:
    assert parse_cpr(text).birth_date == birth_date


@pytest.mark.parametrize(
    ("last", "sex"), [(0, Sex.FEMALE), (2, Sex.FEMALE), (8, Sex.FEMALE), (1, Sex.MALE), (9, Sex.MALE)]
)
def test_sex_from_last_digit(last: int, sex: Sex) -> None:
    assert parse_cpr(f"010190-123{last}").sex is sex


@pytest.mark.parametrize(
    "text",
    [
        "310290-1234",  # 31 February
        "290201-1234",  # 29 February 1901: not a leap year
        "290200-1234",  # 29 February 1900: digit 1 means the 1900s, and 1900 was no leap year
        "000190-1234",  # day 0
        "320190-1234",  # day 32
        "011390-1234",  # month 13
        "010090-1234",  # month 0
        "310490-1234",  # 31 April
    ],
)
def test_impossible_dates_are_rejected(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_cpr(text)
    assert caught.value.field == "cpr"


def test_29_february_in_a_leap_year_is_fine() -> None:
    assert parse_cpr("290200-4234").birth_date == date(2000, 2, 29)  # digit 4, YY 00: year 2000
    assert parse_cpr("290296-1234").birth_date == date(1996, 2, 29)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "070761-428",
        "070761-42855",
        "070761 4285",
        "070761--4285",
        "07076-14285",
        "0707614285x",
        "O707614285",
        "070761–4285",  # en dash
        "٠٧٠٧٦١٤٢٨٥",  # Arabic-Indic digits
        "07.07.61-4285",
    ],
)
def test_wrong_format_is_rejected(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_cpr(text)
    assert caught.value.field == "cpr"
    assert not is_valid_cpr(text)


@pytest.mark.parametrize("text", ["310290-1234", "070761-42855", "1234567890"])
def test_error_message_never_contains_the_number(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_cpr(text)
    assert text[:6] not in str(caught.value)
    assert text[-4:] not in str(caught.value)


def test_formatted_masked_and_normalised() -> None:
    cpr = parse_cpr("0707614285")
    assert cpr.formatted() == "070761-4285"
    assert cpr.masked() == "070761-XXXX"
    assert normalise_cpr(" 0707614285 ") == "070761-4285"


def test_repr_and_str_do_not_leak_the_serial() -> None:
    cpr = parse_cpr(MOD11_OK)
    for text in (repr(cpr), str(cpr), f"{cpr}", repr([cpr])):
        assert "4285" not in text
        assert "070761-XXXX" in text


def test_hand_built_cpr_must_match_its_digits() -> None:
    good = parse_cpr(MOD11_OK)
    assert Cpr(good.digits, good.birth_date, good.sex, good.modulus11_ok) == good
    with pytest.raises(ValueError):
        Cpr(good.digits, date(1961, 7, 8), good.sex, good.modulus11_ok)
    with pytest.raises(ValueError):
        Cpr("070761-4285", good.birth_date, good.sex, good.modulus11_ok)


def test_cpr_is_immutable_and_hashable() -> None:
    cpr = parse_cpr(MOD11_OK)
    with pytest.raises(AttributeError):
        cpr.digits = "0101010101"  # type: ignore[misc]
    assert len({cpr, parse_cpr("0707614285")}) == 1


# --- properties --------------------------------------------------------------------------------


def _seventh_digits(year: int) -> list[int]:
    """Every 7th digit that DOMAIN.md's table maps to ``year``."""
    yy = year % 100
    digits: list[int] = []
    if 1900 <= year <= 1999:
        digits += [0, 1, 2, 3]
        if yy >= 37:
            digits += [4, 9]
    if 2000 <= year <= 2036:
        digits += [4, 9]
    if 2000 <= year <= 2057 or 1858 <= year <= 1899:
        digits += [5, 6, 7, 8]
    return digits


@st.composite
def valid_cprs(draw: st.DrawFn) -> tuple[str, date]:
    birth = draw(st.dates(min_value=date(1858, 1, 1), max_value=date(2057, 12, 31)))
    seventh = draw(st.sampled_from(_seventh_digits(birth.year)))
    rest = draw(st.integers(min_value=0, max_value=999))
    return f"{birth:%d%m}{birth.year % 100:02d}-{seventh}{rest:03d}", birth


@given(valid_cprs())
def test_round_trip(case: tuple[str, date]) -> None:
    text, birth = case
    cpr = parse_cpr(text)
    assert cpr.birth_date == birth
    assert cpr.formatted() == text
    assert parse_cpr(cpr.formatted()) == cpr
    assert parse_cpr(text.replace("-", "")) == cpr
    assert cpr.sex is (Sex.FEMALE if int(text[-1]) % 2 == 0 else Sex.MALE)
    assert cpr.masked() == text[:7] + "XXXX"


@given(st.text(max_size=20))
def test_garbage_only_ever_raises_validation_error(text: str) -> None:
    try:
        cpr = parse_cpr(text)
    except ValidationError as error:
        assert error.field == "cpr"
    else:
        assert cpr.digits == text.strip().replace("-", "")


@given(st.from_regex(r"[0-9]{6}-?[0-9]{4}", fullmatch=True))
def test_any_ten_digits_parse_or_raise_validation_error(text: str) -> None:
    try:
        parse_cpr(text)
    except ValidationError as error:
        assert error.field == "cpr"
        assert text[-4:] not in str(error)
