"""Reading an Excel workbook for an import: validate every row first, report all problems, write nothing.

An importer reads the sheet with ``read_sheet``, parses each row's cells through a ``RowReader``
(which records every problem with sheet, row and column instead of stopping at the first), and
raises ``ImportRefused`` when anything is wrong. Only then does it write — in one transaction.
Messages are Danish (through ``tr``) and never quote a CPR number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypeVar

from integration_desk.domain.cpr import parse_cpr
from integration_desk.domain.errors import DomainError, ValidationError
from integration_desk.i18n import by_count, tr

T = TypeVar("T")
C = "import"
_DATE_FORMATS = (
    re.compile(r"(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})"),
    re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"),
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
)
MAX_TEXT = 400


@dataclass(frozen=True)
class ImportProblem:
    sheet: str
    row: int | None  # the Excel row number (1 = header); None for the whole file
    column: str | None
    message: str

    def describe(self) -> str:
        if self.row is None:
            return tr(C, "Sheet {sheet}: {message}").format(sheet=self.sheet, message=self.message)
        if self.column is None:
            return tr(C, "Sheet {sheet}, row {row}: {message}").format(
                sheet=self.sheet, row=self.row, message=self.message
            )
        return tr(C, "Sheet {sheet}, row {row}, column {column}: {message}").format(
            sheet=self.sheet, row=self.row, column=self.column, message=self.message
        )


class ImportRefused(DomainError):
    """The file has problems; nothing was written. ``problems`` lists them all."""

    def __init__(self, problems: Sequence[ImportProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            by_count(
                len(self.problems),
                tr(C, "The import was refused: {n} problem found; nothing was written."),
                tr(C, "The import was refused: {n} problems found; nothing was written."),
            ).format(n=len(self.problems))
        )


class CellError(ValueError):
    """A cell's value cannot be used; the message is for the user."""


@dataclass(frozen=True)
class SheetRow:
    number: int
    cells: dict[str, Any]


@dataclass
class SheetData:
    sheet: str
    columns: tuple[str, ...]
    rows: list[SheetRow] = field(default_factory=list)


def _canonical(name: Any) -> str:
    return " ".join(str(name).split()).casefold() if name is not None else ""


def read_sheet(
    path: Path,
    *,
    required_columns: Sequence[str],
    optional_columns: Sequence[str] = (),
    sheet: str | None = None,
    problems: list[ImportProblem],
) -> SheetData | None:
    """The rows of ``sheet`` (default: the first) keyed by the expected column names.

    Columns are matched by name, ignoring case and spacing, in any order. Problems (an unreadable
    file, a missing sheet or column) are appended to ``problems``; then None is returned.
    """
    import openpyxl

    label = sheet or path.name
    unreadable = ImportProblem(
        label, None, None, tr(C, "The file cannot be read as an Excel workbook (.xlsx).")
    )
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on damaged or foreign files; all mean the same here
        problems.append(unreadable)
        return None
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            problems.append(
                ImportProblem(sheet, None, None, tr(C, "The workbook has no sheet with this name."))
            )
            return None
        worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        label = worksheet.title
        rows = worksheet.iter_rows(values_only=True)
        header = next(rows, None) or ()
        positions = {_canonical(name): index for index, name in enumerate(header) if _canonical(name)}
        wanted = list(required_columns) + list(optional_columns)
        missing = [name for name in required_columns if _canonical(name) not in positions]
        for name in missing:
            problems.append(ImportProblem(label, 1, name, tr(C, "The column is missing.")))
        if missing:
            return None
        data = SheetData(label, tuple(wanted))
        for number, values in enumerate(rows, start=2):
            if values is None or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            cells = {}
            for name in wanted:
                index = positions.get(_canonical(name))
                cells[name] = values[index] if index is not None and index < len(values) else None
            data.rows.append(SheetRow(number, cells))
        return data
    except Exception:
        problems.append(
            ImportProblem(label, None, None, tr(C, "The file cannot be read as an Excel workbook (.xlsx)."))
        )
        return None
    finally:
        workbook.close()


class RowReader:
    """Parses one row's cells, recording problems instead of raising."""

    def __init__(self, sheet: str, row: SheetRow, problems: list[ImportProblem]) -> None:
        self.sheet = sheet
        self.row = row
        self.problems = problems
        self.ok = True

    def problem(self, column: str | None, message: str) -> None:
        self.ok = False
        self.problems.append(ImportProblem(self.sheet, self.row.number, column, message))

    def optional(self, column: str, parse: Callable[[Any], T]) -> T | None:
        value = self.row.cells.get(column)
        if is_blank(value):
            return None
        try:
            return parse(value)
        except CellError as error:
            self.problem(column, str(error))
            return None

    def required(self, column: str, parse: Callable[[Any], T]) -> T | None:
        if is_blank(self.row.cells.get(column)):
            self.problem(column, tr(C, "A value is required."))
            return None
        return self.optional(column, parse)


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --- cell parsers: each returns a value or raises CellError with a Danish message ------------


def parse_text(value: Any, max_length: int = MAX_TEXT) -> str:
    text = " ".join(str(value).split())
    if len(text) > max_length:
        raise CellError(tr(C, "The text is longer than {n} characters.").format(n=max_length))
    return text


def parse_date(value: Any) -> date:
    """A real Excel date, or text as dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for pattern in _DATE_FORMATS:
            match = pattern.fullmatch(text)
            if match:
                try:
                    return date(int(match["y"]), int(match["m"]), int(match["d"]))
                except ValueError:
                    raise CellError(
                        tr(C, "The date does not exist: {text}.").format(text=text[:20])
                    ) from None
    raise CellError(tr(C, "Not a date: write it as dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd."))


def parse_cpr_cell(value: Any) -> str:
    """A CPR number with or without the dash; 10 digits back. The number is never quoted in messages."""
    if isinstance(value, bool):
        raise CellError(tr(C, "Not a CPR number (DDMMYY-SSSS)."))
    if isinstance(value, int):
        # Excel drops the leading zero of 0101904562 stored as a number.
        text = f"{value:010d}"
    elif isinstance(value, float) and value.is_integer():
        text = f"{int(value):010d}"
    else:
        text = str(value).strip()
    try:
        return parse_cpr(text).digits
    except ValidationError as error:
        raise CellError(str(error)) from None


def parse_hours(value: Any) -> Decimal:
    """Hours as a number or text with a decimal comma or point; 0–168."""
    if isinstance(value, bool):
        raise CellError(tr(C, "Not a number of hours."))
    try:
        number = Decimal(str(value).strip().replace(",", ".")) if not isinstance(value, Decimal) else value
    except InvalidOperation:
        raise CellError(tr(C, "Not a number of hours.")) from None
    if not number.is_finite() or number < 0 or number > 168:
        raise CellError(tr(C, "The hours must be between 0 and 168."))
    return number.quantize(Decimal("0.01"))


def parse_int(value: Any) -> int:
    if isinstance(value, bool):
        raise CellError(tr(C, "Not a whole number."))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip()
    if re.fullmatch(r"-?\d{1,9}", text):
        return int(text)
    raise CellError(tr(C, "Not a whole number."))


_YES = {"ja", "j", "x", "yes", "y", "1", "sand", "true"}
_NO = {"nej", "n", "no", "0", "falsk", "false", "-"}


def parse_yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise CellError(tr(C, "Write ja or nej."))


def rows_of(data: SheetData | None) -> Iterator[SheetRow]:
    return iter(data.rows if data is not None else [])
