"""The integration contract on paper (A4, ReportLab): letterhead, the person, the programme with
its weekly hours and average, the text sections and a signature block that never splits and
never stands alone on its page (it keeps with the last section).

Several contracts can go into one PDF (all contracts ready for signing); the footer counts the
pages of each contract on its own ("Side 2 af 3"), with the version and the print date.
"""

from __future__ import annotations

import io
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import _listWrapOn

from integration_desk.documents.pdf_fonts import BODY, BOLD, markup, register_fonts
from integration_desk.formats import fmt_date
from integration_desk.i18n import tr

C = "ContractPdf"
MARGIN = 18 * mm
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#e8eef5")
LINE = colors.HexColor("#9aa5b1")


@dataclass(frozen=True)
class ProgrammeLine:
    kind: str
    provider: str
    starts_on: date
    ends_on: date
    hours_per_week: Decimal
    notes: str


@dataclass(frozen=True)
class ContractSheet:
    """Everything printed on one contract, already in words (labels translated)."""

    person_name: str
    native_name: str
    cpr: str
    birth_date: date | None
    takeover_date: date | None
    caseworker: str
    version_no: int
    status: str
    is_draft: bool
    concluded_on: date | None
    programme_start: date | None
    programme_end: date | None
    employment_goal: str
    education_goal: str
    interpreter_name: str
    interpreter_language: str
    programme: tuple[ProgrammeLine, ...]
    average: Decimal
    danish_average: Decimal
    target: Decimal
    danish_cap: Decimal
    sections: tuple[tuple[str, str], ...]  # (title, text)
    signed_on: date | None = None
    signed_by_caseworker_on: date | None = None


@dataclass(frozen=True)
class Letterhead:
    name: str
    address: str
    logo: bytes | None


class Cancelled(Exception):
    """The progress callback asked to stop."""


def fmt_hours(value: Decimal) -> str:
    return f"{value:.1f}".replace(".", ",")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=BODY, fontSize=9.5, leading=12.5, shaping=1)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=8.5, leading=10.5),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=18, leading=22, spaceAfter=2),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=11.5,
            leading=14,
            spaceBefore=9,
            spaceAfter=4,
        ),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "draft": ParagraphStyle("draft", parent=base, fontName=BOLD, textColor=colors.HexColor("#b00020")),
    }


class _SheetStart(Flowable):  # type: ignore[misc]
    """Marks where a contract begins, so the footer can count its pages on their own."""

    def __init__(self, key: int, footer: str) -> None:
        super().__init__()
        self.key = key
        self.footer = footer
        self.width = self.height = 0

    def draw(self) -> None:
        canvas: Any = self.canv
        canvas.sheet_key = self.key
        canvas.sheet_footer = self.footer


class _FooterCanvas(Canvas):  # type: ignore[misc]
    """Defers the footers to the end, when each contract's page count is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sheet_key = 0
        self.sheet_footer = ""
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(page["sheet_key"] for page in self._pages)
        seen: defaultdict[int, int] = defaultdict(int)
        for page in self._pages:
            self.__dict__.update(page)
            seen[self.sheet_key] += 1
            self._draw_footer(seen[self.sheet_key], totals[self.sheet_key])
            super().showPage()
        super().save()

    def _draw_footer(self, page: int, total: int) -> None:
        width, _height = A4
        self.saveState()
        self.setStrokeColor(LINE)
        self.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
        self.setFont(BODY, 7.5)
        self.setFillColor(GREY)
        self.drawString(MARGIN, 10 * mm, self.sheet_footer)
        self.drawRightString(
            width - MARGIN, 10 * mm, tr(C, "Page {page} of {total}").format(page=page, total=total)
        )
        self.restoreState()


class _WithSignatures(Flowable):  # type: ignore[misc]
    """The last section (its title and text) and the signature block, so that the signatures never
    stand alone on a page: all on one page when they fit on one (else on the next page); when the
    section is too long for that, its text is split so that at least its last lines come along.

    Like ``KeepTogether`` it is never drawn itself: it always asks to be split into what the page
    takes (a ``KeepTogether`` alone would leave the signatures alone after a long section).
    """

    KEEP_LINES = 3

    def __init__(self, head: list[Flowable], text: Paragraph | None, block: list[Flowable]) -> None:
        super().__init__()
        self.head = head
        self.text = text
        self.block = block

    def _parts(self) -> list[Flowable]:
        return [*self.head, *([self.text] if self.text is not None else []), *self.block]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, 0xFFFFFF  # always split, as KeepTogether does

    def split(self, width: float, height: float) -> list[Flowable]:
        parts = self._parts()
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", True))
        _w, need = _listWrapOn(parts, width, self.canv)
        if not at_top:
            need += parts[0].getSpaceBefore()
        if need <= height:
            return parts
        full = frame._height - frame._topPadding - frame._bottomPadding if frame is not None else height
        if need <= full or self.text is None:
            return [] if not at_top else parts  # on the next page, all of it
        # Too long for one page: this page takes the text but its last lines.
        _w, head = _listWrapOn(self.head, width, self.canv) if self.head else (0, 0)
        _w, text = self.text.wrap(width, 0xFFFFFF)
        room = min(height - head, text - self.KEEP_LINES * self.text.style.leading)
        pieces = self.text.split(width, room) if room > 0 else []
        if len(pieces) != 2:
            return [] if not at_top else parts
        return [*self.head, pieces[0], _WithSignatures([], pieces[1], self.block)]

    def draw(self) -> None:  # never drawn: always split (see wrap)
        pass


def _letterhead(head: Letterhead, styles: dict[str, ParagraphStyle]) -> Table:
    logo: Flowable = Spacer(1, 1)
    if head.logo:
        reader = ImageReader(io.BytesIO(head.logo))
        w, h = reader.getSize()
        height = 16 * mm
        logo = Image(io.BytesIO(head.logo), width=height * w / h if h else height, height=height)
    address = markup(head.name, bold=True) + "<br/>" + markup(head.address)
    table = Table([[logo, Paragraph(address, styles["right"])]], colWidths=[80 * mm, None])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    return table


def _facts(sheet: ContractSheet, styles: dict[str, ParagraphStyle]) -> Table:
    period = f"{fmt_date(sheet.programme_start)} – {fmt_date(sheet.programme_end)}"
    rows = [
        (tr(C, "Name"), sheet.person_name, tr(C, "CPR number"), sheet.cpr or tr(C, "not assigned yet")),
        (tr(C, "Name in own script"), sheet.native_name, tr(C, "Birth date"), fmt_date(sheet.birth_date)),
        (tr(C, "Takeover date"), fmt_date(sheet.takeover_date), tr(C, "Caseworker"), sheet.caseworker),
        (tr(C, "Programme period"), period, tr(C, "Contract concluded"), fmt_date(sheet.concluded_on)),
        (tr(C, "Employment goal"), sheet.employment_goal, tr(C, "Education goal"), sheet.education_goal),
    ]
    data = [
        [
            Paragraph(markup(a), styles["head"]),
            Paragraph(markup(b), styles["cell"]),
            Paragraph(markup(c), styles["head"]),
            Paragraph(markup(d), styles["cell"]),
        ]
        for a, b, c, d in rows
    ]
    table = Table(data, colWidths=[39 * mm, 48 * mm, 35 * mm, None])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, LINE),
                ("BACKGROUND", (0, 0), (0, -1), LIGHT),
                ("BACKGROUND", (2, 0), (2, -1), LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _programme(sheet: ContractSheet, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    head = [
        tr(C, "Activity"),
        tr(C, "Provider or company"),
        tr(C, "From"),
        tr(C, "To"),
        tr(C, "Hours/week"),
        tr(C, "Notes"),
    ]
    data: list[list[Any]] = [[Paragraph(markup(h), styles["head"]) for h in head]]
    for line in sheet.programme:
        data.append(
            [
                Paragraph(markup(line.kind), styles["cell"]),
                Paragraph(markup(line.provider), styles["cell"]),
                fmt_date(line.starts_on),
                fmt_date(line.ends_on),
                fmt_hours(line.hours_per_week),
                Paragraph(markup(line.notes), styles["cell"]),
            ]
        )
    if not sheet.programme:
        data.append([Paragraph(markup(tr(C, "No activities yet.")), styles["cell"]), "", "", "", "", ""])
    table = Table(data, colWidths=[36 * mm, 40 * mm, 20 * mm, 20 * mm, 16 * mm, None], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, LINE),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("FONTNAME", (0, 1), (-1, -1), BODY),
                ("FONTSIZE", (0, 1), (-1, -1), 8.5),
                ("ALIGN", (4, 1), (4, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    average = tr(C, "Planned hours on average: {average} hours a week (target {target}).").format(
        average=fmt_hours(sheet.average), target=fmt_hours(sheet.target)
    )
    danish = tr(C, "Danish classes on average: {average} hours a week (at most {cap}).").format(
        average=fmt_hours(sheet.danish_average), cap=fmt_hours(sheet.danish_cap)
    )
    return [
        table,
        Spacer(1, 3 * mm),
        Paragraph(markup(average), styles["body"]),
        Paragraph(markup(danish), styles["body"]),
    ]


def _signatures(sheet: ContractSheet, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The signature block: its heading and words kept with the table of the parties (a list, not
    a ``KeepTogether``: the caller keeps it together with what comes before it, and ReportLab
    cannot measure one ``KeepTogether`` inside another)."""
    parties = [
        (
            tr(C, "The resident"),
            sheet.person_name + (f"\n{sheet.native_name}" if sheet.native_name else ""),
            sheet.signed_on,
        ),
        (tr(C, "The caseworker"), sheet.caseworker, sheet.signed_by_caseworker_on),
    ]
    if sheet.interpreter_name:
        parties.append(
            (tr(C, "The interpreter"), f"{sheet.interpreter_name}\n({sheet.interpreter_language})", None)
        )
    blank = "_" * 22
    cells = []
    for role, name, signed in parties:
        cell: list[Flowable] = [
            Paragraph(markup(role, bold=True), styles["head"]),
            Spacer(1, 3 * mm),
            Paragraph(markup(f"{tr(C, 'Date')}: {fmt_date(signed) or blank}"), styles["cell"]),
            Spacer(1, 9 * mm),
            Paragraph("_" * 30, styles["cell"]),
        ]
        # One paragraph per line: a right-to-left run is only laid out right on a line of its own.
        cell += [Paragraph(markup(line), styles["cell"]) for line in name.splitlines()]
        cells.append(cell)
    width = (A4[0] - 2 * MARGIN) / len(cells)
    table = Table([cells], colWidths=[width] * len(cells))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.4, LINE)]))
    intro = tr(
        C, "By signing, both parties confirm that the contract has been gone through together and understood."
    )
    block: list[Flowable] = [
        Paragraph(markup(tr(C, "Signatures")), styles["h2"]),
        Paragraph(markup(intro), styles["small"]),
        Spacer(1, 2 * mm),
    ]
    for flowable in block:
        flowable.keepWithNext = 1  # should the whole group not fit on one page: still with the table
    return [*block, table]


def _sheet(
    key: int, sheet: ContractSheet, head: Letterhead, printed_on: date, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    footer = tr(C, "Integration contract, {name}, version {version}, printed {date}").format(
        name=sheet.person_name, version=sheet.version_no, date=fmt_date(printed_on)
    )
    story: list[Flowable] = [_SheetStart(key, footer), _letterhead(head, styles), Spacer(1, 5 * mm)]
    story.append(Paragraph(markup(tr(C, "Integration contract")), styles["title"]))
    story.append(
        Paragraph(
            markup(
                tr(C, "Version {version} · {status}").format(version=sheet.version_no, status=sheet.status)
            ),
            styles["small"],
        )
    )
    if sheet.is_draft:
        story.append(Paragraph(markup(tr(C, "DRAFT: not for signing")), styles["draft"]))
    story += [Spacer(1, 4 * mm), _facts(sheet, styles)]
    story.append(Paragraph(markup(tr(C, "The programme")), styles["h2"]))
    story += _programme(sheet, styles)
    for title, text in sheet.sections:
        story.append(Paragraph(markup(title), styles["h2"]))
        story.append(Paragraph(markup(text), styles["body"]))
    # The signature block never stands alone on a page: it goes with the last section (its title
    # and text), or with the programme's average when there are no sections.
    lead: list[Flowable] = story[-2:-1] if sheet.sections else story[-1:]
    last: Paragraph | None = story[-1] if sheet.sections else None
    del story[-(len(lead) + (last is not None)) :]
    story.append(_WithSignatures(lead, last, [Spacer(1, 4 * mm), *_signatures(sheet, styles)]))
    return story


def render_contracts(
    sheets: Sequence[ContractSheet],
    letterhead: Letterhead,
    printed_on: date,
    progress: Callable[[float], bool] | None = None,
) -> bytes:
    """One PDF holding ``sheets``, each starting on a new page.

    ``progress`` gets the share done (0–1) now and then; returning False cancels (``Cancelled``).
    """
    register_fonts()
    styles = _styles()
    story: list[Flowable] = []
    for key, sheet in enumerate(sheets):
        if key:
            story.append(PageBreak())
        story += _sheet(key, sheet, letterhead, printed_on, styles)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=22 * mm,
        title=tr(C, "Integration contract"),
        author=letterhead.name,
    )
    if progress is not None:
        total = max(len(story), 1)

        def on_progress(kind: str, value: int) -> None:
            if kind == "PROGRESS" and not progress(min(value / total, 1.0)):
                raise Cancelled

        doc.setProgressCallBack(on_progress)
    doc.build(story, canvasmaker=_FooterCanvas)
    return buffer.getvalue()
