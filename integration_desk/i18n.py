"""Translation of user-facing text outside the Qt layer.

Source strings are English; Danish is the default language. The Qt layer translates with
Qt's own translator (compiled ``.qm``); services, domain rules and the command line use
``tr`` below, which reads the same ``.ts`` source, so one catalogue serves both.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache

from integration_desk.resources import resource_path

DEFAULT_LANGUAGE = "da"
LANGUAGES = ("da", "en")

_language = DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    _language = language


def current_language() -> str:
    return _language


@lru_cache(maxsize=4)
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """Finished translations of one language as {(context, source): translation}."""
    path = resource_path("translations", f"integration_desk_{language}.ts")
    if language == "en" or not path.exists():
        return {}
    result: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if (
                source is None
                or translation is None
                or translation.get("type") in {"unfinished", "obsolete", "vanished"}
            ):
                continue
            if translation.text:
                result[(name, source)] = translation.text
    return result


def tr(context: str, text: str) -> str:
    """Translate ``text`` in ``context`` to the current language (English when untranslated)."""
    return catalogue(_language).get((context, text), text)


def by_count(n: int, one: str, many: str) -> str:
    """The sentence for ``n`` things: ``one`` when n is 1, else ``many`` (Danish and English both:
    "1 problem", "0 problemer", "10 problemer"), both already translated and formatted by the
    caller, e.g. ``by_count(n, tr(C, "{n} problem found"), tr(C, "{n} problems found")).format(n=n)``.
    Never "problem(er)"."""
    return one if n == 1 else many


def translate_noop(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue without translating it now (Qt's QT_TRANSLATE_NOOP)."""
    del context
    return text
