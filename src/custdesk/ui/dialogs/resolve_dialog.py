"""Record how a complaint was resolved; a check-back call is planned for the next day."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from custdesk.errors import ValidationError
from custdesk.services.complaints.complaints import ComplaintRecord, ComplaintService
from custdesk.ui.common.display import MUTED_STYLE, message_label, show_message
from custdesk.ui.common.form_keys import FormKeys
from custdesk.ui.common.messages import user_message
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation
from custdesk.ui.common.typed_text import unsavable_text_message


class ResolveDialog(QDialog):
    resolved = Signal(int)

    def __init__(
        self,
        *,
        complaints: ComplaintService,
        changes: ChangeNotifier,
        complaint: ComplaintRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._complaints = complaints
        self._changes = changes
        self._complaint = complaint
        self.setWindowTitle(self.tr("Resolve complaint"))
        self.setMinimumWidth(460)
        # The words as typed, never read as markup: a description with a "<" showed cut short.
        self.summary_label = QLabel(
            self.tr("{name}: {description}").format(
                name=f"<b>{escape(complaint.customer_name)}</b>",
                description=escape(complaint.description).replace("\n", "<br>"),
            )
        )
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setWordWrap(True)
        self.resolution_edit = QPlainTextEdit()
        self.resolution_edit.setPlaceholderText(self.tr("What was done for the customer"))
        self.resolution_edit.setTabChangesFocus(True)
        self.resolution_edit.setFixedHeight(90)
        hint = QLabel(
            self.tr("A call to check the customer is happy again is planned for tomorrow.")
        )
        hint.setStyleSheet(MUTED_STYLE)
        hint.setWordWrap(True)
        self.error_label = message_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.resolve_button = self.buttons.addButton(
            self.tr("Resolved"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form_keys = FormKeys(self, self.save, self.resolve_button)
        layout = QVBoxLayout(self)
        for widget in (
            self.summary_label,
            self.resolution_edit,
            hint,
            self.error_label,
            self.buttons,
        ):
            layout.addWidget(widget)
        self.resolution_edit.setFocus()

    def save(self) -> None:
        message = unsavable_text_message(self.resolution_edit)
        if message is not None:
            show_message(self.error_label, message)
            return
        resolution, complaint_id = self.resolution_edit.toPlainText(), self._complaint.id
        Operation(
            self,
            self._changes,
            Changes.COMPLAINTS | Changes.VISITS,  # and the check-back call planned for tomorrow
            done=lambda _: self._resolved(complaint_id),
            refused=self._refused,
            said=lambda complaint: self.tr("Complaint resolved: {name}").format(
                name=complaint.customer_name
            ),
        ).run(lambda: self._complaints.resolve(complaint_id, resolution))

    def _resolved(self, complaint_id: int) -> None:
        self.resolved.emit(complaint_id)
        self.accept()

    def _refused(self, exc: ValidationError) -> None:
        show_message(self.error_label, user_message(exc).text)
