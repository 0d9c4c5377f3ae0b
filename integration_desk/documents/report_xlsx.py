"""A report as a workbook: the table with its total, and the chart's figures with an Excel chart."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font

from integration_desk.documents.report_table import Cell, ReportTable
from integration_desk.formats import fmt_period
from integration_desk.i18n import tr

C = "reports"


def _value(cell: Cell) -> object:
    return float(cell) if isinstance(cell, Decimal) else cell


def write_report_xlsx(table: ReportTable, path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = tr(C, "Report")
    sheet.append([table.title])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([tr(C, "Period"), fmt_period(table.first, table.last)])
    if table.filters:
        sheet.append([tr(C, "Filters"), table.filters])
    sheet.append([])
    header_row = sheet.max_row + 1
    sheet.append(list(table.columns))
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    for row in table.rows:
        sheet.append([_value(c) for c in row])
    if table.total is not None:
        sheet.append([_value(c) for c in table.total])
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
    for column in sheet.iter_cols(min_row=header_row + 1):
        for cell in column:
            if isinstance(cell.value, float):
                cell.number_format = "#,##0.00"
            elif isinstance(cell.value, date):
                cell.number_format = "DD-MM-YYYY"
    sheet.append([])
    for note in table.notes:
        sheet.append([note])
    for index, header in enumerate(table.columns):
        letter = sheet.cell(row=header_row, column=index + 1).column_letter
        sheet.column_dimensions[letter].width = max(12, min(40, len(header) + 2))
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)

    chart_data = book.create_sheet(tr(C, "Chart"))
    chart_data.append([tr(C, "Category"), *(s.name for s in table.chart.series)])
    for i, category in enumerate(table.chart.categories):
        chart_data.append([category, *(s.values[i] for s in table.chart.series)])
    if table.chart.categories and table.chart.series:
        chart = BarChart()
        chart.title = table.title
        chart.y_axis.title = table.chart.value_label
        if table.chart.stacked:
            chart.grouping = "stacked"
            chart.overlap = 100
        rows = len(table.chart.categories) + 1
        data = Reference(chart_data, min_col=2, max_col=len(table.chart.series) + 1, min_row=1, max_row=rows)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(chart_data, min_col=1, min_row=2, max_row=rows))
        chart.width, chart.height = 24, 12
        chart_data.add_chart(chart, f"{chr(ord('A') + len(table.chart.series) + 2)}2")
    book.save(path)
