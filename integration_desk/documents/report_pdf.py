"""A report as a PDF: title, period and filters, the chart drawn with ReportLab graphics, the table."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from integration_desk.documents.pdf_fonts import BODY, BOLD, markup, register_fonts
from integration_desk.documents.report_cells import cell_text
from integration_desk.documents.report_table import Chart, ReportTable
from integration_desk.formats import fmt_date
from integration_desk.i18n import tr

C = "reports"
PALETTE = (
    colors.HexColor("#1f6fb2"), colors.HexColor("#f28e2b"), colors.HexColor("#59a14f"),
    colors.HexColor("#e15759"), colors.HexColor("#76b7b2"), colors.HexColor("#b07aa1"),
)  # fmt: skip


def chart_drawing(chart: Chart, width: float, height: float) -> Drawing:
    """The report's chart as ReportLab vector graphics (bars, a legend, the target line)."""
    drawing = Drawing(width, height)
    if not chart.categories or not chart.series:
        drawing.add(
            String(10, height / 2, tr(C, "Nothing to show in the period."), fontName=BODY, fontSize=9)
        )
        return drawing
    bars = VerticalBarChart()
    bars.x, bars.y = 45, 45
    bars.width, bars.height = width - 200, height - 60
    bars.data = [list(s.values) for s in chart.series]
    bars.categoryAxis.categoryNames = list(chart.categories)
    bars.categoryAxis.labels.fontName = BODY
    bars.categoryAxis.labels.fontSize = 6 if len(chart.categories) > 18 else 7
    bars.categoryAxis.labels.angle = 45 if len(chart.categories) > 8 else 0
    bars.categoryAxis.labels.boxAnchor = "ne" if len(chart.categories) > 8 else "n"
    bars.valueAxis.labels.fontName = BODY
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    top = max(
        [sum(v) for v in zip(*bars.data, strict=True)]
        if chart.stacked
        else [max(s.values) for s in chart.series]
    )
    top = max(top, chart.target or 0, 1)
    bars.valueAxis.valueMax = top * 1.1
    if chart.stacked:
        bars.categoryAxis.style = "stacked"
    for index in range(len(chart.series)):
        bars.bars[index].fillColor = PALETTE[index % len(PALETTE)]
        bars.bars[index].strokeColor = None
    drawing.add(bars)
    legend_items = [(PALETTE[i % len(PALETTE)], s.name) for i, s in enumerate(chart.series)]
    if chart.target is not None:
        y = bars.y + bars.height * chart.target / bars.valueAxis.valueMax
        drawing.add(Line(bars.x, y, bars.x + bars.width, y, strokeColor=colors.red, strokeWidth=1.2))
        legend_items.append((colors.red, f"{chart.target_label} {cell_text_number(chart.target)}"))
    legend = Legend()
    legend.x, legend.y = width - 145, height - 10
    legend.fontName, legend.fontSize = BODY, 8
    legend.alignment = "right"
    legend.colorNamePairs = legend_items
    drawing.add(legend)
    if chart.value_label:
        drawing.add(String(0, height - 8, chart.value_label, fontName=BODY, fontSize=7))
    return drawing


def cell_text_number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def write_report_pdf(table: ReportTable, path: Path) -> None:
    register_fonts()
    page = landscape(A4)
    document = SimpleDocTemplate(
        str(path), pagesize=page, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=12 * mm,
        bottomMargin=12 * mm, title=table.title, author="Integration Desk",
    )  # fmt: skip
    title = ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=19)
    body = ParagraphStyle("body", fontName=BODY, fontSize=9, leading=12)
    small = ParagraphStyle("small", fontName=BODY, fontSize=7.5, leading=9.5)
    header = ParagraphStyle("header", fontName=BOLD, fontSize=7.5, leading=9.5)
    story: list[object] = [Paragraph(markup(table.title), title), Spacer(1, 2 * mm)]
    period = tr(C, "Period: {first} – {last}").format(first=fmt_date(table.first), last=fmt_date(table.last))
    if table.filters:
        period += "; " + tr(C, "filters: {filters}").format(filters=table.filters)
    story += [Paragraph(markup(period), body), Spacer(1, 4 * mm)]
    width = page[0] - 30 * mm
    story += [chart_drawing(table.chart, width, 75 * mm), Spacer(1, 4 * mm)]
    data: list[list[object]] = [[Paragraph(markup(h), header) for h in table.columns]]
    data += [[Paragraph(markup(cell_text(c)), small) for c in row] for row in table.rows]
    if table.total is not None:
        data.append([Paragraph(markup(cell_text(c), bold=True), header) for c in table.total])
    grid = LongTable(data, repeatRows=1, colWidths=[width / len(table.columns)] * len(table.columns))
    style = [
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if table.total is not None:
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f3f3f3")))
    grid.setStyle(TableStyle(style))
    story.append(grid)
    for note in table.notes:
        story += [Spacer(1, 2 * mm), Paragraph(markup(note), small)]
    document.build(story)
