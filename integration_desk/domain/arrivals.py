"""An arrival notice and its household as typed by a caseworker or read from Excel: the rules.

Hard errors (a date that cannot be, a member without a name, an unusable CPR number) raise
``ValidationError``; what only deserves attention (short notice, a CPR number failing modulus 11)
comes back as warnings, so the team can still save what the immigration service sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from integration_desk.domain.cpr import cpr_notice, parse_cpr
from integration_desk.domain.deadlines import notice_is_short, takeover_date
from integration_desk.domain.errors import ValidationError
from integration_desk.domain.rules import RuleSet
from integration_desk.formats import fmt_date
from integration_desk.i18n import tr

QUOTA = "quota"
FAMILY_REUNIFIED = "family_reunified"
KINDS = (QUOTA, FAMILY_REUNIFIED)
SEXES = ("female", "male")
MAX_REFERENCE = 80
MAX_NAME = 200
# A member's relation to the household's main person, stored as these Danish words.
HEAD, SPOUSE, CHILD, OTHER = "hovedperson", "ægtefælle", "barn", "andet"
RELATIONS = (HEAD, SPOUSE, CHILD, OTHER)


@dataclass(frozen=True)
class MemberInput:
    given_name: str
    family_name: str
    birth_date: date | None = None
    sex: str | None = None
    nationality: str = ""
    languages: str = ""
    relation: str = ""
    cpr: str = ""  # as typed: with or without the dash; "" when not assigned yet
    udl_nr: str = ""
    kind: str = QUOTA
    native_name: str = ""
    person_id: int | None = None  # set when editing an existing member

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass(frozen=True)
class NoticeInput:
    reference: str
    received_on: date
    decision_on: date
    expected_arrival_on: date
    asylum_centre: str = ""
    notes: str = ""
    household_name: str = ""  # "" = derived from the members
    members: tuple[MemberInput, ...] = ()
    takeover_on: date | None = None  # None = computed from the decision date
    visit_on: date | None = None
    visit_by: str = ""
    visit_interpreter_needed: bool = False
    visit_interpreter_language: str = ""
    visit_notes: str = ""
    caseworker_id: int | None = None


def effective_takeover(data: NoticeInput) -> tuple[date, bool]:
    """(takeover date, agreed?): computed from the decision date unless an earlier one was agreed."""
    computed = takeover_date(data.decision_on)
    if data.takeover_on is None or data.takeover_on == computed:
        return computed, False
    return data.takeover_on, True


def household_name(data: NoticeInput) -> str:
    """The household's name: as typed, else "Familien X" for several persons, else the person's name."""
    if data.household_name.strip():
        return data.household_name.strip()
    if len(data.members) == 1:
        return data.members[0].full_name
    main = data.members[0] if data.members else None
    return tr("domain", "The {name} family").format(name=main.family_name if main else "")


def validate_member(member: MemberInput, today: date) -> list[str]:
    """Raise on what cannot be stored; return soft warnings."""
    warnings: list[str] = []
    if not member.given_name.strip() and not member.family_name.strip():
        raise ValidationError(tr("domain", "Every member needs a name."), field="given_name")
    if len(member.given_name) > MAX_NAME or len(member.family_name) > MAX_NAME:
        raise ValidationError(tr("domain", "The name is too long."), field="given_name")
    if member.birth_date is not None and member.birth_date > today:
        raise ValidationError(
            tr("domain", "The birth date of {name} is in the future.").format(name=member.full_name),
            field="birth_date",
        )
    if member.sex is not None and member.sex not in SEXES:
        raise ValidationError(tr("domain", "Unknown sex."), field="sex")
    if member.kind not in KINDS:
        raise ValidationError(tr("domain", "Unknown kind of arrival."), field="kind")
    if member.cpr.strip():
        try:
            cpr = parse_cpr(member.cpr)
        except ValidationError as error:
            raise ValidationError(f"{member.full_name}: {error}", field="cpr") from None
        notice = cpr_notice(cpr)
        if notice is not None:
            warnings.append(f"{member.full_name}: {notice}")
        if member.birth_date is not None and cpr.birth_date != member.birth_date:
            warnings.append(
                tr("domain", "{name}: the CPR number does not match the birth date.").format(
                    name=member.full_name
                )
            )
    return warnings


def validate_notice(data: NoticeInput, rules: RuleSet, today: date) -> list[str]:
    """Raise ``ValidationError`` on what cannot be saved; return the warnings to show."""
    if not data.reference.strip():
        raise ValidationError(tr("domain", "Enter the notice's reference."), field="reference")
    if len(data.reference.strip()) > MAX_REFERENCE:
        raise ValidationError(tr("domain", "The reference is too long."), field="reference")
    if data.decision_on > data.received_on:
        raise ValidationError(
            tr("domain", "The placement decision cannot be later than the day the notice was received."),
            field="decision_on",
        )
    if data.expected_arrival_on < data.received_on:
        raise ValidationError(
            tr("domain", "The expected arrival cannot be before the notice was received."),
            field="expected_arrival_on",
        )
    computed = takeover_date(data.decision_on)
    if data.takeover_on is not None and data.takeover_on > computed:
        raise ValidationError(
            tr(
                "domain", "The takeover date can only be moved earlier by agreement, not later than {date}."
            ).format(date=fmt_date(computed)),
            field="takeover_on",
        )
    if data.takeover_on is not None and data.takeover_on < data.decision_on:
        raise ValidationError(
            tr("domain", "The takeover date cannot be before the placement decision."), field="takeover_on"
        )
    if not data.members:
        raise ValidationError(tr("domain", "The household needs at least one person."), field="members")
    warnings: list[str] = []
    if notice_is_short(data.received_on, data.expected_arrival_on, rules):
        days = (data.expected_arrival_on - data.received_on).days
        warnings.append(
            tr(
                "domain", "Short notice: {days} days between notice and arrival (expected at least {min})."
            ).format(days=days, min=rules.min_notice_days)
        )
    digits: set[str] = set()
    udl: set[str] = set()
    for member in data.members:
        warnings += validate_member(member, today)
        if member.cpr.strip():
            number = parse_cpr(member.cpr).digits
            if number in digits:
                raise ValidationError(tr("domain", "Two members have the same CPR number."), field="cpr")
            digits.add(number)
        if member.udl_nr.strip():
            if member.udl_nr.strip() in udl:
                raise ValidationError(tr("domain", "Two members have the same udl.-nr."), field="udl_nr")
            udl.add(member.udl_nr.strip())
    if data.visit_interpreter_needed and not data.visit_interpreter_language.strip():
        raise ValidationError(
            tr("domain", "Enter the language the interpreter must speak."), field="visit_interpreter_language"
        )
    return warnings


def default_relation(members: Sequence[MemberInput]) -> str:
    """The relation a new member most likely has: the first is the main person, the next the
    spouse (while the household has neither a spouse nor a child yet), everyone after them a child."""
    if not members:
        return HEAD
    if all(m.relation not in (SPOUSE, CHILD) for m in members):
        return SPOUSE
    return CHILD
