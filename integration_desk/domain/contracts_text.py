"""The contract's standard text: templates with merge fields such as ``{fornavn}``.

A field without a value (or a field the template misspells) is left in the text as a visible
marker, and blocks the "ready for signing" state until it is filled in or removed.

A part of the text in double square brackets is optional: ``[[, herunder dit CPR-nummer {cpr},]]``
is printed only when every merge field in it has a value, and left out (with no marker, blocking
nothing) when one has none, e.g. a refugee who has no CPR number yet.
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
OPEN, CLOSE = "[[", "]]"
_CLAUSE = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)
_MARKS = re.compile(r"\[\[|\]\]")
#: After a left-out clause, a space before these would stand alone: "tekst , mere" → "tekst, mere".
_CLOSING = (" ", ".", ",", ";", ":", "!", "?", ")", "\n")

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
        "{kommune} behandler dine personoplysninger[[, herunder dit CPR-nummer {cpr},]] for at kunne "
        "tilrettelægge dit integrationsprogram. Du har ret til indsigt i de oplysninger, vi har om dig."
    ),
}
#: Standard texts of earlier versions of the program. A team's stored text that is still one of
#: these was never changed by the team (the editor stored every section): it reads as today's.
PREVIOUS_DEFAULTS = {
    "data_protection": (
        "{kommune} behandler dine personoplysninger, herunder dit CPR-nummer {cpr}, for at kunne tilrettelægge "
        "dit integrationsprogram. Du har ret til indsigt i de oplysninger, vi har om dig.",
    ),
}


@dataclass(frozen=True)
class MergedText:
    text: str
    missing: tuple[str, ...]  # fields used in the template without a value, or unknown fields

    @property
    def complete(self) -> bool:
        return not self.missing


def field_label(field: str) -> str:
    """A merge field as the team lead and the caseworker read it: ``{cpr} (the resident's CPR number)``."""
    meaning = MERGE_FIELDS.get(field)
    return "{" + field + "}" + (f" ({tr('domain', meaning)})" if meaning else "")


def missing_marker(field: str) -> str:
    return tr("domain", "[MISSING: {field}]").format(field=field)


def _value(field: str, values: Mapping[str, str]) -> str:
    return values.get(field, "").strip() if field in MERGE_FIELDS else ""


def _fill(text: str, values: Mapping[str, str], missing: list[str]) -> str:
    """``text`` with its fields replaced; a field without a value becomes a marker (and missing)."""

    def replace(match: re.Match[str]) -> str:
        field = match.group(1)
        value = _value(field, values)
        if value:
            return value
        if field not in missing:
            missing.append(field)
        return missing_marker(field)

    return _FIELD.sub(replace, text)


def merge(template: str, values: Mapping[str, str]) -> MergedText:
    """The template with its values. An optional clause ``[[…]]`` is printed (without its
    brackets) when all its fields have values and left out otherwise; a misspelt field in it is
    still missing, so it blocks "ready for signing"."""
    missing: list[str] = []
    text = ""
    position = 0
    for match in _CLAUSE.finditer(template):
        text += _fill(template[position : match.start()], values, missing)
        clause = match.group(1)
        fields = _FIELD.findall(clause)
        if all(_value(f, values) for f in fields):
            text += _fill(clause, values, missing)
        else:
            missing.extend(f for f in dict.fromkeys(fields) if f not in MERGE_FIELDS and f not in missing)
            after = template[match.end() :]
            if text.endswith(" ") and (not after or after.startswith(_CLOSING)):
                text = text[:-1]
        position = match.end()
    text += _fill(template[position:], values, missing)
    return MergedText(text, tuple(missing))


def template_problems(template: str) -> tuple[str, ...]:
    """What is wrong with a template, in words: a misspelt merge field, an optional clause
    ``[[…]]`` opened and not closed (or the other way round), one inside another or one without a
    merge field, a lone curly bracket. Empty when the template can be used."""
    problems: list[str] = []
    unknown = unknown_fields(template)
    if unknown:
        problems.append(
            tr("domain", "Unknown merge field: {fields}").format(
                fields=", ".join("{" + f + "}" for f in unknown)
            )
        )
    depth = 0
    for mark in _MARKS.finditer(template):
        if mark.group() == OPEN:
            if depth:
                problems.append(tr("domain", "An optional part [[…]] cannot stand inside another one."))
                break
            depth = 1
        elif not depth:
            problems.append(
                tr(
                    "domain",
                    "\u201c]]\u201d closes an optional part that was not opened with \u201c[[\u201d.",
                )
            )
            break
        else:
            depth = 0
    else:
        if depth:
            problems.append(
                tr("domain", "An optional part opened with \u201c[[\u201d is not closed with \u201c]]\u201d.")
            )
    if not problems:
        for clause in _CLAUSE.findall(template):
            if not _FIELD.search(clause):
                problems.append(
                    tr(
                        "domain",
                        "The optional part \u201c[[{text}]]\u201d has no merge field, so it would always be printed.",
                    ).format(text=clause.strip())
                )
                break
    if _FIELD.sub("", template).count("{") or _FIELD.sub("", template).count("}"):
        problems.append(
            tr("domain", "A curly bracket stands alone: write a merge field as {fornavn}, without spaces.")
        )
    return tuple(problems)


def section_title(key: str) -> str:
    source = SECTION_TITLES.get(key)
    return tr("domain", source) if source is not None else key


def unknown_fields(template: str) -> tuple[str, ...]:
    """Fields a template names that do not exist (most often a typing error)."""
    return tuple(dict.fromkeys(f for f in _FIELD.findall(template) if f not in MERGE_FIELDS))
