"""What the contract editor's buttons do: save, ready, signatures, new version, versions, print.

A mixin of ``ContractEditor`` (kept apart so each file stays readable); it uses the editor's
widgets and ``detail``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from integration_desk.domain.contracts import ActivityInput
from integration_desk.domain.dates import DateError
from integration_desk.services import contracts_edit
from integration_desk.services import labels as labels_of
from integration_desk.services.context import AppContext
from integration_desk.services.contracts import ContractDetail
from integration_desk.services.errors import ValidationError
from integration_desk.ui.contracts.dialogs import SignDialog
from integration_desk.ui.i18n import tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.conflict_dialog import ConflictDialog, default_text, settle
from integration_desk.ui.widgets.date_field import dates_valid
from integration_desk.ui.widgets.errors import run_action
from integration_desk.ui.widgets.feedback import OK_STYLE

C = "ContractEditor"


class EditorActions(QWidget):
    # Set up by ContractEditor.__init__; declared here for the type checker.
    detail: ContractDetail | None
    ctx: AppContext
    _filled: bool
    activities: list[ActivityInput]
    caseworker: Any
    concluded_on: Any
    programme_start: Any
    programme_end: Any
    employment_goal: Any
    education_goal: Any
    interpreter_name: Any
    interpreter_language: Any
    paper: Any
    contract_changed: Any
    load: Callable[[int], None]
    show_detail: Callable[[ContractDetail], None]
    highlight: Callable[[str | None], None]

    def has_unsaved_changes(self) -> bool:
        detail = self.detail
        if detail is None or not detail.editable or not self._filled:
            return False
        saved = contracts_edit.input_of(detail)
        try:
            now = self.form_input()
        except DateError:
            return True  # a date field holds text that is no date: typed, so not saved
        strip = contracts_edit.TEXT_FIELDS
        return any(
            (getattr(now, f).strip() if f in strip else getattr(now, f))
            != (getattr(saved, f).strip() if f in strip else getattr(saved, f))
            for f in saved.__dataclass_fields__
        )

    stale_notice: Any
    save_status: Any

    def form_changed(self) -> None:
        """An edit after a save: the "Saved." beside the buttons no longer holds."""
        if not self.save_status.isHidden() and self.has_unsaved_changes():
            self.save_status.hide()

    def _show_saved(self, wrote: bool) -> None:
        self.save_status.setText(tr(C, "Saved.") if wrote else tr(C, "No changes to save."))
        self.save_status.setStyleSheet(OK_STYLE)
        self.save_status.show()

    def save_if_changed(self) -> bool:
        """Before printing or marking ready: save what the user changed, and nothing else (a save
        without a change would write the same contract again)."""
        return not self.has_unsaved_changes() or self.save()

    def check_changed_elsewhere(self) -> None:
        """After someone else's write: show the new state, or, with unsaved edits, only say so."""
        detail = self.detail
        if detail is None:
            return
        version = run_action(self, lambda: contracts_edit.stored_version(self.ctx, detail.id))
        if version is None or version == detail.version:
            return
        if self.has_unsaved_changes():
            self.stale_notice.show()  # nothing typed is thrown away; saving merges (see save)
        else:
            self.load(detail.id)

    def reload_discarding(self) -> None:
        if self.detail is not None:
            self.load(self.detail.id)

    def keep_or_save_changes(self) -> bool:
        """Before another contract is shown: True when it may go ahead (saved or discarded)."""
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            tr(C, "Unsaved changes"),
            tr(C, "The contract has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def form_input(self) -> contracts_edit.ContractInput:
        data = self.caseworker.currentData()
        return contracts_edit.ContractInput(
            caseworker_id=int(data) if data is not None else None,
            concluded_on=self.concluded_on.value(),
            programme_start=self.programme_start.value(),
            programme_end=self.programme_end.value(),
            employment_goal=self.employment_goal.currentText(),
            education_goal=self.education_goal.currentText(),
            interpreter_name=self.interpreter_name.text(),
            interpreter_language=self.interpreter_language.text(),
            activities=tuple(self.activities),
        )

    def _after(self, detail: ContractDetail | None) -> bool:
        if detail is None:
            return False
        self.show_detail(detail)
        hub.broadcast({"contracts"})
        return True

    def _run(
        self, action: Callable[[], ContractDetail | None], retry: Callable[[], object] | None = None
    ) -> ContractDetail | None:
        """Like ``run_action``, and outlines the field a validation error names."""

        def guarded() -> ContractDetail | None:
            try:
                return action()
            except ValidationError as error:
                self.highlight(error.field)
                raise

        return run_action(self, guarded, retry=retry)

    #: builds the conflict dialog (a test may put its own here)
    conflict_dialog: Callable[..., ConflictDialog] = ConflictDialog

    def _conflict_labels(self, conflict: contracts_edit.ContractConflict) -> dict[str, str]:
        labels = {
            "caseworker_id": tr(C, "Caseworker"),
            "concluded_on": tr(C, "Concluded on"),
            "programme_start": tr(C, "Programme start"),
            "programme_end": tr(C, "Programme end"),
            "employment_goal": tr(C, "Employment goal"),
            "education_goal": tr(C, "Education goal"),
            "interpreter_name": tr(C, "Interpreter"),
            "interpreter_language": tr(C, "Interpreter's language"),
        }
        for c in conflict.result.conflicts:
            activity = c.base or c.theirs or c.mine
            if c.is_row and isinstance(activity, ActivityInput):
                labels[c.field] = tr(C, "Activity {kind}, {provider}").format(
                    kind=labels_of.activity_kind(activity.kind), provider=activity.provider or "–"
                )
        return labels

    def _conflict_text(self, field: str, value: object) -> str:
        if field == "caseworker_id" and value is not None:
            index = self.caseworker.findData(value)
            return str(self.caseworker.itemText(index)) if index >= 0 else str(value)
        if isinstance(value, ActivityInput):
            hours = f"{value.hours_per_week.normalize():f}".replace(".", ",")
            parts = [labels_of.activity_kind(value.kind), value.provider]
            parts += [f"{default_text(value.starts_on)} – {default_text(value.ends_on)}"]
            parts += [tr(C, "{hours} h/week").format(hours=hours), value.notes]
            return " · ".join(p for p in parts if p)
        return default_text(value)

    def save(self) -> bool:
        if self.detail is None or not dates_valid(self):
            return False
        detail = self.detail
        base = contracts_edit.input_of(detail)
        version, data = detail.version, self.form_input()
        while True:
            conflicts: list[contracts_edit.ContractConflict] = []

            def attempt(
                version: int = version,
                data: contracts_edit.ContractInput = data,
                base: contracts_edit.ContractInput = base,
                found: list[contracts_edit.ContractConflict] = conflicts,
            ) -> ContractDetail | None:
                try:
                    return contracts_edit.save_contract(self.ctx, detail.id, version, data, base=base)
                except contracts_edit.ContractConflict as error:
                    found.append(error)
                    return None

            # the database was away: save the same edit when it is back
            saved = self._run(attempt, retry=self.save)
            if not conflicts:
                if saved is None:
                    return False
                wrote = saved.version != version
                if wrote:
                    self._after(saved)
                else:
                    self.show_detail(saved)  # nothing was written: nothing to tell the other views
                self._show_saved(wrote)
                return True
            conflict = conflicts[0]
            choices = settle(
                self.conflict_dialog, conflict, self._conflict_labels(conflict), self, self._conflict_text
            )
            if choices is None:
                return False  # back to the editor, everything typed still there
            # Save the resolution against the row as stored now; if it moved again, merge again.
            base, version, data = conflict.theirs, conflict.their_version, conflict.merged_input(choices)

    def mark_ready(self) -> None:
        if self.detail is None or not self.save_if_changed():
            return
        detail = self.detail
        self._after(self._run(lambda: contracts_edit.mark_ready(self.ctx, detail.id, detail.version)))

    def back_to_draft(self) -> None:
        detail = self.detail
        if detail is not None:
            self._after(
                run_action(self, lambda: contracts_edit.back_to_draft(self.ctx, detail.id, detail.version))
            )

    def sign(self) -> None:
        detail = self.detail
        if detail is None:
            return
        dialog = SignDialog(self.ctx.today(), self)
        if dialog.exec() != SignDialog.DialogCode.Accepted:
            return
        resident, worker = dialog.resident.date_value(), dialog.caseworker.date_value()
        self._after(
            self._run(
                lambda: contracts_edit.sign(
                    self.ctx, detail.id, detail.version, resident, worker, dialog.paper.isChecked()
                )
            )
        )

    def set_paper_copy(self, checked: bool) -> None:
        detail = self.detail
        if detail is not None and not self._after(
            run_action(
                self,
                lambda: contracts_edit.set_paper_copy_received(self.ctx, detail.id, detail.version, checked),
            )
        ):
            self.paper.setChecked(detail.paper_copy_received)

    def start_new_version(self) -> None:
        detail = self.detail
        if detail is None:
            return
        new_id = run_action(self, lambda: contracts_edit.start_new_version(self.ctx, detail.id))
        if new_id is not None:
            self.load(new_id)
            hub.broadcast({"contracts"})
            self.contract_changed.emit(new_id)

    def show_history(self) -> None:
        from integration_desk.ui.contracts.history import HistoryDialog

        if self.detail is not None:
            dialog = HistoryDialog(self.ctx, self.detail.person_id, self)
            dialog.version_chosen.connect(self.load)
            dialog.show()

    def preview(self) -> None:
        from integration_desk.ui.contracts.preview import PdfPreviewDialog, contract_file_name

        detail = self.detail
        if detail is None:
            return
        if detail.editable and not self.save_if_changed():
            return
        detail = self.detail
        assert detail is not None
        name = contract_file_name(detail.given_name, detail.family_name, detail.version_no)
        dialog = PdfPreviewDialog.for_contract(self.ctx, detail.id, self, file_name=name)
        if dialog is not None:
            dialog.show()
