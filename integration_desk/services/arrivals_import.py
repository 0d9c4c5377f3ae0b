"""Importing arrival notices from Excel: every row checked first, then all written or nothing.

One row per person; rows sharing a ``Husstand`` value form one household with one notice. Errors
(unreadable file, missing column, impossible date, bad CPR format, a reference already in the
database, a household whose rows disagree) are collected with sheet, row and column and refuse the
whole file. Warnings (short notice, a CPR number failing modulus 11) are reported but do not block.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from integration_desk.db.models import ArrivalNotice, AuditAction, Person, Quota
from integration_desk.documents.arrivals_xlsx import OPTIONAL, REQUIRED
from integration_desk.documents.xlsx_import import (
    CellError,
    ImportProblem,
    ImportRefused,
    RowReader,
    SheetRow,
    parse_cpr_cell,
    parse_date,
    parse_text,
    parse_yes_no,
    read_sheet,
)
from integration_desk.domain.arrivals import (
    FAMILY_REUNIFIED,
    QUOTA,
    MemberInput,
    NoticeInput,
    validate_notice,
)
from integration_desk.domain.cpr import Cpr, cpr_notice, parse_cpr
from integration_desk.domain.errors import DomainError, ValidationError
from integration_desk.domain.quota import overrun_warning, quota_summary
from integration_desk.domain.rules import rule_set_in_force
from integration_desk.i18n import tr
from integration_desk.services import audit
from integration_desk.services import progress as progress_
from integration_desk.services.arrivals import audit_new, build_notice
from integration_desk.services.context import AppContext
from integration_desk.services.progress import Progress
from integration_desk.services.quota import period_on, progress_of
from integration_desk.services.rules import load_rule_sets

C = "import_arrivals"
NOTICE_COLUMNS = ("Reference", "Modtaget", "Afgørelsesdato", "Forventet ankomst", "Asylcenter")
#: a validation error's field -> the column to name in the problem
FIELD_COLUMN = {
    "reference": "Reference",
    "received_on": "Modtaget",
    "decision_on": "Afgørelsesdato",
    "expected_arrival_on": "Forventet ankomst",
    "given_name": "Fornavn",
    "birth_date": "Fødselsdato",
    "cpr": "CPR",
    "udl_nr": "Udl.nr.",
    "sex": "Køn",
}


class ImportCancelled(progress_.Cancelled):
    """The user cancelled; nothing was written (the transaction is rolled back)."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr(C, "The import was cancelled; nothing was written."))


def _check(progress: Progress | None, done: float, total: float) -> None:
    """Tell ``progress``; raise ``ImportCancelled`` when the user cancelled."""
    if progress is not None and not progress(done, total):
        raise ImportCancelled


@dataclass(frozen=True)
class ImportResult:
    notices: int
    persons: int
    warnings: tuple[ImportProblem, ...]
    dry_run: bool


@dataclass
class _Household:
    key: str
    first_row: int
    notice: dict[str, Any]
    members: list[MemberInput] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)


def parse_sex(value: Any) -> str:
    text = str(value).strip().casefold()
    if text in {"k", "kvinde", "f", "female", "kv"}:
        return "female"
    if text in {"m", "mand", "male"}:
        return "male"
    raise CellError(tr(C, "Write K (female) or M (male)."))


def _cpr(value: Any) -> Cpr:
    return parse_cpr(parse_cpr_cell(value))


def _parse_rows(
    path: Path,
    problems: list[ImportProblem],
    warnings: list[ImportProblem],
    progress: Progress | None = None,
) -> tuple[str, list[_Household]]:
    data = read_sheet(path, required_columns=REQUIRED, optional_columns=OPTIONAL, problems=problems)
    if data is None:
        return path.name, []
    sheet = data.sheet
    households: dict[str, _Household] = {}
    references: dict[str, str] = {}
    rows = list(data.rows)
    for number, row in enumerate(rows, start=1):
        _parse_row(sheet, row, households, references, problems, warnings)
        if number % 50 == 0:
            _check(progress, number, 3 * len(rows))
    return sheet, list(households.values())


def _parse_row(
    sheet: str,
    row: SheetRow,
    households: dict[str, _Household],
    references: dict[str, str],
    problems: list[ImportProblem],
    warnings: list[ImportProblem],
) -> None:
    reader = RowReader(sheet, row, problems)
    notice = {
        "Reference": reader.required("Reference", lambda v: parse_text(v, 80)),
        "Modtaget": reader.required("Modtaget", parse_date),
        "Afgørelsesdato": reader.required("Afgørelsesdato", parse_date),
        "Forventet ankomst": reader.required("Forventet ankomst", parse_date),
        "Asylcenter": reader.optional("Asylcenter", lambda v: parse_text(v, 200)) or "",
    }
    key = reader.required("Husstand", lambda v: parse_text(v, 200))
    given = reader.required("Fornavn", lambda v: parse_text(v, 200))
    family = reader.required("Efternavn", lambda v: parse_text(v, 200))
    birth = reader.optional("Fødselsdato", parse_date)
    sex = reader.optional("Køn", parse_sex)
    cpr = reader.optional("CPR", _cpr)
    reunified = reader.optional("Familiesammenført", parse_yes_no)
    member = MemberInput(
        given_name=given or "",
        family_name=family or "",
        birth_date=birth,
        sex=sex,
        nationality=reader.optional("Nationalitet", lambda v: parse_text(v, 100)) or "",
        languages=reader.optional("Sprog", lambda v: parse_text(v, 200)) or "",
        cpr=cpr.digits if cpr else "",
        udl_nr=reader.optional("Udl.nr.", lambda v: parse_text(v, 40)) or "",
        kind=FAMILY_REUNIFIED if reunified else QUOTA,
        relation="",
    )
    if cpr is not None:
        notice_text = cpr_notice(cpr)
        if notice_text:
            warnings.append(ImportProblem(sheet, row.number, "CPR", notice_text))
        if birth is not None and cpr.birth_date != birth:
            warnings.append(
                ImportProblem(
                    sheet, row.number, "CPR", tr(C, "The CPR number does not match the birth date.")
                )
            )
    decision = notice["Afgørelsesdato"]
    if birth is not None and isinstance(decision, date) and birth > decision:
        reader.problem("Fødselsdato", tr(C, "The birth date is after the placement decision."))
    if key is None or not reader.ok:
        return
    reference = str(notice["Reference"])
    household = households.get(key)
    if household is None:
        if reference in references and references[reference] != key:
            reader.problem(
                "Reference",
                tr(C, "The reference is used by another household ({household}) in the file.").format(
                    household=references[reference]
                ),
            )
            return
        references[reference] = key
        household = households[key] = _Household(key, row.number, notice)
    else:
        for column in NOTICE_COLUMNS:
            if notice[column] != household.notice[column]:
                reader.problem(
                    column,
                    tr(C, "The household {household} has a different value here than in row {row}.").format(
                        household=key, row=household.first_row
                    ),
                )
        if not reader.ok:
            return
    household.members.append(member)
    household.rows.append(row.number)


def _notice_input(household: _Household, caseworker_id: int | None) -> NoticeInput:
    n = household.notice
    members = household.members
    if len(members) > 1:
        members = [
            MemberInput(**{**m.__dict__, "relation": "hovedperson" if i == 0 else ""})
            for i, m in enumerate(members)
        ]
    return NoticeInput(
        reference=n["Reference"],
        received_on=n["Modtaget"],
        decision_on=n["Afgørelsesdato"],
        expected_arrival_on=n["Forventet ankomst"],
        asylum_centre=n["Asylcenter"],
        household_name=household.key,
        members=tuple(members),
        caseworker_id=caseworker_id,
    )


def _quota_overruns(
    session: Session, sheet: str, inputs: list[tuple[_Household, NoticeInput]]
) -> list[ImportProblem]:
    """A warning for each quota period the imported quota persons would overrun (dry run too)."""
    periods: dict[int, Quota] = {}
    added: Counter[int] = Counter()
    for _household, data in inputs:
        period = period_on(session, data.expected_arrival_on)
        if period is not None:
            periods[period.id] = period
            added[period.id] += sum(1 for m in data.members if m.kind == QUOTA)
    result = []
    for period_id, persons in added.items():
        now = progress_of(session, periods[period_id]).summary
        after = quota_summary(now.quota, now.arrived, now.announced + persons)
        if after.exceeded:
            result.append(ImportProblem(sheet, None, None, overrun_warning(after)))
    return result


def import_arrivals(
    ctx: AppContext, path: Path, *, dry_run: bool = False, progress: Progress | None = None
) -> ImportResult:
    """Validate the whole workbook, then write it in one transaction (not when ``dry_run``).

    Raises ``ImportRefused`` listing every problem; nothing is written then.
    """
    problems: list[ImportProblem] = []
    warnings: list[ImportProblem] = []
    sheet, households = _parse_rows(path, problems, warnings, progress)
    # progress in thirds: reading the rows, checking the households, writing them
    total = len(households)
    steps = 3 * max(total, 1)
    _check(progress, steps / 3, steps)
    today = ctx.today()
    caseworker_id = ctx.user.user_id
    with ctx.uow() as uow:  # one transaction: leaving it by an exception rolls everything back
        session = uow.session
        rule_sets = load_rule_sets(session)
        inputs: list[tuple[_Household, NoticeInput]] = []
        for done, household in enumerate(households, start=1):
            if done % 50 == 0:
                _check(progress, total + done, steps)
            data = _notice_input(household, caseworker_id)
            try:
                rules = rule_set_in_force(rule_sets, data.received_on)
                for text in validate_notice(data, rules, today):
                    warnings.append(ImportProblem(sheet, household.first_row, None, text))
            except ValidationError as error:
                column = FIELD_COLUMN.get(error.field or "")
                problems.append(ImportProblem(sheet, household.first_row, column, str(error)))
                continue
            except DomainError as error:
                problems.append(ImportProblem(sheet, household.first_row, None, str(error)))
                continue
            inputs.append((household, data))
        _check_database(session, sheet, inputs, problems)
        warnings += _quota_overruns(session, sheet, inputs)
        if problems:
            raise ImportRefused(sorted(problems, key=lambda p: (p.row or 0, p.column or "")))
        persons = sum(len(data.members) for _h, data in inputs)
        _check(progress, 2 * total, steps)
        if not dry_run:
            quotas = list(session.scalars(select(Quota)))
            built = []
            for done, (_h, data) in enumerate(inputs, start=1):
                built.append(build_notice(session, data, quotas))
                if done % 50 == 0:
                    _check(progress, 2 * total + done, steps)
            session.flush()
            for notice, people in built:
                audit_new(uow, notice, people)
            audit.record(
                uow,
                AuditAction.CREATE,
                "import",
                None,
                changes={"notices": len(built), "persons": persons},
            )
            _check(progress, steps - 1, steps)  # the last chance to cancel: nothing committed yet
            uow.commit()
        if progress is not None:
            progress(steps, steps)
    warnings.sort(key=lambda p: (p.row or 0, p.column or ""))
    return ImportResult(len(inputs), persons, tuple(warnings), dry_run)


def _chunks(values: list[str], size: int = 500) -> list[list[str]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def _check_database(
    session: Any, sheet: str, inputs: list[tuple[_Household, NoticeInput]], problems: list[ImportProblem]
) -> None:
    """References, CPR numbers and udl.-nr. must be new: in the database and within the file."""
    references = [data.reference for _h, data in inputs]
    existing: set[str] = set()
    for chunk in _chunks(references):
        existing |= set(
            session.scalars(select(ArrivalNotice.reference).where(ArrivalNotice.reference.in_(chunk)))
        )
    cprs = [m.cpr for _h, d in inputs for m in d.members if m.cpr]
    udls = [m.udl_nr for _h, d in inputs for m in d.members if m.udl_nr]
    known_cpr: set[str] = set()
    for chunk in _chunks(cprs):
        known_cpr |= {c for c in session.scalars(select(Person.cpr).where(Person.cpr.in_(chunk))) if c}
    known_udl: set[str] = set()
    for chunk in _chunks(udls):
        known_udl |= {u for u in session.scalars(select(Person.udl_nr).where(Person.udl_nr.in_(chunk))) if u}
    seen_cpr: dict[str, int] = {}
    seen_udl: dict[str, int] = {}
    for household, data in inputs:
        if data.reference in existing:
            problems.append(
                ImportProblem(
                    sheet,
                    household.first_row,
                    "Reference",
                    tr(C, "A notice with this reference is already in the database."),
                )
            )
        for row, member in zip(household.rows, data.members, strict=True):
            if member.cpr:
                if member.cpr in known_cpr:
                    problems.append(
                        ImportProblem(
                            sheet,
                            row,
                            "CPR",
                            tr(C, "A person with this CPR number is already in the database."),
                        )
                    )
                elif member.cpr in seen_cpr:
                    problems.append(
                        ImportProblem(
                            sheet,
                            row,
                            "CPR",
                            tr(C, "The same CPR number is in row {row}.").format(row=seen_cpr[member.cpr]),
                        )
                    )
                seen_cpr.setdefault(member.cpr, row)
            if member.udl_nr:
                if member.udl_nr in known_udl:
                    problems.append(
                        ImportProblem(
                            sheet,
                            row,
                            "Udl.nr.",
                            tr(C, "A person with this udl.-nr. is already in the database."),
                        )
                    )
                elif member.udl_nr in seen_udl:
                    problems.append(
                        ImportProblem(
                            sheet,
                            row,
                            "Udl.nr.",
                            tr(C, "The same udl.-nr. is in row {row}.").format(row=seen_udl[member.udl_nr]),
                        )
                    )
                seen_udl.setdefault(member.udl_nr, row)


def describe_result(result: ImportResult) -> str:
    if result.dry_run:
        text = tr(
            C, "Checked: {notices} notices with {persons} persons can be imported; nothing was written."
        )
    else:
        text = tr(C, "Imported {notices} notices with {persons} persons.")
    return text.format(notices=result.notices, persons=result.persons)
