"""The start page's hours panel: residents below the 37-hour average or with unexcused absence."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QListWidgetItem, QVBoxLayout, QWidget

from integration_desk.domain.weeks import IsoWeek
from integration_desk.services import hours_history
from integration_desk.services.context import AppContext
from integration_desk.ui.format import fmt_hours
from integration_desk.ui.i18n import tr
from integration_desk.ui.overview.panels import OVERDUE_COLOUR, PERSON_ROLE, Panel, _person_list

C = "HoursPanel"
PERIOD_WEEKS = 4


class HoursCompliancePanel(Panel):
    """The last four whole weeks, for the signed-in caseworker's residents (everyone's otherwise)."""

    watches = frozenset({"hour_entries"})
    needs = "case_data"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr(C, "Programme hours below 37 h/week or unexcused absence"), parent)
        self.list = _person_list()
        QVBoxLayout(self).addWidget(self.list)

    def load(self) -> None:
        end = IsoWeek.of(self.ctx.today() - timedelta(days=7))
        start = IsoWeek.of(end.monday() - timedelta(days=7 * (PERIOD_WEEKS - 1)))
        rows = hours_history.compliance(self.ctx, start, end, caseworker_id=self.ctx.user.caseload_id)
        self.list.clear()
        for row in rows:
            parts = []
            if row.below_average or row.below_recent:
                parts.append(
                    tr(C, "average {average}, last 4 weeks {recent} h").format(
                        average=fmt_hours(row.average) if row.average is not None else "–",
                        recent=fmt_hours(row.recent) if row.recent is not None else "–",
                    )
                )
            if row.unexcused_weeks:
                parts.append(
                    tr(C, "{hours} h without valid reason").format(hours=fmt_hours(row.unexcused_hours))
                )
            item = QListWidgetItem(f"{row.person}: " + "; ".join(parts))
            item.setData(PERSON_ROLE, row.person_id)
            if row.unexcused_weeks:
                item.setForeground(OVERDUE_COLOUR)
            self.list.addItem(item)
        if not rows:
            self.list.addItem(tr(C, "Everyone is on target."))
