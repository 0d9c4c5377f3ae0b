"""Contracts on paper: the PDF of one version or of every contract ready for signing.

``render_*`` only makes the PDF (for the preview); ``record_printed`` writes the ``print`` audit
events once the PDF really leaves the program (printer, file, command line).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from integration_desk.db.models import AuditAction, Contract, Person
from integration_desk.documents.contract_pdf import Cancelled as LayoutCancelled
from integration_desk.documents.contract_pdf import (
    ContractSheet,
    Letterhead,
    ProgrammeLine,
    render_contracts,
)
from integration_desk.domain import contracts as domain
from integration_desk.domain.contracts_summary import summarise
from integration_desk.domain.contracts_text import section_title
from integration_desk.domain.errors import NotFoundError
from integration_desk.domain.rules import RuleSet, rule_set_in_force
from integration_desk.i18n import tr
from integration_desk.services import audit
from integration_desk.services.context import AppContext
from integration_desk.services.contracts import load_contract, plans_of, to_detail
from integration_desk.services.contracts_edit import merged_sections
from integration_desk.services.contracts_settings import load_team_settings
from integration_desk.services.progress import Cancelled, Progress, report
from integration_desk.services.rules import load_rule_sets
from integration_desk.services.safe_file import replacing

__all__ = ["Cancelled", "Progress"]


def _sheet(session: Session, contract: Contract, rule_sets: Sequence[RuleSet], today: date) -> ContractSheet:
    detail = to_detail(session, contract)
    start = detail.programme_start or detail.takeover_date or today
    end = detail.programme_end or start
    rules = rule_set_in_force(rule_sets, start)
    summary = summarise(plans_of(detail.activity_inputs()), start, end, rules)
    sections = merged_sections(session, contract)
    return ContractSheet(
        person_name=detail.person,
        native_name=detail.native_name,
        cpr=detail.cpr,
        birth_date=detail.birth_date,
        takeover_date=detail.takeover_date,
        caseworker=detail.caseworker,
        version_no=detail.version_no,
        status=detail.status_label,
        is_draft=detail.status == domain.DRAFT,
        concluded_on=detail.concluded_on,
        programme_start=detail.programme_start,
        programme_end=detail.programme_end,
        employment_goal=detail.employment_goal,
        education_goal=detail.education_goal,
        interpreter_name=detail.interpreter_name,
        interpreter_language=detail.interpreter_language,
        programme=tuple(
            ProgrammeLine(a.kind_label, a.provider, a.starts_on, a.ends_on, a.hours_per_week, a.notes)
            for a in detail.activities
        ),
        average=summary.average,
        danish_average=summary.danish_average,
        target=summary.target,
        danish_cap=summary.danish_cap,
        sections=tuple((section_title(key), text.text) for key, text in sections.items()),
        signed_on=detail.signed_on,
        signed_by_caseworker_on=detail.signed_by_caseworker_on,
    )


def _letterhead(session: Session) -> Letterhead:
    team = load_team_settings(session)
    return Letterhead(team.municipality_name, team.address, team.logo)


def find_version(ctx: AppContext, person_id: int, version_no: int | None = None) -> int:
    """The id of the person's contract version ``version_no`` (default: the newest)."""
    with ctx.uow(readonly=True) as uow:
        query = select(Contract.id).where(Contract.person_id == person_id)
        if version_no is not None:
            query = query.where(Contract.version_no == version_no)
        found = uow.session.scalar(query.order_by(Contract.version_no.desc()).limit(1))
    if found is None:
        raise NotFoundError(
            tr("contracts", "The person has no contract.")
            if version_no is None
            else tr("contracts", "The person's contract has no version {n}.").format(n=version_no)
        )
    return found


def render_contract(ctx: AppContext, contract_id: int) -> bytes:
    with ctx.uow(readonly=True) as uow:
        contract = load_contract(uow.session, contract_id)
        sheet = _sheet(uow.session, contract, load_rule_sets(uow.session), ctx.today())
        head = _letterhead(uow.session)
    return render_contracts([sheet], head, ctx.today())


def ready_contract_ids(ctx: AppContext, caseworker_id: int | None = None) -> list[int]:
    """Contracts ready for signing (of one caseworker when given), by the person's name."""
    with ctx.uow(readonly=True) as uow:
        query = (
            select(Contract.id)
            .join(Person, Person.id == Contract.person_id)
            .where(Contract.status == domain.READY)
            .order_by(Person.family_name, Person.given_name, Contract.id)
        )
        if caseworker_id is not None:
            query = query.where(Contract.caseworker_id == caseworker_id)
        return list(uow.session.scalars(query))


def render_many(ctx: AppContext, contract_ids: Sequence[int], progress: Progress | None = None) -> bytes:
    """One PDF of ``contract_ids``. ``progress(done, total)`` (``services.progress``; False cancels
    with ``Cancelled``): the first half of the way is reading the contracts, the second half laying
    out the pages."""
    sheets: list[ContractSheet] = []
    count = max(len(contract_ids), 1)
    with ctx.uow(readonly=True) as uow:
        rule_sets = load_rule_sets(uow.session)
        head = _letterhead(uow.session)
        report(progress, 0, 2 * count)
        for n, contract_id in enumerate(contract_ids):
            sheets.append(
                _sheet(uow.session, load_contract(uow.session, contract_id), rule_sets, ctx.today())
            )
            report(progress, n + 1, 2 * count)
    if progress is None:
        return render_contracts(sheets, head, ctx.today())
    told = [-1]

    def laid_out(share: float) -> bool:
        # The layout reports every flowable; the user sees whole percents.
        percent = int(share * 100)
        if percent == told[0]:
            return True
        told[0] = percent
        return progress(count + share * count, 2 * count)

    try:
        return render_contracts(sheets, head, ctx.today(), laid_out)
    except LayoutCancelled:
        raise Cancelled from None


def write_many(
    ctx: AppContext, contract_ids: Sequence[int], path: Path, progress: Progress | None = None
) -> None:
    """``render_many`` into ``path``: all or nothing (a temporary file beside it, renamed at the end;
    removed on cancel or failure, so a cancelled batch leaves no half file). Not audited: the caller
    records the print (``record_printed``) once the file is there."""
    with replacing(Path(path)) as temporary:
        temporary.write_bytes(render_many(ctx, contract_ids, progress))


def save_pdf(ctx: AppContext, contract_ids: Sequence[int], pdf: bytes, path: Path) -> int:
    """The preview's "Save as PDF": write ``pdf`` to ``path`` all or nothing, then record the print
    (``how="pdf"``); returns how many contracts."""
    with replacing(Path(path)) as temporary:
        temporary.write_bytes(pdf)
    return record_printed(ctx, contract_ids, "pdf")


def record_printed(ctx: AppContext, contract_ids: Sequence[int], how: str) -> int:
    """One ``print`` audit event per contract that left the program (``how``: printer, pdf, cli);
    returns how many."""
    with ctx.uow() as uow:
        for contract_id in contract_ids:
            contract = load_contract(uow.session, contract_id)
            audit.record(
                uow,
                AuditAction.PRINT,
                "contracts",
                contract_id,
                person_id=contract.person_id,
                changes={"how": how, "version_no": contract.version_no},
            )
        uow.commit()
        return len(contract_ids)
