"""Typed dates: every form a Danish user types reads back exactly; anything else is refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from integration_desk.domain.dates import EARLIEST, LATEST, DateError, format_date, parse_date

TODAY = date(2016, 10, 3)
dates = st.dates(min_value=EARLIEST, max_value=LATEST)
todays = st.dates(min_value=date(1960, 1, 1), max_value=date(2060, 12, 31))

FOUR_DIGIT_FORMS = (
    "{d:02d}-{m:02d}-{y}",
    "{d:02d}.{m:02d}.{y}",
    "{d:02d}/{m:02d}/{y}",
    "{d}.{m}.{y}",
    "{d:02d}{m:02d}{y}",
    "{y}-{m:02d}-{d:02d}",
    "{y}/{m:02d}/{d:02d}",
)
TWO_DIGIT_FORMS = (
    "{d:02d}{m:02d}{yy:02d}",
    "{d:02d}-{m:02d}-{yy:02d}",
    "{d}.{m}.{yy:02d}",
    "{d:02d}/{m:02d}/{yy:02d}",
)


def _typed(form: str, value: date) -> str:
    return form.format(d=value.day, m=value.month, y=value.year, yy=value.year % 100)


@given(dates, todays, st.sampled_from(FOUR_DIGIT_FORMS), st.booleans())
@example(date(2016, 10, 23), TODAY, "{y}/{m:02d}/{d:02d}", False)  # said nothing in issue 13
def test_a_four_digit_year_reads_back_in_every_form(value: date, today: date, form: str, past: bool) -> None:
    assert parse_date(_typed(form, value), today, past=past) == value
    assert parse_date(f"  {format_date(value)} ", today) == value


@given(todays, st.integers(-50 * 366 + 400, 49 * 366 - 400), st.sampled_from(TWO_DIGIT_FORMS))
def test_a_two_digit_year_is_the_one_nearest_today(today: date, offset: int, form: str) -> None:
    value = today + timedelta(days=offset)
    assume(value <= LATEST)
    assert today.year - 50 <= value.year <= today.year + 49
    assert parse_date(_typed(form, value), today) == value


@given(todays, st.integers(0, 36_500), st.sampled_from(TWO_DIGIT_FORMS))
def test_a_two_digit_birth_year_is_the_latest_not_after_today(today: date, back: int, form: str) -> None:
    value = today - timedelta(days=back)  # on or before today, less than a hundred years back
    assume(value >= EARLIEST)
    assert parse_date(_typed(form, value), today, past=True) == value


@given(st.text(max_size=14), todays, st.booleans())
@example("2016/10/23", TODAY, False)
@example("٢٣-١٠-٢٠١٦", TODAY, False)  # Arabic-Indic digits: not ASCII, refused
def test_any_text_is_a_date_in_range_or_a_date_error(text: str, today: date, past: bool) -> None:
    try:
        value = parse_date(text, today, past=past)
    except DateError as error:
        assert str(error)
    else:
        assert EARLIEST <= value <= LATEST


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("23-10-2016", date(2016, 10, 23)),
        ("23.10.2016", date(2016, 10, 23)),
        ("23/10/2016", date(2016, 10, 23)),
        ("231016", date(2016, 10, 23)),
        ("23-10-16", date(2016, 10, 23)),
        ("2016-10-23", date(2016, 10, 23)),
        ("23102016", date(2016, 10, 23)),
        ("1.3.2016", date(2016, 3, 1)),
        ("01-01-65", date(2065, 1, 1)),
        ("01-01-66", date(1966, 1, 1)),
    ],
)
def test_the_forms_of_issue_13(typed: str, expected: date) -> None:
    assert parse_date(typed, TODAY) == expected


def test_a_birth_date_with_a_two_digit_year_is_never_in_the_future() -> None:
    assert parse_date("031016", TODAY, past=True) == date(2016, 10, 3)
    assert parse_date("041016", TODAY, past=True) == date(1916, 10, 4)
    assert parse_date("04-03-85", TODAY, past=True) == date(1985, 3, 4)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31-02-2016", "31-02-2016 findes ikke."),
        ("29-02-2017", "29-02-2017 findes ikke."),
        ("23-13-2016", "23-13-2016 findes ikke."),
        ("00-10-2016", "00-10-2016 findes ikke."),
        ("23-10.2016", "Ikke en dato: skriv fx 23-10-2016."),
        ("23 10 2016", "Ikke en dato: skriv fx 23-10-2016."),
        ("2310", "Ikke en dato: skriv fx 23-10-2016."),
        ("17-10-2016x", "Ikke en dato: skriv fx 23-10-2016."),
        ("040385-1237", "Ikke en dato: skriv fx 23-10-2016."),
        ("01-01-1899", "Året skal ligge mellem 1900 og 2100."),
        ("", "Skriv en dato."),
    ],
)
def test_what_is_not_a_date_is_refused_in_danish(typed: str, message: str) -> None:
    with pytest.raises(DateError) as refused:
        parse_date(typed, TODAY)
    assert str(refused.value) == message
    assert "1237" not in str(refused.value)  # never quotes the text: it may be a CPR number
