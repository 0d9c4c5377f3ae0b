"""A report as the documents show it: headers, rows, a total and a bar chart.

The services build it (``services.reports``), the view, the Excel and the PDF export show it; it lives
here so the renderers own their input and import nothing from the services.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

Cell = str | int | Decimal | date | None


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class Chart:
    """A bar chart: one group of bars per category; ``stacked`` piles the series; ``target``
    draws a horizontal line (37 hours, 100 %)."""

    categories: tuple[str, ...]
    series: tuple[Series, ...]
    stacked: bool = False
    target: float | None = None
    target_label: str = ""
    value_label: str = ""


@dataclass(frozen=True)
class ReportTable:
    name: str
    title: str
    first: date
    last: date
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: tuple[Cell, ...] | None
    chart: Chart
    notes: tuple[str, ...] = field(default_factory=tuple)
    filters: str = ""

    def column(self, header: str) -> list[Cell]:
        index = self.columns.index(header)
        return [row[index] for row in self.rows]
