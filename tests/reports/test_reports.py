"""Each report over a small known data set: the figures exactly, on both engines."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from integration_desk.domain.errors import ValidationError
from integration_desk.services.context import AppContext
from integration_desk.services.reports import ReportFilter, run_report
from tests.reports.conftest import FIRST, LAST, Known


def test_quota(ctx: AppContext, known: Known) -> None:
    table = run_report(ctx, "quota", FIRST, LAST)
    assert table.rows == (("2016-03", 10, 3, 0, 0, 7, 0), ("2016-04", 10, 2, 1, 1, 4, 0))
    assert table.total == ("I alt", None, 5, 1, 1, 4, 0)
    assert [s.values for s in table.chart.series] == [(3.0, 2.0), (0.0, 1.0), (0.0, 1.0)]
    eritrea = run_report(ctx, "quota", FIRST, LAST, ReportFilter(nationality="Eritrea"))
    assert eritrea.rows == (("2016-03", 10, 0, 0, 0, 10, 0), ("2016-04", 10, 2, 1, 0, 7, 0))
    assert eritrea.filters == "nationalitet Eritrea"


def test_occupancy(ctx: AppContext, known: Known) -> None:
    table = run_report(ctx, "occupancy", FIRST, LAST)
    assert table.rows == (
        ("Nord", "2016-03", 186, 88, D("47.3"), 66, D("9900.00")),
        ("Nord", "2016-04", 160, 36, D("22.5"), 27, D("4050.00")),
        ("Syd", "2016-03", 31, 0, D("0.0"), 0, D("0.00")),
        ("Syd", "2016-04", 30, 26, D("86.7"), 26, D("3900.00")),
    )
    assert table.total == ("I alt", None, 407, 150, D("36.9"), 119, D("17850.00"))
    syd = run_report(ctx, "occupancy", FIRST, LAST, ReportFilter(site_id=known.syd_id))
    assert [r[0] for r in syd.rows] == ["Syd", "Syd"]
    # A caseworker's households only: the beds are all there, the stays only theirs (Jonas: C).
    jonas = run_report(ctx, "occupancy", FIRST, LAST, ReportFilter(caseworker_id=known.other_caseworker_id))
    assert [(r[3], r[5]) for r in jonas.rows] == [(0, 0), (0, 0), (0, 0), (26, 26)]


def test_arrivals(ctx: AppContext, known: Known) -> None:
    table = run_report(ctx, "arrivals", FIRST, LAST)
    assert table.rows == (("Syrien", 1, 0, 3, 3, 1, 4), ("Eritrea", 0, 2, 0, 2, 0, 2))
    assert table.total == ("I alt", 1, 2, 3, 5, 1, 6)
    site = run_report(ctx, "arrivals", FIRST, LAST, ReportFilter(site_id=known.nord_id))
    assert site.rows == (("Syrien", 0, 0, 3, 3, 0, 3),)


def test_deadlines(ctx: AppContext, known: Known) -> None:
    table = run_report(ctx, "deadlines", FIRST, LAST)
    assert table.rows == (
        ("Kontrakt senest", 2, 1, 1, D("10.0"), 10, 0, 0),
        ("Henvisning til danskuddannelse senest", 1, 0, 1, D("5.0"), 5, 0, 0),
        ("Første tilbud senest", 1, 0, 0, None, None, 1, 0),
    )
    assert table.total == ("I alt", 4, 1, 2, D("7.5"), 10, 1, 0)
    jonas = run_report(ctx, "deadlines", FIRST, LAST, ReportFilter(caseworker_id=known.other_caseworker_id))
    assert jonas.rows == ()


def test_hours(ctx: AppContext, known: Known) -> None:
    table = run_report(ctx, "hours", FIRST, LAST)
    assert table.rows == (
        ("2016-03", 1, D("37.00"), D("37.00"), D("37.00"), D("37.00"), 0, D("0.00")),
        ("2016-04", 2, D("31.33"), D("29.00"), D("29.67"), D("37.00"), 2, D("5.00")),
    )
    assert table.total is not None and table.total[-1] == D("5.00")
    assert table.chart.target == 37.0


def test_funding(ctx: AppContext, known: Known) -> None:
    table = run_report(ctx, "funding", FIRST, LAST)
    assert table.rows == (
        ("Grundtilskud (måneder)", 4, D("13200.00")),
        ("Job i 6 måneder", 1, D("48440.00")),
        ("Uddannelse påbegyndt", 0, D("0")),
        ("Danskprøve bestået", 1, D("36331.00")),
    )
    assert table.total == ("I alt", 6, D("97971.00"))
    eritrea = run_report(ctx, "funding", FIRST, LAST, ReportFilter(nationality="Eritrea"))
    assert eritrea.total == ("I alt", 1, D("48440.00"))


def test_unknown_report_and_bad_period(ctx: AppContext) -> None:
    with pytest.raises(ValidationError):
        run_report(ctx, "nothing", FIRST, LAST)
    with pytest.raises(ValidationError):
        run_report(ctx, "quota", LAST, FIRST)
