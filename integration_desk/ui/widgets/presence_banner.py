"""A quiet line over an editor: "Redigeres også af Hanne Holm siden 10:14" (issue 7).

``track(id)`` notes this user as editing the record and keeps a heartbeat while it is shown;
``release()`` removes the note. Presence is a courtesy: a failure to write it is logged and never
stops anyone from editing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from integration_desk.services import presence
from integration_desk.services.context import AppContext
from integration_desk.ui.i18n import tr

C = "PresenceBanner"
log = logging.getLogger(__name__)


class PresenceBanner(QLabel):
    def __init__(self, ctx: AppContext, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenceBanner")
        self.setStyleSheet("background: #fff4ce; color: #5c4400; padding: 4px 8px; border-radius: 3px;")
        self.setWordWrap(True)
        self.hide()
        self.ctx = ctx
        self.entity = entity
        self.entity_id: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(presence.HEARTBEAT_S * 1000)
        self._timer.timeout.connect(self.beat)

    def track(self, entity_id: int) -> None:
        if self.entity_id != entity_id:
            self.release()
        self.entity_id = entity_id
        self.beat()
        self._timer.start()

    def beat(self) -> None:
        if self.entity_id is None:
            return
        try:
            others = presence.heartbeat(self.ctx, self.entity, self.entity_id)
        except Exception as error:
            log.warning("edit presence not written: %s", type(error).__name__)
            return
        self.show_others(others)

    def show_others(self, others: list[presence.Editor]) -> None:
        if not others:
            self.hide()
            return
        parts = [
            tr(C, "{name} since {time}").format(name=o.display_name, time=f"{o.since.astimezone():%H:%M}")
            for o in others
        ]
        self.setText(tr(C, "Also being edited by {editors}").format(editors=", ".join(parts)))
        self.show()

    def release(self) -> None:
        self._timer.stop()
        if self.entity_id is None:
            return
        entity_id, self.entity_id = self.entity_id, None
        self.hide()
        try:
            presence.close_edit(self.ctx, self.entity, entity_id)
        except Exception as error:
            log.warning("edit presence not removed: %s", type(error).__name__)
