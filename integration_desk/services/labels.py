"""Danish (or English) names of stored codes, for screens, printouts and exports alike."""

from __future__ import annotations

from integration_desk.i18n import tr, translate_noop

_PERSON_STATUS = {
    "expected": translate_noop("labels", "Expected"),
    "arrived": translate_noop("labels", "Arrived"),
    "housed_permanently": translate_noop("labels", "Permanent home"),
    "moved_away": translate_noop("labels", "Moved away"),
}
_PERSON_KIND = {
    "quota": translate_noop("labels", "Quota refugee"),
    "family_reunified": translate_noop("labels", "Family-reunified"),
}
_ROLE = {
    "admin": translate_noop("labels", "Administrator"),
    "teamlead": translate_noop("labels", "Team lead"),
    "caseworker": translate_noop("labels", "Caseworker"),
    "housing": translate_noop("labels", "Housing coordinator"),
    "readonly": translate_noop("labels", "Read-only"),
}
_SEX = {"female": translate_noop("labels", "Female"), "male": translate_noop("labels", "Male")}
_CONTRACT_STATUS = {
    "draft": translate_noop("labels", "Draft"),
    "ready": translate_noop("labels", "Ready for signing"),
    "signed": translate_noop("labels", "Signed"),
    "superseded": translate_noop("labels", "Superseded"),
}
_ALLOCATION_STATUS = {
    "planned": translate_noop("labels", "Planned"),
    "occupied": translate_noop("labels", "Occupied"),
    "ended": translate_noop("labels", "Ended"),
}
_ACTIVITY_KIND = {
    "danish_classes": translate_noop("labels", "Danish classes"),
    "work_placement": translate_noop("labels", "Work placement"),
    "wage_subsidy": translate_noop("labels", "Wage subsidy job"),
    "igu": translate_noop("labels", "IGU basic training"),
    "job_training": translate_noop("labels", "Job training"),
    "upskilling": translate_noop("labels", "Upskilling"),
    "guidance": translate_noop("labels", "Guidance"),
    "mentor": translate_noop("labels", "Mentor"),
    "health_assessment": translate_noop("labels", "Health assessment"),
    "other": translate_noop("labels", "Other"),
}


def _label(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return tr("labels", source) if source is not None else code


def person_status(code: str | None) -> str:
    return _label(_PERSON_STATUS, code)


def person_kind(code: str | None) -> str:
    return _label(_PERSON_KIND, code)


def role(code: str | None) -> str:
    return _label(_ROLE, code)


def sex(code: str | None) -> str:
    return _label(_SEX, code)


def contract_status(code: str | None) -> str:
    return _label(_CONTRACT_STATUS, code)


def allocation_status(code: str | None) -> str:
    return _label(_ALLOCATION_STATUS, code)


def activity_kind(code: str | None) -> str:
    return _label(_ACTIVITY_KIND, code)
