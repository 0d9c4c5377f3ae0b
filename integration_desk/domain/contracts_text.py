"""The contract's standard text: templates with merge fields such as ``{fornavn}``.

A field without a value (or a field the template misspells) is left in the text as a visible
marker, and blocks the "ready for signing" state until it is filled in or removed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from integration_desk.i18n import tr, translate_noop

SECTION_KEYS = ("purpose", "resident_obligations", "municipality_obligations", "absence", "data_protection")
SECTION_TITLES = {
    "purpose": translate_noop("domain", "Purpose of the contract"),
    "resident_obligations": translate_noop("domain", "Your obligations"),
    "municipality_obligations": translate_noop("domain", "The municipality's obligations"),
    "absence": translate_noop("domain", "Absence and its consequences"),
    "data_protection": translate_noop("domain", "How we handle your personal data"),
}
#: The merge fields an administrator may use, with what each one means.
MERGE_FIELDS = {
    "fornavn": translate_noop("domain", "the resident's given name"),
    "efternavn": translate_noop("domain", "the resident's family name"),
    "cpr": translate_noop("domain", "the resident's CPR number"),
    "overtagelsesdato": translate_noop("domain", "the takeover date"),
    "sagsbehandler": translate_noop("domain", "the caseworker's name"),
    "kommune": translate_noop("domain", "the municipality's name"),
    "programstart": translate_noop("domain", "the programme start date"),
    "programslut": translate_noop("domain", "the programme end date"),
    "ugetimer": translate_noop("domain", "the weekly hours target"),
    "beskaeftigelsesmaal": translate_noop("domain", "the employment goal"),
    "uddannelsesmaal": translate_noop("domain", "the education goal"),
}
_FIELD = re.compile(r"\{([^{}\s]{1,40})\}")

DEFAULT_TEMPLATES = {
    "purpose": (
        "Denne kontrakt er indgået mellem {fornavn} {efternavn} og {kommune}. Formålet er, at du så "
        "hurtigt som muligt får et ordinært job eller begynder på en uddannelse og lærer dansk. "
        "Programmet begynder {programstart} og slutter {programslut}. Det svarer i gennemsnit til "
        "{ugetimer} timer om ugen, inklusive forberedelse."
    ),
    "resident_obligations": (
        "Du skal deltage i de aktiviteter, der står i programmet, møde til tiden og give besked, hvis du "
        "ikke kan komme. Du skal aktivt søge job og tage imod et rimeligt tilbud om arbejde."
    ),
    "municipality_obligations": (
        "{kommune} giver dig et integrationsprogram med danskuddannelse og beskæftigelsesrettede tilbud. "
        "Din sagsbehandler er {sagsbehandler}. Kontrakten revideres, når din situation ændrer sig."
    ),
    "absence": (
        "Hvis du udebliver fra et tilbud uden rimelig grund, bliver din integrationsydelse nedsat for de "
        "timer, du ikke har deltaget. Sygdom og andet fravær skal meldes samme dag."
    ),
    "data_protection": (
        "{kommune} behandler dine personoplysninger, herunder dit CPR-nummer {cpr}, for at kunne tilrettelægge "
        "dit integrationsprogram. Du har ret til indsigt i de oplysninger, vi har om dig."
    ),
}


@dataclass(frozen=True)
class MergedText:
    text: str
    missing: tuple[str, ...]  # fields used in the template without a value, or unknown fields

    @property
    def complete(self) -> bool:
        return not self.missing


def missing_marker(field: str) -> str:
    return tr("domain", "[MISSING: {field}]").format(field=field)


def merge(template: str, values: Mapping[str, str]) -> MergedText:
    missing: list[str] = []

    def replace(match: re.Match[str]) -> str:
        field = match.group(1)
        value = values.get(field, "").strip() if field in MERGE_FIELDS else ""
        if value:
            return value
        if field not in missing:
            missing.append(field)
        return missing_marker(field)

    return MergedText(_FIELD.sub(replace, template), tuple(missing))


def section_title(key: str) -> str:
    source = SECTION_TITLES.get(key)
    return tr("domain", source) if source is not None else key


def unknown_fields(template: str) -> tuple[str, ...]:
    """Fields a template names that do not exist (most often a typing error)."""
    return tuple(dict.fromkeys(f for f in _FIELD.findall(template) if f not in MERGE_FIELDS))
