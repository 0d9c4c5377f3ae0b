"""Helpers for the arrivals tests: notices in a few lines, workbooks from rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from integration_desk.documents.arrivals_xlsx import COLUMNS
from integration_desk.domain.arrivals import MemberInput, NoticeInput


def notice_input(reference: str = "US-2016-001", **changes: Any) -> NoticeInput:
    members = changes.pop(
        "members",
        (
            MemberInput("Ahmad", "Haddad", date(1980, 5, 1), "male", "Syrien", "arabisk", "hovedperson"),
            MemberInput("Rana", "Haddad", date(1984, 2, 3), "female", "Syrien", "arabisk", "ægtefælle"),
            MemberInput("Omar", "Haddad", date(2010, 7, 9), "male", "Syrien", "arabisk", "barn"),
        ),
    )
    values: dict[str, Any] = {
        "reference": reference,
        "received_on": date(2016, 8, 1),
        "decision_on": date(2016, 7, 20),
        "expected_arrival_on": date(2016, 9, 20),
        "asylum_centre": "Center Sandholm",
        "members": members,
    }
    values.update(changes)
    return NoticeInput(**values)


def row(
    reference: str = "US-1",
    household: str = "Familien Haddad",
    given: str = "Ahmad",
    family: str = "Haddad",
    **cells: Any,
) -> dict[str, Any]:
    values: dict[str, Any] = {
        "Reference": reference,
        "Modtaget": "01-08-2016",
        "Afgørelsesdato": "20.07.2016",
        "Forventet ankomst": "2016-09-20",
        "Asylcenter": "Center Sandholm",
        "Husstand": household,
        "Fornavn": given,
        "Efternavn": family,
        "Fødselsdato": "01-05-1980",
        "Køn": "M",
        "Nationalitet": "Syrien",
        "Sprog": "arabisk",
        "CPR": None,
        "Udl.nr.": None,
        "Familiesammenført": None,
    }
    values.update(cells)
    return values


def write_workbook(path: Path, rows: list[dict[str, Any]], columns: tuple[str, ...] = COLUMNS) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Ankomster"
    sheet.append(list(columns))
    for values in rows:
        sheet.append([values.get(column) for column in columns])
    book.save(path)
    return path


@pytest.fixture
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Service refusals would open a modal box; record them instead."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object, **kwargs: object) -> int:
        shown.append(text)
        return 0

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    return shown


@pytest.fixture(name="make_notice")
def _make_notice() -> Any:
    return notice_input


@pytest.fixture(name="xlsx_row")
def _xlsx_row() -> Any:
    return row


@pytest.fixture(name="workbook")
def _workbook() -> Any:
    return write_workbook
