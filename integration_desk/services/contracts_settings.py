"""Team settings the contract printout needs (municipality name, address, logo) and the
administrator's contract text templates. Both live in the ``team_settings`` key/value table, so
no extra table is needed: a template is one key per text section."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from integration_desk.db.models import AuditAction, Role, TeamSetting
from integration_desk.domain.contracts_text import (
    DEFAULT_TEMPLATES,
    PREVIOUS_DEFAULTS,
    SECTION_KEYS,
    template_problems,
)
from integration_desk.domain.errors import PermissionDeniedError, ValidationError
from integration_desk.i18n import tr
from integration_desk.services import audit
from integration_desk.services.context import AppContext

MUNICIPALITY_NAME = "municipality_name"
MUNICIPALITY_ADDRESS = "municipality_address"
MUNICIPALITY_LOGO = "municipality_logo_base64"
TEMPLATE_PREFIX = "contract_template."
DEFAULT_NAME = "Jobcenter Ballerup"
DEFAULT_ADDRESS = "Baltorpvej 156\n2750 Ballerup"
MAX_LOGO_BYTES = 1_000_000
MAX_TEMPLATE_LENGTH = 5000
_ADMIN_ROLES = frozenset({Role.ADMIN.value, Role.TEAMLEAD.value})


@dataclass(frozen=True)
class TeamSettings:
    municipality_name: str
    address: str
    logo: bytes | None  # PNG or JPEG


def _values(session: Session, keys: list[str] | None = None) -> dict[str, TeamSetting]:
    query = select(TeamSetting)
    if keys is not None:
        query = query.where(TeamSetting.key.in_(keys))
    return {row.key: row for row in session.scalars(query)}


def load_team_settings(session: Session) -> TeamSettings:
    rows = _values(session, [MUNICIPALITY_NAME, MUNICIPALITY_ADDRESS, MUNICIPALITY_LOGO])
    logo_row = rows.get(MUNICIPALITY_LOGO)
    logo = None
    if logo_row is not None and logo_row.value:
        try:
            logo = base64.b64decode(logo_row.value, validate=True)
        except (binascii.Error, ValueError):
            logo = None
    name = rows.get(MUNICIPALITY_NAME)
    address = rows.get(MUNICIPALITY_ADDRESS)
    return TeamSettings(
        municipality_name=name.value if name is not None and name.value.strip() else DEFAULT_NAME,
        address=address.value if address is not None else DEFAULT_ADDRESS,
        logo=logo,
    )


def get_team_settings(ctx: AppContext) -> TeamSettings:
    with ctx.uow(readonly=True) as uow:
        return load_team_settings(uow.session)


def may_administer(ctx: AppContext) -> bool:
    return ctx.user.role in _ADMIN_ROLES


def _require_admin(ctx: AppContext) -> None:
    if not may_administer(ctx):
        raise PermissionDeniedError(
            tr(
                "contracts",
                "Only an administrator or team lead may change the contract texts and team settings.",
            )
        )


def _put(session: Session, rows: dict[str, TeamSetting], key: str, value: str) -> bool:
    row = rows.get(key)
    if row is None:
        session.add(TeamSetting(key=key, value=value))
        return True
    if row.value != value:
        row.value = value
        return True
    return False


def is_image(data: bytes) -> bool:
    return data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")


def save_team_settings(ctx: AppContext, settings: TeamSettings) -> None:
    _require_admin(ctx)
    if not settings.municipality_name.strip():
        raise ValidationError(tr("contracts", "Enter the municipality's name."), field="municipality_name")
    if settings.logo is not None:
        if len(settings.logo) > MAX_LOGO_BYTES:
            raise ValidationError(tr("contracts", "The logo may be at most 1 MB."), field="logo")
        if not is_image(settings.logo):
            raise ValidationError(tr("contracts", "The logo must be a PNG or JPEG picture."), field="logo")
    logo_text = base64.b64encode(settings.logo).decode("ascii") if settings.logo else ""
    with ctx.uow() as uow:
        rows = _values(uow.session)
        changed = [
            key
            for key, value in (
                (MUNICIPALITY_NAME, settings.municipality_name.strip()),
                (MUNICIPALITY_ADDRESS, settings.address.strip()),
                (MUNICIPALITY_LOGO, logo_text),
            )
            if _put(uow.session, rows, key, value)
        ]
        if changed:
            audit.record(uow, AuditAction.UPDATE, "team_settings", None, changes={"keys": changed})
        uow.commit()


def load_templates(session: Session) -> dict[str, str]:
    rows = _values(session, [TEMPLATE_PREFIX + key for key in SECTION_KEYS])
    templates = {}
    for key in SECTION_KEYS:
        row = rows.get(TEMPLATE_PREFIX + key)
        stored = row.value if row is not None else None
        if stored is None or stored in PREVIOUS_DEFAULTS.get(key, ()):
            stored = DEFAULT_TEMPLATES[key]  # the standard text (also where it was stored unchanged)
        templates[key] = stored
    return templates


def get_templates(ctx: AppContext) -> dict[str, str]:
    with ctx.uow(readonly=True) as uow:
        return load_templates(uow.session)


def save_templates(ctx: AppContext, templates: dict[str, str]) -> None:
    """Store the texts of the sections; a misspelt merge field or an optional part ``[[…]]`` not
    closed is refused, naming the section. A section left as the standard text is not stored, so
    it follows the program's standard text."""
    _require_admin(ctx)
    for key in SECTION_KEYS:
        text = templates.get(key, "")
        if len(text) > MAX_TEMPLATE_LENGTH:
            raise ValidationError(tr("contracts", "A section may hold at most 5000 characters."), field=key)
        problems = template_problems(text)
        if problems:
            raise ValidationError(problems[0], field=key)
    with ctx.uow() as uow:
        rows = _values(uow.session)
        changed = [
            key
            for key in SECTION_KEYS
            if (TEMPLATE_PREFIX + key in rows or templates.get(key, "").strip() != DEFAULT_TEMPLATES[key])
            and _put(uow.session, rows, TEMPLATE_PREFIX + key, templates.get(key, "").strip())
        ]
        if changed:
            audit.record(uow, AuditAction.UPDATE, "team_settings", None, changes={"templates": changed})
        uow.commit()
