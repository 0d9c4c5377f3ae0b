"""A person's log extract as a PDF: who used their data, when, and how (for an access request)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO

from integration_desk.formats import fmt_date, fmt_datetime
from integration_desk.i18n import by_count, tr

C = "audit"


@dataclass(frozen=True)
class LogEntry:
    at: datetime  # local time
    username: str
    action_label: str
    record: str  # entity and id in words
    details: str


@dataclass(frozen=True)
class PersonLog:
    person_id: int
    name: str
    birth_date: date | None
    made_at: datetime
    made_by: str
    rows: tuple[LogEntry, ...]


def render_person_log(log: PersonLog) -> bytes:
    # ReportLab only when an extract is made, not when the audit viewer opens
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    from integration_desk.documents.pdf_fonts import BODY, BOLD, markup, register_fonts

    register_fonts()
    out = BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=landscape(A4),
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=tr(C, "Log extract"),
        author=log.made_by,
    )
    title = ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=19)
    body = ParagraphStyle("body", fontName=BODY, fontSize=9, leading=12)
    cell = ParagraphStyle("cell", fontName=BODY, fontSize=7.5, leading=9.5)
    head = ParagraphStyle("head", fontName=BOLD, fontSize=8, leading=10)
    born = fmt_date(log.birth_date) if log.birth_date else "\u2013"
    story: list[object] = [
        Paragraph(markup(tr(C, "Log extract: {name}").format(name=log.name)), title),
        Spacer(1, 3 * mm),
        Paragraph(
            markup(
                by_count(
                    len(log.rows),
                    tr(C, "Person no. {id}, born {born}. Made {when} by {user}; {count} entry."),
                    tr(C, "Person no. {id}, born {born}. Made {when} by {user}; {count} entries."),
                ).format(
                    id=log.person_id,
                    born=born,
                    when=fmt_datetime(log.made_at),
                    user=log.made_by,
                    count=len(log.rows),
                )
            ),
            body,
        ),
        Paragraph(
            markup(
                tr(
                    C,
                    "Every use of the person's data the program has logged: reading the file, "
                    "changes (CPR numbers and health notes masked), prints and exports.",
                )
            ),
            body,
        ),
        Spacer(1, 4 * mm),
    ]
    headers = [tr(C, "Time"), tr(C, "User"), tr(C, "Use"), tr(C, "Record"), tr(C, "Details")]
    data: list[list[object]] = [[Paragraph(markup(h), head) for h in headers]]
    for row in log.rows:
        data.append(
            [
                Paragraph(fmt_datetime(row.at, seconds=True), cell),
                Paragraph(markup(row.username), cell),
                Paragraph(markup(row.action_label), cell),
                Paragraph(markup(row.record), cell),
                Paragraph(markup(row.details), cell),
            ]
        )
    if not log.rows:
        data.append([Paragraph(markup(tr(C, "No entries.")), cell), "", "", "", ""])
    table = LongTable(data, colWidths=[32 * mm, 30 * mm, 26 * mm, 38 * mm, 143 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f4f7")]),
            ]
        )
    )
    story.append(table)
    doc.build(story)
    return out.getvalue()
