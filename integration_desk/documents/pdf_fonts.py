"""Fonts for the PDFs: DejaVu Sans for the text, Noto Sans Arabic and Ethiopic for names in those
scripts (DejaVu has neither). All are bundled in ``resources/fonts`` and embedded in every PDF.

``markup`` escapes a text for a ReportLab Paragraph and switches the font for each run of Arabic
or Ge'ez script; the Arabic font is registered as shapable, so with uharfbuzz installed ReportLab
joins its letters and sets the run right to left.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from integration_desk.resources import resource_path

BODY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ARABIC = "NotoSansArabic"
ARABIC_BOLD = "NotoSansArabic-Bold"
ETHIOPIC = "NotoSansEthiopic"
ETHIOPIC_BOLD = "NotoSansEthiopic-Bold"

_FILES = {
    BODY: ("DejaVuSans.ttf", True),
    BOLD: ("DejaVuSans-Bold.ttf", True),
    ARABIC: ("NotoSansArabic-Regular.ttf", True),
    ARABIC_BOLD: ("NotoSansArabic-Bold.ttf", True),
    ETHIOPIC: ("NotoSansEthiopic-Regular.ttf", False),
    ETHIOPIC_BOLD: ("NotoSansEthiopic-Bold.ttf", False),
}
_ARABIC_CHARS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_ETHIOPIC_CHARS = "\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f"
_RUNS = re.compile(
    rf"(?P<arabic>[{_ARABIC_CHARS}]+(?:[\s\u200c\u200d]+[{_ARABIC_CHARS}]+)*)"
    rf"|(?P<ethiopic>[{_ETHIOPIC_CHARS}]+(?:\s+[{_ETHIOPIC_CHARS}]+)*)"
)
_registered = False


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab once per process."""
    global _registered
    if _registered:
        return
    for name, (filename, shapable) in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename)), shapable=shapable))
    _no_discretionary_ligatures()
    addMapping(BODY, 0, 0, BODY)
    addMapping(BODY, 1, 0, BOLD)
    addMapping(BODY, 0, 1, BODY)
    addMapping(BODY, 1, 1, BOLD)
    _registered = True


def markup(text: str, *, bold: bool = False) -> str:
    """``text`` escaped for a Paragraph, with Arabic and Ge'ez runs set in a font that has them;
    line breaks kept."""
    parts: list[str] = []
    position = 0
    for match in _RUNS.finditer(text):
        parts.append(escape(text[position : match.start()]))
        if match.group("arabic"):
            font = ARABIC_BOLD if bold else ARABIC
        else:
            font = ETHIOPIC_BOLD if bold else ETHIOPIC
        parts.append(f'<font name="{font}">{escape(match.group(0))}</font>')
        position = match.end()
    parts.append(escape(text[position:]))
    return "".join(parts).replace("\n", "<br/>")


def _no_discretionary_ligatures() -> None:
    """ReportLab shapes with HarfBuzz's discretionary ligatures on, which turns Danish "st" into
    an old-fashioned ligature (and "højst" into "højﬆ" when the text is copied): switch them off."""
    defaults = getattr(ttfonts.shapeFragWord, "__defaults__", None)
    if defaults and isinstance(defaults[0], dict):
        defaults[0]["dlig"] = False
